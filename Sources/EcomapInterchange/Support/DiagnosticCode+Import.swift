import EcomapCore

// The codes of import: problems in spreadsheets and Kumu blueprints, placed
// by file, sheet and cell.

extension DiagnosticCode {
    public static let notASpreadsheet = DiagnosticCode(
        "not-a-spreadsheet", .error,
        meaning: "The file is not a workbook, CSV or blueprint: a PDF, an image, a Word document, an OpenDocument `.ods`, binary data.",
        remedy: "Import an `.xlsx` workbook, CSV files or a Kumu `.json` blueprint; save an `.ods` as `.xlsx`.")
    public static let xlsFile = DiagnosticCode(
        "xls-file", .error, meaning: "An Excel 97-2003 workbook (`.xls`), which ecomap can't read.",
        remedy: "Open it in Excel or LibreOffice and save it as an Excel Workbook (`.xlsx`).")
    public static let textEncoding = DiagnosticCode(
        "text-encoding", .error,
        meaning: "A CSV file that is not UTF-8: Windows-1252 or Latin-1 (what Excel's plain \"CSV (Comma delimited)\" saves), or UTF-16 (\"Unicode Text\"). The message shows the words around the first bad byte.",
        remedy: "Save it as \"CSV UTF-8 (Comma delimited)\" in Excel, or with Character set: Unicode (UTF-8) in LibreOffice.")
    public static let csvQuote = DiagnosticCode(
        "csv-quote", .error, meaning: "A quoted field in a CSV file has no closing quote, so the rest of the file would be one cell.",
        remedy: "Close the quote; a quote inside a quoted field is written twice (`\"\"`).")
    public static let zipBomb = DiagnosticCode(
        "zip-bomb", .error,
        meaning: "An `.xlsx` whose parts say they would inflate to more than 200 times their size (past 8 MB), or past 512 MB in all, or a part that inflates past the size it says it has (how a bomb hides). It was not unpacked.",
        remedy: "A real workbook is far smaller: save it again from Excel or LibreOffice.")
    public static let brokenWorkbook = DiagnosticCode(
        "broken-workbook", .error,
        meaning: "A damaged `.xlsx`: a part is missing, lies outside the file, ends early, fails its checksum, is not well-formed XML, or goes past Excel's last row or column.",
        remedy: "Open it in Excel or LibreOffice and save it again.")
    public static let duplicatePart = DiagnosticCode(
        "duplicate-part", .error,
        meaning: "An `.xlsx` with two parts of one name (names that differ only in case are one name to a workbook). Programs differ in which copy they read, so ecomap reads neither.",
        remedy: "Open it in Excel or LibreOffice and save it again.")
    public static let unsupportedZip = DiagnosticCode(
        "unsupported-zip", .error,
        meaning: "An `.xlsx` zipped in a way no spreadsheet program writes: ZIP64 (for archives over 4 GB), an encrypted part, or a part compressed other than by deflate.",
        remedy: "Save it again from Excel or LibreOffice (without a zip password).")
    public static let cellTooLong = DiagnosticCode(
        "cell-too-long", .error,
        meaning: "A cell whose text would make a line of the map longer than the 65,536 bytes the language reads (`line-too-long`): one cell, or the longest of a row whose cells together make such a line.",
        remedy: "Shorten the text; keep long text in a document the map links to (a `URL` column).")
    public static let badBlueprint = DiagnosticCode(
        "bad-blueprint", .error,
        meaning: "A `.json` file that is not valid JSON, has no `elements` array, or holds an object where a value belongs.",
        remedy: "A blueprint is `{\"elements\": [{\"label\": \"A\"}], \"connections\": [{\"from\": \"A\", \"to\": \"B\"}]}`.")
    public static let missingHeader = DiagnosticCode(
        "missing-header", .error,
        meaning: "No header row in a sheet's first 30 rows: a sheet of elements needs a column of names (`Label`, `Name`, `Group name` and the other usual names), a sheet of connections `From` and `To`. Or a column with values but no header, or a header with no letters or digits.",
        remedy: "Fix the header, or say which column is the name; add `(ignore)` to the name of a sheet that is not for the map.",
        remedies: [.columnMap])
    public static let emptySheet = DiagnosticCode(
        "empty-sheet", .error,
        meaning: "A sheet or CSV file with nothing in it, or an elements sheet with a header row and no rows under it (a connections sheet with only its header is a map without links, and imports).",
        remedy: "Delete the sheet, add `(ignore)` to its name, or fill it in.")
    public static let noElements = DiagnosticCode(
        "no-elements", .error, meaning: "None of the files has a sheet of elements.",
        remedy: "Import the elements sheet or CSV file too.")
    public static let duplicateColumn = DiagnosticCode(
        "duplicate-column", .error,
        meaning: "Two columns that make the same attribute (`Tags` and `tags`, `Funding source` and `Funding-source`).",
        remedy: "Keep one, or rename one.")
    public static let formulaCell = DiagnosticCode(
        "formula-cell", .error,
        meaning: "A cell holds a formula (the message shows it, and its last value when the file kept one) or an error value such as `#N/A`. A map can't recalculate.",
        remedy: "Copy the column and paste it back as values only (Paste Special > Values).")
    public static let mergedCells = DiagnosticCode(
        "merged-cells", .error, meaning: "Merged cells: only the first holds the value, the rest are empty.",
        remedy: "Unmerge them and fill in every row.")
    public static let missingValue = DiagnosticCode(
        "missing-value", .error, meaning: "An element with no label or no type, or a connection with no From or To.",
        remedy: "Fill it in, or delete the row.")
    public static let duplicateLabel = DiagnosticCode(
        "duplicate-label", .error,
        meaning: "Two elements share a label and there is no ID column: Kumu would make them one.",
        remedy: "Delete one row, or add an `ID` column.")
    public static let unknownElement = DiagnosticCode(
        "unknown-element", .error, meaning: "A From, To, In or Via cell names no element, by ID or label.",
        remedy: "Add the element, or fix the name the hint suggests.")
    public static let ambiguousElement = DiagnosticCode(
        "ambiguous-element", .error, meaning: "A cell names an element by a label more than one element has.",
        remedy: "Name it by its ID.")
    public static let unknownElementType = DiagnosticCode(
        "unknown-element-type", .error,
        meaning: "A Type that is none of ecomap's words for a kind (organisation, organization, company, agency; platform, technology, tool; person, individual, people, role; community, group, network) and that the kind map doesn't map. The hint lists the other unknown types.",
        remedy: "Say which kind each type is, as `Staff network=community,Profession=community`.",
        remedies: [.kindMap])

