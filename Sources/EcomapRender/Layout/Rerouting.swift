/// Lines re-routed round the nodes so that they cross fewer other lines,
/// the nodes left where they are.
///
/// A line that crosses others is given the shortest route, through points
/// just off the corners of the nodes, that crosses as few other lines as it
/// can (each crossing costs as much as a long way round) and passes through
/// no node; it is kept if it crosses fewer than before. Lines that cross
/// most go first, and the whole is repeated while it helps. In a planar map
/// drawn with a few crossings there is nearly always a way round.
enum Rerouting {
    /// Maps with more nodes than this keep Graphviz's routes: the search costs the square of the lines.
    static let largest = 60
    /// Drawings with more lines than this keep Graphviz's routes too: each
    /// search weighs every line against a visibility graph of the nodes'
    /// corners, and a 50-node gap diagram of 400 lines spent 28 s in them.
    /// A map that dense has crossings no rerouting removes.
    static let mostLines = 100
    /// The most routes searched for in one drawing, over all its tries.
    static let searches = 120
    /// Space kept between a new route and the nodes it goes round, in points.
    static let clearance = 10.0
    /// What one crossing costs, in points of length.
    static let crossingCost = 900.0
    /// A new route is at most this many times as long as the straight line (and 150 pt).
    static let longest = 2.5
    /// How far beyond the line's own extent a route may go round, in points.
    static let reach = 320.0
    /// Closer than this to another line, a route runs along it.
    static let alongsideGap = 7.0

    /// Untangles `routes` (each from its first end's centre to its second's;
    /// `ends` are node indices into `nodes`, each node's rectangle). Lines in
    /// `fixed` stay as they are. Returns the lines given new routes.
    @discardableResult
    static func untangle(_ routes: inout [[Position]], ends: [(Int, Int)], nodes: [Box], fixed: Set<Int> = [],
                         rounds: Int = 3, atCorners: Bool = false, searches budget: inout Int) -> Set<Int> {
        var changed = Set<Int>()
        // Graphviz's curves come sampled finely: every few points is enough to tell crossings.
        let full = routes
        routes = routes.map(coarse)
        var bounds = routes.map(bounding)
        defer { for k in routes.indices where !changed.contains(k) { routes[k] = full[k] } }
        for _ in 0..<rounds {
            var count = [Int](repeating: 0, count: routes.count)
            for i in routes.indices {
                for j in (i + 1)..<routes.count where crosses(routes[i], routes[j], ends[i], ends[j], nodes, bounds[i], bounds[j], atCorners: atCorners) {
                    count[i] += 1
                    count[j] += 1
                }
            }
            let order = routes.indices.filter { count[$0] > 0 && !fixed.contains($0) && ends[$0].0 != ends[$0].1 }
                .sorted { (count[$0], -$0) > (count[$1], -$1) }
            guard !order.isEmpty else { break }
            var improved = false
            for e in order {
                // Counted again: an earlier change this round may have helped.
                let now = routes.indices.filter { $0 != e && crosses(routes[e], routes[$0], ends[e], ends[$0], nodes, bounds[e], bounds[$0], atCorners: atCorners) }.count
                guard now > 0, budget > 0 else { continue }
                budget -= 1
                guard let route = shortest(e, routes: routes, bounds: bounds, ends: ends, nodes: nodes) else { continue }
                // A way round no longer than a reader follows at a glance.
                let length = zip(route, route.dropFirst()).reduce(0.0) { $0 + $1.0.distance(to: $1.1) }
                guard length <= longest * route.first!.distance(to: route.last!) + 150 else { continue }
                let box = bounding(route)
                let after = routes.indices.filter { $0 != e && crosses(route, routes[$0], ends[e], ends[$0], nodes, box, bounds[$0], atCorners: atCorners) }.count
                if after < now {
                    routes[e] = route
                    bounds[e] = box
                    changed.insert(e)
                    improved = true
                }
            }
            if !improved { break }
        }
        return changed
    }

    /// A route with at most 32 of its points, its ends kept.
    static func coarse(_ route: [Position]) -> [Position] {
        guard route.count > 32 else { return route }
        let step = Double(route.count - 1) / 31
        return (0...31).map { route[min(route.count - 1, Int((Double($0) * step).rounded()))] }
    }

    static func bounding(_ route: [Position]) -> Box {
        route.reduce(Box.empty) { $0.union(Box(minX: $1.x, minY: $1.y, maxX: $1.x, maxY: $1.y)) }
    }

