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
        ("invalid-character", .error, "A label, title or value holds a control character or U+FFFE/U+FFFF, which no drawing or page can show."),
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
        ("layout-failed", .error, "Graphviz could not lay out or draw the map; nothing was written."),
        ("drawing-too-large", .error, "The drawing would be over 32,767 pixels a side, more than a PNG can hold; nothing was written."),
        ("markdown-timeout", .error, "Reading a document as Markdown took longer than the time allowed; nothing was written."),
        ("table-too-large", .error, "A document's tables could hold more than 500,000 cells, too many to read in bounded time."),
        ("map-outside-folder", .error, "An image link names a map outside the document's folder (or the root folder given)."),
        ("invalid-argument", .error, "A library call was given a value it can't use, such as a sample of no sources."),
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
