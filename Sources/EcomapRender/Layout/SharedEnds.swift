import Foundation

/// Two lines from one node that cross each other: a crossing no drawing
/// needs. Up to where they cross, each can take the other's way, and from
/// there its own: the same ink, the same ends, one crossing fewer. Graphviz's
/// router draws each line on its own, and an eco-map's spokes and arcs are
/// chosen one at a time, so both leave such pairs (before this pass, 8 of
/// the crossings drawn over the maps in `Maps/`: one of the default
/// drawings', one of A4's and six of the eco-maps'. It takes out the
/// eco-maps' six and leaves the other two: one pair runs side by side and
/// crosses twice, the other meets only at one point of both lines).
///
/// Written here because no router at hand does it: Graphviz's `splines`
/// settings route each edge alone, with no notion of the order lines leave a node in.
enum SharedEnds {
    /// How far either side of the crossing, in points, each line bends from
    /// the other's way onto its own: the two then bend away from each other
    /// there, without meeting (a sharper turn read as a kink).
    static let turn = 20.0
    /// Pieces in each bend.
    static let bendPoints = 8
    /// The most crossings between two lines taken out (two lines that run side by side may cross many times).
    static let maxSwaps = 4
    /// The most pairs one call tries to uncross: a dense map has hundreds of
    /// crossings between lines from one node, and every choice an eco-map
    /// makes counts its crossings (a 30-node map of 60 links took 15 s to
    /// draw as an eco-map, against 6 without uncrossing).
    static let attempts = 32
    /// How far, in points, a crossing must be from the shared node's outline to be taken out:
    /// nearer, the two lines would run into the node together after it,
    /// one's arrowhead on the other (a line with arrowheads on both its ends to the eye).
    static let clear = 24.0
    /// A line that comes back within this many points of the shared node before the crossing starts from there.
    static let nearNode = 12.0

    /// `routes` (each from one end's outline to the other's, in either
    /// direction) with each pair that shares one end and crosses, away from
    /// that end, uncrossed where the two then cross fewer lines and cut
    /// through no more nodes (`cuts` says whether line k's route does).
    /// Returns the lines changed, and the pairs that cross afterwards
    /// (``LayoutScore/crossingPairs(_:ends:nodes:outlines:involving:)``'s,
    /// kept up to date swap by swap rather than counted again).
    static func uncross(_ routes: inout [[Position]], ends: [(Int, Int)], centres: [Position], nodes: [Box],
                        outlines: [NodeOutline?], cuts: (Int, [Position]) -> Bool) -> (changed: Set<Int>, crossing: [(Int, Int)]) {
        var changed = Set<Int>()
        var crossing = LayoutScore.crossingPairs(routes, ends: ends, nodes: nodes, outlines: outlines)
        func sharing(_ i: Int, _ j: Int) -> Int? {
            let shared = Set([ends[i].0, ends[i].1]).intersection([ends[j].0, ends[j].1])
            guard shared.count == 1, ends[i].0 != ends[i].1, ends[j].0 != ends[j].1 else { return nil }
            return shared.first
        }
        // The pairs to try, in order; a swap adds the pairs its two lines then make.
        var queue = crossing.filter { sharing($0.0, $0.1) != nil }
        var (next, tries) = (0, 0)
        while next < queue.count && tries < attempts {
            let (i, j) = queue[next]
            next += 1
            guard crossing.contains(where: { $0 == (i, j) }), let s = sharing(i, j) else { continue }
            tries += 1
            guard let (ni, nj) = swapped(routes[i], routes[j], from: centres[s], near: outlines[s] ?? NodeOutline(shape: "box", box: nodes[s]))
            else { continue }
            var tried = routes
            (tried[i], tried[j]) = (ni, nj)
            // The two lines' crossings and cuts: the others' are the same either way.
            let before = crossing.filter { [$0.0, $0.1].contains(i) || [$0.0, $0.1].contains(j) }
            let after = LayoutScore.crossingPairs(tried, ends: ends, nodes: nodes, outlines: outlines, involving: [i, j])
            guard after.count < before.count,
                  [i, j].filter({ cuts($0, tried[$0]) }).count <= [i, j].filter({ cuts($0, routes[$0]) }).count else { continue }
            routes = tried
            changed.formUnion([i, j])
            crossing = (crossing.filter { ![$0.0, $0.1].contains(i) && ![$0.0, $0.1].contains(j) } + after).sorted { $0 < $1 }
            queue += after.filter { sharing($0.0, $0.1) != nil }
        }
        return (changed, crossing)
    }

