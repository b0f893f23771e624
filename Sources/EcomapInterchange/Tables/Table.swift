import Foundation

/// One sheet of a workbook, one CSV file, or one array of a Kumu blueprint,
/// read into rows of cells: what the importer works from, whatever the format.
struct Table: Sendable {
    /// The file as named on the command line.
    var file: String
    /// The sheet's name in a workbook; nil for a CSV file.
    var sheet: String?
    /// The rows in order, each with its number as the spreadsheet shows it
    /// (1 is the header row). Workbooks may skip empty rows, so numbers can jump.
    var rows: [Row]
    /// How to name a place in this table: spreadsheet cells (`Connections!B7`)
    /// or, for a Kumu blueprint, JSON paths (`connections[6].to`).
    var addressing: Addressing = .cells
    /// Ranges of merged cells (`A2:A4`), which a workbook may have and a map can't use.
    var mergedRanges: [String] = []

    enum Addressing: Sendable {
        case cells
        /// Each row is one object of the named array; its columns are the keys of `header`.
        case json(array: String)
    }

    struct Row: Sendable {
        var number: Int
        var cells: [CellValue]

        init(number: Int, cells: [CellValue]) {
            self.number = number
            self.cells = cells
        }

        /// The cell in column `index`, empty when the row is shorter.
        subscript(index: Int) -> CellValue {
            index < cells.count ? cells[index] : .empty
        }

        var isEmpty: Bool { cells.allSatisfy(\.isEmpty) }
    }

    init(file: String, sheet: String?, rows: [Row], addressing: Addressing = .cells) {
        self.file = file
        self.sheet = sheet
        self.rows = rows
        self.addressing = addressing
    }

    /// Ecomap's own sheet in a workbook it wrote: the map's title and header
    /// attributes, one per row. Its name holds `(ignore)` so that Kumu skips
    /// it; ecomap reads it (``XLSXReader``), and the importer takes the map's
    /// header from it.
    static let headerSheet = "ecomap (ignore)"

    /// How diagnostics name this table: `Elements` for a sheet, nothing for a CSV file.
    var displayName: String { sheet ?? file }

    /// Where a cell is: `Elements!B7` in a workbook, `B7` in a CSV file,
    /// `elements[5].label` in a blueprint (row 2 is the first object).
    func address(row: Int, column: Int, header: [String] = []) -> String {
        switch addressing {
        case .cells:
            let cell = Table.columnName(column) + String(row)
            guard let sheet else { return cell }
            return Table.quotedSheet(sheet) + "!" + cell
        case .json(let array):
            let key = column < header.count ? header[column] : "?"
            return "\(array)[\(row - 2)].\(key)"
        }
    }

    /// A range of cells such as `Elements!A2:A4`.
    func address(from: (row: Int, column: Int), to: (row: Int, column: Int)) -> String {
        let start = address(row: from.row, column: from.column)
        return start + ":" + Table.columnName(to.column) + String(to.row)
    }

    /// A sheet name as a formula would write it: quoted when it has spaces or punctuation.
    static func quotedSheet(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The last row of a range such as `A1:H1` (its end, or its one cell); nil when it names none.
    static func lastRow(of range: String) -> Int? {
        let end = range.split(separator: ":").last ?? Substring(range)
        return Int(end.drop { $0.isLetter || $0 == "$" }.filter { $0 != "$" })
    }

    /// `A` for column 0, `Z` for 25, `AA` for 26: spreadsheet column letters.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The column index of letters such as `AB`; nil when they aren't letters.
    static func columnIndex(_ letters: Substring) -> Int? {
        var n = 0
        for scalar in letters.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { return nil }
            n = n * 26 + Int(scalar.value - 64)
            if n > 1 << 20 { return nil }
        }
        return n > 0 ? n - 1 : nil
    }
}

/// A cell's value, as the file stores it.
enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
    /// A number, with its text as the file wrote it (`13`, `0.5`).
    case number(String)
    case boolean(Bool)
    /// A date (and time), written `2019-11-04` or `2019-11-04 15:40`.
    case date(String)
    /// A formula: its text, and the value last calculated, if the file kept one.
    case formula(String, cached: String?)
    /// An error value such as `#N/A`.
    case error(String)

    var isEmpty: Bool {
        if case .empty = self { return true }
        if case .text(let s) = self {
            // A cell that starts with a printable ASCII character is not blank; only others need looking at.
            if let b = s.utf8.first, b > 0x20, b < 0x7F { return false }
            return s.unicodeScalars.allSatisfy(\.properties.isWhitespace)
        }
        return false
    }

    /// The value as text for the map; formulas and errors are reported, not used.
    var text: String {
        switch self {
        case .empty: ""
        case .text(let s): s
        case .number(let s): s
        case .boolean(let b): b ? "true" : "false"
        case .date(let s): s
        case .formula(_, let cached): cached ?? ""
        case .error(let e): e
        }
    }

    /// The text with spaces at either end and non-breaking spaces trimmed.
    var trimmed: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}