    public static let unknownColumn = DiagnosticCode(
        "unknown-column", .warning,
        meaning: "A column kept as your own attribute that looks like one of ecomap's fields: its header is a letter or two from a known name (`Sponser`), or it holds web or mail addresses under a name ecomap doesn't know (`Yammer`). The audit would count that field missing.",
        remedy: "Say which field it is, as `Yammer=url`, or rename the column.",
        remedies: [.columnMap])
    public static let directory = DiagnosticCode(
        "directory", .note,
        meaning: "The spreadsheet has no connections, so the map is written as a directory (`directory: yes` in its header): a list of communities, as an audit keeps them. Its nodes have no links, and no warning is given for each.",
        remedy: "Nothing, for an audit; add a sheet of connections (`From`, `To`) to draw how they work together.")
    public static let noTypeColumn = DiagnosticCode(
        "no-type-column", .note,
        meaning: "A sheet of elements without a `Type` column: every row on it is a community.",
        remedy: "Add a `Type` column if some rows are organisations, platforms or people, or say which column holds the kinds, as `Category=type`.",
        remedies: [.columnMap])
    public static let totalsRow = DiagnosticCode(
        "totals-row", .note,
        meaning: "A row under the elements that only sums or counts them (`=SUM(...)`, `=SUBTOTAL(...)`, a label `Total`): it was left out of the map.",
        remedy: "Nothing; a map counts its own.")
    public static let skippedSheet = DiagnosticCode(
        "skipped-sheet", .note,
        meaning: "A sheet of a workbook that is empty, or has no header row of elements or connections (lookups, notes, a summary), while another sheet has elements: it was left out.",
        remedy: "Add `(ignore)` to its name to say so, or, if it lists communities, say which column holds their names, as `Name=label`.",
        remedies: [.columnMap])

    /// Import's codes, as the documentation lists them.
    public static let importSection = DiagnosticSection(
        title: "Import",
        introduction: """
            A spreadsheet has no lines: each problem names its file and the cell, as a formula would \
            (`Sheet!B7`; just `B7` in a CSV file; a path such as `connections[6].to` in a blueprint). \
            What `ecomap check` would say of the map the spreadsheet makes is said too, at the cell it comes from. \
            A note is no problem: it says what the import did with something a list kept by hand often has \
            (a totals row, a sheet of lookups, no connections), and `--strict` leaves it a note.
            """,
        codes: [.notASpreadsheet, .xlsFile, .textEncoding, .csvQuote, .zipBomb, .brokenWorkbook, .duplicatePart, .unsupportedZip,
                .cellTooLong, .badBlueprint,
                .missingHeader, .emptySheet, .noElements, .duplicateColumn, .formulaCell, .mergedCells, .missingValue,
                .duplicateLabel, .unknownElement, .ambiguousElement, .unknownElementType, .unknownColumn,
                .directory, .noTypeColumn, .totalsRow, .skippedSheet])
}
