/// Every kind of problem ecomap reports, by its stable code, with what it means.
///
/// The codes appear in brackets after each message (`[unknown-node]`) and in
/// JSON output; `docs/diagnostics.md` lists them for users, and the tests hold
/// one example of each.
public enum DiagnosticCatalogue {
    public static let entries: [(code: String, severity: Diagnostic.Severity, meaning: String)] = [
        ("unreadable-file", .error, "The file is missing, a folder, or not readable."),
        ("unwritable-file", .error, "An output file could not be written; nothing was left half-written."),
        ("file-too-large", .error, "The file is over 1 GB: too large to be a map."),
        ("empty-file", .error, "The file holds nothing but white space."),
        ("binary-file", .error, "The file holds NUL bytes: it is not text."),
        ("invalid-utf8", .error, "A line holds bytes that are not UTF-8."),
        ("line-too-long", .error, "A line is over 65,536 bytes; it is skipped."),
        ("syntax", .error, "A line does not follow the language."),
        ("unterminated-string", .error, "A quoted string has no closing quote on its line."),
        ("unterminated-list", .error, "An attribute list has no closing ']' on its line."),
        ("unknown-escape", .error, "A backslash in a string is followed by something other than \", \\ or n."),
        ("curly-quote", .error, "A curly quote (as word processors write) where a straight quote belongs."),
        ("unknown-kind", .error, "A node line starts with a word that is not a node kind."),
        ("duplicate-header", .error, "More than one 'map' line."),
        ("no-nodes", .error, "The map declares no nodes."),
        ("duplicate-id", .error, "Two nodes share an id."),
        ("unknown-node", .error, "A link, 'in:' or 'via:' names a node that is not declared."),
        ("bad-value", .error, "An attribute with a meaning has a value ecomap can't use."),
        ("membership-cycle", .error, "'in:' goes round in a circle."),
        ("layout-timeout", .error, "Graphviz took longer than the time allowed to lay the map out; nothing was written."),
        ("unknown-centre", .error, "The node asked for at the centre of an eco-map is not in the map; nothing was written."),
        ("layout-failed", .error, "Graphviz could not lay out or draw the map; nothing was written."),
        ("view-unknown-node", .error, "A part of the map to show is centred on an id that names no node."),
        ("view-unknown-kind", .error, "A part of the map to show names a word that is not a kind of node."),
        ("view-unknown-tag", .error, "A part of the map to show names a tag that no node has."),
        ("view-empty", .error, "A part of the map to show leaves out every node."),
        ("invalid-argument", .error, "A library call was given a value it can't use, such as a sample of no sources."),
        // Import: problems in spreadsheets and Kumu blueprints, placed by file, sheet and cell.
        ("not-a-spreadsheet", .error, "The file is not a workbook, CSV or blueprint (a PDF, an image, an .ods, binary data)."),
        ("xls-file", .error, "An Excel 97-2003 workbook (.xls), which ecomap can't read; save it as .xlsx."),
        ("text-encoding", .error, "A CSV file that is not UTF-8 (Windows-1252, Latin-1 or UTF-16)."),
        ("csv-quote", .error, "A quoted field in a CSV file has no closing quote."),
        ("zip-bomb", .error, "A workbook that would inflate far beyond any real one; it was not unpacked."),
        ("broken-workbook", .error, "A damaged .xlsx: a part is missing or is not well-formed XML."),
        ("bad-blueprint", .error, "A JSON file that is not a Kumu blueprint, or holds a value a map can't."),
        ("missing-header", .error, "A sheet without Kumu's header row, or a column with values but no header."),
        ("empty-sheet", .error, "A sheet or CSV file with nothing in it, or a header and no rows."),
        ("no-elements", .error, "No sheet of elements among the files imported."),
        ("duplicate-column", .error, "Two columns that make the same attribute."),
        ("formula-cell", .error, "A cell holding a formula or an error value instead of a value."),
        ("merged-cells", .error, "Merged cells, where only the first holds the value."),
        ("missing-value", .error, "An element with no label or type, or a connection with no From or To."),
        ("duplicate-label", .error, "Two elements with one label and no ID column to tell them apart."),
        ("unknown-element", .error, "A connection, In or Via cell names no element."),
        ("ambiguous-element", .error, "A label that more than one element has, used to name one of them."),
        ("unknown-element-type", .error, "A Type that is no kind and that the kind map doesn't map."),
        ("isolated-node", .warning, "A node that no link, 'in:' or 'via:' mentions."),
        ("self-link", .warning, "A link from a node to itself."),
        ("duplicate-link", .warning, "The same link (ends, direction and type) twice."),
        ("duplicate-attribute", .warning, "The same attribute twice in one list; the last wins."),
        ("unknown-attribute", .warning, "An attribute name one or two letters away from a known one."),
        ("misplaced-attribute", .warning, "An attribute that has a meaning elsewhere (a link's, on a node)."),
        ("unknown-type", .warning, "A link type one or two letters away from a built-in type."),
        ("via-not-platform", .warning, "'via:' names a node that is not a platform."),
        ("duplicate-style", .warning, "A kind is styled twice; the last style is used."),
    ]

    /// Every code, in the order above.
    public static var codes: [String] { entries.map(\.code) }
}
