/// Membership (`in:`) drawn as boxes: each organisation or community with
/// members gets a cluster holding itself and them, nested as the map nests them.
struct Clusters {
    var list: [DiagramCluster] = []
    /// For each node position in the map, the cluster it is drawn in.
    var home: [Int?]

    init(_ map: EcosystemMap, prefix: String, theme: Theme, draw: Bool) {
        home = Array(repeating: nil, count: map.nodes.count)
        guard draw else { return }
        // Only the first container is drawn: Graphviz clusters can't overlap.
        let parent: [Int?] = map.nodes.map { node in
            node.memberOf.first.flatMap { map.nodeIndex[$0] }.flatMap { p in
                let kind = map.nodes[p].kind
                return kind == .organisation || kind == .community ? p : nil
            }
        }
        var hasMembers = [Bool](repeating: false, count: map.nodes.count)
        for p in parent.compactMap({ $0 }) { hasMembers[p] = true }
        var clusterOf = [Int?](repeating: nil, count: map.nodes.count)
        // Create clusters parents first, walking up from each container; a loop
        // (which the checker reports) is cut where it closes.
        func cluster(for container: Int, visiting: Set<Int> = []) -> Int {
            if let c = clusterOf[container] { return c }
            var parentCluster: Int?
            if let p = parent[container], hasMembers[p], !visiting.contains(p), p != container {
                parentCluster = cluster(for: p, visiting: visiting.union([container]))
            }
            if let c = clusterOf[container] { return c }
            let node = map.nodes[container]
            list.append(DiagramCluster(
                name: "cluster_\(list.count)",
                elementID: "\(prefix)-group-\(GraphvizText.elementID(node.id))",
                tooltip: node.label,
                parent: parentCluster,
                attributes: [.init(.style, "rounded,filled,dashed"), .init(.fillcolor, theme.clusterFill.hex),
                             .init(.color, theme.clusterOutline.hex), .init(.label, ""), .init(.penwidth, "1"),
                             .init(.margin, "10")]))
            clusterOf[container] = list.count - 1
            return list.count - 1
        }
        for (position, node) in map.nodes.enumerated() where map.nodeIndex[node.id] == position {
            if hasMembers[position] {
                home[position] = cluster(for: position)
            } else if let p = parent[position], hasMembers[p] {
                home[position] = cluster(for: p)
            }
        }
    }
}
