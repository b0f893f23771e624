import Foundation
import EcomapCore

/// The last step of the default layout's choice: the crossings left in the
/// kept layout taken out by moving nodes.
///
/// The tries differ in neato's start, and the best of them often leaves a
/// crossing or two on a map that has a drawing without any: a leaf on the
/// wrong side of its partner, two nodes each nearer the other's partners,
/// a line round a node that a small move would make straight. For each node
/// at the end of a line that crosses, runs through a node or goes far round,
/// three kinds of move are tried: the node alone, round its partners; the
/// node swapped with another in the same boxes; its innermost box with all
/// it holds. The nodes a move lands on make way, and no box may be lost.
/// The moves whose lines, taken straight, cross least of what is drawn now
/// are judged on the lines as the drawing routes them (``drawnFaults``), and
/// a move is kept only when the drawing is less tangled and still fits its
/// page nearly as large as the best try. Written here because Graphviz has
/// no such step: neato's `overlap` removal keeps nodes apart, not lines.
extension CompactLayout {
    /// How many moves are judged on drawn lines at most, for a map of
    /// `nodes` nodes: each costs a routing of every line, nearly all of it
    /// Graphviz building its visibility graph round the nodes (7 ms for 12
    /// nodes here, 40 ms for 22, 57 ms for 30), so larger maps get fewer,
    /// about a second's worth. Counted, not timed, so the same
    /// map is drawn the same way on any machine.
    static func nodeMoveBudget(nodes: Int) -> Int {
        let cost = 7 * pow(Double(max(nodes, 1)) / 12, 2.5)
        return min(150, max(12, Int(1000 / cost)))
    }
    /// How many of each node's best-placed moves are judged on drawn lines.
    static let movesJudgedPerNode = 6

    /// `result` with nodes moved while that takes out crossings, lines
    /// through nodes or lines taken far round (``drawnFaults``), counted as
    /// drawn; `fit` says how large a layout fits its page, and no move may
    /// take it under `least`.
    static func withNodesMoved(_ result: MembershipLayout.Result, diagram: Diagram, sizes: [Size], deadline: Deadline,
                               fit: ([Position], [Box?]) -> Double, least: Double) throws(Diagnostic) -> MembershipLayout.Result {
        let own = diagram.nodes.indices.filter { !diagram.nodes[$0].extra }
        let lines = diagram.edges.indices.filter { !diagram.edges[$0].extra && diagram.edges[$0].from != diagram.edges[$0].to }
        var current = result
        var map = MoveMap(diagram: diagram, own: own, lines: lines, sizes: sizes,
                          at: result.centres.map { $0 ?? Position(x: 0, y: 0) })
        let drawnEdges = diagram.edges.indices.filter { !diagram.edges[$0].extra }
        func faults(_ at: [Position], _ routes: [Int: [Position]], _ boxes: [Box?]) throws(Diagnostic) -> (count: Int, nodes: [Int], routes: [Int: [Position]]) {
            let found = try drawnFaults(ownPlaced(diagram, centres: at, boxes: boxes, sizes: sizes),
                                        routes: routes, of: diagram, deadline: deadline)
            var drawn: [Int: [Position]] = [:]
            for (k, route) in found.routes.enumerated() where k < drawnEdges.count { drawn[drawnEdges[k]] = route }
            return (found.count, found.nodes.map { own[$0] }.sorted(), drawn)
        }
        var (count, involved, drawn) = try faults(map.at, current.routes, current.boxes)
        var budget = nodeMoveBudget(nodes: own.count)
        // Nodes already tried without a move found, until something moves.
        var settled = Set<Int>()
        // When no move crosses less, one that crosses as much but elsewhere
        // is taken, twice at most, in case a move from there does (the best
        // layout met is what is kept).
        var sideways = 0
        var best = (count: count, result: current)
        while count > 0 && budget > 0 {
            var moved = false
            var level: (move: MoveMap.Move, routes: [Int: [Position]], found: (count: Int, nodes: [Int], routes: [Int: [Position]]))?
            // The nodes with fewest partners first: moving one redraws fewest lines.
            let order = involved.sorted { (map.partners[$0].count, $0) < (map.partners[$1].count, $1) }
            for v in order where !settled.contains(v) && budget > 0 {
                for move in map.moves(of: v, drawn: drawn).prefix(movesJudgedPerNode) where budget > 0 {
                    guard fit(move.centres, move.boxes) >= least else { continue }
                    budget -= 1
                    // The moved nodes' lines are routed afresh.
                    let still = Set(own.filter { move.centres[$0] == map.at[$0] })
                    let routes = current.routes.filter { still.contains(diagram.edges[$0.key].from) && still.contains(diagram.edges[$0.key].to) }
                    let found = try faults(move.centres, routes, move.boxes)
                    if found.count == count && found.nodes != involved && level == nil { level = (move, routes, found) }
                    guard found.count < count else { continue }
                    level = (move, routes, found)
                    moved = true
                    break
                }
                if moved { break }
                settled.insert(v)
            }
            guard let (move, routes, found) = level, moved || sideways < 2 else { break }
            if !moved { sideways += 1 }
            (count, involved, drawn) = (found.count, found.nodes, found.routes)
            map.at = move.centres
            for i in own { current.centres[i] = move.centres[i] }
            current.boxes = move.boxes
            current.routes = routes
            settled = []
            if count < best.count { best = (count, current) }
        }
        return best.result
    }
}

