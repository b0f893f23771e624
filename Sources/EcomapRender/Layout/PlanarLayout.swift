import Foundation

/// A drawing that keeps a planar embedding: no crossing beyond those the
/// graph was given (a planarised graph's crossings are vertices of it).
///
/// 1. The embedding's visibility representation (each vertex a row, each edge
///    a column) becomes a planar drawing with straight pieces: each edge
///    leaves its ends' rows through two bends at its column.
/// 2. A force-directed refinement that never adds a crossing (PrEd, Bertault
///    2000, with ImPrEd's idea of letting bends go as soon as they can):
///    springs along the lines, nodes pushed apart by the space between their
///    rectangles, nodes pushed off lines, boxes' members held together and
///    other nodes pushed out of their boxes, and a pull to the middle shaped
///    for the page. Each step moves a point by less than a third of its
///    distance to any line it is not on, and moves a line's ends by less than
///    a third of the distance to any point near it, so no point ever reaches
///    a line: the crossings stay as they were.
/// 3. A bend is dropped when the straight line that replaces it crosses
///    nothing and sweeps over no point; at the end each line is drawn
///    straight if that crosses no more than its bent route did.
///
/// Pure Swift and deterministic: the same input gives the same drawing.
struct PlanarLayout {
    /// The graph: `nodes` real nodes (with sizes) first, then any vertices the
    /// planarisation added (crossings), which have no size.
    var sizes: [Size]
    var edges: [(Int, Int)]
    /// The real nodes.
    var nodes: Int
    /// Sets of real nodes kept together in a box, each with the node that
    /// names it (drawn at its top), if it is one of them.
    var groups: [(members: [Int], head: Int?)] = []
    /// The frame's width over its height.
    var aspect = 16.0 / 9.0
    /// Vertices that stand for a box (joined to its members), whose lines pull hard.
    var hubs: Set<Int> = []

    /// Space between a box's edge and its members, as ``MembershipLayout`` draws it.
    static let boxPadding = 12.0
    /// Space kept between two nodes' rectangles, in points.
    static let nodeGap = 22.0
    /// Space kept between a node and a line it is not on.
    static let lineGap = 14.0
    /// The length a line between two nodes aims for, beyond their sizes.
    static let spring = 46.0
    /// Steps of the refinement.
    static let iterations = 400

    struct Result {
        /// Each real node's centre.
        var centres: [Position]
        /// Each edge of the input (same order) as a polyline from the centre
        /// of its first end to the centre of its second; through the
        /// crossings' vertices, for edges between them.
        var routes: [[Position]]
    }

    /// Lays the graph out from `visibility`, its planar embedding.
    func arrange(_ visibility: Planarity.Visibility) -> Result {
        var state = State(self, visibility)
        state.refine()
        return state.result()
    }

    /// The working drawing: vertices (nodes, crossings, bends) and pieces.
    private struct State {
        let layout: PlanarLayout
        var at: [Position]
        var size: [Size]
        /// Which input edge each vertex beyond the graph's bends (nil for the graph's own vertices).
        var bendOf: [Int?]
        /// Each input edge's chain of vertices, first end to second.
        var chains: [[Int]]
        var alive: [Bool]

        init(_ layout: PlanarLayout, _ v: Planarity.Visibility) {
            self.layout = layout
            let n = layout.sizes.count
            let widest = layout.sizes.prefix(layout.nodes).map(\.width).max() ?? 60
            let tallest = layout.sizes.prefix(layout.nodes).map(\.height).max() ?? 30
            let dx = max(30, widest / 3), dy = tallest + 36
            var columns = [[Int]](repeating: [], count: n)
            for (k, e) in layout.edges.enumerated() {
                columns[e.0].append(v.column[k])
                columns[e.1].append(v.column[k])
            }
            at = (0..<n).map { i in
                let (lo, hi) = v.span[i]
                let mean = columns[i].isEmpty ? Double(lo + hi) / 2 : Double(columns[i].reduce(0, +)) / Double(columns[i].count)
                let column = min(Double(hi), max(Double(lo), mean))
                return Position(x: column * dx, y: Double(v.row[i]) * dy)
            }
            size = layout.sizes
            bendOf = Array(repeating: nil, count: n)
            chains = []
            for (k, (a, b)) in layout.edges.enumerated() {
                let (low, high) = v.row[a] < v.row[b] ? (a, b) : (b, a)
                let x = Double(v.column[k]) * dx
                var chain = [low]
                for (end, towards) in [(low, 0.3), (high, -0.3)] where abs(at[end].x - x) > 0.5 {
                    at.append(Position(x: x, y: (Double(v.row[end]) + towards) * dy))
                    size.append(Size(width: 0, height: 0))
                    bendOf.append(k)
                    chain.append(at.count - 1)
                }
                chain.append(high)
                chains.append(low == a ? chain : chain.reversed())
            }
            alive = Array(repeating: true, count: at.count)
        }

