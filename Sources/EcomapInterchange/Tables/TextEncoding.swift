import EcomapCore
import Foundation

/// Tells a CSV file saved as UTF-8 from one saved in another encoding, and
/// says how to save it again. Excel's plain "CSV (Comma delimited)" writes
/// Windows-1252 on Western European systems; its "Unicode Text" writes UTF-16.
enum TextEncoding {
    static func problem(in bytes: ArraySlice<UInt8>, file: String) -> Diagnostic? {
        let resave = "save it again as UTF-8: in Excel, Save As > CSV UTF-8 (Comma delimited); "
            + "in LibreOffice, Save As > Text CSV with Character set: Unicode (UTF-8)"
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) {
            return Diagnostic(.textEncoding, "'\(file)' is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8", hint: resave, file: file)
        }
        if bytes.contains(0) {
            return Diagnostic(.notASpreadsheet, "'\(file)' is not a spreadsheet: it holds binary data (NUL bytes)",
                hint: "import an .xlsx workbook, CSV files or a Kumu .json blueprint", file: file)
        }
        guard let bad = firstInvalidByte(bytes) else { return nil }
        let layout = CSVLayout(bytes)
        let at = layout.place(of: bad, in: bytes)
        // Show the words around the byte as Windows-1252 would read them, so the
        // user can find the cell: "Caf\u{E9}" reads as "Café".
        let start = max(bytes.startIndex, bad - 12), end = min(bytes.endIndex, bad + 12)
        let context = String(data: Data(bytes[start..<end]), encoding: .windowsCP1252)?
            .components(separatedBy: .newlines).joined(separator: " ") ?? ""
        let byte = "0x" + String(bytes[bad], radix: 16, uppercase: true)
        let guess = bytes[bad] >= 0x80 && bytes[bad] <= 0x9F ? "Windows-1252" : "Windows-1252 or ISO-8859-1 (Latin-1)"
        return Diagnostic(.textEncoding, "'\(file)' is not UTF-8: byte \(byte) near \"\(context.trimmingCharacters(in: .whitespaces))\" looks like \(guess), "
                + "as Excel's plain \"CSV (Comma delimited)\" saves",
            hint: resave, file: file, cell: "\(Table.columnName(at.column))\(at.row)")
    }

    /// UTF-16 without a byte-order mark: every other byte of ASCII text is 0.
    private static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(64)
        guard sample.count >= 8 else { return false }
        let zeros = sample.enumerated().filter { $0.element == 0 }
        let odd = zeros.filter { $0.offset % 2 == 1 }.count, even = zeros.count - odd
        return max(odd, even) >= sample.count / 2 - 2 && min(odd, even) == 0
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            let width = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0
            guard width > 0, i + width <= bytes.endIndex,
                  String(validating: bytes[i..<(i + width)], as: UTF8.self) != nil else { return i }
            i += width
        }
        return nil
    }
}
