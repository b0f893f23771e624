import Foundation
import EcomapCore
import EcomapRender

/// How a page of the preview draws its map: the controls' values, read from
/// the page's address (`?theme=dark&lang=cy&focus=scw`), over the defaults
/// the command line gave.
package struct PreviewOptions: Hashable, Sendable {
    package var theme = Theme.standard.name
    package var language: Language = .en
    /// A layout engine's name; empty for the automatic choice.
    package var layout = ""
    package var labels = false
    /// As typed: ids, kinds and tags with commas.
    package var focus = ""
    package var depth = 1
    package var only = ""
    package var hide = ""
    /// The longest a drawing may take, in seconds.
    package var timeout = 30.0

    package init() {}

    /// A value the address gave that the preview can't use.
    package struct Problem: Error, Sendable {
        package var message: String
    }

    /// The defaults with the address's values over them. Names the page
    /// doesn't use are ignored; a bad value of one it does is a ``Problem``.
    package init(query: [(name: String, value: String)], defaults: PreviewOptions) throws(Problem) {
        self = defaults
        // A form sends an unticked box as nothing: the box's own field says the form was sent.
        if query.contains(where: { $0.name == "sent" }) { labels = false }
        for (name, value) in query {
            guard value.utf8.count <= 4_096 else { throw Problem(message: "the value of '\(name)' is too long") }
            switch name {
            case "theme":
                guard Theme.named(value) != nil else {
                    throw Problem(message: "unknown theme '\(value)'; the themes are \(Theme.all.map(\.name).joined(separator: ", "))")
                }
                theme = value
            case "lang":
                guard let language = Language(rawValue: value) else { throw Problem(message: "unknown language '\(value)'; en or cy") }
                self.language = language
            case "layout":
                guard value.isEmpty || value == "fdp" || LayoutEngine(rawValue: value) != nil else {
                    throw Problem(message: "unknown layout '\(value)'; " + PreviewOptions.layouts.joined(separator: ", "))
                }
                layout = value
            case "labels": labels = value != "0" && value != "off"
            case "focus": focus = value
            case "depth":
                guard let n = Int(value), (0...100).contains(n) else { throw Problem(message: "the depth is a whole number from 0 to 100") }
                depth = n
            case "only": only = value
            case "hide": hide = value
            default: continue
            }
        }
    }

    /// The layouts a page offers (`fdp` is drawn as neato with boxes, as on the command line).
    package static let layouts = LayoutEngine.allCases.map(\.rawValue)

    package var view: MapView {
        MapView(focus: focus.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }, depth: depth,
                only: MapView.Filter.list(only), hide: MapView.Filter.list(hide))
    }

    package var renderOptions: RenderOptions {
        var options = RenderOptions(theme: Theme.named(theme) ?? .standard,
                                    engine: layout == "fdp" ? .neato : LayoutEngine(rawValue: layout),
                                    language: language, labels: labels)
        options.timeout = timeout
        // A click on a node selects it here: a node's web address would take the reader away from the preview.
        options.links = false
        return options
    }

    /// The options as an address's query, the same text for the same options
    /// (the preview's drawings are kept by it).
    package var query: String {
        var parts: [(String, String)] = [("theme", theme), ("lang", language.rawValue)]
        if !layout.isEmpty { parts.append(("layout", layout)) }
        if labels { parts.append(("labels", "1")) }
        if !focus.isEmpty { parts += [("focus", focus), ("depth", String(depth))] }
        if !only.isEmpty { parts.append(("only", only)) }
        if !hide.isEmpty { parts.append(("hide", hide)) }
        return parts.map { "\($0.0)=\(PreviewOptions.escape($0.1))" }.joined(separator: "&")
    }

    static func escape(_ value: String) -> String {
        // ASCII only: a request line holds no raw UTF-8.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,:")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
