import Foundation
import EcomapCore
import EcomapRender

/// How a page of the preview draws its map: the command line's drawing
/// options and part of the map, as typed values, with the page's controls
/// (read from its address, `?theme=dark&lang=cy&focus=scw`) over them.
package struct PreviewOptions: Hashable, Sendable {
    /// The drawing, as `render` would make it with the same options.
    package var drawing: RenderOptions
    /// The part of the map to draw.
    package var view: MapView

    package init(drawing: RenderOptions = RenderOptions(), view: MapView = MapView()) {
        self.drawing = drawing
        self.view = view
    }

    /// The language the page speaks.
    package var language: Language { drawing.language }

    /// The language as the address and the form say it: en, cy or cy+en.
    package var languageValue: String {
        drawing.secondLanguage.map { $0 == drawing.language ? drawing.language.rawValue : "\(drawing.language.rawValue)+\($0.rawValue)" }
            ?? drawing.language.rawValue
    }

    /// A value the address gave that the preview can't use.
    package struct Problem: Error, Sendable {
        package var message: String
    }

    /// The address's query as the page's form sends it: read by Hummingbird's
    /// form decoder (`%XX` and `+` for a space decoded), each field at most once.
    package struct Query: Decodable, Sendable {
        var theme, lang, layout, page, labels, focus, depth, only, hide, sent: String?

        /// The fields given, in the order the options apply them.
        var pairs: [(name: String, value: String)] {
            let all: [(String, String?)] = [("sent", sent), ("theme", theme), ("lang", lang), ("layout", layout), ("page", page),
                                            ("labels", labels), ("focus", focus), ("depth", depth), ("only", only), ("hide", hide)]
            return all.compactMap { name, value in value.map { (name, $0) } }
        }
    }

    /// The defaults with the address's values over them. Names the page
    /// doesn't use are ignored; a bad value of one it does is a ``Problem``.
    package init(query: [(name: String, value: String)], defaults: PreviewOptions) throws(Problem) {
        self = defaults
        // A form sends an unticked box as nothing: the box's own field says the form was sent.
        if query.contains(where: { $0.name == "sent" }) { drawing.labels = false }
        for (name, value) in query {
            guard value.utf8.count <= 4_096 else { throw Problem(message: "the value of '\(name)' is too long") }
            switch name {
            case "theme":
                guard let theme = Theme.named(value) else {
                    throw Problem(message: "unknown theme '\(value)'; the themes are \(Theme.all.map(\.name).joined(separator: ", "))")
                }
                drawing.theme = theme
            case "lang":
                // "cy+en" (or "cy en", as a form's '+' may arrive): Welsh first, English under it.
                if value == "cy+en" || value == "cy en" {
                    (drawing.language, drawing.secondLanguage) = (.cy, .en)
                } else {
                    guard let language = Language(rawValue: value) else { throw Problem(message: "unknown language '\(value)'; en, cy or cy+en") }
                    (drawing.language, drawing.secondLanguage) = (language, nil)
                }
            case "layout":
                // An empty value is the form's first choice: automatic.
                guard let layout = value.isEmpty ? .automatic : Layout(rawValue: value) else {
                    throw Problem(message: "unknown layout '\(value)'; " + Layout.allCases.map(\.rawValue).joined(separator: ", "))
                }
                drawing.layout = layout
            case "page":
                guard let page = Page(rawValue: value) else {
                    throw Problem(message: "unknown page '\(value)'; " + Page.allCases.map(\.rawValue).joined(separator: ", "))
                }
                drawing.page = page
            case "labels": drawing.labels = value != "0" && value != "off"
            case "focus": view.focus = PreviewOptions.words(value)
            case "depth":
                guard let n = Int(value), (0...100).contains(n) else { throw Problem(message: "the depth is a whole number from 0 to 100") }
                view.depth = n
            case "only": view.only = MapView.Filter.list(value)
            case "hide": view.hide = MapView.Filter.list(value)
            default: continue
            }
        }
    }

    private static func words(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The drawing's options in the page: a click on a node selects it
    /// there, since a node's web address would take the reader away, and
    /// a click on a group opens it, as the key says.
    package var renderOptions: RenderOptions {
        var options = drawing
        options.links = false
        options.groupsOpenOnClick = true
        return options
    }

    /// The options as an address's query, the same text for the same options.
    package var query: String {
        var parts: [(String, String)] = [("theme", drawing.theme.name), ("lang", languageValue)]
        if drawing.layout != .automatic { parts.append(("layout", drawing.layout.rawValue)) }
        if drawing.page != .slide { parts.append(("page", drawing.page.rawValue)) }
        if drawing.labels { parts.append(("labels", "1")) }
        if !view.focus.isEmpty { parts += [("focus", view.focus.joined(separator: ",")), ("depth", String(view.depth))] }
        if !view.only.isEmpty { parts.append(("only", view.only.map(\.description).joined(separator: ","))) }
        if !view.hide.isEmpty { parts.append(("hide", view.hide.map(\.description).joined(separator: ","))) }
        return parts.map { "\($0.0)=\(PreviewOptions.escape($0.1))" }.joined(separator: "&")
    }

    static func escape(_ value: String) -> String {
        // ASCII only: a request line holds no raw UTF-8.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,:")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
