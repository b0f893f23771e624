/// Mirrors each membership box's contents, about the box's centre, across x,
/// y or both, whichever makes the links that leave the box shortest.
///
/// A box is laid out before the level it sits in, so its contents don't know
/// where their partners outside will be: mirroring turns them to face them.
enum BoxFlips {
    /// `centres`, `boxes`: as ``MembershipLayout`` leaves them; changed in place.
    static func apply(_ diagram: Diagram, centres: inout [Position?], boxes: inout [Box?], passes: Int = 2) {
        guard !diagram.clusters.isEmpty else { return }
        // Every box that holds each node, directly or through nested boxes.
        let holders: [[Int]] = diagram.nodes.map { node in
            var out: [Int] = []
            var c = node.cluster
            while let k = c { out.append(k); c = diagram.clusters[k].parent }
            return out
        }
        var inside = [[Int]](repeating: [], count: diagram.clusters.count)
        for (i, list) in holders.enumerated() where centres[i] != nil {
            for k in list { inside[k].append(i) }
        }
        var nested = [[Int]](repeating: [], count: diagram.clusters.count)
        for k in diagram.clusters.indices {
            var p = diagram.clusters[k].parent
            while let q = p { nested[q].append(k); p = diagram.clusters[q].parent }
        }
        let edges = diagram.edges.filter { !$0.extra }.map { ($0.from, $0.to) }
        let mirrors: [(Double, Double)] = [(1, 1), (-1, 1), (1, -1), (-1, -1)]
        for _ in 0..<passes {
            for k in diagram.clusters.indices {
                guard let box = boxes[k] else { continue }
                let c = box.centre
                let members = Set(inside[k])
                let leaving = edges.filter { members.contains($0.0) != members.contains($0.1) }
                guard !leaving.isEmpty else { continue }
                func cost(_ m: (Double, Double)) -> Double {
                    leaving.reduce(0) { total, edge in
                        let (i, o) = members.contains(edge.0) ? (edge.0, edge.1) : (edge.1, edge.0)
                        guard let p = centres[i], let q = centres[o] else { return total }
                        let mirrored = Position(x: c.x + m.0 * (p.x - c.x), y: c.y + m.1 * (p.y - c.y))
                        return total + mirrored.distance(to: q)
                    }
                }
                // The first of the cheapest, so a tie keeps the box as it is.
                let allowed = mirrors
                var best = mirrors[0], bestCost = cost(mirrors[0])
                for m in allowed.dropFirst() {
                    let c = cost(m)
                    if c < bestCost - 1e-6 { (best, bestCost) = (m, c) }
                }
                guard best != (1, 1) else { continue }
                for i in inside[k] {
                    guard let p = centres[i] else { continue }
                    centres[i] = Position(x: c.x + best.0 * (p.x - c.x), y: c.y + best.1 * (p.y - c.y))
                }
                for n in nested[k] {
                    guard let b = boxes[n] else { continue }
                    let xs = [c.x + best.0 * (b.minX - c.x), c.x + best.0 * (b.maxX - c.x)]
                    let ys = [c.y + best.1 * (b.minY - c.y), c.y + best.1 * (b.maxY - c.y)]
                    boxes[n] = Box(minX: xs.min()!, minY: ys.min()!, maxX: xs.max()!, maxY: ys.max()!)
                }
            }
        }
    }
}