    /// Whether two routes cross, as a reader counts it: not where lines meet at a node they share.
    /// With `atCorners`, two routes through one corner of a node cross there
    /// when they pass through it across each other (``routesCrossAtAPoint``).
    static func crosses(_ p: [Position], _ q: [Position], _ pe: (Int, Int), _ qe: (Int, Int), _ nodes: [Box], _ pb: Box, _ qb: Box,
                        atCorners: Bool = false) -> Bool {
        guard pb.insetBy(-1).intersects(qb.insetBy(-1)) else { return false }
        let shared = [pe.0, pe.1].filter { $0 == qe.0 || $0 == qe.1 }
        // Pieces whose bounds can't meet are passed over before the sums:
        // an eco-map's orders are judged by thousands of these, on arcs of
        // dozens of pieces each.
        func apart(_ a: Position, _ b: Position, _ box: Box) -> Bool {
            max(a.x, b.x) < box.minX || min(a.x, b.x) > box.maxX || max(a.y, b.y) < box.minY || min(a.y, b.y) > box.maxY
        }
        let near = qb.insetBy(-1)
        for i in p.indices.dropLast() {
            let (a, b) = (p[i], p[i + 1])
            guard !apart(a, b, near) else { continue }
            let piece = Box(minX: min(a.x, b.x) - 1, minY: min(a.y, b.y) - 1, maxX: max(a.x, b.x) + 1, maxY: max(a.y, b.y) + 1)
            for j in q.indices.dropLast() where !apart(q[j], q[j + 1], piece) && segmentsCross(a, b, q[j], q[j + 1]) {
                let c = q[j]
                if shared.contains(where: { nodes[$0].insetBy(-4).contains(a) || nodes[$0].insetBy(-4).contains(c) }) { continue }
                return true
            }
        }
        return atCorners && routesCrossAtAPoint(p, q) { point in shared.contains { nodes[$0].insetBy(-4).contains(point) } }
    }

    /// The cheapest route for line `e` through points off the nodes' corners (A*).
    static func shortest(_ e: Int, routes: [[Position]], bounds: [Box], ends: [(Int, Int)], nodes: [Box]) -> [Position]? {
        let (a, b) = ends[e]
        let start = nodes[a].centre, end = nodes[b].centre
        var area = Box(minX: min(start.x, end.x), minY: min(start.y, end.y), maxX: max(start.x, end.x), maxY: max(start.y, end.y))
        area = area.insetBy(-reach)
        var points = [start, end]
        for (k, box) in nodes.enumerated() where k != a && k != b && box.intersects(area) {
            let r = box.insetBy(-clearance)
            points += [Position(x: r.minX, y: r.minY), Position(x: r.maxX, y: r.minY),
                       Position(x: r.minX, y: r.maxY), Position(x: r.maxX, y: r.maxY)]
        }
        // Off the corners only where no other node is.
        points = points.enumerated().filter { k, p in
            k < 2 || !nodes.enumerated().contains { j, box in j != a && j != b && box.insetBy(-clearance + 1).contains(p) }
        }.map(\.1)
        let others = routes.indices.filter { $0 != e }
        let obstacles = nodes.enumerated().filter { $0.offset != a && $0.offset != b }.map { $0.element.insetBy(-2) }
        func cost(_ p: Position, _ q: Position) -> Double? {
            if obstacles.contains(where: { $0.crossedBy(p, q) }) { return nil }
            let piece = [p, q], box = bounding(piece)
            var crossings = 0
            var alongside = 0.0
            let near = box.insetBy(-alongsideGap)
            for o in others where near.intersects(bounds[o]) {
                if crosses(piece, routes[o], ends[e], ends[o], nodes, box, bounds[o]) { crossings += 1 }
                // Running along another line reads as one line: costs twice its length.
                let steps = max(1, Int(p.distance(to: q) / 20))
                for s in 0...steps {
                    let t = Double(s) / Double(steps)
                    let x = Position(x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t)
                    if [a, b].contains(where: { nodes[$0].insetBy(-12).contains(x) }) { continue }
                    if zip(routes[o], routes[o].dropFirst()).contains(where: { distanceToSegment(x, $0.0, $0.1) < alongsideGap }) {
                        alongside += 20 * 2
                    }
                }
            }
            return p.distance(to: q) + crossingCost * Double(crossings) + alongside
        }
        let n = points.count
        var distance = [Double](repeating: .infinity, count: n)
        var previous = [Int](repeating: -1, count: n)
        var done = [Bool](repeating: false, count: n)
        distance[0] = 0
        for _ in 0..<n {
            var u = -1
            // A*: the straight way on to the end is a lower bound of what is left.
            func estimate(_ k: Int) -> Double { distance[k] + points[k].distance(to: end) }
            for k in 0..<n where !done[k] && distance[k].isFinite && (u < 0 || estimate(k) < estimate(u)) { u = k }
            if u < 0 || u == 1 { break }
            done[u] = true
            for v in 0..<n where !done[v] {
                // A lower bound first: no use checking a piece that can't help.
                guard distance[u] + points[u].distance(to: points[v]) < distance[v] else { continue }
                guard let c = cost(points[u], points[v]) else { continue }
                if distance[u] + c < distance[v] {
                    distance[v] = distance[u] + c
                    previous[v] = u
                }
            }
        }
        guard distance[1].isFinite else { return nil }
        var path: [Position] = []
        var k = 1
        while k >= 0 { path.append(points[k]); k = previous[k] }
        return path.reversed()
    }
}

/// The distance from `p` to the segment ab.
func distanceToSegment(_ p: Position, _ a: Position, _ b: Position) -> Double {
    let (q, t) = project(p, a, b)
    if t <= 0 { return p.distance(to: a) }
    if t >= 1 { return p.distance(to: b) }
    return p.distance(to: q)
}
