import EcomapCore
import Foundation

/// Kumu's JSON blueprint (`{"elements": [...], "connections": [...]}`) read
/// into two tables, one row per object and one column per key, so that it is
/// imported by the same rules as a spreadsheet. A place in it is named by
/// its path: `connections[6].to`.
enum Blueprint {
    static func read(_ bytes: [UInt8], file: String) -> (tables: [Table], diagnostics: [Diagnostic]) {
        func bad(_ message: String, _ hint: String, cell: String? = nil) -> ([Table], [Diagnostic]) {
            let d = cell.map { Diagnostic(.badBlueprint, message, hint: hint, file: file, cell: $0) }
                ?? Diagnostic(.badBlueprint, message, hint: hint, file: file)
            return ([], [d])
        }
        // JSON takes several times its size as values: a blueprint far larger than any map is refused.
        guard bytes.count <= 256 << 20 else {
            return ([], [Diagnostic(.fileTooLarge, "'\(file)' is over 256 MB, too large to be a Kumu blueprint",
                                    hint: "split it into several maps", file: file, at: .none)])
        }
        let value: BlueprintValue
        do {
            value = try JSONDecoder().decode(BlueprintValue.self, from: Data(bytes))
        } catch {
            return bad("'\(file)' is not valid JSON", "check it with a JSON validator; a Kumu blueprint is {\"elements\": [...], \"connections\": [...]}")
        }
        guard case .object(let top) = value, case .array(let elements)? = top["elements"] else {
            return bad("'\(file)' is JSON but not a Kumu blueprint: it has no \"elements\" array",
                       "a blueprint is {\"elements\": [{\"label\": \"A\"}], \"connections\": [{\"from\": \"A\", \"to\": \"B\"}]}")
        }
        var tables: [Table] = []
        var found: [Diagnostic] = []
        for (name, items, first) in [("elements", elements, ["id", "label"]), ("connections", connectionsArray(top), ["id", "from", "to"])] {
            guard let items else { continue }
            let (table, problems) = Blueprint.table(name, items, leading: first, file: file)
            tables.append(table)
            found += problems
        }
        return (tables, found)
    }

    private static func connectionsArray(_ top: [String: BlueprintValue]) -> [BlueprintValue]? {
        if case .array(let items)? = top["connections"] { return items }
        return nil
    }

    /// One row per object; the header lists every key, the identifying ones first, the rest sorted.
    private static func table(_ name: String, _ items: [BlueprintValue], leading: [String], file: String) -> (Table, [Diagnostic]) {
        var keys = Set<String>()
        for case .object(let o) in items { keys.formUnion(o.keys) }
        let lower = Dictionary(keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { min($0, $1) })
        let lead = leading.filter { $0 != "id" || lower["id"] != nil }.compactMap { lower[$0] ?? ($0 == "id" ? nil : $0) }
        let header = lead + keys.subtracting(lead).sorted()
        var rows = [Table.Row(number: 1, cells: header.map { .text($0) })]
        var problems: [Diagnostic] = []
        for (i, item) in items.enumerated() {
            guard case .object(let o) = item else {
                problems.append(Diagnostic(.badBlueprint, "\(name)[\(i)] is not an object",
                    hint: "each of \(name) is an object such as {\"label\": \"A\"}", file: file, cell: "\(name)[\(i)]"))
                continue
            }
            let cells = header.map { key -> CellValue in
                guard let v = o[key] else { return .empty }
                switch v {
                case .string(let s): return .text(s)
                case .number(let n): return .number(ExcelDate.numberText(n, written: String(n)))
                case .bool(let b): return .boolean(b)
                case .null: return .empty
                case .array(let a): return .text(a.map(\.plainText).joined(separator: "|"))
                case .object:
                    problems.append(Diagnostic(.badBlueprint, "\(name)[\(i)].\(key) is an object, which a map can't hold",
                        hint: "give it text, a number or a list", file: file, cell: "\(name)[\(i)].\(key)"))
                    return .empty
                }
            }
            rows.append(Table.Row(number: i + 2, cells: cells))
        }
        return (Table(file: file, sheet: name, rows: rows, addressing: .json(array: name)), problems)
    }
}

/// Any JSON value, decoded with Foundation's JSONDecoder.
enum BlueprintValue: Decodable {
    case string(String), number(Double), bool(Bool), null
    case array([BlueprintValue]), object([String: BlueprintValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null } else if let b = try? c.decode(Bool.self) { self = .bool(b) } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) { self = .string(s) } else if let a = try? c.decode([BlueprintValue].self) {
            self = .array(a)
        } else { self = .object(try c.decode([String: BlueprintValue].self)) }
    }

    var plainText: String {
        switch self {
        case .string(let s): s
        case .number(let n): ExcelDate.numberText(n, written: String(n))
        case .bool(let b): b ? "true" : "false"
        default: ""
        }
    }
}