/// A layout's own nodes and lines, with what the moves of
/// ``CompactLayout/withNodesMoved(_:diagram:sizes:deadline:fit:least:)`` need.
private struct MoveMap {
    /// Every node's centre, by the diagram's index.
    var at: [Position]
    let sizes: [Size]
    let own: [Int]
    /// The own lines, by edge index, and their ends.
    let lines: [Int]
    let pairs: [(Int, Int)]
    let partners: [[Int]]
    /// The map's own nodes alone, for drawing its boxes (a comparison's extras are placed later).
    let ownDiagram: Diagram
    /// Each own node's place among `own`.
    let index: [Int: Int]

    init(diagram: Diagram, own: [Int], lines: [Int], sizes: [Size], at: [Position]) {
        self.at = at
        self.sizes = sizes
        self.own = own
        self.lines = lines
        pairs = lines.map { (diagram.edges[$0].from, diagram.edges[$0].to) }
        var partners = [[Int]](repeating: [], count: diagram.nodes.count)
        for (a, b) in pairs {
            if !partners[a].contains(b) { partners[a].append(b) }
            if !partners[b].contains(a) { partners[b].append(a) }
        }
        self.partners = partners
        var ownDiagram = diagram
        ownDiagram.nodes = own.map { diagram.nodes[$0] }
        self.ownDiagram = ownDiagram
        index = Dictionary(uniqueKeysWithValues: own.enumerated().map { ($1, $0) })
    }

    struct Move {
        var centres: [Position]
        var boxes: [Box?]
    }

    /// The boxes that hold node `i`, innermost first.
    func boxes(holding i: Int) -> [Int] {
        var out: [Int] = []
        var c = ownDiagram.nodes[index[i]!].cluster
        while let k = c { out.append(k); c = ownDiagram.clusters[k].parent }
        return out
    }

    /// The moves tried for node `v`, best-placed first:
    /// - `v` alone, round each partner at the distance it is now and at a
    ///   short line's length, and round the middle of its partners;
    /// - `v` swapped with each node in the same boxes (two nodes each
    ///   nearer the other's partners);
    /// - the innermost box that holds `v`, with everything in it, round each
    ///   partner outside it (a box set across lines it has no part in, whose
    ///   members can't leave it one at a time).
    /// The nodes a move lands on make way (``OverlapRemoval``) and the boxes
    /// are drawn again round their members; a move that loses a box is
    /// none. Best placed: the moved nodes' lines, drawn straight, cross
    /// fewest lines as they are drawn now (`drawn`, by edge index) and pass
    /// through fewest nodes; then the least movement, weighed by the lines
    /// each moved node has.
    func moves(of v: Int, drawn: [Int: [Position]]) -> [Move] {
        guard !partners[v].isEmpty else { return [] }
        func ring(_ centre: Position, _ radius: Double, _ steps: Int) -> [Position] {
            (0..<steps).map { k in
                let angle = 2 * Double.pi * Double(k) / Double(steps)
                return Position(x: centre.x + radius * cos(angle), y: centre.y + radius * sin(angle))
            }
        }
        // (the nodes moved together, where their middle goes, a node swapped with the first)
        var trials: [(group: [Int], spot: Position, swap: Int?)] = []
        func around(_ group: [Int]) {
            let middle = centre(of: group)
            let extent = group.reduce(Box.empty) { $0.union(Box(centre: at[$1], size: sizes[$1])) }
            let outside = Set(group.flatMap { partners[$0] }).subtracting(group).sorted()
            for u in outside.prefix(6) {
                let now = middle.distance(to: at[u])
                let short = (sizes[u].width + extent.width) / 4 + (sizes[u].height + extent.height) / 4 + 40
                trials += ring(at[u], now, 24).map { (group, $0, nil) }
                if abs(now - short) > 20 { trials += ring(at[u], short, 24).map { (group, $0, nil) } }
            }
            if outside.count >= 2 {
                let between = centre(of: outside)
                let spread = outside.map { at[$0].distance(to: between) }.reduce(0, +) / Double(outside.count)
                trials.append((group, between, nil))
                trials += ring(between, spread / 2, 16).map { (group, $0, nil) }
            }
        }
        around([v])
        let holding = boxes(holding: v)
        for w in own where w != v && boxes(holding: w) == holding { trials.append(([v], at[w], w)) }
        if let inner = holding.first {
            let members = own.filter { boxes(holding: $0).contains(inner) }
            // Not a box that holds half the map or more: moving it is moving the map.
            if members.count < own.count / 2 { around(members) }
        }

        let ownSizes = own.map { sizes[$0] }
        let now = Arrangement.boxes(around: ownDiagram, centres: own.map { at[$0] }, sizes: ownSizes)
        let kept = now.indices.filter { now[$0] != nil }
        let gap = layoutGap()
        let bounds = drawn.mapValues(Rerouting.bounding)
        var scored: [(tangles: Int, moved: Double, move: Move)] = []
        for (group, spot, swap) in trials {
            var trial = own.map { at[$0] }
            var settled = [Bool](repeating: false, count: own.count)
            let middle = centre(of: group)
            for m in group {
                trial[index[m]!] = Position(x: at[m].x + spot.x - middle.x, y: at[m].y + spot.y - middle.y)
                settled[index[m]!] = true
            }
            if let swap {
                trial[index[swap]!] = at[v]
                settled[index[swap]!] = true
            }
            OverlapRemoval.separate(&trial, sizes: ownSizes, settled: settled, gap: gap, rounds: 60)
            let boxes = Arrangement.boxes(around: ownDiagram, centres: trial, sizes: ownSizes)
            guard kept.allSatisfy({ boxes[$0] != nil }) else { continue }
            var centres = at
            for (k, i) in own.enumerated() { centres[i] = trial[k] }
            // How far the nodes went, each weighed by its lines (a hub taken
            // to the edge of its star redraws them all).
            let moved = own.reduce(0.0) { $0 + centres[$1].distance(to: at[$1]) * Double(1 + partners[$1].count) }
            scored.append((tangles(centres, drawn: drawn, bounds: bounds), moved, Move(centres: centres, boxes: boxes)))
        }
        return scored.enumerated().sorted { ($0.1.tangles, $0.1.moved, $0.0) < ($1.1.tangles, $1.1.moved, $1.0) }.map(\.1.move)
    }

