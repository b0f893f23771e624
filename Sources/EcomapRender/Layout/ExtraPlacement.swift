import Foundation

/// Puts nodes added to a laid-out map (a comparison's missing nodes) in the
/// nearest free place to the nodes they link to, without moving anything: the
/// map's own nodes stay where its plain drawing has them.
enum ExtraPlacement {
    /// Space kept round a placed node, in points.
    static let gap = 16.0

    /// Fills in `centres` for every node that has none, in the diagram's order.
    static func place(_ diagram: Diagram, sizes: [Size], centres: inout [Position?], boxes: [Box?]) {
        let waiting = centres.indices.filter { centres[$0] == nil }
        guard !waiting.isEmpty else { return }
        var partners = [[Int]](repeating: [], count: diagram.nodes.count)
        for edge in diagram.edges where edge.from != edge.to {
            partners[edge.from].append(edge.to)
            partners[edge.to].append(edge.from)
        }
        let drawnBoxes = boxes.compactMap { $0 }
        for i in waiting {
            let placed = centres.indices.filter { centres[$0] != nil }
            var extent = Box.empty
            for j in placed { extent = extent.union(Box(centre: centres[j]!, size: sizes[j])) }
            for b in drawnBoxes { extent = extent.union(b) }
            if extent.isEmpty { centres[i] = Position(x: 0, y: 0); continue }
            let known = partners[i].compactMap { centres[$0] }
            // Beside its partners; a node with none goes to the right of the map.
            let target = known.isEmpty
                ? Position(x: extent.maxX + sizes[i].width / 2 + gap, y: extent.centre.y)
                : Position(x: known.map(\.x).reduce(0, +) / Double(known.count), y: known.map(\.y).reduce(0, +) / Double(known.count))
            let obstacles = placed.map { Box(centre: centres[$0]!, size: sizes[$0]) }
            let segments: [(Position, Position)] = diagram.edges.compactMap { e in
                guard let a = centres[e.from], let b = centres[e.to] else { return nil }
                return (a, b)
            }
            func free(_ p: Position) -> Bool {
                let mine = Box(centre: p, size: sizes[i]).insetBy(-gap)
                return !obstacles.contains { $0.intersects(mine) } && !drawnBoxes.contains { $0.intersects(mine) }
            }
            func cost(_ p: Position) -> Double {
                var c = known.reduce(0.0) { $0 + p.distance(to: $1) } + p.distance(to: target)
                for q in known {
                    // A line from here through another node, or across others, costs a detour.
                    c += 400 * Double(obstacles.filter { $0.crossedBy(p, q) && !$0.contains(q) }.count)
                    c += 60 * Double(segments.filter { segmentsCross(p, q, $0.0, $0.1) }.count)
                }
                return c
            }
            // Rings of candidates round the target, nearest first; a few rings
            // past the first free place, for one with fewer crossings.
            let step = max(24, min(sizes[i].width, sizes[i].height))
            var best: (cost: Double, at: Position)?
            var ringsAfterFree = 0
            for r in 0..<200 where ringsAfterFree < 4 {
                let radius = Double(r) * step
                let count = r == 0 ? 1 : 8 + 4 * r
                for k in 0..<count {
                    let a = 2 * Double.pi * Double(k) / Double(count)
                    let p = Position(x: target.x + radius * cos(a), y: target.y + radius * sin(a))
                    guard free(p) else { continue }
                    let c = cost(p)
                    if best == nil || c < best!.cost - 1e-9 { best = (c, p) }
                }
                if best != nil { ringsAfterFree += 1 }
            }
            centres[i] = best?.at ?? Position(x: extent.maxX + sizes[i].width / 2 + gap, y: extent.centre.y)
        }
    }
}
