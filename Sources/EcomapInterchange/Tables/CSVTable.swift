import EcomapCore
import Foundation

/// Reads a CSV file into a ``Table``: UTF-8 with or without a byte-order
/// mark, CRLF or LF, quoted fields with separators, quotes and line breaks
/// in them, and the semicolon-separated files that Excel writes where the
/// comma is the decimal mark.
///
/// Written by hand, with no CSV library, because the importer needs what
/// none here gives: each record's place in the file, to cut the file into
/// one piece per core parsed side by side and to name the cell of a bad
/// byte or an open quote (one pass over the bytes finds them,
/// ``CSVLayout``). Given those places, what is left is small: a record with
/// no quote is its bytes between separators, and a quoted one is unquoted
/// as RFC 4180 says (``quotedRecord(_:_:)``). CSV.swift, which did the
/// quoted ones, takes a character at a time through a type-erased
/// iterator, and its writer was used once, for the audit's CSV: neither
/// is worth a dependency (docs/architecture.md has the measurements). O(bytes).
enum CSVTable {
    /// A file of a billion commas would take 24 GB as cells; no map has a fiftieth of that.
    static let maximumCells = 20_000_000

    static func read(_ bytes: [UInt8], file: String) -> (table: Table?, diagnostics: [Diagnostic]) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let problem = TextEncoding.problem(in: body, file: file) { return (nil, [problem]) }
        let layout = CSVLayout(body)
        if let open = layout.unclosedQuote {
            let at = layout.place(of: open, in: body)
            let cell = "\(Table.columnName(at.column))\(at.row)"
            return (nil, [Diagnostic(.csvQuote, "a quoted field starting at \(cell) has no closing quote",
                hint: "close the quote; a quote inside a quoted field is written twice (\"\")", file: file, cell: cell)])
        }
        if layout.fields > CSVTable.maximumCells {
            return (nil, [Diagnostic(.fileTooLarge, "'\(file)' has \(layout.fields) cells, more than the \(CSVTable.maximumCells) a map can be made from",
                hint: "split it, or check that it is the file you meant", file: file, at: .none)])
        }
        let count = layout.recordEnds.count
        let parts = pieces(count, minimum: 20_000)
        let parsed = Parallel.map(parts.count) { k -> [Table.Row] in
            var rows: [Table.Row] = []
            rows.reserveCapacity(parts[k].count)
            for r in parts[k] {
                let start = r == 0 ? body.startIndex : layout.recordEnds[r - 1] + 1
                var end = layout.recordEnds[r]
                if end > start, body[end - 1] == 0x0D { end -= 1 }
                let fields = layout.quoted[r] ? quotedRecord(body[start..<end], layout.delimiter) : plainRecord(body[start..<end], layout.delimiter)
                if fields.count == 1, fields[0].isEmpty { continue }
                rows.append(Table.Row(number: r + 1, cells: fields))
            }
            return rows
        }
        return (Table(file: file, sheet: nil, rows: parsed.count == 1 ? parsed[0] : parsed.flatMap { $0 }), [])
    }

    /// A record with no quotes: the text between separators.
    private static func plainRecord(_ bytes: ArraySlice<UInt8>, _ delimiter: UInt8) -> [CellValue] {
        var cells: [CellValue] = []
        var start = bytes.startIndex
        for i in bytes.indices where bytes[i] == delimiter {
            cells.append(cell(bytes[start..<i]))
            start = i + 1
        }
        cells.append(cell(bytes[start..<bytes.endIndex]))
        return cells
    }

    private static func cell(_ bytes: ArraySlice<UInt8>) -> CellValue {
        bytes.isEmpty ? .empty : .text(String(decoding: bytes, as: UTF8.self))
    }

    /// A record with quotes, unquoted as RFC 4180 says: a field that starts
    /// with a quote runs to the quote that closes it, `""` inside being one
    /// quote, and may hold separators and line breaks. Text after the
    /// closing quote, up to the separator, is kept, as Excel keeps it; a
    /// quote inside a field that doesn't start with one is text.
    private static func quotedRecord(_ bytes: ArraySlice<UInt8>, _ delimiter: UInt8) -> [CellValue] {
        var cells: [CellValue] = []
        var field: [UInt8] = []
        var i = bytes.startIndex
        let end = bytes.endIndex
        while true {
            // Where this field's separator is (or the record's end).
            var next: Int
            if i < end, bytes[i] == 0x22 {
                let close = bytes[(i + 1)..<end].firstIndex(of: 0x22) ?? end
                if close >= end - 1 || bytes[close + 1] == delimiter {
                    // The usual quoted field, made straight from its bytes: no doubled quote, nothing after the closing one.
                    cells.append(cell(bytes[(i + 1)..<close]))
                    next = min(close + 1, end)
                } else {
                    field.removeAll(keepingCapacity: true)
                    i += 1
                    while i < end {
                        let quote = bytes[i..<end].firstIndex(of: 0x22) ?? end
                        field += bytes[i..<quote]
                        i = min(quote + 1, end)
                        // A quote that closes the field, or the first of two that stand for one.
                        guard quote < end, i < end, bytes[i] == 0x22 else { break }
                        field.append(0x22)
                        i += 1
                    }
                    next = bytes[i..<end].firstIndex(of: delimiter) ?? end
                    field += bytes[i..<next]
                    cells.append(field.isEmpty ? .empty : .text(String(decoding: field, as: UTF8.self)))
                }
            } else {
                next = bytes[i..<end].firstIndex(of: delimiter) ?? end
                cells.append(cell(bytes[i..<next]))
            }
            guard next < end else { return cells }
            i = next + 1
        }
    }
}