        var pieces: [(Int, Int)] {
            chains.flatMap { chain in zip(chain, chain.dropFirst()).map { ($0, $1) } }
        }

        func isNode(_ i: Int) -> Bool { i < layout.nodes }

        mutating func refine() {
            let total = PlanarLayout.iterations
            for step in 0..<total {
                let heat = 40 * pow(0.5 / 40, Double(step) / Double(total - 1))
                move(heat: heat)
                if step % 4 == 0 { dropBends() }
            }
            dropBends()
        }

        /// One step: forces, then each move cut to what keeps the crossings.
        mutating func move(heat: Double) {
            let count = at.count
            var force = [Position](repeating: Position(x: 0, y: 0), count: count)
            func push(_ i: Int, _ fx: Double, _ fy: Double) { force[i].x += fx; force[i].y += fy }
            let pieces = self.pieces
            // Springs along the pieces: between nodes, a length that leaves
            // room for both; to and from bends and crossings, short.
            for (a, b) in pieces {
                let d = max(0.01, at[a].distance(to: at[b]))
                let ux = (at[b].x - at[a].x) / d, uy = (at[b].y - at[a].y) / d
                let reach = isNode(a) && isNode(b)
                    ? radius(a, ux, uy) + radius(b, ux, uy) + PlanarLayout.spring
                    : (isNode(a) ? radius(a, ux, uy) : 0) + (isNode(b) ? radius(b, ux, uy) : 0) + 8
                let hub = layout.hubs.contains(a) || layout.hubs.contains(b)
                let f = (hub ? 0.6 : 0.25) * (d - reach)
                push(a, ux * f, uy * f)
                push(b, -ux * f, -uy * f)
            }
            // Nodes apart, by the space between their rectangles.
            for i in 0..<layout.nodes {
                for j in (i + 1)..<layout.nodes {
                    let dx = at[j].x - at[i].x, dy = at[j].y - at[i].y
                    let d = max(0.01, (dx * dx + dy * dy).squareRoot())
                    let gapX = abs(dx) - (size[i].width + size[j].width) / 2
                    let gapY = abs(dy) - (size[i].height + size[j].height) / 2
                    let gap = max(gapX, gapY)
                    var f = 900 / max(d, 20)
                    if gap < PlanarLayout.nodeGap { f += 1.2 * (PlanarLayout.nodeGap - gap) }
                    push(i, -dx / d * f, -dy / d * f)
                    push(j, dx / d * f, dy / d * f)
                }
            }
            // Nodes off the lines they are not on (and bends off other lines, a little).
            for (a, b) in pieces {
                for v in 0..<count where alive[v] && v != a && v != b {
                    let (p, t) = project(at[v], at[a], at[b])
                    guard t > 0, t < 1 else { continue }
                    let dx = at[v].x - p.x, dy = at[v].y - p.y
                    let d = max(0.01, (dx * dx + dy * dy).squareRoot())
                    let nx = dx / d, ny = dy / d
                    let keep = isNode(v) ? radius(v, nx, ny) + PlanarLayout.lineGap : 6
                    guard d < keep else { continue }
                    let f = (isNode(v) ? 1.0 : 0.3) * (keep - d)
                    push(v, nx * f, ny * f)
                    push(a, -nx * f / 2, -ny * f / 2)
                    push(b, -nx * f / 2, -ny * f / 2)
                }
            }
            // Boxes: members together, the named node at the top, others out.
            for group in layout.groups {
                var box = Box.empty
                for m in group.members { box = box.union(Box(centre: at[m], size: size[m])) }
                guard !box.isEmpty else { continue }
                let c = box.centre
                for m in group.members where m != group.head {
                    push(m, 0.04 * (c.x - at[m].x), 0.04 * (c.y - at[m].y))
                }
                if let head = group.head, group.members.count > 1 {
                    let others = group.members.filter { $0 != head }
                    let top = others.map { at[$0].y + size[$0].height / 2 }.max() ?? at[head].y
                    let aim = top + size[head].height / 2 + 10
                    if at[head].y < aim { push(head, 0, 0.3 * (aim - at[head].y)) }
                    let middle = others.map { at[$0].x }.reduce(0, +) / Double(others.count)
                    push(head, 0.05 * (middle - at[head].x), 0)
                }
                let members = Set(group.members)
                let padded = box.insetBy(-(PlanarLayout.boxPadding + 8))
                for v in 0..<layout.nodes where !members.contains(v) {
                    let mine = Box(centre: at[v], size: size[v])
                    guard mine.intersects(padded) else { continue }
                    // Out by the shortest way.
                    let moves = [(padded.maxX - mine.minX, 0.0), (padded.minX - mine.maxX, 0.0),
                                 (0.0, padded.maxY - mine.minY), (0.0, padded.minY - mine.maxY)]
                    let out = moves.min { abs($0.0) + abs($0.1) < abs($1.0) + abs($1.1) }!
                    push(v, 0.5 * out.0, 0.5 * out.1)
                    for m in group.members { push(m, -0.5 * out.0 / Double(members.count), -0.5 * out.1 / Double(members.count)) }
                }
            }
            // Towards the middle, more strongly across the page's short side.
            var cx = 0.0, cy = 0.0
            for i in 0..<layout.nodes { cx += at[i].x; cy += at[i].y }
            cx /= Double(max(1, layout.nodes)); cy /= Double(max(1, layout.nodes))
            let gx = 0.012 / max(1, layout.aspect), gy = 0.012 * max(1, layout.aspect)
            for i in 0..<layout.nodes {
                push(i, gx * (cx - at[i].x), gy * (cy - at[i].y))
            }

            // Each move: no longer than the heat, and short of every line
            // near it. A constraint (n, limit) on a point: its move along the
            // unit vector n is at most `limit`. A point and a line each move
            // towards the other by less than a third of the distance between
            // them, so the point stays on its side of the whole line.
            var cap = [Double](repeating: heat, count: count)
            var toward = [[(Double, Double, Double)]](repeating: [], count: count)
            for (a, b) in pieces {
                for v in 0..<count where alive[v] && v != a && v != b {
                    let (p, t) = project(at[v], at[a], at[b])
                    let line = at[v].distance(to: p)
                    let end = min(at[v].distance(to: at[a]), at[v].distance(to: at[b]))
                    if (t > 0 && t < 1) || line > end / 2, line > 1e-9 {
                        let nx = (p.x - at[v].x) / line, ny = (p.y - at[v].y) / line
                        let limit = line / 3
                        toward[v].append((nx, ny, limit))
                        toward[a].append((-nx, -ny, limit))
                        toward[b].append((-nx, -ny, limit))
                    } else {
                        let limit = end / 3
                        cap[v] = min(cap[v], limit)
                        cap[a] = min(cap[a], limit)
                        cap[b] = min(cap[b], limit)
                    }
                }
            }
            for v in 0..<count where alive[v] {
                var mx = force[v].x, my = force[v].y
                let length = (mx * mx + my * my).squareRoot()
                guard length > 1e-9 else { continue }
                var scale = min(1, cap[v] * 0.999 / length)
                for (nx, ny, limit) in toward[v] {
                    let along = (mx * nx + my * ny)
                    if along * scale > limit * 0.999 { scale = min(scale, limit * 0.999 / along) }
                }
                mx *= scale; my *= scale
                at[v].x += mx; at[v].y += my
            }
        }

