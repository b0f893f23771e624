import EcomapCore

/// A map as Kumu's two sheets, elements and connections, as rows of text:
/// what the CSV, XLSX and blueprint exports write, and what `ecomap import`
/// reads back into the same map.
///
/// Elements: `ID`, `Label`, `Type` (the kind), then `Label (cy)`,
/// `Description`, `Tags`, then every other attribute by name, sorted.
/// Connections: `From`, `To` (node ids), `Type`, `Direction` (directed,
/// mutual or undirected, as Kumu says), `Label`, then the attributes. A
/// list is its items with `|` between them, as Kumu writes several values.
struct KumuTables {
    var elements: [[String]]
    var connections: [[String]]

    static let kumuDirection: [LinkDirection: String] = [.oneWay: "directed", .twoWay: "mutual", .undirected: "undirected"]

    /// - Parameter ownNames: for a map imported from the user's own
    ///   spreadsheet (its `columns:` header), give its columns their names
    ///   back ("Group name", "Owner / lead"), in the spreadsheet's order.
    ///   Kumu's own names otherwise, and for Kumu's blueprint.
    init(_ map: EcosystemMap, ownNames: Bool = false) {
        let leading = [AttributeName.cy, AttributeName.description, AttributeName.tags]
        let own = ownNames ? KumuTables.ownNames(map) : (label: nil, attributes: [])
        // Each own column's place in the spreadsheet, and its header: the first column wins a name given twice.
        var place: [String: (rank: Int, header: String)] = [:]
        for (rank, column) in own.attributes.enumerated() where place[column.key] == nil { place[column.key] = (rank, column.header) }
        let nodeKeys = KumuTables.keys(map.nodes.map(\.attributes), leading: leading)
            .sorted { (place[$0]?.rank ?? Int.max) < (place[$1]?.rank ?? Int.max) }
        elements = [["ID", own.label ?? "Label", "Type"] + nodeKeys.map { place[$0]?.header ?? KumuHeaders.element($0) }]
        for node in map.nodes {
            elements.append([node.id, node.label, node.kind.rawValue] + nodeKeys.map { node.attributes[$0].map(KumuTables.cell) ?? "" })
        }
        let linkKeys = KumuTables.keys(map.links.map(\.attributes), leading: [AttributeName.description])
        connections = [["From", "To", "Type", "Direction", "Label"] + linkKeys.map(KumuHeaders.connection)]
        for link in map.links {
            connections.append([link.from, link.to, link.type ?? "", KumuTables.kumuDirection[link.direction]!, link.label ?? ""]
                + linkKeys.map { link.attributes[$0].map(KumuTables.cell) ?? "" })
        }
    }

    /// The user's names for the label and for attributes, from the map's
    /// `columns:`, in the spreadsheet's order: only those that `ecomap
    /// import` reads back as the same field without being told (a column
    /// named by `--columns` keeps ecomap's name, so the export imports as it is).
    static func ownNames(_ map: EcosystemMap) -> (label: String?, attributes: [(key: String, header: String)]) {
        var label: String?
        var attributes: [(key: String, header: String)] = []
        for use in ColumnUse.read(map.attributes) {
            // What import makes of the header unprompted: a field by its usual name, else an attribute named by its slug.
            let unprompted = HeaderWords.element(use.header)?.field
            switch (use.field, use.attribute) {
            case (.label?, _) where unprompted == .label: label = use.header
            case (let field?, let name?) where unprompted == field: attributes.append((name, use.header))
            case (nil, let name?) where unprompted == nil && Identifiers.slug(use.header) == name: attributes.append((name, use.header))
            default: continue
            }
        }
        return (label, attributes)
    }

    /// Every attribute name used, the `leading` ones first, the rest sorted.
    static func keys(_ all: [Attributes], leading: [String]) -> [String] {
        var seen = Set<String>()
        for attributes in all { for a in attributes.all { seen.insert(a.key) } }
        return leading.filter(seen.contains) + seen.subtracting(leading).sorted()
    }

    static func cell(_ value: AttributeValue) -> String { value.items.joined(separator: "|") }

    /// The rows of a workbook's header sheet (``Table/headerSheet``) for
    /// `map`: title first, then each attribute; the importer reads them back
    /// (`MapHeader`).
    static func header(_ map: EcosystemMap) -> [[String]] {
        var rows = [["Key", "Value"]]
        if let title = map.title { rows.append(["title", title]) }
        for attribute in map.attributes.all {
            rows.append([attribute.key, cell(attribute.value)])
        }
        return rows
    }
}
