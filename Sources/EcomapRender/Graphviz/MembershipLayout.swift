import EcomapCore

/// Membership boxes (clusters) drawn with `neato`, which has no clusters of its own.
///
/// Why not `fdp`, Graphviz's engine with clusters: in 2.42 it orders the edges
/// of its working graph by memory address, so its layouts change with what the
/// process allocated before (a report's second map came out differently from
/// the same map drawn alone) and with the timing of Pango's font thread (the
/// same command gave a different drawing on most runs). `neato` depends on
/// neither.
///
/// The boxes are laid out from the inside out: each box's own members (and the
/// boxes inside it, as single nodes of their size) are laid out together; the
/// box then joins the level above as one node of its size. Every node is
/// finally put where the levels say and the whole map is drawn with positions
/// fixed ("nop2"), which routes the lines and draws each box at its `bb`.
enum MembershipLayout {
    /// Space between a box's edge and what it holds, in points.
    static let padding = 12.0

    /// Whether `diagram` needs laying out level by level before it is drawn.
    static func applies(to diagram: Diagram) -> Bool {
        diagram.engine == .neato && !diagram.fixedPositions && !diagram.clusters.isEmpty
    }

    /// `diagram` with every node's position (`pos`) and every box's extent
    /// (`bb`) set, ready to draw with fixed positions.
    static func place(_ diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> Diagram {
        let boxes = diagram.clusters.count
        let root = boxes
        var members = [[Int]](repeating: [], count: boxes + 1)
        for (i, node) in diagram.nodes.enumerated() { members[node.cluster ?? root].append(i) }
        var children = [[Int]](repeating: [], count: boxes + 1)
        for (i, cluster) in diagram.clusters.enumerated() { children[cluster.parent ?? root].append(i) }

        // The item directly inside `level` that holds node `i`: the node itself,
        // or the box it sits in; nil when the node is outside `level`.
        func item(holding i: Int, in level: Int) -> Item? {
            var box = diagram.nodes[i].cluster
            if (box ?? root) == level { return .node(i) }
            while let b = box {
                let parent = diagram.clusters[b].parent
                if (parent ?? root) == level { return .box(b) }
                box = parent
            }
            return nil
        }

        // Inside out: a box's parent comes before it in `clusters`.
        var levels = [Level?](repeating: nil, count: boxes + 1)
        for level in Array((0..<boxes).reversed()) + [root] {
            var items = members[level].map(Item.node) + children[level].map(Item.box)
            items.sort()
            let sizes = items.map { item -> Size? in
                if case .box(let b) = item, let inner = levels[b] {
                    return Size(width: inner.width + 2 * padding, height: inner.height + 2 * padding)
                }
                return nil
            }
            var pairs: [(Item, Item, [GVAttribute])] = []
            for edge in diagram.edges {
                guard let a = item(holding: edge.from, in: level), let b = item(holding: edge.to, in: level), a != b else { continue }
                pairs.append((a, b, edge.attributes.filter { $0.name == .len }))
            }
            levels[level] = try layOut(items, sizes: sizes, pairs: pairs, of: diagram, deadline: deadline)
        }

        // Outside in: each box's contents are centred where the level above put it.
        var placed = diagram
        placed.fixedPositions = true
        var centre = [Point](repeating: Point(x: 0, y: 0), count: boxes + 1)
        for level in [root] + Array(0..<boxes) {
            guard let laidOut = levels[level] else { continue }
            for (item, offset) in laidOut.offsets {
                let at = Point(x: centre[level].x + offset.x, y: centre[level].y + offset.y)
                switch item {
                case .node(let i):
                    placed.nodes[i].attributes.removeAll { $0.name == .pos }
                    placed.nodes[i].attributes.append(.init(.pos, "\(number(at.x)),\(number(at.y))"))
                case .box(let b):
                    centre[b] = at
                    let halfWidth = laidOut.boxWidth(b) / 2, halfHeight = laidOut.boxHeight(b) / 2
                    placed.clusters[b].attributes.removeAll { $0.name == .bb }
                    placed.clusters[b].attributes.append(.init(.bb, [at.x - halfWidth, at.y - halfHeight, at.x + halfWidth, at.y + halfHeight]
                        .map(number).joined(separator: ",")))
                }
            }
        }
        return placed
    }

    /// A node of a level: one of the diagram's nodes, or a box drawn as one node.
    enum Item: Hashable, Comparable {
        case node(Int)
        case box(Int)

        var name: String {
            switch self {
            case .node(let i): "n\(i)"
            case .box(let b): "b\(b)"
            }
        }
    }

    struct Point { var x: Double; var y: Double }
    struct Size { var width: Double; var height: Double }

    /// One level laid out: where each item's centre is relative to the centre
    /// of all it holds, and that extent.
    struct Level {
        var offsets: [(Item, Point)]
        var width: Double
        var height: Double
        var boxSizes: [Int: Size]

        func boxWidth(_ b: Int) -> Double { boxSizes[b]?.width ?? 0 }
        func boxHeight(_ b: Int) -> Double { boxSizes[b]?.height ?? 0 }
    }

    private static func layOut(_ items: [Item], sizes: [Size?], pairs: [(Item, Item, [GVAttribute])],
                               of diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> Level {
        var nodes: [DiagramNode] = []
        var index: [Item: Int] = [:]
        var boxSizes: [Int: Size] = [:]
        for (item, size) in zip(items, sizes) {
            index[item] = nodes.count
            switch item {
            case .node(let i):
                var node = diagram.nodes[i]
                node.name = item.name
                node.cluster = nil
                nodes.append(node)
            case .box(let b):
                let size = size ?? Size(width: 2 * padding, height: 2 * padding)
                boxSizes[b] = size
                nodes.append(DiagramNode(name: item.name, elementID: item.name, tooltip: "", cluster: nil, attributes: [
                    .init(.shape, "box"), .init(.fixedsize, "true"), .init(.label, ""),
                    .init(.width, number(size.width / 72)), .init(.height, number(size.height / 72)),
                ]))
            }
        }
        let edges = pairs.map { a, b, attributes in
            DiagramEdge(from: index[a]!, to: index[b]!, elementID: "", tooltip: "", attributes: attributes)
        }
        // Straight lines: only the positions are kept, so routing curves would be wasted.
        let graph = diagram.graph.filter { [.overlap, .sep, .fontname].contains($0.name) } + [.init(.splines, "false")]
        let level = Diagram(prefix: diagram.prefix, title: "", summary: "", engine: .neato, graph: graph,
                            nodeDefaults: diagram.nodeDefaults, edgeDefaults: [], nodes: nodes, edges: edges,
                            clusters: [], legend: nil)
        let placements = try GraphvizRenderer.placements(level, deadline: deadline)

        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for item in items {
            guard let p = placements[item.name] else { continue }
            minX = min(minX, p.x - p.width / 2); maxX = max(maxX, p.x + p.width / 2)
            minY = min(minY, p.y - p.height / 2); maxY = max(maxY, p.y + p.height / 2)
        }
        if minX > maxX { (minX, minY, maxX, maxY) = (0, 0, 0, 0) }
        let cx = (minX + maxX) / 2, cy = (minY + maxY) / 2
        let offsets = items.map { item -> (Item, Point) in
            let p = placements[item.name]
            return (item, Point(x: (p?.x ?? cx) - cx, y: (p?.y ?? cy) - cy))
        }
        return Level(offsets: offsets, width: maxX - minX, height: maxY - minY, boxSizes: boxSizes)
    }

    /// Two decimals, as Graphviz writes them; enough for points.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
