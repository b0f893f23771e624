import EcomapCore

/// The typed columns of a graph format (GraphML keys, GEXF attributes): the
/// fixed ones first, then every attribute name used, sorted. Each is typed
/// by the narrowest type every value fits (whole numbers, numbers, text),
/// worked out in one pass without keeping the values. O(attributes).
struct AttributeColumns: Sendable {
    struct Column: Sendable {
        var id: String
        /// The name the format shows (an attribute named like a fixed column is `attribute-NAME`).
        var name: String
        /// The attribute it holds; nil for a fixed column.
        var attribute: String?
        var type: ValueType
    }

    var columns: [Column] = []

    init(prefix: String, fixed: [String], reserved: Set<String> = [], attributes: some Sequence<Attributes>) {
        var types: [String: ValueType] = [:]
        for list in attributes {
            for a in list.all {
                let current = types[a.key] ?? .integer
                if current == .string { continue }
                types[a.key] = ValueType.narrowest(current, GraphMLExporter.text(a.value))
            }
        }
        for name in fixed { columns.append(Column(id: "\(prefix)\(columns.count)", name: name, attribute: nil, type: .string)) }
        for key in types.keys.sorted() {
            let name = fixed.contains(key) || reserved.contains(key) ? "attribute-\(key)" : key
            columns.append(Column(id: "\(prefix)\(columns.count)", name: name, attribute: key, type: types[key]!))
        }
    }

    /// The value of each column for one node or link, in column order, with the column's place.
    func values(_ fixed: [String?], _ attributes: Attributes, _ body: (Int, String) -> Void) {
        for (i, column) in columns.enumerated() {
            if let key = column.attribute {
                if !attributes.isEmpty, let value = attributes[key] { body(i, GraphMLExporter.text(value)) }
            } else if i < fixed.count, let value = fixed[i] {
                body(i, value)
            }
        }
    }
}

extension ValueType {
    /// The narrowest type that fits both what came before and `value`.
    static func narrowest(_ current: ValueType, _ value: String) -> ValueType {
        switch current {
        case .integer: isInteger(value) ? .integer : isNumber(value) ? .double : .string
        case .double: isNumber(value) ? .double : .string
        case .string: .string
        }
    }

    var graphName: String {
        switch self {
        case .integer: "long"
        case .double: "double"
        case .string: "string"
        }
    }
}
