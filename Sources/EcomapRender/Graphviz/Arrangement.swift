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
