import EcomapCore
import EcomapRender

/// What a page's script needs to make a diagram respond: for each node its
/// label, kind, details and links; for each link its two ends. Written as JSON
/// beside the SVG (`figure.mustache`); the page reads fully without it.
struct Interactivity: Encodable {
    struct NodeInfo: Encodable {
        /// The node's id in the map, for focusing on it (none for a node only drawn, such as a missing one).
        var id: String?
        var label: String
        var kind: String
        var details: [[String]]
        var links: [String]
    }

    var nodes: [String: NodeInfo] = [:]
    /// For each line: its two ends' element ids, then its hover text ("A → B: informs").
    var links: [String: [String]] = [:]

    init(_ diagram: Diagram, map: EcosystemMap, language: Language) {
        let text = language
        var byName: [String: Node] = [:]
        for node in map.nodes where byName[node.id] == nil { byName[node.id] = node }
        var linksOf = [[String]](repeating: [], count: diagram.nodes.count)
        for edge in diagram.edges {
            links[edge.elementID] = [diagram.nodes[edge.from].elementID, diagram.nodes[edge.to].elementID, edge.tooltip]
            linksOf[edge.from].append(edge.elementID)
            if edge.to != edge.from { linksOf[edge.to].append(edge.elementID) }
        }
        for (i, diagramNode) in diagram.nodes.enumerated() {
            var details: [[String]] = []
            var label = diagramNode.tooltip, kind = ""
            if let node = byName[diagramNode.name] {
                label = node.label(in: language)
                kind = language.kind(node.kind)
                // Each text in the page's language: the Welsh partner (description-cy, ...) in Welsh.
                let interests = node.attributes.items(AttributeName.interests, in: language)
                let fields: [(String, String?)] = [
                    (text[.description], node.text(AttributeName.description, in: language)),
                    (text[.sponsor], node.text(AttributeName.sponsor, in: language)),
                    (text[.funded], node.attributes.text(AttributeName.funded).map(language.funded)),
                    (text[.funding], node.text(AttributeName.funding, in: language)),
                    (text[.leads], node.text(AttributeName.leads, in: language)), (text[.contacts], node.text(AttributeName.contacts, in: language)),
                    (text[.tags], node.tags.isEmpty ? nil : node.tags.joined(separator: ", ")),
                    (text[.interests], interests.isEmpty ? nil : interests.joined(separator: ", ")),
                ]
                details = fields.compactMap { name, value in value.map { [name, $0] } }
            }
            details.append([text[.links], "\(linksOf[i].count)"])
            nodes[diagramNode.elementID] = NodeInfo(id: byName[diagramNode.name] == nil ? nil : diagramNode.name, label: label, kind: kind, details: details, links: linksOf[i])
        }
    }
}
