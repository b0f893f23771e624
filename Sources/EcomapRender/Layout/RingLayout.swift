import Foundation

/// An eco-map's rings and sectors: the focus at the centre and everything
/// else round it (Hartman's form, as social care draws it by hand, split
/// into named sectors by kind as egocentric network maps are: VennMaker,
/// Network Canvas's sociogram).
///
/// Pure Swift: ring by hop distance (links taken both ways); what the focus
/// can't reach goes on an outer ring of its own; `closeness: close` pulls a
/// node one ring in and `distant` pushes it one out. Each kind of node takes
/// a sector, its share of the circle by how many nodes it has; every order
/// of the sectors is tried. Each ring is an ellipse stretched to the frame,
/// long enough in every sector for its nodes and clear of the ring inside.
/// Within each sector and ring, nodes are ordered by the barycentre of their
/// partners' angles, then neighbours are swapped while that untangles; the
/// order with the fewest crossings and lines through nodes wins. Asked to
/// `refine` (a map drawn for a page), each order of the sectors is then
/// judged on its lines as the eco-map draws them (``EcoRoutes``): nodes
/// swapped within their sector and ring, and each sector's nodes drawn
/// towards their partners or spread evenly, while that crosses less.
enum RingLayout {
    struct Item {
        var size: Size
        /// The sector the item belongs to (its kind's), from 0; ignored for the focus.
        var sector = 0
    }

    struct Pair {
        var a: Int
        var b: Int
        /// -1 close, +1 distant.
        var pull: Int
    }

    /// A sector: the part of the rings one kind of node takes, between two angles (radians, anticlockwise).
    struct Sector: Hashable, Sendable {
        var kind: Int
        var start: Double
        var end: Double
    }

    struct Result {
        var centres: [Position]
        /// Each ring's half-axes, innermost first, for the faint guides.
        var rings: [Size]
        /// The sectors, in order round the centre.
        var sectors: [Sector] = []
        /// Whether a lone node's outer ring was merged into the ring inside (``arrange(_:pairs:focus:aspect:spacing:refine:keepLoneRing:)``).
        var merged = false
        /// How tangled the chosen order is: ``routedScore(_:items:edges:focus:rings:)`` when refined, else ``score(_:items:edges:)``.
        var score = 0
    }

    /// Space kept between neighbours on a ring, in points.
    static let gap = 14.0
    /// Space kept between one ring's nodes and the next ring's.
    static let ringGap = 26.0
    /// How long a ring is first made, as a share of its nodes' widths in
    /// each sector: it then grows until none of them touch.
    static let slack = 0.6
    /// A ring whose nodes still touch is widened by this share of its radius at a time,
    static let growth = 0.05
    /// at most this many times. Rings set close (``Spacing/tight``) start
    /// nearer and grow in steps 0.4 as large, up to 2.5 times as many (the
    /// same reach), so that they stop close to where the nodes first clear.
    static let growthSteps = 60
    /// Sweeps of barycentre ordering round the rings.
    static let sweeps = 4
    /// Above this many lines, orderings are not scored (the score costs their square).
    static let scoredLines = 1_500
    /// The most rings drawn: close, normal and distant, as eco-maps in social
    /// work draw them; anything farther away goes on the outer ring.
    static let deepest = 3
    /// The least share of the circle a sector takes, however few its nodes.
    static let smallestSector = 0.12

    /// How far apart the rings are set.
    enum Spacing: CaseIterable {
        /// By the tallest node on each of two neighbouring rings: the rings
        /// evenly apart, whatever sits where.
        case even
        /// As close as the nodes let them, where they are: `ringGap` between
        /// a node and anything inside it, found in finer steps. A ring with
        /// one tall node (a box) is no longer set far out all the way round,
        /// so the drawing often reads larger; its lines may cross more or
        /// less (``CompactLayout`` draws both and keeps the better).
        case tight
    }

