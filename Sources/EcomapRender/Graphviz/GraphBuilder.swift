import CGraphviz
import EcomapCore

/// A cgraph graph built from a diagram through the API (never re-parsed from
/// text), and its owner: the graph is freed when this goes.
///
/// Used only by ``GraphvizRenderer``, with its lock held, on its thread; every
/// object must go before the lock is let go (it is made and dropped inside one job).
/// cgraph returns NULL when it can't allocate: that is an error, never a crash.
final class GraphBuilder {
    let root: UnsafeMutablePointer<Agraph_t>
    /// The diagram's nodes, in its order.
    private(set) var nodePointers: [UnsafeMutablePointer<Agnode_t>] = []
    /// The diagram's edges, in its order.
    private(set) var edgePointers: [UnsafeMutablePointer<Agedge_t>] = []
    /// The diagram's clusters, in its order.
    private(set) var clusterPointers: [UnsafeMutablePointer<Agraph_t>] = []

    init(_ diagram: Diagram) throws(Diagnostic) {
        root = try GraphBuilder.open(diagram.prefix)
        for attribute in diagram.layoutGraph { set(UnsafeMutableRawPointer(root), attribute) }
        for attribute in diagram.nodeDefaults { declare(AGNODE, attribute) }
        for attribute in diagram.edgeDefaults { declare(AGEDGE, attribute) }
        var subgraphs: [UnsafeMutablePointer<Agraph_t>] = []
        for cluster in diagram.clusters {
            let parent = cluster.parent.map { subgraphs[$0] } ?? root
            let sub = try GraphBuilder.made(GraphBuilder.withC(cluster.name) { agsubg(parent, $0, 1) })
            // Subgraphs inherit the root's id unless given their own.
            set(UnsafeMutableRawPointer(sub), GVAttribute(.id, cluster.elementID))
            for attribute in cluster.attributes { set(UnsafeMutableRawPointer(sub), attribute) }
            subgraphs.append(sub)
        }
        clusterPointers = subgraphs
        var nodes: [UnsafeMutablePointer<Agnode_t>] = []
        nodes.reserveCapacity(diagram.nodes.count)
        for node in diagram.nodes {
            nodes.append(try self.node(node.name, in: node.cluster.map { subgraphs[$0] }, node.attributes))
        }
        nodePointers = nodes
        edgePointers.reserveCapacity(diagram.edges.count)
        for edge in diagram.edges {
            edgePointers.append(try self.edge(nodes[edge.from], nodes[edge.to], edge.attributes))
        }
    }

    /// An empty graph for the key alone, with the map's background and font.
    init(legendOf diagram: Diagram) throws(Diagnostic) {
        root = try GraphBuilder.open("\(diagram.prefix)-key-graph")
        set(UnsafeMutableRawPointer(root), GVAttribute(.id, "\(diagram.prefix)-key-graph"))
        for attribute in diagram.graph where [.bgcolor, .fontname, .pad].contains(attribute.name) {
            set(UnsafeMutableRawPointer(root), attribute)
        }
    }

    deinit { agclose(root) }

    private static func open(_ name: String) throws(Diagnostic) -> UnsafeMutablePointer<Agraph_t> {
        try made(withC(name) { ecomap_open_digraph($0) })
    }

    /// A cgraph object, or the error for the NULL cgraph gives when it can't make one.
    private static func made<T>(_ pointer: UnsafeMutablePointer<T>?) throws(Diagnostic) -> UnsafeMutablePointer<T> {
        guard let pointer else { throw GraphvizRenderer.failure("Graphviz could not build the graph (out of memory?)") }
        return pointer
    }

    /// Adds a node to the root graph or a subgraph.
    @discardableResult
    func node(_ name: String, in graph: UnsafeMutablePointer<Agraph_t>? = nil,
              _ attributes: [GVAttribute]) throws(Diagnostic) -> UnsafeMutablePointer<Agnode_t> {
        let owner = graph ?? root
        let n = try GraphBuilder.made(GraphBuilder.withC(name) { agnode(owner, $0, 1) })
        for attribute in attributes { set(UnsafeMutableRawPointer(n), attribute) }
        return n
    }

    @discardableResult
    func edge(_ from: UnsafeMutablePointer<Agnode_t>, _ to: UnsafeMutablePointer<Agnode_t>,
              _ attributes: [GVAttribute]) throws(Diagnostic) -> UnsafeMutablePointer<Agedge_t> {
        let e = try GraphBuilder.made(agedge(root, from, to, nil, 1))
        for attribute in attributes { set(UnsafeMutableRawPointer(e), attribute) }
        return e
    }

    /// Takes a node (and its edges) out of the graph.
    func remove(_ node: UnsafeMutablePointer<Agnode_t>) {
        _ = agdelnode(root, node)
    }

    @discardableResult
    func subgraph(_ name: String, _ attributes: [GVAttribute]) throws(Diagnostic) -> UnsafeMutablePointer<Agraph_t> {
        let sub = try GraphBuilder.made(GraphBuilder.withC(name) { agsubg(root, $0, 1) })
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

    func get(_ object: UnsafeMutablePointer<Agedge_t>, _ name: String) -> String? {
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
