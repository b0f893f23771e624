import EcomapCore

/// A map as GEXF 1.3, for Gephi: each node coloured as ecomap draws it
/// (`viz:color`: the kind's colour in the default theme, a `style` line's, or
/// the node's own `colour:`), with typed attributes like GraphML's.
///
/// Directions: a one-way link is a directed edge and a two-way link a
/// `mutual` one (GEXF's word for both ways). A map whose links are all
/// undirected is an undirected graph; in a map that mixes them, an undirected
/// link is written `mutual` too, since readers such as networkx refuse an
/// undirected edge in a directed graph. Every edge's `direction` attribute
/// says what the link was.
public enum GEXFExporter {
    /// The GEXF document, as text.
    public static func gexf(_ checked: CheckedMap) -> String {
        String(decoding: bytes(checked), as: UTF8.self)
    }

    /// The GEXF document, as the UTF-8 bytes to write; the graph's id is the map's identifier.
    public static func bytes(_ checked: CheckedMap) -> [UInt8] {
        let map = checked.map, identifier = checked.identifier
        let nodeKeys = AttributeColumns(prefix: "", fixed: ["kind"], reserved: ["label"], attributes: map.nodes.lazy.map(\.attributes))
        let linkKeys = AttributeColumns(prefix: "", fixed: ["direction", "type"], reserved: ["label"], attributes: map.links.lazy.map(\.attributes))
        let allUndirected = !map.links.isEmpty && map.links.allSatisfy { $0.direction == .undirected }
        var head = TextBuffer()
        head.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>ecomap</creator>

            """)
        if let title = map.title { head.write("    <title>\(XMLText.escape(title))</title>\n") }
        if let description = map.attributes.text(AttributeName.description) {
            head.write("    <description>\(XMLText.escape(description))</description>\n")
        }
        head.write("  </meta>\n")
        head.write("  <graph id=\"\(XMLText.escape(identifier, attribute: true))\" defaultedgetype=\"\(allUndirected ? "undirected" : "directed")\" mode=\"static\">\n")
        for (keys, kind) in [(nodeKeys, "node"), (linkKeys, "edge")] {
            head.write("    <attributes class=\"\(kind)\" mode=\"static\">\n")
            for (i, column) in keys.columns.enumerated() {
                head.write("      <attribute id=\"\(i)\" title=\"\(XMLText.escape(column.name, attribute: true))\" type=\"\(column.type.graphName)\"/>\n")
            }
            head.write("    </attributes>\n")
        }
        head.write("    <nodes>\n")
        let nodes = map.nodes, links = map.links
        let colours = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0, map.colour(of: $0) ?? Theme.standard.fill($0)) })
        let nodeParts = pieces(nodes.count, minimum: 20_000), linkParts = pieces(links.count)
        let written = Parallel.map(nodeParts.count + linkParts.count) { k -> TextBuffer in
            // Room for about what a node or link takes, so the buffer isn't copied as it grows.
            var out = TextBuffer(capacity: k < nodeParts.count ? nodeParts[k].count * 400 : linkParts[k - nodeParts.count].count * 300)
            if k < nodeParts.count {
                for node in nodes[nodeParts[k]] {
                    let colour = node.attributes.text(AttributeName.colour).flatMap(Colour.init)
                        ?? node.attributes.text(AttributeName.color).flatMap(Colour.init) ?? colours[node.kind]!
                    out.write("      <node id=\"")
                    out.writeXML(node.id, attribute: true)
                    out.write("\" label=\"")
                    out.writeXML(node.label, attribute: true)
                    out.write("\">\n")
                    values(nodeKeys, [node.kind.rawValue], node.attributes, into: &out)
                    out.write("        <viz:color r=\"\(colour.red)\" g=\"\(colour.green)\" b=\"\(colour.blue)\"/>\n      </node>\n")
                }
                if k == nodeParts.count - 1 { out.write("    </nodes>\n    <edges>\n") }
            } else {
                for i in linkParts[k - nodeParts.count] {
                    let link = links[i]
                    let type = switch link.direction {
                    case .oneWay: "directed"
                    case .twoWay: "mutual"
                    case .undirected: allUndirected ? "undirected" : "mutual"
                    }
                    out.write("      <edge id=\"\(i)\" source=\"")
                    out.writeXML(link.from, attribute: true)
                    out.write("\" target=\"")
                    out.writeXML(link.to, attribute: true)
                    out.write("\" type=\"\(type)\"")
                    if let label = link.label {
                        out.write(" label=\"")
                        out.writeXML(label, attribute: true)
                        out.write("\"")
                    }
                    out.write(">\n")
                    values(linkKeys, [link.direction.rawValue, link.type], link.attributes, into: &out)
                    out.write("      </edge>\n")
                }
            }
            return out
        }
        var tail = TextBuffer()
        if nodes.isEmpty { tail.write("    </nodes>\n    <edges>\n") }
        tail.write("    </edges>\n  </graph>\n</gexf>\n")
        return TextBuffer.joined([head] + written + [tail])
    }

    private static func values(_ keys: AttributeColumns, _ fixed: [String?], _ attributes: Attributes, into out: inout TextBuffer) {
        var opened = false
        keys.values(fixed, attributes) { i, value in
            if !opened { out.write("        <attvalues>\n"); opened = true }
            out.write("          <attvalue for=\"\(i)\" value=\"")
            out.writeXML(value, attribute: true)
            out.write("\"/>\n")
        }
        if opened { out.write("        </attvalues>\n") }
    }
}
