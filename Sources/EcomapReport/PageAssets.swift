/// The page's style and script, shared by reports, embedded documents and
/// the live preview (`ecomap serve`, which adds its own on top).
///
/// They are files, `Assets/report.css` and `Assets/report.js`, so they are
/// edited, read and checked as CSS and JavaScript (ReportAssetsTests parses
/// the one and runs `node --check` on the other). SwiftPM compiles them
/// into the binary (`embedInCode`), so an installed `ecomap` needs no files
/// beside it.
package enum PageAssets {
    /// Readable on a phone, printable on A4 (the summary on the first page,
    /// each drawing fitted to a page, tables that wrap rather than cut or
    /// scroll), nothing fetched from the network.
    package static let css = String(decoding: PackageResources.report_css, as: UTF8.self)

    /// Hover or tap a node to light up its links and show its details; a
    /// filter by kind. `window.ecomap.init(element)` wires the diagrams inside
    /// an element, for a page that replaces them (the live preview).
    package static let script = String(decoding: PackageResources.report_js, as: UTF8.self)
}
