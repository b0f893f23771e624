import Foundation

/// An eco-map's rings: the focus at the centre and everything else on
/// ellipses round it, by how many links away it is (Hartman's form, as social
/// care draws it by hand).
///
/// Pure Swift: ring by hop distance (links taken both ways); what the focus
/// can't reach goes on an outer ring of its own; `closeness: close` pulls a
/// node one ring in and `distant` pushes it one out. Each ring is an ellipse
/// stretched to the frame, long enough for its nodes and clear of the ring
/// inside. The order round each ring comes from sweeps that move each node
/// towards the middle of its partners on the ring inside, its own ring and the
/// ring outside (its own ring matters: without it partners were split across
/// the map); the order with the fewest crossings and lines through nodes wins.
enum RingLayout {
    struct Item {
        var size: Size
    }

    struct Pair {
        var a: Int
        var b: Int
        /// -1 close, +1 distant.
        var pull: Int
    }

    struct Result {
        var centres: [Position]
        /// Each ring's half-axes, innermost first, for the faint guides.
        var rings: [Size]
    }

    /// Space kept between neighbours on a ring and between rings, in points.
    static let gap = 24.0
    static let ringGap = 40.0

    static func arrange(_ items: [Item], pairs: [Pair], focus: Int, aspect: Double) -> Result {
        let n = items.count
        guard n > 1 else { return Result(centres: Array(repeating: Position(x: 0, y: 0), count: n), rings: []) }
        var neighbours = [[Int]](repeating: [], count: n)
        for p in pairs where p.a != p.b {
            neighbours[p.a].append(p.b)
            neighbours[p.b].append(p.a)
        }
        for i in 0..<n { neighbours[i] = Array(Set(neighbours[i])).sorted() }
        // Hop distance, breadth first in the items' order.
        var ring = [Int](repeating: -1, count: n)
        ring[focus] = 0
        var queue = [focus], head = 0
        while head < queue.count {
            let i = queue[head]; head += 1
            for j in neighbours[i] where ring[j] < 0 { ring[j] = ring[i] + 1; queue.append(j) }
        }
        let farthest = ring.max() ?? 0
        for i in 0..<n where ring[i] < 0 { ring[i] = farthest + 1 }
        // Closeness moves the outer end of a link one ring, at most.
        var shift = [Int](repeating: 0, count: n)
        for p in pairs where p.pull != 0 && p.a != p.b {
            let outer = ring[p.a] > ring[p.b] ? p.a : p.b
            if outer != focus { shift[outer] += p.pull }
        }
        for i in 0..<n where i != focus { ring[i] = max(1, ring[i] + min(1, max(-1, shift[i]))) }
        // Rings renumbered without gaps.
        let used = Array(Set(ring.filter { $0 > 0 })).sorted()
        let number = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0 + 1) })
        for i in 0..<n where i != focus { ring[i] = number[ring[i]]! }
        var rings: [[Int]] = [[focus]] + used.indices.map { k in (0..<n).filter { ring[$0] == k + 1 } }

        // x is stretched by `ax`, y by `ay`: wide for a slide, tall for a portrait page.
        let ax = max(1, aspect), ay = max(1, 1 / aspect)
        var radius = [0.0]
        for k in 1..<rings.count {
            let around = rings[k].reduce(0.0) { $0 + items[$1].size.width / ax + gap }
            let need = 1.25 * around / (2 * Double.pi)
            let inner = rings[k - 1].map { items[$0].size.height }.max() ?? 0
            let outer = rings[k].map { items[$0].size.height }.max() ?? 0
            radius.append(max(need, radius[k - 1] + inner / 2 + outer / 2 + ringGap))
        }
        var angle = [Double](repeating: 0, count: n)
        func spread(_ k: Int, offset: Double = 0) {
            let m = Double(rings[k].count)
            for (i, node) in rings[k].enumerated() { angle[node] = offset + 2 * Double.pi * Double(i) / m }
        }
        func place() -> [Position] {
            (0..<n).map { i in
                let r = radius[ring[i]]
                return Position(x: ax * r * cos(angle[i]), y: ay * r * sin(angle[i]))
            }
        }
        for k in 1..<rings.count { spread(k) }
        let edges = pairs.filter { $0.a != $0.b }.map { ($0.a, $0.b) }
        // Scoring costs the square of the links: a map too large to read on a
        // page is ordered by the sweeps alone.
        let scoring = edges.count <= 1_500
        var best = (score: scoring ? score(place(), items: items, edges: edges) : 0, angle: angle)
        func barycentre(_ i: Int) -> Double {
            let near = neighbours[i].filter { abs(ring[$0] - ring[i]) <= 1 && $0 != focus }
            guard !near.isEmpty else { return angle[i] }
            let s = near.reduce(0.0) { $0 + sin(angle[$1]) }, c = near.reduce(0.0) { $0 + cos(angle[$1]) }
            return normalised(atan2(s, c))
        }
        let sweeps = Array(1..<rings.count) + Array((1..<max(1, rings.count - 1)).reversed())
        for _ in 0..<4 {
            for k in sweeps {
                let keys = Dictionary(uniqueKeysWithValues: rings[k].map { ($0, barycentre($0)) })
                rings[k].sort { (keys[$0]!, $0) < (keys[$1]!, $1) }
                // The even spread, turned to sit nearest the barycentres.
                let m = Double(rings[k].count)
                let offsets = rings[k].enumerated().map { keys[$1]! - 2 * Double.pi * Double($0) / m }
                let offset = atan2(offsets.reduce(0.0) { $0 + sin($1) }, offsets.reduce(0.0) { $0 + cos($1) })
                spread(k, offset: offset)
                let s = scoring ? score(place(), items: items, edges: edges) : 0
                if s < best.score || !scoring { best = (s, angle) }
            }
        }
        angle = best.angle
        // A ring whose nodes still touch each other, or anything on the rings
        // inside (the centre's box is wider than it is tall), is widened
        // until they don't, and the rings outside it with it.
        for k in 1..<rings.count {
            let inside = rings[0..<k].flatMap { $0 }
            for _ in 0..<30 where overlaps(rings[k], inside, place(), items: items) {
                let grow = radius[k] * 0.08
                for j in k..<radius.count { radius[j] += grow }
            }
        }
        return Result(centres: place(), rings: radius.dropFirst().map { Size(width: ax * $0, height: ay * $0) })
    }

    private static func normalised(_ a: Double) -> Double {
        let t = a.truncatingRemainder(dividingBy: 2 * Double.pi)
        return t < 0 ? t + 2 * Double.pi : t
    }

    static func score(_ at: [Position], items: [Item], edges: [(Int, Int)]) -> Int {
        LayoutScore.tangles(at, sizes: items.map(\.size), edges: edges)
    }

    private static func overlaps(_ nodes: [Int], _ inside: [Int], _ at: [Position], items: [Item]) -> Bool {
        func box(_ i: Int) -> Box { Box(centre: at[i], size: items[i].size).insetBy(-gap / 3) }
        for (x, i) in nodes.enumerated() {
            for j in nodes[(x + 1)...] + inside where box(i).intersects(box(j)) { return true }
        }
        return false
    }
}

