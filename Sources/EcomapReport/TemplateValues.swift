import EcomapCore

// The values the templates in Templates/ show: plain text only, which
// Mustache escapes. Mustache looks a name up in the innermost value first,
// then outward, so an optional that is nil would show an outer value of the
// same name; the templates read optionals with a leading dot (`{{#.classes}}`),
// which looks in the innermost value alone.

/// Words in each of a document's languages (`said.mustache`): the first as
/// it is, each other in a `<span class="second">`, with its language when
/// the text around it is in the first.
struct Said {
    var first: String
    var also: [Translation]

    /// Words in one language.
    init(_ text: String) { (first, also) = (text, []) }

    /// - Parameter marked: whether each other language's span says its
    ///   language (`lang`); a table's cells have always left it out.
    init(_ parts: [(Language, String)], marked: Bool = true) {
        first = parts.first?.1 ?? ""
        also = parts.dropFirst().map { Translation(lang: marked ? $0.0.rawValue : nil, text: $0.1) }
    }
}

/// One more language's words in a ``Said``.
struct Translation {
    var lang: String?
    var text: String
}

/// A paragraph (`paragraph.mustache`).
struct Paragraph {
    var classes: String?
    var lang: String?
    var text: String
}

/// A table whose text wraps (`table.mustache`): in print no column is cut and nothing scrolls.
struct Table {
    var classes: String?
    var head: Row?
    var rows: [Row]
}

struct Row {
    var cells: [Cell]
}

struct Cell {
    var classes: String?
    var said: Said

    init(_ said: Said, classes: String? = nil) { (self.said, self.classes) = (said, classes) }
    init(_ text: String, classes: String? = nil) { self.init(Said(text), classes: classes) }
}

/// A diagram with its data, a filter by kind and a details panel (`figure.mustache`).
struct Figure {
    var id: String
    /// The live preview's: focusing on a node asks the page.
    var live: Bool
    /// Showing part of its map already.
    var focused: Bool
    var svg: String
    /// The drawing's summary, a line per language.
    var caption: Said
    /// The filter's legend and its boxes.
    var show: String
    var kinds: [KindBox]
    /// The details panel's words (its script shows them).
    var hint: String
    var focus: String
    var whole: String
    /// The script's data: JSON escaped for a `<script>` element.
    var data: String
}

struct KindBox {
    var kind: String
    var name: String
}

/// A drawing under its heading, on a page of its own when printed (`drawing.mustache`).
struct Drawing {
    var heading: Said
    var figure: Figure
    /// Said under the drawing: for the last group drawn, the groups that aren't.
    var note: [Paragraph] = []
}

/// What `page.mustache` puts around a report or a document.
struct PageHead {
    var lang: String
    var title: String
    var version: String
    var css: String
    var script: String

    init(title: String, language: Language) {
        lang = language.rawValue
        self.title = title
        self.version = EcomapCore.version
        css = PageAssets.css
        script = PageAssets.script
    }
}

extension Report {
    /// Words in each of the report's languages.
    func words(_ words: (Language) -> String) -> Said { Said(said(words)) }

    /// Words in each of the report's languages, for a table's cell.
    func cellWords(_ words: (Language) -> String) -> Said { Said(said(words), marked: false) }

    /// A paragraph per language, each after the first marked as second.
    func paragraphs(_ words: (Language) -> String, class name: String? = nil) -> [Paragraph] {
        said(words).enumerated().map { i, part in
            let classes = [name, i == 0 ? nil : "second"].compactMap { $0 }.joined(separator: " ")
            return Paragraph(classes: classes.isEmpty ? nil : classes, lang: i == 0 ? nil : part.0.rawValue, text: part.1)
        }
    }
}
