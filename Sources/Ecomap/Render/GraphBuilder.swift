import CGraphviz

/// A cgraph graph built from a diagram through the API (never re-parsed from text).
/// Used only by ``GraphvizRenderer``, with its lock held.
final class GraphBuilder {
    let root: UnsafeMutablePointer<Agraph_t>
    /// The diagram's nodes, in its order.
    private(set) var nodePointers: [UnsafeMutablePointer<Agnode_t>] = []

    init(_ diagram: Diagram) {
        root = GraphBuilder.withC(diagram.prefix) { ecomap_open_digraph($0) }
        for attribute in diagram.graph { set(UnsafeMutableRawPointer(root), attribute) }
        for attribute in diagram.nodeDefaults { declare(AGNODE, attribute) }
        for attribute in diagram.edgeDefaults { declare(AGEDGE, attribute) }
        var subgraphs: [UnsafeMutablePointer<Agraph_t>] = []
        for cluster in diagram.clusters {
            let parent = cluster.parent.map { subgraphs[$0] } ?? root
            let sub = GraphBuilder.withC(cluster.name) { agsubg(parent, $0, 1) }!
            // Subgraphs inherit the root's id unless given their own.
            set(UnsafeMutableRawPointer(sub), GVAttribute(.id, cluster.elementID))
            for attribute in cluster.attributes { set(UnsafeMutableRawPointer(sub), attribute) }
            subgraphs.append(sub)
        }
        var nodes: [UnsafeMutablePointer<Agnode_t>] = []
        nodes.reserveCapacity(diagram.nodes.count)
        for node in diagram.nodes {
            let owner = node.cluster.map { subgraphs[$0] } ?? root
            let n = GraphBuilder.withC(node.name) { agnode(owner, $0, 1) }!
            for attribute in node.attributes { set(UnsafeMutableRawPointer(n), attribute) }
            nodes.append(n)
        }
        nodePointers = nodes
        for edge in diagram.edges {
            let e = agedge(root, nodes[edge.from], nodes[edge.to], nil, 1)!
            for attribute in edge.attributes { set(UnsafeMutableRawPointer(e), attribute) }
        }
    }

    /// An empty graph for the key alone, with the map's background and font.
    init(legendOf diagram: Diagram) {
        root = GraphBuilder.withC("\(diagram.prefix)-key-graph") { ecomap_open_digraph($0) }
        set(UnsafeMutableRawPointer(root), GVAttribute(.id, "\(diagram.prefix)-key-graph"))
        for attribute in diagram.graph where [.bgcolor, .fontname, .pad].contains(attribute.name) {
            set(UnsafeMutableRawPointer(root), attribute)
        }
    }

    func close() { agclose(root) }

    /// Adds a node to the root graph or a subgraph.
    func node(_ name: String, in graph: UnsafeMutablePointer<Agraph_t>? = nil, _ attributes: [GVAttribute]) -> UnsafeMutablePointer<Agnode_t> {
        let owner = graph ?? root
        let n = GraphBuilder.withC(name) { agnode(owner, $0, 1) }!
        for attribute in attributes { set(UnsafeMutableRawPointer(n), attribute) }
        return n
    }

    func edge(_ from: UnsafeMutablePointer<Agnode_t>, _ to: UnsafeMutablePointer<Agnode_t>, _ attributes: [GVAttribute]) {
        let e = agedge(root, from, to, nil, 1)!
        for attribute in attributes { set(UnsafeMutableRawPointer(e), attribute) }
    }

    func subgraph(_ name: String, _ attributes: [GVAttribute]) -> UnsafeMutablePointer<Agraph_t> {
        let sub = GraphBuilder.withC(name) { agsubg(root, $0, 1) }!
        for attribute in attributes { set(UnsafeMutableRawPointer(sub), attribute) }
        return sub
    }

    /// Declares an attribute with a default for every node or edge of the graph.
    func declare(_ kind: Int32, _ attribute: GVAttribute) {
        GraphBuilder.withC(attribute.name.rawValue) { name in
            GraphBuilder.withC(attribute.value) { value in _ = agattr(root, kind, name, value) }
        }
    }

    /// Sets an attribute; `agsafeset` declares it with an empty default first if needed.
    func set(_ object: UnsafeMutableRawPointer, _ attribute: GVAttribute) {
        GraphBuilder.withC(attribute.name.rawValue) { name in
            GraphBuilder.withC(attribute.value) { value in
                GraphBuilder.withC("") { empty in _ = agsafeset(object, name, value, empty) }
            }
        }
    }

    func get(_ object: UnsafeMutablePointer<Agraph_t>, _ name: String) -> String? {
        get(UnsafeMutableRawPointer(object), name)
    }

    func get(_ object: UnsafeMutablePointer<Agnode_t>, _ name: String) -> String? {
        get(UnsafeMutableRawPointer(object), name)
    }

    private func get(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
        GraphBuilder.withC(name) { agget(object, $0) }.map { String(cString: $0) }
    }

    /// cgraph's API takes `char *` for names it only reads.
    static func withC<T>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) -> T) -> T {
        text.withCString { body(UnsafeMutablePointer(mutating: $0)) }
    }
}
