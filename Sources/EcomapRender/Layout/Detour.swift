/// A route, worked out in Swift, for a line Graphviz routed through a node.
///
/// Graphviz 2.42 routes round nodes drawn as ellipses using an octagon
/// inside the ellipse, so a curve (or a polyline) can clip an ellipse's side
/// by a few points. For those few lines: the shortest path with one bend (or,
/// where nodes crowd round it, two) that keeps clear of every node's real
/// outline, drawn as straight pieces.
enum Detour {
    /// Space kept between the route and other nodes, in points.
    static let clearance = 4.0

    /// A Graphviz `pos` for a line from node `from` to node `to` that keeps
    /// clear of every other node; nil when no path with one or two bends does.
    /// - Parameters:
    ///   - arrows: arrowheads at the end (`head`) and the start (`tail`).
    ///   - arrowLength: the length of an arrowhead, in points.
    ///   - lines: the other lines' routes: a bend that crosses fewer wins over a shorter one.
    static func route(from: Int, to: Int, outlines: [NodeOutline?], head: Bool, tail: Bool, arrowLength: Double,
                      lines: [[Position]] = []) -> String? {
        guard let a = outlines[from], let b = outlines[to], from != to else { return nil }
        let others = outlines.indices.filter { $0 != from && $0 != to }.compactMap { outlines[$0] }
        func clear(_ p: Position, _ q: Position) -> Bool {
            !others.contains { $0.crossed(from: p, to: q, deeperThan: -clearance) }
        }
        let start = a.box.centre, end = b.box.centre
        // Bends: round the corners of every node in the way, and to either side of the middle.
        var bends: [Position] = []
        for o in others where o.box.insetBy(-40).crossedBy(start, end) {
            let r = o.box.insetBy(-(clearance + 6))
            bends += [Position(x: r.minX, y: r.minY), Position(x: r.maxX, y: r.minY),
                      Position(x: r.minX, y: r.maxY), Position(x: r.maxX, y: r.maxY)]
        }
        let dx = end.x - start.x, dy = end.y - start.y
        let length = max(1e-9, (dx * dx + dy * dy).squareRoot())
        for k in 1...8 {
            for side in [1.0, -1.0] {
                let d = side * Double(k) * 14
                bends.append(Position(x: (start.x + end.x) / 2 - dy / length * d, y: (start.y + end.y) / 2 + dx / length * d))
            }
        }
        let free = bends.filter { w in !others.contains(where: { $0.depth(w) > -clearance }) && a.depth(w) < 0 && b.depth(w) < 0 }
        // A path's cost: its length, and much more for each line it crosses.
        func cost(_ path: [Position]) -> Double {
            var crossings = 0
            for line in lines {
                for (p, q) in zip(line, line.dropFirst()) where zip(path, path.dropFirst()).contains(where: { segmentsCross(p, q, $0.0, $0.1) }) {
                    crossings += 1
                    break
                }
            }
            return zip(path, path.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) } + 400 * Double(crossings)
        }
        var best: (cost: Double, bends: [Position])?
        func consider(_ path: [Position]) {
            let c = cost(path)
            if best == nil || c < best!.cost - 1e-9 { best = (c, Array(path.dropFirst().dropLast())) }
        }
        for w in free where clear(start, w) && clear(w, end) { consider([start, w, end]) }
        if best == nil {
            // Two bends, for a line hemmed in by several nodes: O(bends²), and only for the few lines that need it.
            let fromStart = free.filter { clear(start, $0) }, toEnd = free.filter { clear($0, end) }
            for w in fromStart {
                for v in toEnd where v != w && clear(w, v) { consider([start, w, v, end]) }
            }
        }
        guard let turns = best?.bends, let bend = turns.first, let lastBend = turns.last else { return nil }
        // Where the route leaves the first node and reaches the second.
        let leave = boundary(a, inside: start, outside: bend)
        let reach = boundary(b, inside: end, outside: lastBend)
        func back(_ tip: Position, towards p: Position) -> Position {
            let d = tip.distance(to: p)
            guard d > arrowLength else { return tip }
            return Position(x: tip.x + (p.x - tip.x) * arrowLength / d, y: tip.y + (p.y - tip.y) * arrowLength / d)
        }
        let first = tail ? back(leave, towards: bend) : leave
        let last = head ? back(reach, towards: lastBend) : reach
        // Straight cubic pieces: each bend is the end of one piece and the start of the next.
        let points = [first, first] + turns.flatMap { [$0, $0, $0] } + [last, last]
        var pos = ""
        if tail { pos += "s,\(Number.format(leave.x)),\(Number.format(leave.y)) " }
        if head { pos += "e,\(Number.format(reach.x)),\(Number.format(reach.y)) " }
        return pos + points.map { "\(Number.format($0.x)),\(Number.format($0.y))" }.joined(separator: " ")
    }

    /// A Graphviz `pos` along `points` (the first inside `a`, the last
    /// inside `b`), cut where it leaves `a` and reaches `b`, drawn as
    /// straight pieces; nil when the route never leaves the nodes.
    static func along(_ points: [Position], from a: NodeOutline, to b: NodeOutline, head: Bool, tail: Bool,
                      arrowLength: Double) -> String? {
        guard points.count >= 2 else { return nil }
        // The pieces outside both nodes.
        var first = 0
        while first + 1 < points.count - 1 && a.depth(points[first + 1]) > 0 { first += 1 }
        var last = points.count - 1
        while last - 1 > first && b.depth(points[last - 1]) > 0 { last -= 1 }
        guard a.depth(points[first + 1]) <= 0 || first + 1 == last else { return nil }
        let leave = boundary(a, inside: points[first], outside: points[first + 1])
        let reach = boundary(b, inside: points[last], outside: points[last - 1])
        var middle = Array(points[(first + 1)..<last])
        middle = middle.filter { a.depth($0) <= 0 && b.depth($0) <= 0 }
        let path = [leave] + middle + [reach]
        guard leave.distance(to: reach) > 2 * arrowLength || !middle.isEmpty else {
            return nil
        }
        func back(_ tip: Position, towards p: Position) -> Position {
            let d = tip.distance(to: p)
            guard d > arrowLength else { return tip }
            return Position(x: tip.x + (p.x - tip.x) * arrowLength / d, y: tip.y + (p.y - tip.y) * arrowLength / d)
        }
        var drawn = path
        if tail { drawn[0] = back(leave, towards: path[1]) }
        if head { drawn[drawn.count - 1] = back(reach, towards: path[path.count - 2]) }
        // Straight pieces, each corner rounded off: the curve leaves a
        // corner's first piece a little before it and joins the next a little after.
        var control = [drawn[0]]
        var from = drawn[0]
        for k in 1..<drawn.count {
            let corner = drawn[k]
            guard k < drawn.count - 1 else { control += [from, corner, corner]; break }
            let before = drawn[k - 1], after = drawn[k + 1]
            func toward(_ p: Position, _ q: Position) -> Position {
                let d = p.distance(to: q)
                let r = d > 1e-9 ? min(0.4, 22 / d) : 0
                return Position(x: p.x + (q.x - p.x) * r, y: p.y + (q.y - p.y) * r)
            }
            let a = toward(corner, before), b = toward(corner, after)
            control += [from, a, a]
            control += [Position(x: a.x + (corner.x - a.x) * 0.6, y: a.y + (corner.y - a.y) * 0.6),
                        Position(x: b.x + (corner.x - b.x) * 0.6, y: b.y + (corner.y - b.y) * 0.6), b]
            from = b
        }
        var pos = ""
        if tail { pos += "s,\(Number.format(leave.x)),\(Number.format(leave.y)) " }
        if head { pos += "e,\(Number.format(reach.x)),\(Number.format(reach.y)) " }
        return pos + control.map { "\(Number.format($0.x)),\(Number.format($0.y))" }.joined(separator: " ")
    }

    /// The point where the segment from `inside` (within the outline) to
    /// `outside` crosses the outline, to a tenth of a point.
    private static func boundary(_ outline: NodeOutline, inside: Position, outside: Position) -> Position {
        var lo = 0.0, hi = 1.0
        for _ in 0..<30 {
            let mid = (lo + hi) / 2
            let p = Position(x: inside.x + (outside.x - inside.x) * mid, y: inside.y + (outside.y - inside.y) * mid)
            if outline.depth(p) > 0 { lo = mid } else { hi = mid }
        }
        return Position(x: inside.x + (outside.x - inside.x) * hi, y: inside.y + (outside.y - inside.y) * hi)
    }
}
