/// The live preview's style and script, on top of the report's
/// (`PageAssets`). They are files, `Resources/preview.css` and
/// `Resources/preview.js`, so that the tests check them as CSS and
/// JavaScript (a parser each); SwiftPM compiles them into the program
/// (`embedInCode`), so one binary is still the whole preview.
enum PreviewAssets {
    static let css = String(decoding: PackageResources.preview_css, as: UTF8.self)

    /// Live updates by server-sent events (the browser reconnects by itself),
    /// pan and zoom by changing the drawing's viewBox (mouse, touch, keys),
    /// and the form redrawing in place. Scroll, zoom and the chosen node
    /// survive each update; a broken save turns the status to its error.
    static let script = String(decoding: PackageResources.preview_js, as: UTF8.self)
}
