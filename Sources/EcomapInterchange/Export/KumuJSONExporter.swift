import EcomapCore

/// A map as Kumu's JSON blueprint: `elements` (`id`, `label`, `type`, and
/// every attribute) and `connections` (`from`, `to`, `direction`, `type`,
/// `label`, and every attribute). Keys are named as in the spreadsheet
/// export (`label (cy)`, `type (original)`), lists are arrays, and numbers
/// stay numbers: a column of whole numbers (`count: 13`) is written `13`, not `"13"`.
public enum KumuJSONExporter {
    /// The blueprint, as JSON text with a final newline.
    public static func blueprint(_ checked: CheckedMap) -> String {
        let tables = KumuTables(checked.map)
        let listKeys: Set<String> = Set(AttributeName.lists).union(["tags", "in"])
        func objects(_ rows: [[String]], _ keys: [String], listColumns: Set<Int>) -> [[String: Value]] {
            let header = rows[0]
            // A column is numeric when every value in it is a number.
            let numeric = Set(header.indices.filter { c in
                let values = rows.dropFirst().map { $0[c] }.filter { !$0.isEmpty }
                return !values.isEmpty && values.allSatisfy(ValueType.isNumber) && c >= keys.count
            })
            return rows.dropFirst().map { row in
                var object: [String: Value] = [:]
                for (c, text) in row.enumerated() where !text.isEmpty {
                    let key = c < keys.count ? keys[c] : header[c].lowercased() == header[c] ? header[c] : header[c].lowercased()
                    if listColumns.contains(c) { object[key] = .list(text.split(separator: "|").map(String.init)) } else if numeric.contains(c) {
                        object[key] = .number(text)
                    } else { object[key] = .text(text) }
                }
                return object
            }
        }
        let elementLists = Set(tables.elements[0].indices.filter { listKeys.contains(tables.elements[0][$0].lowercased()) })
        let connectionLists = Set(tables.connections[0].indices.filter { listKeys.contains(tables.connections[0][$0].lowercased()) })
        let blueprint = Blueprint(
            elements: objects(tables.elements, ["id", "label", "type"], listColumns: elementLists),
            connections: objects(tables.connections, ["from", "to", "type", "direction", "label"], listColumns: connectionLists))
        return JSONText.encode(blueprint)
    }

    struct Blueprint: Encodable {
        var elements: [[String: Value]]
        var connections: [[String: Value]]
    }

    enum Value: Encodable {
        case text(String), number(String), list([String])

        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .text(let s): try c.encode(s)
            case .list(let items): try c.encode(items)
            case .number(let s):
                if let n = Int64(s) { try c.encode(n) } else { try c.encode(Double(s)!) }
            }
        }
    }
}