/// What one pass over a CSV file's bytes tells: where records end, whether a
/// quote is left open, and which separator the header row uses.
///
/// A quote opens or closes quoting wherever it stands, so a record ends at
/// the first line feed outside quotes, whatever the fields' shapes.
struct CSVLayout {
    /// Where each record ends: the offset of its line feed, or of the end of
    /// the file for a last record with none.
    var recordEnds: [Int] = []
    /// For each record, whether it holds a quote (and so needs unquoting).
    var quoted: [Bool] = []
    /// Where a quote opens that never closes, if one does.
    var unclosedQuote: Int?
    var delimiter = UInt8(ascii: ",")
    /// How many fields the file holds, counting every separator and record end outside quotes.
    var fields = 0

    init(_ bytes: ArraySlice<UInt8>) {
        recordEnds.reserveCapacity(bytes.count / 32)
        quoted.reserveCapacity(bytes.count / 32)
        var inQuotes = false, openedAt = 0, sawQuote = false
        var commas = 0, semicolons = 0, tabs = 0, headerDone = false
        let separators: (UInt8, UInt8, UInt8) = (0x2C, 0x3B, 0x09)
        bytes.withUnsafeBufferPointer { buffer in
            let base = bytes.startIndex
            for (i, b) in buffer.enumerated() {
                if b == 0x22 {
                    inQuotes.toggle()
                    sawQuote = true
                    if inQuotes { openedAt = base + i }
                } else if !inQuotes {
                    if b == 0x0A || b == separators.0 || b == separators.1 || b == separators.2 { fields += 1 }
                    if b == 0x0A {
                        recordEnds.append(base + i)
                        quoted.append(sawQuote)
                        sawQuote = false
                        headerDone = true
                    } else if !headerDone {
                        if b == 0x2C { commas += 1 } else if b == 0x3B { semicolons += 1 } else if b == 0x09 { tabs += 1 }
                    }
                }
            }
        }
        if let last = recordEnds.last.map({ $0 + 1 }) ?? Optional(bytes.startIndex), last < bytes.endIndex {
            recordEnds.append(bytes.endIndex)
            quoted.append(sawQuote)
        }
        if inQuotes { unclosedQuote = openedAt }
        // European Excel separates with semicolons; "Unicode text" with tabs.
        if semicolons > commas, semicolons >= tabs { delimiter = UInt8(ascii: ";") } else if tabs > commas, tabs > semicolons { delimiter = 0x09 }
    }

    /// The 1-based row and 0-based column of a byte, counting records and
    /// separators outside quotes as a spreadsheet would show them.
    func place(of offset: Int, in bytes: ArraySlice<UInt8>) -> (row: Int, column: Int) {
        var row = 1, column = 0, quoted = false
        let separator = delimiter
        var i = bytes.startIndex
        while i < offset, i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x22 { quoted.toggle() } else if !quoted {
                if b == 0x0A { row += 1; column = 0 } else if b == separator { column += 1 }
            }
            i += 1
        }
        return (row, column)
    }
}
