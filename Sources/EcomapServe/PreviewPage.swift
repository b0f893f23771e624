import Foundation
import EcomapCore
import EcomapRender
import EcomapReport

/// The preview's pages, as HTML: self-contained (style and script inline,
/// nothing from the network), in the report's style.
enum PreviewPage {
    /// A map's page: the controls as a form, the drawing to pan and zoom, the
    /// summary, the problems, and the comparison. Reads in full without its script.
    static func map(_ update: PreviewUpdate, slug: String, options: PreviewOptions, entries: [Preview.Entry],
                    ids: [String], tags: [String]) -> String {
        let text = options.language
        let e = HTMLText.escape
        var body = "<header class=\"bar\"><h1>\(e(update.title))</h1>"
        // The status says whether the page follows the file, and turns to an
        // error the moment a save breaks the map, where the eye already is.
        let status = update.good ? text[.live] : text[.liveWithErrors]
        body += "<span class=\"status\(update.good ? "" : " broken")\" role=\"status\" data-live=\"\(e(text[.live]))\" "
            + "data-broken=\"\(e(text[.liveWithErrors]))\" data-lost=\"\(e(text[.reconnecting]))\">\(e(status))</span>"
        if entries.count > 1 {
            body += "<nav aria-label=\"\(e(text[.maps]))\">" + entries.map { entry in
                "<a href=\"/map/\(e(entry.slug))?\(e(options.query))\"\(entry.slug == slug ? " aria-current=\"page\"" : "")>\(e(entry.slug))</a>"
            }.joined(separator: " ") + "</nav>"
        }
        body += "</header>"
        // The problems open the page, above the drawing: on a screen of
        // 1920 x 1080 they were below the fold, under a drawing 68% of its height.
        body += "<div id=\"problems\" class=\"problems\" aria-live=\"polite\"\(update.problems.isEmpty ? " hidden" : "")>\(update.problems)</div>"
        body += "<div class=\"layout\">"
        body += controls(slug: slug, options: options, ids: ids, tags: tags)
        body += "<section class=\"stage\" aria-label=\"\(e(text[.theMap]))\">"
        body += "<div class=\"zoom\" role=\"toolbar\"><button type=\"button\" data-zoom=\"in\" title=\"\(e(text[.zoomIn]))\" aria-label=\"\(e(text[.zoomIn]))\">+</button>"
        body += "<button type=\"button\" data-zoom=\"out\" title=\"\(e(text[.zoomOut]))\" aria-label=\"\(e(text[.zoomOut]))\">−</button>"
        body += "<button type=\"button\" data-zoom=\"fit\">\(e(text[.zoomFit]))</button> <span class=\"note\">\(e(text[.panHint]))</span></div>"
        body += "<div class=\"viewport\" tabindex=\"0\" data-key=\"\(e(update.drawing == nil ? "" : update.drawingKey))\">"
        body += update.drawing ?? "<p class=\"empty\">\(e(text[.noDrawingYet]))</p>"
        body += "</div><div id=\"summary\">\(update.summary)</div>"
        body += "</section></div>"
        body += "<div id=\"comparison\">\(update.comparison ?? "")</div>"
        body += "<footer>\(e("\(text[.madeWith]) \(version)"))</footer>"
        body += "<script type=\"application/json\" id=\"preview-state\">\(State(slug: slug, version: update.version, query: options.query).json)</script>"
        return page(title: update.title, language: text, body: body)
    }

    /// What the page's script starts from, as JSON made by an encoder: the
    /// text of each value as it is, never escaped for HTML first (the
    /// address `theme=default&amp;lang=cy` that came of that lost `lang`).
    struct State: Encodable {
        var slug: String
        var version: Int
        /// The page's options as an address's query (``PreviewOptions/query``): its event stream asks with them.
        var query: String

        /// The JSON, safe inside a `<script>` element (`<`, `>` and `&` as `\u` escapes).
        var json: String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
            return HTMLText.scriptJSON(String(decoding: data, as: UTF8.self))
        }
    }

    /// The controls: a form that works without the script (it reloads the
    /// page); with it, each change redraws the map in place.
    static func controls(slug: String, options: PreviewOptions, ids: [String], tags: [String]) -> String {
        let text = options.language
        let e = HTMLText.escape
        func select(_ name: String, _ label: Phrase, _ values: [(String, String)], _ chosen: String) -> String {
            "<label>\(e(text[label])) <select name=\"\(name)\">" + values.map { value, shown in
                "<option value=\"\(e(value))\"\(value == chosen ? " selected" : "")>\(e(shown))</option>"
            }.joined() + "</select></label>"
        }
        func field(_ name: String, _ label: Phrase, _ value: String, list: String? = nil) -> String {
            "<label>\(e(text[label])) <input type=\"text\" name=\"\(name)\" value=\"\(e(value))\" autocomplete=\"off\" spellcheck=\"false\""
                + (list.map { " list=\"\($0)\"" } ?? "") + "></label>"
        }
        var out = "<form class=\"controls\" method=\"get\" action=\"/map/\(e(slug))\"><fieldset><legend>\(e(text[.controls]))</legend>"
        out += "<input type=\"hidden\" name=\"sent\" value=\"1\">"
        let drawing = options.drawing, view = options.view
        // Each theme by its name in the page's language; the value stays the command line's.
        let themeNames: [String: Phrase] = ["default": .themeDefault, "colourblind": .themeColourblind, "print": .themePrint, "dark": .themeDark]
        out += select("theme", .colours, Theme.all.map { ($0.name, themeNames[$0.name].map { text[$0] } ?? $0.name) }, drawing.theme.name)
        out += select("lang", .language, [("en", "English"), ("cy", "Cymraeg"), ("cy+en", text[.bothLanguages])], options.languageValue)
        // Every layout the command line offers, the eco-map among them.
        // The automatic choice is the empty value, as an address without a layout has it.
        func value(_ layout: Layout) -> String { layout == .automatic ? "" : layout.rawValue }
        out += select("layout", .layout, Layout.allCases.map { (value($0), $0 == .automatic ? text[.automatic] : $0.rawValue) },
                      value(drawing.layout))
        out += "<label class=\"tick\"><input type=\"checkbox\" name=\"labels\" value=\"1\"\(drawing.labels ? " checked" : "")> \(e(text[.labelsOnLines]))</label>"
        out += field("focus", .focusIDs, view.focus.joined(separator: ","), list: ids.isEmpty ? nil : "ecomap-ids")
        out += "<label>\(e(text[.depthLinks])) <input type=\"number\" name=\"depth\" min=\"0\" max=\"100\" value=\"\(view.depth)\"></label>"
        out += field("only", .onlyKinds, view.only.map(\.description).joined(separator: ","), list: "ecomap-kinds")
        out += field("hide", .hideKinds, view.hide.map(\.description).joined(separator: ","), list: "ecomap-kinds")
        out += "<button type=\"submit\">\(e(text[.show]))</button> <a href=\"/map/\(e(slug))\">\(e(text[.startAgain]))</a>"
        out += "</fieldset>"
        if !ids.isEmpty { out += "<datalist id=\"ecomap-ids\">" + ids.map { "<option value=\"\(e($0))\">" }.joined() + "</datalist>" }
        let kinds = NodeKind.allCases.map(\.rawValue) + tags.map { "tag:\($0)" }
        out += "<datalist id=\"ecomap-kinds\">" + kinds.map { "<option value=\"\(e($0))\">" }.joined() + "</datalist>"
        return out + "</form>"
    }

    /// The list of maps, when the preview serves more than one; `query`
    /// (empty, or "?..." as the map pages write their options) goes on every link.
    static func index(_ entries: [Preview.Entry], options: PreviewOptions, query: String = "") -> String {
        let text = options.language
        let items = entries.map { "<li><a href=\"/map/\(HTMLText.escape($0.slug))\(HTMLText.escape(query))\">\(HTMLText.escape($0.path))</a></li>" }.joined()
        return page(title: text[.maps], language: text, body: "<h1>\(HTMLText.escape(text[.maps]))</h1><ul>\(items)</ul>")
    }

    static func page(title: String, language: Language, body: String) -> String {
        "<!DOCTYPE html><html lang=\"\(language == .cy ? "cy" : "en")\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<meta name=\"generator\" content=\"ecomap \(version)\">"
            + "<link rel=\"icon\" href=\"data:,\"><title>\(HTMLText.escape(title))</title>"
            + "<style>\(PageAssets.css)\n\(PreviewAssets.css)</style></head>"
            + "<body class=\"preview\"><main>\(body)</main>"
            + "<script>\(PageAssets.script)</script><script>\(PreviewAssets.script)</script></body></html>\n"
    }
}