/// How tangled a layout is, with its lines taken as straight.
enum LayoutScore {
    /// Straight-line crossings, and lines through a node counted twice.
    static func tangles(_ at: [Position], sizes: [Size], edges: [(Int, Int)]) -> Int {
        var crossings = 0
        for i in edges.indices {
            for j in (i + 1)..<edges.count {
                let (a, b) = edges[i], (c, d) = edges[j]
                guard a != c && a != d && b != c && b != d else { continue }
                if segmentsCross(at[a], at[b], at[c], at[d]) { crossings += 1 }
            }
        }
        var through = 0
        for (a, b) in edges {
            for k in sizes.indices where k != a && k != b {
                if Box(centre: at[k], size: sizes[k]).crossedBy(at[a], at[b]) { through += 1 }
            }
        }
        return crossings + 2 * through
    }
}

extension LayoutScore {
    /// Pairs of routed lines that cross, as a reader counts them: touching
    /// where two lines meet at a node they share is no crossing.
    static func crossings(_ routes: [[Position]], ends: [(Int, Int)], nodes: [Box]) -> Int {
        var count = 0
        let bounds = routes.map { route in route.reduce(Box.empty) { $0.union(Box(minX: $1.x, minY: $1.y, maxX: $1.x, maxY: $1.y)) } }
        for i in routes.indices {
            for j in (i + 1)..<routes.count where bounds[i].insetBy(-1).intersects(bounds[j].insetBy(-1)) {
                let shared = Set([ends[i].0, ends[i].1]).intersection([ends[j].0, ends[j].1])
                var crossed = false
                search: for (a, b) in zip(routes[i], routes[i].dropFirst()) {
                    for (c, d) in zip(routes[j], routes[j].dropFirst()) where segmentsCross(a, b, c, d) {
                        // Near a shared end: lines leaving the same node.
                        if shared.contains(where: { nodes[$0].insetBy(-4).contains(a) || nodes[$0].insetBy(-4).contains(c) }) { continue }
                        crossed = true
                        break search
                    }
                }
                if crossed { count += 1 }
            }
        }
        return count
    }
}
