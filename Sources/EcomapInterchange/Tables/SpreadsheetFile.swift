import EcomapCore

/// Tells what a file is by its first bytes, not its name, and reads it into
/// tables: an `.xlsx` workbook, a Kumu blueprint, or CSV text. Everything
/// else gets a diagnostic that says what the file is and what to do.
enum SpreadsheetFile {
    static func read(_ bytes: [UInt8], name: String) -> (tables: [Table], diagnostics: [Diagnostic]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            do {
                var zip = try SafeZip(bytes, file: name)
                return XLSXReader.read(&zip)
            } catch {
                return ([], [error])
            }
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return ([], [Diagnostic(.xlsFile, "'\(name)' is an Excel 97-2003 workbook (.xls), which ecomap can't read",
                hint: "open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)", file: name)])
        }
        if let what = foreign(bytes) {
            return ([], [Diagnostic(.notASpreadsheet, "'\(name)' is \(what), not a spreadsheet",
                hint: "import an .xlsx workbook, CSV files (one of elements, one of connections) or a Kumu .json blueprint",
                file: name)])
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes[start...].first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{") {
            return Blueprint.read(Array(bytes[start...]), file: name)
        }
        let (table, found) = CSVTable.read(bytes, file: name)
        return (table.map { [$0] } ?? [], found)
    }

    /// What a file that is plainly not a spreadsheet is, from its magic number.
    private static func foreign(_ b: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            (Array("%PDF".utf8), "a PDF document"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"),
            ([0x1F, 0x8B], "a gzip file"),
            (Array("<?xml".utf8), "XML"),
            (Array("<html".utf8), "a web page (HTML)"),
            (Array("<!DOCTYPE".utf8), "a web page (HTML)"),
            ([0x7F, 0x45, 0x4C, 0x46], "a program"),
        ]
        return signatures.first { b.starts(with: $0.0) }?.1
    }
}