    static func arrange(_ items: [Item], pairs: [Pair], focus: Int, aspect: Double, spacing: Spacing = .even, refine: Bool = false,
                        keepLoneRing: Bool = false) -> Result {
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
        for i in 0..<n where ring[i] < 0 { ring[i] = min(deepest, farthest + 1) }
        // Closeness moves the outer end of a link one ring, at most.
        var shift = [Int](repeating: 0, count: n)
        for p in pairs where p.pull != 0 && p.a != p.b {
            let outer = ring[p.a] > ring[p.b] ? p.a : p.b
            if outer != focus { shift[outer] += p.pull }
        }
        for i in 0..<n where i != focus { ring[i] = min(deepest, max(1, ring[i] + min(1, max(-1, shift[i])))) }
        // Rings renumbered without gaps.
        let used = Array(Set(ring.filter { $0 > 0 })).sorted()
        let number = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0 + 1) })
        for i in 0..<n where i != focus { ring[i] = number[ring[i]]! }
        var ringCount = used.count
        // An outer ring for a single node, there only by how far away it is
        // (not set `distant`), costs a whole ellipse round the map: unless
        // kept, it goes on the ring inside. (The CDPS communities' eco-map
        // read at 6.3 pt with one person alone on its third ring, 8.6 without.)
        let outermost = (0..<n).filter { $0 != focus && ring[$0] == ringCount }
        var merged = false
        if !keepLoneRing, ringCount > 1, outermost.count == 1, shift[outermost[0]] <= 0 {
            ring[outermost[0]] -= 1
            ringCount -= 1
            merged = true
        }

        // x is stretched by `ax`, y by `ay`: wide for a slide, tall for a portrait page.
        let ax = max(1, aspect), ay = max(1, 1 / aspect)
        let edges = pairs.filter { $0.a != $0.b }.map { ($0.a, $0.b) }
        let scoring = edges.count <= scoredLines
        let kinds = Array(Set((0..<n).filter { $0 != focus }.map { items[$0].sector })).sorted()

        // Each order of the sectors round the centre (the first kept first), the best kept.
        var orders: [[Int]] = []
        func permute(_ rest: [Int], _ prefix: [Int]) {
            if rest.isEmpty { orders.append(prefix); return }
            for (k, x) in rest.enumerated() { var r = rest; r.remove(at: k); permute(r, prefix + [x]) }
        }
        if let first = kinds.first { permute(Array(kinds.dropFirst()), [first]) } else { orders = [[]] }
        var best: (score: Int, result: Result)?
        let refining = refine && scoring && n <= refinedItems && edges.count <= refinedLines
        for order in orders {
            let tried = arrange(items, order: order, ring: ring, rings: ringCount, neighbours: neighbours, focus: focus, spacing: spacing,
                                ax: ax, ay: ay, edges: edges, scoring: scoring, judgings: refining ? judgings : 0)
            let s = refining ? routedScore(tried.centres, items: items, edges: edges, focus: focus, rings: tried.rings)
                : scoring ? score(tried.centres, items: items, edges: edges) : 0
            if best == nil || s < best!.score { best = (s, tried) }
            if !scoring { break }
        }
        var result = best!.result
        result.merged = merged
        result.score = best!.score
        return result
    }

    /// The rings laid out with the sectors in `order`.
    private static func arrange(_ items: [Item], order: [Int], ring: [Int], rings ringCount: Int, neighbours: [[Int]], focus: Int, spacing: Spacing,
                                ax: Double, ay: Double, edges: [(Int, Int)], scoring: Bool, judgings refinements: Int) -> Result {
        let n = items.count
        // Each sector's share: by the room its nodes take on their rings (the widest ring's worth).
        var room = [Int: Double]()
        for r in 1...max(1, ringCount) {
            var onRing = [Int: Double]()
            for i in 0..<n where i != focus && ring[i] == r {
                onRing[items[i].sector, default: 0] += items[i].size.width / ax + items[i].size.height / ay + gap
            }
            for (k, v) in onRing { room[k] = max(room[k] ?? 0, v) }
        }
        // Summed in the sectors' order: a dictionary's order changes from run
        // to run, and a sum of doubles with it, in its last bits (the drawing
        // then differed between runs, 4 in 30 of one map).
        let total = room.keys.sorted().reduce(0.0) { $0 + room[$1]! }
        var share = order.map { max(smallestSector, (room[$0] ?? 0) / max(1, total)) }
        let sum = share.reduce(0, +)
        share = share.map { $0 / sum * 2 * Double.pi }
        // The first sector centred at the top.
        var sectors: [Sector] = []
        var angleAt = Double.pi / 2 - (share.first ?? 0) / 2
        for (k, kind) in order.enumerated() {
            sectors.append(Sector(kind: kind, start: angleAt, end: angleAt + share[k]))
            angleAt += share[k]
        }
        let sectorOf = Dictionary(uniqueKeysWithValues: sectors.map { ($0.kind, $0) })
        // Each ring's nodes, sector by sector.
        var cells: [[Int]] = []   // (ring, sector) cells, each a list of items in angular order
        var cellOf = [Int](repeating: -1, count: n)
        for r in 1...max(1, ringCount) {
            for sector in sectors {
                let members = (0..<n).filter { $0 != focus && ring[$0] == r && items[$0].sector == sector.kind }
                guard !members.isEmpty else { continue }
                for m in members { cellOf[m] = cells.count }
                cells.append(members)
            }
        }
        var cellSector = [Sector](repeating: sectors.first ?? Sector(kind: 0, start: 0, end: 2 * Double.pi), count: cells.count)
        for (c, cell) in cells.enumerated() { cellSector[c] = sectorOf[items[cell[0]].sector]! }
        var angle = [Double](repeating: 0, count: n)
        func spread(_ c: Int) {
            let s = cellSector[c]
            let m = Double(cells[c].count)
            for (k, i) in cells[c].enumerated() { angle[i] = s.start + (s.end - s.start) * (Double(k) + 0.5) / m }
        }
        for c in cells.indices { spread(c) }
        // Radii: each ring long enough, in every sector, for its nodes side by side.
        var radius = [0.0]
        for r in 1...max(1, ringCount) {
            var need = 0.0
            for (c, cell) in cells.enumerated() where ring[cell[0]] == r {
                let width = cellSector[c].end - cellSector[c].start
                let around = cell.reduce(0.0) { total, i in
                    let a = angle[i]
                    // The node's extent along the ring where it sits.
                    return total + abs(sin(a)) * items[i].size.width / ax + abs(cos(a)) * items[i].size.height / ay + gap
                }
                need = max(need, slack * around / width)
            }
            let inner = (0..<n).filter { ring[$0] == r - 1 }.map { items[$0].size.height }.max() ?? 0
            let outer = (0..<n).filter { ring[$0] == r }.map { items[$0].size.height }.max() ?? 0
            let centreReach = r == 1 ? max(items[focus].size.width / ax, items[focus].size.height / ay) / 2 : 0
            let apart = spacing == .even ? inner / 2 + outer / 2 + ringGap : ringGap
            radius.append(max(need, radius[r - 1] + apart, centreReach + outer / 2 + ringGap))
        }
        func place() -> [Position] {
            (0..<n).map { i in
                guard i != focus else { return Position(x: 0, y: 0) }
                let r = radius[ring[i]]
                return Position(x: ax * r * cos(angle[i]), y: ay * r * sin(angle[i]))
            }
        }
        // Barycentres within each cell, a few sweeps, the least tangled order kept.
        var best = (score: scoring ? score(place(), items: items, edges: edges) : 0, angle: angle)
        func barycentre(_ i: Int) -> Double {
            let near = neighbours[i].filter { $0 != focus }
            guard !near.isEmpty else { return angle[i] }
            let s = near.reduce(0.0) { $0 + sin(angle[$1]) }, c = near.reduce(0.0) { $0 + cos(angle[$1]) }
            return atan2(s, c)
        }
        for _ in 0..<sweeps {
            for c in cells.indices where cells[c].count > 1 {
                let mid = (cellSector[c].start + cellSector[c].end) / 2
                // Angles taken relative to the middle of the sector, so the order runs across it.
                let keys = Dictionary(uniqueKeysWithValues: cells[c].map { i -> (Int, Double) in
                    var d = barycentre(i) - mid
                    while d > Double.pi { d -= 2 * Double.pi }
                    while d < -Double.pi { d += 2 * Double.pi }
                    return (i, d)
                })
                cells[c].sort { (keys[$0]!, $0) < (keys[$1]!, $1) }
                spread(c)
                // Then neighbours swapped while that untangles.
                if scoring {
                    var current = score(place(), items: items, edges: edges)
                    for k in 0..<(cells[c].count - 1) {
                        cells[c].swapAt(k, k + 1); spread(c)
                        let s = score(place(), items: items, edges: edges)
                        if s < current { current = s } else { cells[c].swapAt(k, k + 1); spread(c) }
                    }
                }
                let s = scoring ? score(place(), items: items, edges: edges) : 0
                if s < best.score || !scoring { best = (s, angle) }
            }
        }
        angle = best.angle
        // A ring whose nodes still touch each other, or anything inside, is
        // widened until they don't (or its steps run out: the legibility
        // script counts any overlap left), and the rings outside it with it.
        for r in 1...max(1, ringCount) {
            let members = (0..<n).filter { ring[$0] == r }
            let inside = (0..<n).filter { ring[$0] < r }
            // Set close, a ring keeps half the rings' gap from what is inside it, where it would otherwise touch.
            let (step, steps, clear) = spacing == .even ? (growth, growthSteps, gap / 3) : (growth * 0.4, growthSteps * 5 / 2, ringGap / 2)
            for _ in 0..<steps where overlaps(members, inside, place(), items: items, inside: clear) {
                let grow = radius[r] * step
                for j in r..<radius.count { radius[j] += grow }
            }
        }
        func ringSizes() -> [Size] { radius.dropFirst().map { Size(width: ax * $0, height: ay * $0) } }
        // Last, the order within each sector and ring judged on the lines as
        // the eco-map draws them (spokes and arcs, ``EcoRoutes``): straight
        // lines through the middle are what the barycentres weigh, and an
        // eco-map draws none. Two nodes of a cell swapped while that crosses
        // less and overlaps nothing.
        if refinements > 0 {
            var (current, faulty) = routedFaults(place(), items: items, edges: edges, focus: focus, rings: ringSizes())
            var judged = 0
            // Judged and, when it crosses less, kept (true).
            func better() -> Bool {
                guard clear() else { return false }
                judged += 1
                let (s, f) = routedFaults(place(), items: items, edges: edges, focus: focus, rings: ringSizes())
                guard s < current else { return false }
                (current, faulty) = (s, f)
                return true
            }
            // A cell's nodes either spread evenly over the sector or each
            // drawn towards its partners (``pull``).
            var pulled = [Bool](repeating: false, count: cells.count)
            func lay(_ c: Int) { if pulled[c] { pull(c) } else { spread(c) } }
            /// The cell's nodes, in their order, each as near its partners'
            /// angle as the sector and its neighbours' room along the ring let it.
            func pull(_ c: Int) {
                let s = cellSector[c], mid = (s.start + s.end) / 2
                let r = max(1, radius[ring[cells[c][0]]])
                let room = cells[c].map { i in
                    (abs(sin(mid)) * items[i].size.width / ax + abs(cos(mid)) * items[i].size.height / ay + gap) / r
                }
                var at = cells[c].enumerated().map { k, i -> Double in
                    var d = barycentre(i) - mid
                    while d > Double.pi { d -= 2 * Double.pi }
                    while d < -Double.pi { d += 2 * Double.pi }
                    return min(s.end - room[k] / 2, max(s.start + room[k] / 2, mid + d))
                }
                for k in at.indices.dropFirst() { at[k] = max(at[k], at[k - 1] + (room[k - 1] + room[k]) / 2) }
                if let last = at.indices.last { at[last] = min(at[last], s.end - room[last] / 2) }
                for k in at.indices.dropLast().reversed() { at[k] = min(at[k], at[k + 1] - (room[k] + room[k + 1]) / 2) }
                for (k, i) in cells[c].enumerated() { angle[i] = at[k] }
            }
            func clear() -> Bool {
                let at = place()
                return !(1...max(1, ringCount)).contains { r in
                    overlaps((0..<n).filter { ring[$0] == r }, (0..<n).filter { ring[$0] < r }, at, items: items, inside: gap / 3)
                }
            }
            // Only changes that move a node at the end of a crossing line are
            // tried: a swap of two nodes whose lines cross nothing seldom helps.
            func climb() {
                var improved = true
                while improved && current > 0 && judged < refinements {
                    improved = false
                    for c in cells.indices where cells[c].contains(where: faulty.contains) {
                        for k in 0..<(cells[c].count - 1) {
                            for l in (k + 1)..<cells[c].count where judged < refinements
                                && (faulty.contains(cells[c][k]) || faulty.contains(cells[c][l])) {
                                cells[c].swapAt(k, l); lay(c)
                                if better() { improved = true; continue }
                                cells[c].swapAt(k, l); lay(c)
                            }
                        }
                        // Spread evenly or drawn towards partners, whichever crosses less.
                        guard judged < refinements else { continue }
                        let was = cells[c].map { angle[$0] }
                        pulled[c].toggle(); lay(c)
                        if better() { improved = true; continue }
                        pulled[c].toggle()
                        for (k, i) in cells[c].enumerated() { angle[i] = was[k] }
                    }
                }
            }
            climb()
        }
        return Result(centres: place(), rings: ringSizes(), sectors: sectors)
    }

    /// The most items whose order is judged on the lines as drawn (``arrange(_:pairs:focus:aspect:spacing:refine:)``).
    static let refinedItems = 40
    /// and lines: a judging costs about the square of the lines, and a
    /// 40-node map with 120 links took 5 s to draw instead of 2.3 (maps
    /// drawn by hand as eco-maps have up to 35 or so).
    static let refinedLines = 60
    /// The most orders judged so for one order of the sectors: the climb
    /// seldom goes on longer on the maps people draw (Open Government Network
    /// Wales's eco-map: 14 crossings after 60, 14 after 400, 22 after 25).
    static let judgings = 60

    /// Crossings of the lines as an eco-map draws them (``EcoRoutes``), and
    /// lines through a node counted twice.
    static func routedScore(_ at: [Position], items: [Item], edges: [(Int, Int)], focus: Int, rings: [Size]) -> Int {
        routedFaults(at, items: items, edges: edges, focus: focus, rings: rings).score
    }

    /// ``routedScore(_:items:edges:focus:rings:)`` and the items at the ends of the lines that cross or run through a node.
    static func routedFaults(_ at: [Position], items: [Item], edges: [(Int, Int)], focus: Int, rings: [Size]) -> (score: Int, faulty: Set<Int>) {
        let boxes = at.indices.map { Box(centre: at[$0], size: items[$0].size) }
        let routes = EcoRoutes.route(edges, centre: focus, nodes: boxes, ringCentre: Position(x: 0, y: 0), rings: rings, skip: [],
                                     points: EcoRoutes.arcPoints / 2, passes: 1)
        var drawn: [[Position]] = [], ends: [(Int, Int)] = []
        for (k, route) in routes.enumerated() { if let route { drawn.append(route); ends.append(edges[k]) } }
        var through = 0
        var faulty = Set<Int>()
        for (route, (a, b)) in zip(drawn, ends) {
            let bounds = Rerouting.bounding(route)
            for k in boxes.indices where k != a && k != b && boxes[k].intersects(bounds) {
                if route.indices.dropLast().contains(where: { boxes[k].insetBy(2).crossedBy(route[$0], route[$0 + 1]) }) {
                    through += 1
                    faulty.formUnion([a, b, k])
                }
            }
        }
        let crossing = LayoutScore.crossingPairs(drawn, ends: ends, nodes: boxes)
        for (i, j) in crossing { faulty.formUnion([ends[i].0, ends[i].1, ends[j].0, ends[j].1]) }
        return (crossing.count + 2 * through, faulty)
    }

    static func score(_ at: [Position], items: [Item], edges: [(Int, Int)]) -> Int {
        LayoutScore.tangles(at, sizes: items.map(\.size), edges: edges)
    }

    /// Whether `nodes` (one ring's) touch each other, `gap / 3` apart, or
    /// anything `inside` them, `clear` apart.
    private static func overlaps(_ nodes: [Int], _ inside: [Int], _ at: [Position], items: [Item], inside clear: Double) -> Bool {
        func box(_ i: Int, _ room: Double) -> Box { Box(centre: at[i], size: items[i].size).insetBy(-room) }
        for (x, i) in nodes.enumerated() {
            for j in nodes[(x + 1)...] where box(i, gap / 3).intersects(box(j, gap / 3)) { return true }
            for j in inside where box(i, clear).intersects(box(j, clear)) { return true }
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
    ///
    /// With `outlines`, "where they meet" is within 4 pt of a shared end's
    /// outline, as a reader (and `legibility.py`) sees it, and two lines
    /// through one corner cross there when they pass across each other
    /// (``routesCrossAtAPoint``); without, within 4 pt of its rectangle, which
    /// round an ellipse takes in crossings a reader sees beside it.
    static func crossings(_ routes: [[Position]], ends: [(Int, Int)], nodes: [Box], outlines: [NodeOutline?]? = nil) -> Int {
        crossingPairs(routes, ends: ends, nodes: nodes, outlines: outlines).count
    }

    /// The pairs of lines (by index in `routes`, the lower first) that
    /// ``crossings(_:ends:nodes:outlines:)`` counts; with `involving`, only
    /// the pairs one of those lines is in.
    static func crossingPairs(_ routes: [[Position]], ends: [(Int, Int)], nodes: [Box], outlines: [NodeOutline?]? = nil,
                              involving: Set<Int>? = nil) -> [(Int, Int)] {
        func nearEnd(_ k: Int, _ point: Position) -> Bool {
            if let outlines, k < outlines.count, let outline = outlines[k] { return outline.depth(point) >= -4 }
            return nodes[k].insetBy(-4).contains(point)
        }
        var pairs: [(Int, Int)] = []
        let bounds = routes.map(Rerouting.bounding)
        // Each piece's own bounds: only the pieces in the part two lines'
        // bounds share can cross (a drawn line has dozens of pieces, and
        // the node moves count a map's crossings hundreds of times).
        // Worked out for a line when first needed: with `involving`, most lines' never are.
        var pieceBounds = [[Box]?](repeating: nil, count: routes.count)
        func pieces(_ k: Int) -> [Box] {
            if let known = pieceBounds[k] { return known }
            let found = zip(routes[k], routes[k].dropFirst()).map { a, b in
                Box(minX: min(a.x, b.x) - 0.5, minY: min(a.y, b.y) - 0.5, maxX: max(a.x, b.x) + 0.5, maxY: max(a.y, b.y) + 0.5)
            }
            pieceBounds[k] = found
            return found
        }
        for i in routes.indices {
            for j in (i + 1)..<routes.count where bounds[i].insetBy(-1).intersects(bounds[j].insetBy(-1)) {
                if let involving, !involving.contains(i) && !involving.contains(j) { continue }
                let (p, q) = (bounds[i].insetBy(-1), bounds[j].insetBy(-1))
                let common = Box(minX: max(p.minX, q.minX), minY: max(p.minY, q.minY), maxX: min(p.maxX, q.maxX), maxY: min(p.maxY, q.maxY))
                let (mineAll, theirsAll) = (pieces(i), pieces(j))
                let mine = mineAll.indices.filter { mineAll[$0].intersects(common) }
                let theirs = theirsAll.indices.filter { theirsAll[$0].intersects(common) }
                let shared = Set([ends[i].0, ends[i].1]).intersection([ends[j].0, ends[j].1])
                var crossed = false
                search: for m in mine {
                    let (a, b) = (routes[i][m], routes[i][m + 1])
                    for t in theirs {
                        let (c, d) = (routes[j][t], routes[j][t + 1])
                        guard segmentsCross(a, b, c, d) else { continue }
                        // Near a shared end: lines leaving the same node.
                        let at = outlines == nil ? nil : crossingPoint(a, b, c, d)
                        if shared.contains(where: { k in at.map { nearEnd(k, $0) } ?? (nearEnd(k, a) || nearEnd(k, c)) }) { continue }
                        crossed = true
                        break search
                    }
                }
                // Through one corner: only where a corner of each lies in the shared part.
                if !crossed && outlines != nil && routes[i].dropFirst().dropLast().contains(where: { common.insetBy(-1).contains($0) }) {
                    crossed = routesCrossAtAPoint(routes[i], routes[j]) { point in shared.contains { nearEnd($0, point) } }
                }
                if crossed { pairs.append((i, j)) }
            }
        }
        return pairs
    }
}