        /// Drops each bend whose neighbours can be joined straight without
        /// crossing any piece or passing over any point.
        mutating func dropBends() {
            for k in chains.indices {
                var i = 1
                while i < chains[k].count - 1 {
                    let b = chains[k][i]
                    guard bendOf[b] != nil else { i += 1; continue }
                    let p = chains[k][i - 1], q = chains[k][i + 1]
                    if canCut(p, b, q) {
                        chains[k].remove(at: i)
                        alive[b] = false
                    } else {
                        i += 1
                    }
                }
            }
        }

        func canCut(_ p: Int, _ b: Int, _ q: Int) -> Bool {
            let (P, B, Q) = (at[p], at[b], at[q])
            for (a, c) in pieces where ![a, c].contains(b) {
                let sharesP = a == p || c == p, sharesQ = a == q || c == q
                if sharesP && sharesQ { return false }
                if sharesP || sharesQ { continue }
                if segmentsCross(P, Q, at[a], at[c]) { return false }
            }
            // No point inside the triangle the line sweeps over.
            for v in at.indices where alive[v] && v != p && v != q && v != b {
                if inTriangle(at[v], P, B, Q) { return false }
            }
            return true
        }

        /// A node's reach from its centre in a direction: how far its rectangle extends that way.
        func radius(_ i: Int, _ ux: Double, _ uy: Double) -> Double {
            abs(ux) * size[i].width / 2 + abs(uy) * size[i].height / 2
        }