    func centre(of nodes: [Int]) -> Position {
        Position(x: nodes.map { at[$0].x }.reduce(0, +) / Double(nodes.count),
                 y: nodes.map { at[$0].y }.reduce(0, +) / Double(nodes.count))
    }

    /// The gap the layout already keeps between nodes (at most 12 pt): the
    /// nodes that make way keep it, no more, or nodes that nothing landed
    /// on would move too.
    func layoutGap() -> Double {
        var gap = 12.0
        for (x, i) in own.enumerated() {
            for j in own[(x + 1)...] {
                let apart = max(abs(at[i].x - at[j].x) - (sizes[i].width + sizes[j].width) / 2,
                                abs(at[i].y - at[j].y) - (sizes[i].height + sizes[j].height) / 2)
                gap = min(gap, apart - 0.1)
            }
        }
        return max(0, gap)
    }

    /// How tangled a move leaves the map, judged before drawing it: the
    /// lines of the nodes that moved, drawn straight, against each other and
    /// against the other lines as drawn now; each crossing counts one, each
    /// line through a node two.
    func tangles(_ centres: [Position], drawn: [Int: [Position]], bounds: [Int: Box]) -> Int {
        let moving = Set(own.filter { centres[$0] != at[$0] })
        let rects = own.map { Box(centre: centres[$0], size: sizes[$0]).insetBy(-4) }
        let movingLines = pairs.indices.filter { moving.contains(pairs[$0].0) || moving.contains(pairs[$0].1) }
        // The lines that stay, each with its route as drawn and the bounds of that route.
        let staying = pairs.indices.compactMap { s -> (Int, [Position], Box)? in
            guard !moving.contains(pairs[s].0) && !moving.contains(pairs[s].1),
                  let route = drawn[lines[s]], let box = bounds[lines[s]] else { return nil }
            return (s, route, box)
        }
        var tangles = 0
        for m in movingLines {
            let (a, b) = pairs[m]
            let (p, q) = (centres[a], centres[b])
            let span = Box(minX: min(p.x, q.x), minY: min(p.y, q.y), maxX: max(p.x, q.x), maxY: max(p.y, q.y)).insetBy(-1)
            for (s, route, box) in staying where box.intersects(span) {
                // A drawn line can cross a straight one it shares a node
                // with (the OGN Wales map's via: line did): only a
                // crossing at the shared node itself is none.
                let ends = [pairs[s].0, pairs[s].1]
                let crossed = zip(route, route.dropFirst()).contains { c, d in
                    guard segmentsCross(p, q, c, d), let point = crossingPoint(p, q, c, d) else { return false }
                    return ![a, b].contains { ends.contains($0) && rects[index[$0]!].contains(point) }
                }
                if crossed { tangles += 1 }
            }
            for n in movingLines where n > m {
                let (c, d) = pairs[n]
                guard c != a && c != b && d != a && d != b else { continue }
                if segmentsCross(p, q, centres[c], centres[d]) { tangles += 1 }
            }
            for (k, i) in own.enumerated() where i != a && i != b && rects[k].intersects(span) && rects[k].crossedBy(p, q) { tangles += 2 }
        }
        for (s, route, box) in staying {
            for i in moving where i != pairs[s].0 && i != pairs[s].1 && rects[index[i]!].intersects(box.insetBy(-1)) {
                if zip(route, route.dropFirst()).contains(where: { rects[index[i]!].crossedBy($0.0, $0.1) }) { tangles += 2 }
            }
        }
        return tangles
    }
}
