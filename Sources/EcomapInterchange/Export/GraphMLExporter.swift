import EcomapCore

/// A map as GraphML, for Gephi, yEd, networkx and igraph.
///
/// Every node and link attribute has a typed `<key>` (long, double or
/// string, the narrowest that fits every value); nodes carry `label`, `kind`
/// and their attributes (`cy` included), links `direction`, `type`, `label`
/// and theirs. A list is one string with `|` between its items.
///
/// Directions: a map whose links are all undirected is an undirected graph;
/// otherwise the graph is directed and each link one `<edge>`, with its
/// `direction` (one-way, two-way or undirected) as data. GraphML allows a
/// per-edge `directed="false"`, but networkx and igraph refuse or ignore such
/// mixed graphs, so ecomap doesn't write it. Large maps are written in
/// pieces side by side, one per core.
public enum GraphMLExporter {
    /// The GraphML document, as text.
    public static func graphml(_ checked: CheckedMap) -> String {
        String(decoding: bytes(checked), as: UTF8.self)
    }

    /// The GraphML document, as the UTF-8 bytes to write; the graph's id is the map's identifier.
    public static func bytes(_ checked: CheckedMap) -> [UInt8] {
        let map = checked.map, identifier = checked.identifier
        let nodeKeys = AttributeColumns(prefix: "n", fixed: ["label", "kind"], attributes: map.nodes.lazy.map(\.attributes))
        let linkKeys = AttributeColumns(prefix: "e", fixed: ["direction", "type", "label"], attributes: map.links.lazy.map(\.attributes))
        let graphKeys = AttributeColumns(prefix: "g", fixed: ["title"], attributes: [map.attributes])
        let directed = map.links.isEmpty || map.links.contains { $0.direction != .undirected }
        var head = TextBuffer()
        head.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        for (keys, element) in [(graphKeys, "graph"), (nodeKeys, "node"), (linkKeys, "edge")] {
            for key in keys.columns {
                head.write("  <key id=\"\(key.id)\" for=\"\(element)\" attr.name=\"")
                head.writeXML(key.name, attribute: true)
                head.write("\" attr.type=\"\(key.type.graphName)\"/>\n")
            }
        }
        head.write("  <graph id=\"")
        head.writeXML(identifier, attribute: true)
        head.write("\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n")
        data(graphKeys, [map.title], map.attributes, into: &head, indent: "    ")
        let nodes = map.nodes, links = map.links
        let nodeParts = pieces(nodes.count, minimum: 20_000), linkParts = pieces(links.count)
        let written = Parallel.map(nodeParts.count + linkParts.count) { k -> TextBuffer in
            // Room for about what a node or link takes, so the buffer isn't copied as it grows.
            var out = TextBuffer(capacity: k < nodeParts.count ? nodeParts[k].count * 256 : linkParts[k - nodeParts.count].count * 200)
            if k < nodeParts.count {
                for node in nodes[nodeParts[k]] {
                    out.write("    <node id=\"")
                    out.writeXML(node.id, attribute: true)
                    out.write("\">\n")
                    data(nodeKeys, [node.label, node.kind.rawValue], node.attributes, into: &out, indent: "      ")
                    out.write("    </node>\n")
                }
            } else {
                for i in linkParts[k - nodeParts.count] {
                    let link = links[i]
                    out.write("    <edge id=\"e\(i)\" source=\"")
                    out.writeXML(link.from, attribute: true)
                    out.write("\" target=\"")
                    out.writeXML(link.to, attribute: true)
                    out.write("\">\n")
                    data(linkKeys, [link.direction.rawValue, link.type, link.label], link.attributes, into: &out, indent: "      ")
                    out.write("    </edge>\n")
                }
            }
            return out
        }
        var tail = TextBuffer()
        tail.write("  </graph>\n</graphml>\n")
        return TextBuffer.joined([head] + written + [tail])
    }

    private static func data(_ keys: AttributeColumns, _ fixed: [String?], _ attributes: Attributes,
                             into out: inout TextBuffer, indent: String) {
        keys.values(fixed, attributes) { i, value in
            out.write(indent)
            out.write("<data key=\"")
            out.write(keys.columns[i].id)
            out.write("\">")
            out.writeXML(value)
            out.write("</data>\n")
        }
    }

    /// An attribute as one string: a list's items with `|` between them.
    static func text(_ value: AttributeValue) -> String {
        switch value {
        case .text(let s): s
        case .list(let items): items.joined(separator: "|")
        }
    }
}
