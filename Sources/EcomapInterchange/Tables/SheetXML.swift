import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A worksheet part (`xl/worksheets/sheet1.xml`) read into rows of cells,
/// with every kind of cell Excel stores: shared strings, inline strings,
/// numbers, booleans, dates (numbers in a date format, or ISO text), error
/// values and formulas (with the value last calculated), and merged ranges.
final class SheetXML: PartReader {
    private let shared: [String]
    private let dateStyles: [Bool]
    private let date1904: Bool

    private(set) var rows: [Table.Row] = []
    private(set) var merged: [String] = []
    /// Set when the part refers to a shared string that doesn't exist.
    private(set) var badReference: String?

    // The row and cell being read.
    private var rowNumber = 0, cells: [CellValue] = []
    private var reference: String?, column = -1, type = "n", style = 0
    private var value = "", formula: String?, inline = ""
    private var collecting: Collecting = .nothing

    private enum Collecting { case nothing, value, formula, inlineText }

    /// Excel's own limits: a cell beyond them is a damaged file, not a map.
    static let maximumColumns = 16_384, maximumRows = 1_048_576
    /// Cells held, empty ones before a filled one included: a sheet of
    /// rows that each reach column XFD would otherwise take gigabytes.
    static let maximumCells = 20_000_000
    private var cellsHeld = 0

    init(shared: [String], dateStyles: [Bool], date1904: Bool) {
        self.shared = shared
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            if rowNumber < 1 || rowNumber > SheetXML.maximumRows { parser.abortParsing() }
            cells = []
            column = -1
        case "c":
            reference = attributes["r"]
            let letters = reference.map { $0.prefix { $0.isLetter } }
            column = letters.flatMap(Table.columnIndex) ?? column + 1
            if column >= SheetXML.maximumColumns { parser.abortParsing() }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""; formula = nil; inline = ""
        case "v": collecting = .value
        case "f": collecting = .formula; formula = formula ?? ""
        case "t" where collecting != .value: collecting = .inlineText
        case "mergeCell": if let ref = attributes["ref"] { merged.append(ref) }
        default: break
        }
    }

    override func text(_ string: String) {
        switch collecting {
        case .value: value += string
        case .formula: formula! += string
        case .inlineText: inline += string
        case .nothing: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "v", "f", "t": collecting = .nothing
        case "c":
            let cell = cellValue()
            if !cell.isEmpty || column < cells.count {
                if cellsHeld + column >= SheetXML.maximumCells { abort(); return }
                if cells.count < column { cells.append(contentsOf: repeatElement(.empty, count: column - cells.count)) }
                if column < cells.count { cells[column] = cell } else { cells.append(cell) }
            }
        case "row":
            while cells.last?.isEmpty == true { cells.removeLast() }
            cellsHeld += cells.count
            if cellsHeld > SheetXML.maximumCells { abort() }
            rows.append(Table.Row(number: rowNumber, cells: cells))
        default: break
        }
    }

    private func cellValue() -> CellValue {
        let plain = plainValue()
        guard let formula else { return plain }
        return .formula("=" + formula, cached: plain.isEmpty ? nil : plain.text)
    }

    private func plainValue() -> CellValue {
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), shared.indices.contains(index) else {
                if badReference == nil { badReference = reference ?? "?" }
                return .empty
            }
            return shared[index].isEmpty ? .empty : .text(shared[index])
        case "inlineStr": return inline.isEmpty ? .empty : .text(XMLPart.unescape(inline))
        case "str": return value.isEmpty ? .empty : .text(XMLPart.unescape(value))
        case "b": return .boolean(value == "1" || value.lowercased() == "true")
        case "e": return .error(value)
        case "d": return value.isEmpty ? .empty : .date(ExcelDate.iso(value))
        default:
            let text = value.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .empty }
            guard let number = Double(text), number.isFinite else { return .text(text) }
            if style < dateStyles.count, dateStyles[style] { return .date(ExcelDate.text(serial: number, date1904: date1904)) }
            return .number(ExcelDate.numberText(number, written: text))
        }
    }
}

/// Excel's numbers and dates as text for a map.
enum ExcelDate {
    /// A date serial (days since 1900, or 1904) as `2019-11-04`, with
    /// ` 15:40` when it has a time of day.
    static func text(serial: Double, date1904: Bool) -> String {
        guard serial >= 0, serial < 3_000_000 else { return numberText(serial, written: String(serial)) }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        // Serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was (serial 60).
        let unixDay = date1904 ? days - 24_107 : (days < 60 ? days - 25_568 : days - 25_569)
        let (y, m, d) = civil(fromUnixDay: unixDay)
        var out = days == 0 && !date1904 ? "" : String(format: "%04d-%02d-%02d", y, m, d)
        if seconds > 0 {
            let time = seconds % 60 == 0 ? String(format: "%02d:%02d", seconds / 3600, seconds / 60 % 60)
                : String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            out += out.isEmpty ? time : " " + time
        }
        return out.isEmpty ? "1900-01-00" : out
    }

    /// An ISO 8601 date as Excel's `t="d"` cells hold it, without a midnight time.
    static func iso(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("T00:00:00") { t.removeLast(9) }
        if t.hasSuffix("Z") { t.removeLast() }
        return t.replacingOccurrences(of: "T", with: " ")
    }

    /// A number as a person would write it: `13`, not `13.0`; the file's own
    /// digits when they are already plain.
    static func numberText(_ number: Double, written: String) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        let plain = written.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }
        return plain ? written : String(number)
    }

    /// Year, month, day of a day counted from 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromUnixDay z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