        func result() -> Result {
            Result(centres: Array(at.prefix(layout.nodes)), routes: chains.map { $0.map { at[$0] } })
        }
    }

    /// Each route drawn straight wherever that crosses no more routes than
    /// it did and passes through no node (`nodes`: each real node's rectangle).
    static func straightened(_ routes: [[Position]], ends: [(Int, Int)], nodes: [Box]) -> [[Position]] {
        var routes = routes
        let boxes = nodes.map { $0.insetBy(-4) }
        for k in routes.indices where routes[k].count > 2 {
            let (a, b) = ends[k]
            let straight = [routes[k].first!, routes[k].last!]
            func crossings(_ route: [Position]) -> Int {
                routes.indices.reduce(0) { total, o in
                    guard o != k else { return total }
                    let (c, d) = ends[o]
                    if c == a || c == b || d == a || d == b { return total }
                    return total + (polylinesCross(route, routes[o]) ? 1 : 0)
                }
            }
            let through = boxes.indices.contains { $0 != a && $0 != b && boxes[$0].crossedBy(straight[0], straight[1]) }
            if !through && crossings(straight) <= crossings(routes[k]) { routes[k] = straight }
        }
        return routes
    }
}

/// The nearest point to `p` on the line through `a` and `b`, and where it
/// lies along ab (0 at a, 1 at b).
func project(_ p: Position, _ a: Position, _ b: Position) -> (Position, Double) {
    let dx = b.x - a.x, dy = b.y - a.y
    let length2 = dx * dx + dy * dy
    guard length2 > 1e-12 else { return (a, 0) }
    let t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2
    return (Position(x: a.x + t * dx, y: a.y + t * dy), t)
}

/// Whether `p` lies inside the triangle abc.
func inTriangle(_ p: Position, _ a: Position, _ b: Position, _ c: Position) -> Bool {
    func side(_ p: Position, _ q: Position, _ r: Position) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
    let d1 = side(a, b, p), d2 = side(b, c, p), d3 = side(c, a, p)
    let negative = d1 < 0 || d2 < 0 || d3 < 0, positive = d1 > 0 || d2 > 0 || d3 > 0
    return !(negative && positive)
}

/// Whether two polylines cross anywhere.
func polylinesCross(_ p: [Position], _ q: [Position]) -> Bool {
    for (a, b) in zip(p, p.dropFirst()) {
        for (c, d) in zip(q, q.dropFirst()) where segmentsCross(a, b, c, d) { return true }
    }
    return false
}
