import EcomapCore
import Foundation

/// Reads the sheets of an `.xlsx` workbook into tables: the zip under
/// ``SafeZip``'s limits, each XML part with
/// Foundation's XMLParser. Sheets whose name holds `(ignore)` are skipped, as
/// Kumu skips them, without being parsed.
enum XLSXReader {
    static func read(_ zip: inout SafeZip) -> (tables: [Table], diagnostics: [Diagnostic]) {
        let file = zip.file
        func broken(_ why: String) -> Diagnostic {
            Diagnostic(.brokenWorkbook, "'\(file)' is a damaged workbook: \(why)",
                hint: "open it in Excel or LibreOffice and save it again as .xlsx", file: file)
        }
        do throws(SafeZip.Failure) {
            guard let workbookBytes = try zip.part("xl/workbook.xml") else {
                return ([], [notAWorkbook(zip)])
            }
            let workbook = WorkbookList()
            guard XMLPart.parse(workbookBytes, workbook) else { return ([], [broken("xl/workbook.xml is not well-formed XML")]) }
            let relationships = Relationships()
            if let bytes = try zip.part("xl/_rels/workbook.xml.rels") { _ = XMLPart.parse(bytes, relationships) }
            let shared = SharedStrings()
            if let bytes = try zip.part("xl/sharedStrings.xml"), !XMLPart.parse(bytes, shared) {
                return ([], [broken("xl/sharedStrings.xml is not well-formed XML")])
            }
            let styles = DateStyles()
            if let bytes = try zip.part("xl/styles.xml") { _ = XMLPart.parse(bytes, styles) }
            var tables: [Table] = []
            var found: [Diagnostic] = []
            for (index, sheet) in workbook.sheets.enumerated() {
                let own = sheet.name.lowercased() == Table.headerSheet
                if sheet.name.lowercased().contains("(ignore)"), !own { continue }
                let path = relationships.targets[sheet.relationship].map(Relationships.path) ?? "xl/worksheets/sheet\(index + 1).xml"
                guard let bytes = try zip.part(path) else {
                    found.append(broken("the sheet '\(sheet.name)' is missing (\(path))"))
                    continue
                }
                let reader = SheetXML(shared: shared.strings, dateStyles: styles.isDate, date1904: workbook.date1904)
                guard XMLPart.parse(bytes, reader) else {
                    found.append(broken("the sheet '\(sheet.name)' is not well-formed XML, goes past Excel's last row or column, or holds over 20 million cells"))
                    continue
                }
                if let bad = reader.badReference {
                    found.append(broken("the sheet '\(sheet.name)' cell \(bad) names a shared string that isn't there"))
                    continue
                }
                var table = Table(file: file, sheet: sheet.name, rows: reader.rows)
                table.mergedRanges = reader.merged
                tables.append(table)
            }
            return (tables, found)
        } catch {
            switch error {
            case .refused(let diagnostic): return ([], [diagnostic])
            case .broken(let why): return ([], [broken(why)])
            }
        }
    }

    /// A zip that is no workbook: say what it is, when that can be told.
    private static func notAWorkbook(_ zip: SafeZip) -> Diagnostic {
        let file = zip.file
        let what: String
        var hint = "import an .xlsx workbook, CSV files or a Kumu .json blueprint"
        if zip.paths.contains("content.xml") && zip.paths.contains("mimetype") {
            what = "an OpenDocument file (.ods), not an .xlsx workbook"
            hint = "open it in LibreOffice and save it as Excel 2007-365 (.xlsx)"
        } else if zip.paths.contains("word/document.xml") {
            what = "a Word document, not a spreadsheet"
        } else if zip.paths.contains("ppt/presentation.xml") {
            what = "a PowerPoint presentation, not a spreadsheet"
        } else {
            what = "a zip file with no workbook in it (no xl/workbook.xml)"
        }
        return Diagnostic(.notASpreadsheet, "'\(file)' is \(what)", hint: hint, file: file)
    }
}
