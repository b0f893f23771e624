import EcomapCore

// The codes of drawing: Graphviz's layouts and drawings, and the Markdown
// read by cmark-gfm for documents with maps in them.

extension DiagnosticCode {
    public static let layoutTimeout = DiagnosticCode(
        "layout-timeout", .error,
        meaning: "Graphviz took longer than the time allowed (120 s by default) to lay the map out. Nothing was written.",
        remedy: "Lay it out with sfdp, which is fast on large maps, or allow more time.",
        remedies: [.fasterLayout, .moreTime])
    public static let unknownCentre = DiagnosticCode(
        "unknown-centre", .error,
        meaning: "The node asked for at the centre of an eco-map is not in the map. Nothing was written.",
        remedy: "Give one of the map's node ids (the hint names the nearest), or ask for none: the node with `role: host`, else the best-connected organisation, is the centre.")
    public static let layoutFailed = DiagnosticCode(
        "layout-failed", .error,
        meaning: "Graphviz could not lay out or draw the map; its own message is in the hint. Nothing was written.",
        remedy: "Try another layout; report it if it persists.",
        remedies: [.fasterLayout])
    public static let drawingTooLarge = DiagnosticCode(
        "drawing-too-large", .error,
        meaning: "A PNG of the drawing would be over 32,767 pixels wide or high, more than a PNG can hold (Graphviz would have shrunk it until it could not be read). Nothing was written.",
        remedy: "Fit it to a page (a slide, the default, or A4), draw it as SVG or PDF, which have no such limit, or shorten the longest labels.")
    public static let markdownTimeout = DiagnosticCode(
        "markdown-timeout", .error,
        meaning: "Reading a document as Markdown took longer than the time allowed (120 s by default). One deadline covers reading the document and drawing its maps. Nothing was written.",
        remedy: "Thousands of nested brackets or a table of thousands of cells are slow to read: simplify them, or allow more time.",
        remedies: [.moreTime])

    /// Drawing's codes, as the documentation lists them.
    public static let renderSection = DiagnosticSection(
        title: "Drawing",
        codes: [.layoutTimeout, .unknownCentre, .layoutFailed, .drawingTooLarge, .markdownTimeout])
}
