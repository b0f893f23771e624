import EcomapCore

/// The kinds of problem an import can find, by their stable codes.
///
/// Each is listed, with what it means, in `DiagnosticCatalogue` and in
/// `docs/diagnostics.md`; the tests hold a golden example of each.
public enum ImportProblem: String, CaseIterable, Sendable {
    case notASpreadsheet = "not-a-spreadsheet"
    case xlsFile = "xls-file"
    case textEncoding = "text-encoding"
    case csvQuote = "csv-quote"
    case zipBomb = "zip-bomb"
    case brokenWorkbook = "broken-workbook"
    case duplicatePart = "duplicate-part"
    case unsupportedZip = "unsupported-zip"
    case badBlueprint = "bad-blueprint"
    case missingHeader = "missing-header"
    case emptySheet = "empty-sheet"
    case noElements = "no-elements"
    case duplicateColumn = "duplicate-column"
    case formulaCell = "formula-cell"
    case mergedCells = "merged-cells"
    case missingValue = "missing-value"
    case duplicateLabel = "duplicate-label"
    case unknownElement = "unknown-element"
    case ambiguousElement = "ambiguous-element"
    case unknownElementType = "unknown-element-type"
    case cellTooLong = "cell-too-long"

    /// An error about a whole file.
    func diagnostic(_ message: String, hint: String?, file: String) -> Diagnostic {
        Diagnostic(.error, rawValue, message, hint: hint, file: file, at: .none)
    }

    /// An error about one cell (or range of cells) of a sheet.
    func diagnostic(_ message: String, hint: String?, file: String, cell: String) -> Diagnostic {
        Diagnostic(.error, rawValue, message, hint: hint, file: file, at: .none, cell: cell)
    }
}
