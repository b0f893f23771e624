import EcomapCore

/// A diagram as DOT text: pure Swift, no Graphviz needed (`--format dot`).
///
/// The key is written as a cluster, so that `dot -Tsvg` draws it too; ecomap
/// itself places the key beside the laid-out map instead (``GraphvizRenderer``).
package enum DOTWriter {
    package static func write(_ diagram: Diagram) -> String {
        var out = "digraph \(quote(diagram.prefix)) {\n"
        out.reserveCapacity(200 * (diagram.nodes.count + diagram.edges.count) + 4096)
        if diagram.laidOutCompactly && !diagram.clusters.isEmpty {
            // ecomap lays membership boxes out itself (MembershipLayout); Graphviz's own neato has none.
            out += "  // ecomap draws the boxes with neato, level by level; Graphviz's fdp is the engine that draws them from this file\n"
            out += "  layout=\"fdp\"\n"
        } else {
            out += "  layout=\(quote(diagram.engine.rawValue))\n"
        }
        for attribute in diagram.layoutGraph { out += "  \(attribute.name.rawValue)=\(quote(attribute.value))\n" }
        out += "  node \(attributes(diagram.nodeDefaults))\n"
        out += "  edge \(attributes(diagram.edgeDefaults))\n"
        // Nodes first, in the diagram's order, as the renderer creates them:
        // force-directed layouts depend on node order, so `dot -Tsvg` on this
        // file lays out the same graph ecomap does. Clusters then name their members.
        for node in diagram.nodes { out += "  \(self.node(node))\n" }
        var children = [[Int]](repeating: [], count: diagram.clusters.count)
        var roots: [Int] = []
        for (i, cluster) in diagram.clusters.enumerated() {
            if let p = cluster.parent { children[p].append(i) } else { roots.append(i) }
        }
        var members = [[Int]](repeating: [], count: diagram.clusters.count)
        for (i, node) in diagram.nodes.enumerated() {
            if let c = node.cluster { members[c].append(i) }
        }
        // Depth first, with a stack of our own rather than recursion: nesting
        // can be deep. Indentation stops growing after a few levels, so the
        // text stays linear in the size of the map however deep it nests.
        var stack: [(cluster: Int, depth: Int, open: Bool)] = roots.reversed().map { ($0, 1, true) }
        while let (c, depth, open) = stack.popLast() {
            let indent = String(repeating: "  ", count: min(depth, DOTWriter.deepestIndent))
            guard open else { out += "\(indent)}\n"; continue }
            let cluster = diagram.clusters[c]
            out += "\(indent)subgraph \(quote(cluster.name)) {\n"
            out += "\(indent)  id=\(quote(cluster.elementID))\n"
            for attribute in cluster.attributes { out += "\(indent)  \(attribute.name.rawValue)=\(quote(attribute.value))\n" }
            for n in members[c] { out += "\(indent)  \(quote(diagram.nodes[n].name))\n" }
            stack.append((c, depth, false))
            for child in children[c].reversed() { stack.append((child, depth + 1, true)) }
        }
        for edge in diagram.edges {
            out += "  "
            out += quote(diagram.nodes[edge.from].name)
            out += " -> "
            out += quote(diagram.nodes[edge.to].name)
            out += " "
            append(edge.attributes, to: &out)
            out += "\n"
        }
        if let legend = diagram.legend { out += self.legend(legend, prefix: diagram.prefix) }
        out += "}\n"
        return out
    }

    /// Clusters nested deeper than this are indented no further.
    static let deepestIndent = 8

    private static func node(_ node: DiagramNode) -> String {
        "\(quote(node.name)) \(attributes(node.attributes))"
    }

    private static func legend(_ legend: Legend, prefix: String) -> String {
        var out = "  subgraph \"cluster_key\" {\n"
        out += "    id=\(quote("\(prefix)-key")) label=\(quote(GraphvizText.label(legend.title))) labeljust=\"l\"\n"
        out += "    style=\"rounded\" color=\(quote(legend.outline.hex)) fontcolor=\(quote(legend.textColour.hex))\n"
        let text: [GVAttribute] = [.init(.shape, "plaintext"), .init(.fontcolor, legend.textColour.hex),
                                   .init(.fontname, DiagramBuilder.font), .init(.fontsize, "10")]
        for entry in legend.kinds {
            // ':' can't appear in a map's ids, so these names never meet a node of the map.
            let name = "key:\(entry.kind.rawValue)"
            out += "    \(quote(name)) \(attributes(entry.attributes + [.init(.id, Legend.sampleID(prefix, entry.kind.rawValue))]))\n"
            out += "    \(quote(name + ":text")) \(attributes(text + [.init(.id, Legend.textID(prefix, entry.kind.rawValue)), .init(.label, GraphvizText.label(entry.label))]))\n"
            out += "    \(quote(name)) -> \(quote(name + ":text")) [style=\"invis\"]\n"
        }
        for entry in legend.lines {
            let name = "key:\(entry.key)"
            let point: [GVAttribute] = [.init(.shape, "point"), .init(.width, "0.02")]
            out += "    \(quote(name + ":a")) \(attributes(point))\n    \(quote(name + ":b")) \(attributes(point))\n"
            out += "    \(quote(name + ":a")) -> \(quote(name + ":b")) \(attributes(entry.attributes + [.init(.id, Legend.sampleID(prefix, entry.key)), .init(.label, GraphvizText.label(entry.label)), .init(.fontsize, "10"), .init(.fontname, DiagramBuilder.font), .init(.fontcolor, legend.textColour.hex)]))\n"
        }
        if let types = legend.types {
            out += "    \"key:types\" \(attributes(text + [.init(.id, Legend.textID(prefix, "types")), .init(.label, GraphvizText.label(types))]))\n"
        }
        for (i, note) in legend.notes.enumerated() {
            let id = Legend.textID(prefix, "note-\(i + 1)")
            out += "    \(quote("key:note-\(i + 1)")) \(attributes(text + [.init(.id, id), .init(.label, GraphvizText.label(note))]))\n"
        }
        out += "  }\n"
        return out
    }

    private static func attributes(_ list: [GVAttribute]) -> String {
        var out = ""
        append(list, to: &out)
        return out
    }

    private static func append(_ list: [GVAttribute], to out: inout String) {
        out += "["
        for (i, attribute) in list.enumerated() {
            if i > 0 { out += " " }
            out += attribute.name.rawValue
            out += "="
            out += quote(attribute.value)
        }
        out += "]"
    }

    /// A DOT quoted string. Values are already Graphviz-escaped (backslashes
    /// doubled), so only the quote needs escaping: in DOT, `\"` is the one escape.
    static func quote(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + value + "\"" }
        return "\"" + value.escaped { $0 == "\"" ? "\\\"" : nil } + "\""
    }
}
