import EcomapCore

/// Membership (`in:`) drawn as boxes: each organisation or community with
/// members gets a cluster holding itself and them, nested as the map nests them.
struct Clusters {
    var list: [DiagramCluster] = []
    /// For each node position in the map, the cluster it is drawn in.
    var home: [Int?]

    /// Boxes nest at most this deep; deeper members are drawn in the deepest
    /// box. No map people draw nests so far, and Graphviz recurses once per
    /// level of nesting, so a map that did could exhaust its stack.
    static let maximumDepth = 12

    init(_ checked: CheckedMap, prefix: String, theme: Theme, words: DrawingWords, draw: Bool) {
        let map = checked.map
        home = Array(repeating: nil, count: map.nodes.count)
        guard draw else { return }
        // Only the first container is drawn: Graphviz clusters can't overlap.
        let parent = checked.container.map { $0 < 0 ? nil : Int($0) }
        var hasMembers = [Bool](repeating: false, count: map.nodes.count)
        for p in parent.compactMap({ $0 }) { hasMembers[p] = true }
        var clusterOf = [Int?](repeating: nil, count: map.nodes.count)
        var depthOf = [Int](repeating: 0, count: map.nodes.count)

        // A container's cluster, made after its parents': walk up to the first
        // container that has one (or the top), then make them on the way down.
        // Iterative, so a chain of 50,000 boxes costs no stack.
        func cluster(for container: Int) -> Int {
            var chain: [Int] = []
            var next: Int? = container
            while let c = next, clusterOf[c] == nil {
                chain.append(c)
                next = parent[c].flatMap { hasMembers[$0] ? $0 : nil }
            }
            for c in chain.reversed() {
                let parentCluster = parent[c].flatMap { clusterOf[$0] }
                let depth = parent[c].map { depthOf[$0] + 1 } ?? 0
                depthOf[c] = depth
                if depth >= Clusters.maximumDepth, let p = parentCluster {
                    clusterOf[c] = p
                    depthOf[c] = depth - 1
                    continue
                }
                let node = map.nodes[c]
                list.append(DiagramCluster(
                    name: "cluster_\(list.count)",
                    elementID: "\(prefix)-group-\(GraphvizText.elementID(node.id))",
                    // The box's hover text, in the drawing's languages (the box holds the node and its members).
                    tooltip: words.each { node.label(in: $0) },
                    parent: parentCluster,
                    attributes: [.init(.style, "rounded,filled,dashed"), .init(.fillcolor, theme.clusterFill.hex),
                                 .init(.color, theme.clusterOutline.hex), .init(.label, ""), .init(.penwidth, "1"),
                                 .init(.margin, "10")]))
                list[list.count - 1].head = c
                clusterOf[c] = list.count - 1
            }
            return clusterOf[container]!
        }
        for position in map.nodes.indices {
            if hasMembers[position] {
                home[position] = cluster(for: position)
            } else if let p = parent[position], hasMembers[p] {
                home[position] = cluster(for: p)
            }
        }
    }
}
