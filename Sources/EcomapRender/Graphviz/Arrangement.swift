import EcomapCore

/// Positions for drawings made of laid-out maps (side by side): the compact
/// layout where it applies, else the engine's own.
enum Arrangement {
    static func place(_ diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> CompactLayout.Placed {
        if CompactLayout.applies(to: diagram) { return try CompactLayout.place(diagram, deadline: deadline) }
        var plain = diagram
        // Boxes need ecomap's own layout: left out with the other engines.
        plain.clusters = []
        for i in plain.nodes.indices { plain.nodes[i].cluster = nil }
        let placements = try GraphvizRenderer.placements(plain, deadline: deadline)
        var centres: [Position] = [], sizes: [Size] = []
        for node in plain.nodes {
            let p = placements[node.name]
            centres.append(Position(x: p?.x ?? 0, y: p?.y ?? 0))
            sizes.append(Size(width: p?.width ?? 0, height: p?.height ?? 0))
        }
        return CompactLayout.Placed(diagram: CompactLayout.positioned(plain, centres: centres, boxes: []),
                                    sizes: sizes, centres: centres, boxes: [])
    }

    /// A comparison's drawing with another engine than neato: the map's own
    /// nodes (and boxes, where the engine draws them) laid out by the engine
    /// exactly as the map's plain drawing has them, then what the comparison
    /// adds put in free places by ``ExtraPlacement``. Laid out together, the
    /// missing nodes would move the map's own.
    static func placeAroundOwn(_ diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> CompactLayout.Placed {
        var own = diagram
        let kept = diagram.nodes.indices.filter { !diagram.nodes[$0].extra }
        var newIndex = [Int?](repeating: nil, count: diagram.nodes.count)
        for (k, i) in kept.enumerated() { newIndex[i] = k }
        own.nodes = kept.map { diagram.nodes[$0] }
        // The routing attributes are what the plain drawing's lines have: a comparison's marks change the look only.
        own.edges = diagram.edges.compactMap { edge in
            guard !edge.extra, let from = newIndex[edge.from], let to = newIndex[edge.to] else { return nil }
            var e = edge
            (e.from, e.to) = (from, to)
            e.attributes = e.attributes.filter { $0.name != .dir } + e.routing
            return e
        }
        let laid = try GraphvizRenderer.layout(own, deadline: deadline)
        let measured = try CompactLayout.nodeSizes(diagram, deadline: deadline)
        var centres = [Position?](repeating: nil, count: diagram.nodes.count)
        var sizes = measured
        for i in kept {
            guard let p = laid.nodes[diagram.nodes[i].name] else { continue }
            centres[i] = Position(x: p.x, y: p.y)
            sizes[i] = Size(width: p.width, height: p.height)
        }
        let boxes = laid.clusters.count == diagram.clusters.count ? laid.clusters : [Box?](repeating: nil, count: diagram.clusters.count)
        ExtraPlacement.place(diagram, sizes: sizes, centres: &centres, boxes: boxes)
        let fixed = centres.map { $0 ?? Position(x: 0, y: 0) }
        var sized = diagram
        for i in sized.nodes.indices {
            sized.nodes[i].attributes.removeAll { $0.name == .width || $0.name == .height }
            sized.nodes[i].attributes += [.init(.width, Number.inches(sizes[i].width)), .init(.height, Number.inches(sizes[i].height))]
        }
        return CompactLayout.Placed(diagram: CompactLayout.positioned(sized, centres: fixed, boxes: boxes),
                                    sizes: sizes, centres: fixed, boxes: boxes)
    }

    /// Each box drawn round its members where they are (inside out, with
    /// ``MembershipLayout/padding``); nil for a box that would cover a node
    /// that is not its member, or cross another box.
    static func boxes(around diagram: Diagram, centres: [Position], sizes: [Size]) -> [Box?] {
        let count = diagram.clusters.count
        var boxes = [Box?](repeating: nil, count: count)
        var holds = [Set<Int>](repeating: [], count: count)
        for (i, node) in diagram.nodes.enumerated() {
            var c = node.cluster
            while let k = c { holds[k].insert(i); c = diagram.clusters[k].parent }
        }
        // A box's parent comes before it: inside out is from the end.
        for k in (0..<count).reversed() {
            var box = Box.empty
            for i in holds[k] { box = box.union(Box(centre: centres[i], size: sizes[i])) }
            for j in (k + 1)..<count where diagram.clusters[j].parent == k { if let inner = boxes[j] { box = box.union(inner) } }
            guard !box.isEmpty else { continue }
            box = box.insetBy(-MembershipLayout.padding)
            let intruder = diagram.nodes.indices.contains { !holds[k].contains($0) && Box(centre: centres[$0], size: sizes[$0]).intersects(box) }
            if !intruder { boxes[k] = box }
        }
        // Boxes that cross without one holding the other: both go.
        for a in 0..<count {
            for b in (a + 1)..<count {
                guard let p = boxes[a], let q = boxes[b], p.intersects(q),
                      !holds[a].isSuperset(of: holds[b]), !holds[b].isSuperset(of: holds[a]) else { continue }
                boxes[a] = nil
                boxes[b] = nil
            }
        }
        return boxes
    }

    /// `diagram` without the boxes that have no extent: their members belong
    /// to the nearest box round them that is drawn.
    static func withoutEmptyBoxes(_ diagram: Diagram, boxes: [Box?]) -> Diagram {
        var out = diagram
        var newIndex = [Int?](repeating: nil, count: diagram.clusters.count)
        out.clusters = []
        func drawnAncestor(_ k: Int?) -> Int? {
            var c = k
            while let j = c, boxes[j] == nil { c = diagram.clusters[j].parent }
            return c
        }
        for (k, cluster) in diagram.clusters.enumerated() where boxes[k] != nil {
            var copy = cluster
            copy.parent = drawnAncestor(cluster.parent).flatMap { newIndex[$0] }
            newIndex[k] = out.clusters.count
            out.clusters.append(copy)
        }
        for i in out.nodes.indices { out.nodes[i].cluster = drawnAncestor(diagram.nodes[i].cluster).flatMap { newIndex[$0] } }
        return out
    }
}

extension CompactLayout.Placed {
    /// Everything placed: nodes and boxes.
    var extent: Box {
        var box = Box.empty
        for i in centres.indices { box = box.union(self.box(of: i)) }
        for b in boxes { if let b { box = box.union(b) } }
        return box
    }
}
