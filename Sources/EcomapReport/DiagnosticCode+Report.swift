import EcomapCore

// The codes of documents: reports and documents with maps embedded in them.

extension DiagnosticCode {
    public static let tableTooLarge = DiagnosticCode(
        "table-too-large", .error,
        meaning: "A document's tables could hold more than 500,000 cells (the widest table's columns times the document's lines), or a line holds thousands of `|`. Markdown's tables are filled out to the width of their header, and such a table takes minutes and gigabytes to read. Documents over 2 MB are refused too (`file-too-large`).",
        remedy: "Split the table, or put the data in a file of its own.")
    public static let documentTooDeep = DiagnosticCode(
        "document-too-deep", .error,
        meaning: "A line of the document opens more than 32 quotations (`>`) or list items inside one another. cmark-gfm reads brackets in deeply nested text in time that grows with the nesting times the document's length: 60 KB took 44 s.",
        remedy: "Flatten the quotations and lists.")
    public static let mapOutsideFolder = DiagnosticCode(
        "map-outside-folder", .error,
        meaning: "An image link names a `.ecomap` file outside the document's folder (or outside the root folder given), a web address, or a link that leads outside. A document from someone else must not be able to show any map on your disk.",
        remedy: "Move the map beside the document, or name a folder that holds both as the root.",
        remedies: [.rootFolder])
    public static let nothingToList = DiagnosticCode(
        "nothing-to-list", .error,
        meaning: "`ecomap directory` was given a map with no community and no organisation: its site would list nothing.",
        remedy: "Declare the communities (`community data \"Data Science CoP\"`), or import the list they are kept in (`ecomap import`).")

    /// The codes of documents, as the documentation lists them.
    public static let reportSection = DiagnosticSection(
        title: "Documents with maps", codes: [.tableTooLarge, .documentTooDeep, .mapOutsideFolder, .nothingToList])
}
