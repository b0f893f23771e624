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

    /// Each line's route, centre to centre (nil for a line to a node in `skip`).
    static func route(_ ends: [(Int, Int)], centre: Int, nodes: [Box], ringCentre: Position, rings: [Size], skip: Set<Int>) -> [[Position]?] {
        guard let first = rings.first, first.height > 0 else { return ends.map { _ in nil } }
        let stretch = first.width / first.height
        // Coordinates in which the rings are circles.
        func flat(_ p: Position) -> (Double, Double) { ((p.x - ringCentre.x) / stretch, p.y - ringCentre.y) }
        func back(_ u: Double, _ v: Double) -> Position { Position(x: ringCentre.x + u * stretch, y: ringCentre.y + v) }
        let spacing = rings.count > 1 ? rings[1].height - rings[0].height : first.height * 0.5
        var out = [[Position]?](repeating: nil, count: ends.count)
        var drawn: [(route: [Position], ends: (Int, Int))] = []
        // Spokes first: straight.
        for (k, (a, b)) in ends.enumerated() where !skip.contains(a) && !skip.contains(b) && (a == centre || b == centre) {
            out[k] = [nodes[a].centre, nodes[b].centre]
            drawn.append((out[k]!, (a, b)))
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
        for k in rest {
            let (a, b) = ends[k]
            let p = nodes[a].centre, q = nodes[b].centre
            var tries: [[Position]] = []
            // Straight, if it keeps out of the middle.
            let (pu, pv) = flat(p), (qu, qv) = flat(q)
            let (closest, _) = project(Position(x: 0, y: 0), Position(x: pu, y: pv), Position(x: qu, y: qv))
            let t = project(Position(x: 0, y: 0), Position(x: pu, y: pv), Position(x: qu, y: qv)).1
            let nearest = t <= 0 || t >= 1 ? min(hypot(pu, pv), hypot(qu, qv)) : hypot(closest.x, closest.y)
            if nearest >= clearOfMiddle * first.height { tries.append([p, q]) }
            // Arcs the short way round, bowed out between the rings.
            let (ra, ta) = (hypot(pu, pv), atan2(pv, pu)), (rb, tb) = (hypot(qu, qv), atan2(qv, qu))
            var turn = tb - ta
            while turn > Double.pi { turn -= 2 * Double.pi }
            while turn < -Double.pi { turn += 2 * Double.pi }
            for bow in bows {
                var route: [Position] = []
                for s in 0...arcPoints {
                    let f = Double(s) / Double(arcPoints)
                    let r = ra + (rb - ra) * f + bow * spacing * sin(Double.pi * f)
                    let angle = ta + turn * f
                    route.append(back(r * cos(angle), r * sin(angle)))
                }
                tries.append(route)
            }
            var best: (cost: Double, route: [Position])?
            for route in tries {
                var cost = zip(route, route.dropFirst()).reduce(0.0) { $0 + $1.0.distance(to: $1.1) }
                let through = nodes.indices.contains { j in
                    j != a && j != b && !skip.contains(j) && zip(route, route.dropFirst()).contains { nodes[j].insetBy(-3).crossedBy($0.0, $0.1) }
                }
                if through { cost += 5_000 }
                let box = Rerouting.bounding(route)
                for other in drawn where Rerouting.crosses(route, other.route, (a, b), other.ends, nodes, box, Rerouting.bounding(other.route)) {
                    cost += 1_000
                }
                if best == nil || cost < best!.cost - 1e-9 { best = (cost, route) }
            }
            out[k] = best!.route
            drawn.append((best!.route, (a, b)))
        }
        return out
    }
}
