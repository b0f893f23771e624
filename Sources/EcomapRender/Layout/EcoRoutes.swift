import Foundation

/// An eco-map's lines: straight spokes from the centre, and between the other
/// nodes straight lines that stay out of the middle or arcs round it, each
/// arc bowed out between the rings as far as keeps it off the nodes and off
/// the lines already drawn.
enum EcoRoutes {
    /// Points along an arc.
    static let arcPoints = 24
    /// A straight line between two outer nodes keeps at least this share of the first ring's radius from the centre.
    static let clearOfMiddle = 0.6
    /// How far an arc may bow out, in shares of the space between two rings.
    static let bows = [0.0, 0.25, -0.25, 0.5, 0.8, -0.5, 1.1]
    /// How far an arc the long way round may bow out.
    static let longBows = [0.5, 1.1]
    /// Passes over the lines that aren't spokes, each choosing every line's route again against the others.
    static let passes = 2

    /// Each line's route, centre to centre (nil for a line to a node in `skip`).
    ///
    /// `points` sets how finely arcs are drawn, and `passes` how often each line's route is chosen: fewer when the routes are only counted.
    static func route(_ ends: [(Int, Int)], centre: Int, nodes: [Box], ringCentre: Position, rings: [Size], skip: Set<Int>,
                      points: Int = arcPoints, passes: Int = passes) -> [[Position]?] {
        guard let first = rings.first, first.height > 0 else { return ends.map { _ in nil } }
        let stretch = first.width / first.height
        // Coordinates in which the rings are circles.
        func flat(_ p: Position) -> (Double, Double) { ((p.x - ringCentre.x) / stretch, p.y - ringCentre.y) }
        func back(_ u: Double, _ v: Double) -> Position { Position(x: ringCentre.x + u * stretch, y: ringCentre.y + v) }
        let spacing = rings.count > 1 ? rings[1].height - rings[0].height : first.height * 0.5
        var out = [[Position]?](repeating: nil, count: ends.count)
        // Spokes first: straight.
        for (k, (a, b)) in ends.enumerated() where !skip.contains(a) && !skip.contains(b) && (a == centre || b == centre) {
            out[k] = [nodes[a].centre, nodes[b].centre]
        }
        // The others, shortest way round first.
        func span(_ k: Int) -> Double {
            let (ua, va) = flat(nodes[ends[k].0].centre), (ub, vb) = flat(nodes[ends[k].1].centre)
            var d = atan2(vb, ub) - atan2(va, ua)
            while d > Double.pi { d -= 2 * Double.pi }
            while d < -Double.pi { d += 2 * Double.pi }
            return abs(d)
        }
        let rest = ends.indices.filter { k in
            let (a, b) = ends[k]
            return a != b && out[k] == nil && !skip.contains(a) && !skip.contains(b)
        }.sorted { (span($0), $0) < (span($1), $1) }
        // Each line's candidate routes, the same in every pass.
        var candidates: [Int: [Drawn]] = [:]
        for k in rest {
            let (a, b) = ends[k]
            let p = nodes[a].centre, q = nodes[b].centre
            var tries: [[Position]] = []
            // Straight, if it keeps out of the middle.
            let (pu, pv) = flat(p), (qu, qv) = flat(q)
            let (closest, t) = project(Position(x: 0, y: 0), Position(x: pu, y: pv), Position(x: qu, y: qv))
            let nearest = t <= 0 || t >= 1 ? min(hypot(pu, pv), hypot(qu, qv)) : hypot(closest.x, closest.y)
            if nearest >= clearOfMiddle * first.height { tries.append([p, q]) }
            // Arcs the short way round, bowed out between the rings.
            let (ra, ta) = (hypot(pu, pv), atan2(pv, pu)), (rb, tb) = (hypot(qu, qv), atan2(qv, qu))
            var turn = tb - ta
            while turn > Double.pi { turn -= 2 * Double.pi }
            while turn < -Double.pi { turn += 2 * Double.pi }
            // And the long way round, bowed outwards only: taken when the short way crosses what the long way doesn't.
            let longWay = turn > 0 ? turn - 2 * Double.pi : turn + 2 * Double.pi
            for (sweep, bow) in bows.map({ (turn, $0) }) + longBows.map({ (longWay, $0) }) {
                var route: [Position] = []
                for s in 0...points {
                    let f = Double(s) / Double(points)
                    let r = ra + (rb - ra) * f + bow * spacing * sin(Double.pi * f)
                    let angle = ta + sweep * f
                    route.append(back(r * cos(angle), r * sin(angle)))
                }
                tries.append(route)
            }
            // A route through a node is never the one taken while another isn't.
            let clear = tries.filter { route in
                let bounds = Rerouting.bounding(route).insetBy(-3)
                return !nodes.indices.contains { j in
                    guard j != a && j != b && !skip.contains(j) else { return false }
                    let box = nodes[j].insetBy(-3)
                    guard box.intersects(bounds) else { return false }
                    return route.indices.dropLast().contains { box.crossedBy(route[$0], route[$0 + 1]) }
                }
            }
            candidates[k] = (clear.isEmpty ? tries : clear).map(Drawn.init)
        }
        // The shortest route that crosses fewest of the lines drawn so far;
        // then, in a second pass, of all the others as drawn in the first
        // (a line drawn early could not dodge one drawn after it).
        var drawn = [Drawn?](repeating: nil, count: ends.count)
        for k in ends.indices { if let route = out[k] { drawn[k] = Drawn(route) } }
        let spokes = ends.indices.filter { out[$0] != nil }
        for pass in 0..<passes {
            for k in rest {
                let others = pass == 0 ? spokes + rest.prefix { $0 != k } : ends.indices.filter { $0 != k && drawn[$0] != nil }
                var best: (cost: Double, route: Drawn)?
                for route in candidates[k]! {
                    var cost = route.length
                    for o in others where route.crosses(drawn[o]!, ends[k], ends[o], nodes) { cost += 1_000 }
                    if best == nil || cost < best!.cost - 1e-9 { best = (cost, route) }
                }
                drawn[k] = best!.route
                out[k] = best!.route.points
            }
        }
        return out
    }

    /// A route with its bounds and its length worked out once: each is
    /// weighed against every other line for every order of an eco-map's
    /// nodes judged.
    private struct Drawn {
        let points: [Position]
        let bounds: Box
        let length: Double

        init(_ points: [Position]) {
            self.points = points
            bounds = Rerouting.bounding(points)
            length = points.indices.dropLast().reduce(0.0) { $0 + points[$1].distance(to: points[$1 + 1]) }
        }

        /// Whether the two lines cross (``Rerouting/crosses(_:_:_:_:_:_:_:atCorners:)``).
        func crosses(_ other: Drawn, _ mine: (Int, Int), _ theirs: (Int, Int), _ nodes: [Box]) -> Bool {
            Rerouting.crosses(points, other.points, mine, theirs, nodes, bounds, other.bounds)
        }
    }
}
