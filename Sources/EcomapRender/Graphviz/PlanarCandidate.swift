import EcomapCore

/// The default layout's planar candidate: the map's lines (links and `via:`
/// lines, one per pair of nodes) tested for planarity with libplanarity;
/// a planar map drawn from its embedding with no crossing, a non-planar one
/// planarised first (``Planarisation``), then refined and routed by
/// ``PlanarLayout``. ``CompactLayout`` sets it beside neato's layouts and
/// keeps the one with the fewest crossings.
enum PlanarCandidate {
    /// Maps larger than this are left to neato alone: the refinement costs
    /// the square of the lines at every step.
    static let largest = 150
    /// The most work (vertices times pieces, crossings' vertices included)
    /// the refinement is given. Its time grows with that product, about
    /// 85 µs per unit on these 2 cores (a 20-node map of 100 links planarised
    /// to 248 vertices and 547 pieces took 9.8 s); this keeps it near a
    /// second. A map needing that many crossings gains little from the
    /// candidate anyway: neato's layouts are kept.
    static let work = 12_000

    /// Where each of the map's own nodes goes, its boxes, and every own line's route; nil when it does not apply.
    static func arrange(_ diagram: Diagram, sizes: [Size]) -> MembershipLayout.Result? {
        let own = diagram.nodes.indices.filter { !diagram.nodes[$0].extra }
        guard own.count >= 3, own.count <= largest else { return nil }
        var number = [Int?](repeating: nil, count: diagram.nodes.count)
        for (k, i) in own.enumerated() { number[i] = k }
        // One line per pair of nodes, links before via: lines (kept first when the map is not planar).
        var pairs: [(Int, Int)] = []
        var pairIndex: [Int: Int] = [:]
        let n = own.count
        var links: [Int] = [], vias: [Int] = []
        for edge in diagram.edges where !edge.extra && edge.from != edge.to {
            guard let a = number[edge.from], let b = number[edge.to] else { continue }
            let key = min(a, b) * n + max(a, b)
            if pairIndex[key] == nil {
                pairIndex[key] = pairs.count
                if edge.role == .via { vias.append(pairs.count) } else { links.append(pairs.count) }
                pairs.append((min(a, b), max(a, b)))
            }
        }
        guard pairs.count <= 4 * largest else { return nil }
        // Too dense to refine quickly whatever the planarisation finds: the
        // crossing number is at least E - 3V + 6 (Euler), and E³/64V² once
        // E ≥ 4V (the crossing lemma), and each crossing adds a vertex and
        // two pieces. Planarising such a map was slower still (58 s for 400
        // lines on 50 nodes).
        let e = Double(pairs.count), v = Double(n)
        let fewest = Int(max(e - 3 * v + 6, e >= 4 * v ? e * e * e / (64 * v * v) : 0, 0))
        guard (n + fewest) * (pairs.count + 2 * fewest) <= work else { return nil }
        // A planar graph as it is; otherwise planarised, the order that crosses least kept.
        var vertices = n
        var pieces = pairs
        var chains = pairs.map { [$0.0, $0.1] }
        if !Planarity.isPlanar(vertices: n, edges: pairs) {
            var degree = [Int](repeating: 0, count: n)
            for (a, b) in pairs { degree[a] += 1; degree[b] += 1 }
            let orders = [links + vias, (links + vias).reversed(),
                          (links + vias).sorted { (degree[pairs[$0].0] + degree[pairs[$0].1], $0) > (degree[pairs[$1].0] + degree[pairs[$1].1], $1) },
                          (links + vias).sorted { (degree[pairs[$0].0] + degree[pairs[$0].1], $0) < (degree[pairs[$1].0] + degree[pairs[$1].1], $1) }]
            var best: Planarisation?
            for order in orders {
                guard let p = Planarisation.make(vertices: n, edges: pairs, order: order,
                                                 isPlanar: { Planarity.isPlanar(vertices: $0, edges: $1) },
                                                 rotation: { Planarity.rotation(vertices: $0, edges: $1) }) else { continue }
                if best == nil || p.crossings < best!.crossings { best = p }
            }
            guard let best else { return nil }
            (vertices, pieces, chains) = (best.vertices, best.pieces, best.chains)
        }
        // The boxes: each a hub joined to its members (and the boxes inside
        // it), kept where the graph stays planar, so the embedding holds
        // each box's members together.
        var groups: [(members: [Int], head: Int?)] = []
        var hubs: [Int] = []
        for (k, cluster) in diagram.clusters.enumerated() {
            let members = own.filter { i in
                var c = diagram.nodes[i].cluster
                while let j = c { if j == k { return true }; c = diagram.clusters[j].parent }
                return false
            }.map { number[$0]! }
            groups.append((members, cluster.head.flatMap { number[$0] }))
            _ = k
        }
        for (k, cluster) in diagram.clusters.enumerated().reversed() where !groups[k].members.isEmpty {
            let hub = vertices + hubs.count
            let direct = own.filter { diagram.nodes[$0].cluster == k }.map { number[$0]! }
            var spokes = direct.map { ($0, hub) }
            for (j, inner) in diagram.clusters.enumerated() where inner.parent == k {
                if let h = hubs.firstIndex(of: j) { spokes.append((vertices + h, hub)) }
            }
            _ = cluster
            let tried = pieces + spokes
            if Planarity.isPlanar(vertices: hub + 1, edges: tried) {
                pieces = tried
                hubs.append(k)
            }
        }
        let total = vertices + hubs.count
        guard total * pieces.count <= work else { return nil }

        guard let visibility = Planarity.visibility(vertices: total, edges: pieces) else { return nil }
        var layoutSizes = own.map { sizes[$0] }
        layoutSizes += Array(repeating: Size(width: 0, height: 0), count: total - n)
        var layout = PlanarLayout(sizes: layoutSizes, edges: pieces, nodes: n)
        layout.groups = groups
        layout.hubs = Set(vertices..<total)
        if let frame = diagram.page.frame { layout.aspect = frame.width / frame.height }
        let laid = layout.arrange(visibility)

        // Each pair's route through its chain of pieces.
        var pieceOf: [Int: Int] = [:]
        for (p, (a, b)) in pieces.enumerated() { pieceOf[a * total + b] = p; pieceOf[b * total + a] = p }
        var pairRoutes: [[Position]] = chains.map { chain in
            var route: [Position] = []
            for (u, v) in zip(chain, chain.dropFirst()) {
                guard let p = pieceOf[u * total + v] else { continue }
                var piece = laid.routes[p]
                if pieces[p].0 != u { piece.reverse() }
                route += route.isEmpty ? piece : Array(piece.dropFirst())
            }
            return route
        }
        let boxesOfNodes = (0..<n).map { Box(centre: laid.centres[$0], size: layoutSizes[$0]) }
        pairRoutes = PlanarLayout.straightened(pairRoutes, ends: pairs, nodes: boxesOfNodes)

        var result = MembershipLayout.Result(centres: Array(repeating: nil, count: diagram.nodes.count),
                                             boxes: Array(repeating: nil, count: diagram.clusters.count))
        for (k, i) in own.enumerated() { result.centres[i] = laid.centres[k] }
        let fixed = result.centres.map { $0 ?? Position(x: 0, y: 0) }
        var ownDiagram = diagram
        for i in diagram.nodes.indices where diagram.nodes[i].extra { ownDiagram.nodes[i].cluster = nil }
        result.boxes = Arrangement.boxes(around: ownDiagram, centres: fixed, sizes: sizes)
        // Every line of the map, by its index in the diagram: a second line
        // between the same two nodes bends a little to one side.
        var seen: [Int: Int] = [:]
        for (e, edge) in diagram.edges.enumerated() where !edge.extra && edge.from != edge.to {
            guard let a = number[edge.from], let b = number[edge.to], let p = pairIndex[min(a, b) * n + max(a, b)] else { continue }
            var route = pairRoutes[p]
            if a != pairs[p].0 { route.reverse() }
            let repeatCount = seen[p, default: 0]
            seen[p] = repeatCount + 1
            if repeatCount > 0, let first = route.first, let last = route.last {
                let side = repeatCount % 2 == 1 ? 1.0 : -1.0
                let shift = side * 16 * Double((repeatCount + 1) / 2) * (a < b ? 1 : -1)
                let d = max(1e-9, first.distance(to: last))
                let middle = Position(x: (first.x + last.x) / 2 - (last.y - first.y) / d * shift,
                                      y: (first.y + last.y) / 2 + (last.x - first.x) / d * shift)
                route = [first, middle, last]
            }
            result.routes[e] = route
        }
        return result
    }
}