    /// The two routes, each first taking the other's way from the shared
    /// end at `centre` to where they first cross and then its own, again at
    /// each crossing after that; nil unless they cross ``clear`` or more
    /// from `near` (the shared node's outline).
    static func swapped(_ p: [Position], _ q: [Position], from centre: Position, near: NodeOutline) -> ([Position], [Position])? {
        guard p.count > 1, q.count > 1 else { return nil }
        // Each from the shared end.
        func outward(_ r: [Position]) -> (route: [Position], reversed: Bool) {
            r.first!.distance(to: centre) <= r.last!.distance(to: centre) ? (r, false) : (r.reversed(), true)
        }
        var (a, flipA) = outward(p), (b, flipB) = outward(q)
        // The crossing nearest the shared end along `a`.
        func firstCrossing() -> (m: Int, t: Int, at: Position)? {
            for m in 0..<(a.count - 1) {
                var nearest: (t: Int, at: Position)?
                for t in 0..<(b.count - 1) {
                    guard segmentsCross(a[m], a[m + 1], b[t], b[t + 1]), let at = crossingPoint(a[m], a[m + 1], b[t], b[t + 1]),
                          near.depth(at) < -clear else { continue }
                    if nearest == nil || at.distance(to: a[m]) < nearest!.at.distance(to: a[m]) { nearest = (t, at) }
                }
                if let nearest { return (m, nearest.t, nearest.at) }
            }
            return nil
        }
        var swaps = 0
        // Where each line, as it is after the first swap, leaves the other's way for its own.
        var firstTurn = (a: 0, b: 0)
        while let (m, t, x) = firstCrossing() {
            guard swaps < maxSwaps else { return nil }
            // Round the crossing, the four ways out of it lie in turn (a's
            // way back, b's way back, a's way on, b's way on, or the other
            // way round): a bend from b's way back to a's way on and one from
            // a's way back to b's way on each keep to the angle between
            // neighbours, and don't meet.
            let (aBack, aOn) = (walk(a, piece: m, from: x, forward: false), walk(a, piece: m, from: x, forward: true))
            let (bBack, bOn) = (walk(b, piece: t, from: x, forward: false), walk(b, piece: t, from: x, forward: true))
            if swaps == 0 { firstTurn = (bBack.index + 1, aBack.index + 1) }
            swaps += 1
            (a, b) = (Array(b[0...bBack.index]) + bend(bBack.point, x, aOn.point) + Array(a[aOn.index...]),
                      Array(a[0...aBack.index]) + bend(aBack.point, x, bOn.point) + Array(b[bOn.index...]))
        }
        guard swaps > 0 else { return nil }
        // A line that turned back to the shared node before the crossing
        // (one taken round the node's far side, as Graphviz's router and
        // ``Rerouting`` sometimes take one) now starts where it last came
        // near it: the turn would otherwise move to the other line.
        func shortcut(_ r: [Position], upTo end: Int) -> [Position] {
            guard let last = (0...min(end, r.count - 1)).last(where: { near.depth(r[$0]) >= -nearNode }), last > 0 else { return r }
            return Array(r[last...])
        }
        // After an even number of swaps each line has its own way back up to the first crossing.
        if swaps % 2 == 0 { firstTurn = (firstTurn.b, firstTurn.a) }
        a = shortcut(a, upTo: firstTurn.a)
        b = shortcut(b, upTo: firstTurn.b)
        // Each swap keeps each line's far end: `a` still ends where `p` did.
        if flipA { a.reverse() }
        if flipB { b.reverse() }
        return (a, b)
    }

    /// The point ``turn`` along `route` from `x` (on its piece from point
    /// `piece` to the next), back towards its start or on towards its end,
    /// or half way to that end if nearer; and the last point of the route
    /// before it (back) or the first after it (on).
    static func walk(_ route: [Position], piece: Int, from x: Position, forward: Bool) -> (point: Position, index: Int) {
        let order = forward ? Array((piece + 1)..<route.count) : Array((0...piece).reversed())
        var length = 0.0, at = x
        for i in order { length += at.distance(to: route[i]); at = route[i] }
        var left = min(turn, length / 2)
        at = x
        for i in order {
            let d = at.distance(to: route[i])
            if d >= left, d > 0 {
                let k = left / d
                return (Position(x: at.x + (route[i].x - at.x) * k, y: at.y + (route[i].y - at.y) * k), i)
            }
            left -= d
            at = route[i]
        }
        return (at, order.last ?? piece)
    }

    /// A gentle bend from `start` to `end`, drawn towards `corner` (a
    /// quadratic curve, `start` and `end` included): it keeps inside their triangle.
    static func bend(_ start: Position, _ corner: Position, _ end: Position) -> [Position] {
        (0...bendPoints).map { s in
            let t = Double(s) / Double(bendPoints), u = 1 - t
            return Position(x: u * u * start.x + 2 * u * t * corner.x + t * t * end.x,
                            y: u * u * start.y + 2 * u * t * corner.y + t * t * end.y)
        }
    }
}
