import Foundation
import EcomapCore

/// A map laid out with `neato`, membership boxes included, level by level.
///
/// Why not `fdp`, Graphviz's engine with clusters: in 2.42 it orders the edges
/// of its working graph by memory address, so its layouts change with what the
/// process allocated before (a report's second map came out differently from
/// the same map drawn alone) and with the timing of Pango's font thread.
/// `neato` depends on neither. Its other modes were tried and are worse here:
/// `ipsep` with clusters fails an assertion and corrupts the heap, `hier`
/// crashes, and `major` lets boxes cover nodes that are not their members.
///
/// The boxes are laid out from the inside out: each box's own members (and the
/// boxes inside it, as single nodes of their size) are laid out together; the
/// box then joins the level above as one node of its size. A map without boxes
/// is one level. Every level is a graph of plain rectangles of each node's
/// size (never its label), so what is laid out is the same in every language
/// and theme. Overlaps are removed with Prism after the layout is scaled down
/// (`overlap_scaling`), which packs it tightly. Boxes are never tied together
/// with invisible links: with Prism that crashed Graphviz 2.42 on 9 runs in 20.
enum MembershipLayout {
    /// Space between a box's edge and what it holds, in points.
    static let padding = 12.0

    /// Where each of the map's own nodes goes (nil for the extras) and each box's extent.
    struct Result {
        var centres: [Position?]
        var boxes: [Box?]
        /// An eco-map's rings (half-axes) round `ringCentre`; empty otherwise.
        var rings: [Size] = []
        var ringCentre = Position(x: 0, y: 0)
        /// An eco-map's sectors, by kind, round `ringCentre`.
        var sectors: [RingLayout.Sector] = []
        /// Whether a lone node's outer ring went on the ring inside (``RingLayout/Result/merged``).
        var ringMerged = false
        /// Routes worked out with the positions (a planar drawing's), by
        /// edge index: drawn as they are, not routed by Graphviz.
        var routes: [Int: [Position]] = [:]
    }

    /// Lays out `diagram`'s own nodes and links; `sizes` are the nodes' sizes in points.
    /// With `places` (where each node starts, see ``CompactLayout/hintedStarts(_:sizes:)``),
    /// nothing is laid out afresh: each level keeps its items where they start
    /// and only moves them apart where they overlap (``keptLevel(_:sizes:starts:settled:)``).
    /// With `seeds` (the planar candidate's places), each level's neato
    /// starts from them rather than from the whole map laid out at once;
    /// with `maxiter=0` in the graph, it keeps their shape.
    static func arrange(_ diagram: Diagram, sizes: [Size], deadline: Deadline,
                        places: [Position?]? = nil, seeds given: [Position?]? = nil, ringSpacing: RingLayout.Spacing = .even,
                        keepLoneRing: Bool = false) throws(Diagnostic) -> Result {
        let boxes = diagram.clusters.count
        let root = boxes
        var members = [[Int]](repeating: [], count: boxes + 1)
        for (i, node) in diagram.nodes.enumerated() where !node.extra { members[node.cluster ?? root].append(i) }
        var children = [[Int]](repeating: [], count: boxes + 1)
        for (i, cluster) in diagram.clusters.enumerated() { children[cluster.parent ?? root].append(i) }

        // The item directly inside `level` that holds node `i`: the node itself,
        // or the box it sits in; nil when the node is outside `level`.
        func item(holding i: Int, in level: Int) -> Item? {
            var box = diagram.nodes[i].cluster
            if (box ?? root) == level { return .node(i) }
            while let b = box {
                let parent = diagram.clusters[b].parent
                if (parent ?? root) == level { return .box(b) }
                box = parent
            }
            return nil
        }

        // The whole map laid out at once, boxes ignored: where each level's
        // items start from, so a box's members already face their partners
        // outside it (laid out alone, they crossed each other's lines).
        let seeds: [Position?]?
        if let places { seeds = places } else if let given { seeds = given } else { seeds = boxes > 0 ? try seed(diagram, sizes: sizes, deadline: deadline) : nil }
        func inside(_ b: Int) -> [Int] {
            diagram.nodes.indices.filter { i in
                var c = diagram.nodes[i].cluster
                while let k = c { if k == b { return true }; c = diagram.clusters[k].parent }
                return false
            }
        }
        func start(_ item: Item) -> Position? {
            guard let seeds else { return nil }
            switch item {
            case .node(let i): return seeds[i]
            case .box(let b):
                let members = inside(b).filter { seeds[$0] != nil }
                guard !members.isEmpty else { return nil }
                // From places, a box is where its members' extent is, so that they stay put inside it.
                if places != nil { return members.reduce(Box.empty) { $0.union(Box(centre: seeds[$1]!, size: sizes[$1])) }.centre }
                let at = members.compactMap { seeds[$0] }
                return Position(x: at.map(\.x).reduce(0, +) / Double(at.count), y: at.map(\.y).reduce(0, +) / Double(at.count))
            }
        }
        // From places, a node that had one stays while a new one makes room.
        func settled(_ item: Item) -> Bool {
            switch item {
            case .node(let i): i < diagram.hints.count && diagram.hints[i] != nil
            case .box(let b): inside(b).contains { $0 < diagram.hints.count && diagram.hints[$0] != nil }
            }
        }

        // Inside out: a box's parent comes before it in `clusters`.
        var levels = [Level?](repeating: nil, count: boxes + 1)
        var ringGuides: (centre: Position, rings: [Size], sectors: [RingLayout.Sector], merged: Bool)?
        for level in Array((0..<boxes).reversed()) + [root] {
            let items = (members[level].map(Item.node) + children[level].map(Item.box)).sorted()
            let itemSizes = items.map { item -> Size in
                switch item {
                case .node(let i): sizes[i]
                case .box(let b): levels[b].map { Size(width: $0.width + 2 * padding, height: $0.height + 2 * padding) }
                    ?? Size(width: 2 * padding, height: 2 * padding)
                }
            }
            var pairs: [(Item, Item, [GVAttribute])] = []
            var pulls: [Int] = []
            for edge in diagram.edges where !edge.extra {
                guard let a = item(holding: edge.from, in: level), let b = item(holding: edge.to, in: level), a != b else { continue }
                pairs.append((a, b, edge.attributes.filter { $0.name == .len }))
                pulls.append(edge.pull)
            }
            if places != nil {
                levels[level] = keptLevel(items, sizes: itemSizes, starts: items.map { start($0) ?? Position(x: 0, y: 0) },
                                          settled: items.map(settled))
            } else if level == root, let centre = diagram.ecoCentre, let focus = item(holding: centre, in: root),
               let f = items.firstIndex(of: focus) {
                // What was in the centre's box stays by it.
                for m in diagram.ecoMembers {
                    guard let held = item(holding: m, in: root), held != focus else { continue }
                    pairs.append((focus, held, []))
                    pulls.append(-1)
                }
                let sectors = items.map { item -> Int in
                    switch item {
                    case .node(let i): return sectorIndex(diagram.nodes[i].kind)
                    case .box(let b): return sectorIndex(diagram.clusters[b].head.map { diagram.nodes[$0].kind } ?? .organisation)
                    }
                }
                let (laidOut, rings) = ringLevel(items, sizes: itemSizes, sectors: sectors, pairs: pairs, pulls: pulls, focus: f, page: diagram.page, spacing: ringSpacing,
                                                 keepLoneRing: keepLoneRing,
                                                 key: diagram.keyRoom, names: diagram.sectorNamesLaidOut)
                levels[level] = laidOut
                ringGuides = rings
            } else {
                levels[level] = try layOut(items, sizes: itemSizes, starts: items.map(start), pairs: pairs, of: diagram,
                                           turnFor: level == root ? diagram.page.frame : nil, deadline: deadline)
            }
        }

        // Outside in: each box's contents are centred where the level above put it.
        var result = Result(centres: Array(repeating: nil, count: diagram.nodes.count), boxes: Array(repeating: nil, count: boxes))
        result.rings = ringGuides?.rings ?? []
        result.ringCentre = ringGuides?.centre ?? Position(x: 0, y: 0)
        result.sectors = ringGuides?.sectors ?? []
        result.ringMerged = ringGuides?.merged ?? false
        var centre = [Position](repeating: Position(x: 0, y: 0), count: boxes + 1)
        for level in [root] + Array(0..<boxes) {
            guard let laidOut = levels[level] else { continue }
            for (item, offset) in laidOut.offsets {
                let at = centre[level] + offset
                switch item {
                case .node(let i):
                    result.centres[i] = at
                case .box(let b):
                    centre[b] = at
                    result.boxes[b] = Box(centre: at, size: laidOut.sizes[item] ?? Size(width: 0, height: 0))
                }
            }
        }
        return result
    }

    /// A node of a level: one of the diagram's nodes, or a box drawn as one node.
    enum Item: Hashable, Comparable {
        case node(Int)
        case box(Int)

        var name: String {
            switch self {
            case .node(let i): "n\(i)"
            case .box(let b): "b\(b)"
            }
        }
    }

    /// One level laid out: where each item's centre is relative to the centre
    /// of all it holds, and that extent.
    struct Level {
        var offsets: [(Item, Position)]
        var sizes: [Item: Size]
        var width: Double
        var height: Double
    }

    /// Lays out one level. With `turnFor`, the layout is also tried turned a
    /// quarter (x and y swapped, then overlaps removed again from there) and
    /// kept turned if it then fits that frame at least 2% larger: the long
    /// side along the page's. Never rotated: the text would turn sideways.
    private static func layOut(_ items: [Item], sizes: [Size], starts: [Position?], pairs: [(Item, Item, [GVAttribute])], of diagram: Diagram,
                               turnFor frame: (width: Double, height: Double)?, deadline: Deadline) throws(Diagnostic) -> Level {
        var nodes: [DiagramNode] = []
        var index: [Item: Int] = [:]
        for (k, (item, size)) in zip(items, sizes).enumerated() {
            index[item] = nodes.count
            nodes.append(DiagramNode(name: item.name, elementID: item.name, tooltip: "", cluster: nil, attributes: [
                .init(.shape, "box"), .init(.fixedsize, "true"), .init(.label, ""),
                .init(.width, Number.inches(size.width)), .init(.height, Number.inches(size.height)),
            ] + (starts[k].map { [.init(.pos, "\(Number.inches($0.x)),\(Number.inches($0.y))")] } ?? [])))
        }
        let edges = pairs.map { a, b, attributes in
            DiagramEdge(from: index[a]!, to: index[b]!, elementID: "", tooltip: "", attributes: attributes)
        }
        // Straight lines: only the positions are kept, so routing curves would be wasted.
        var graph = diagram.graph.filter { [.overlap, .overlapScaling, .sep, .start].contains($0.name) } + [.init(.splines, "false")]
        // A level seeded everywhere may keep its seeds as they are (only overlaps removed).
        if diagram.graph.contains(where: { $0.name == .maxiter }), !starts.contains(where: { $0 == nil }) { graph.append(.init(.maxiter, "0")) }
        let level = Diagram(prefix: diagram.prefix, title: "", summary: "", engine: .neato, graph: graph,
                            nodeDefaults: [], edgeDefaults: [], nodes: nodes, edges: edges, clusters: [], legend: nil)
        var placements = try GraphvizRenderer.placements(level, deadline: deadline)
        if let frame, items.count > 2 {
            placements = try shaped(placements, level: level, items: items, frame: frame, deadline: deadline)
        }
        let all = extent(items, placements)
        let centre = all.box.centre
        let offsets = items.map { item -> (Item, Position) in
            guard let p = placements[item.name] else { return (item, Position(x: 0, y: 0)) }
            return (item, Position(x: p.x - centre.x, y: p.y - centre.y))
        }
        var boxSizes: [Item: Size] = [:]
        for (item, size) in zip(items, sizes) { boxSizes[item] = size }
        return Level(offsets: offsets, sizes: boxSizes, width: all.size.width, height: all.size.height)
    }

    /// How large an eco-map fits `frame`: its nodes and boxes, its outer
    /// ring round `around`, its sectors' names and marks outside the rings
    /// where the drawing will put them (``SectorNames``), and the key beside
    /// or below it, whichever fits larger.
    static func ecoFit(_ boxes: [Box], rings: [Size], around: Position, sectors: [RingLayout.Sector], names: [Int: String],
                       key: Size?, in frame: (width: Double, height: Double)) -> Double {
        var extent = boxes.reduce(Box.empty) { $0.union($1) }
        guard let outer = rings.last else { return KeyPlacement.fitting(extent, key: key, frame: frame) }
        extent = extent.union(Box(centre: around, size: Size(width: 2 * outer.width, height: 2 * outer.height)))
        let laid = SectorNames.lay(sectors, names: names, outer: outer, centre: around, obstacles: boxes, content: extent) {
            KeyPlacement.fitting($0, key: key, frame: frame)
        }
        return KeyPlacement.fitting(laid.extent, key: key, frame: frame)
    }

    /// The sector of each kind of node round an eco-map, in the order the key lists the kinds.
    static func sectorIndex(_ kind: NodeKind) -> Int {
        switch kind {
        case .organisation: 0
        case .platform: 1
        case .person: 2
        case .community: 3
        }
    }

    /// The share of the best fit an eco-map's stretch may give up to be judged on its lines.
    static let nearFit = 0.93
    /// The most stretches judged on their lines (each costs the judging's
    /// time again: a third, 7.4 s over `Maps/`' eco-maps against 5.6, gained nothing more).
    static let stretchesJudged = 2

    /// The top level of an eco-map: the focus (or the box that holds it) at
    /// the centre, the rest on rings (``RingLayout``).
    private static func ringLevel(_ items: [Item], sizes: [Size], sectors: [Int], pairs: [(Item, Item, [GVAttribute])], pulls: [Int],
                                  focus: Int, page: Page, spacing: RingLayout.Spacing, keepLoneRing: Bool,
                                  key: Size?, names: [Int: String]) -> (Level, (centre: Position, rings: [Size], sectors: [RingLayout.Sector], merged: Bool)) {
        let index = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
        let ringPairs = zip(pairs, pulls).map { pair, pull in RingLayout.Pair(a: index[pair.0]!, b: index[pair.1]!, pull: pull) }
        // The rings stretched to suit the frame with the map's key beside or
        // below them, whichever fits larger: a few stretches tried, the best
        // fit kept.
        let ringItems = zip(sizes, sectors).map { RingLayout.Item(size: $0, sector: $1) }
        func arrange(_ aspect: Double, refine: Bool = false) -> RingLayout.Result {
            RingLayout.arrange(ringItems, pairs: ringPairs, focus: focus, aspect: aspect, spacing: spacing, refine: refine,
                               keepLoneRing: keepLoneRing)
        }
        var best: (score: Int, fit: Double, result: RingLayout.Result)?
        if let frame = page.frame {
            func fit(_ tried: RingLayout.Result) -> Double {
                ecoFit(zip(tried.centres, sizes).map { Box(centre: $0, size: $1) }, rings: tried.rings,
                       around: Position(x: 0, y: 0), sectors: tried.sectors, names: names, key: key, in: frame)
            }
            // Each stretch, fitted unrefined (of two that fit the same, the first kept).
            var fits: [(fit: Double, aspect: Double)] = []
            for aspect in [0.7, 0.85, 1.0, 1.2, 1.4, 1.6, 1.8, 2.1, 2.4] { fits.append((fit(arrange(aspect)), aspect)) }
            let widest = fits.map(\.fit).max() ?? 0
            // The two that fit best, within a few percent, each order judged
            // on the lines as drawn: the least tangled kept, then the larger.
            // (Judged on the best fit alone, CDPS communities' eco-map kept
            // its lone outer ring: 2 crossings at 6.5 pt, against none at 8.3.)
            let near = fits.enumerated().filter { $0.element.fit >= nearFit * widest }
                .sorted { ($0.element.fit, -$0.offset) > ($1.element.fit, -$1.offset) }.prefix(stretchesJudged)
            for (_, candidate) in near {
                let tried = arrange(candidate.aspect, refine: true)
                let f = fit(tried)
                if best == nil || (tried.score, -f) < (best!.score, -best!.fit) { best = (tried.score, f, tried) }
            }
        }
        // With no page, one stretch: nothing to fit.
        let rings = best?.result ?? arrange(1.4)
        var all = Box.empty
        for (p, size) in zip(rings.centres, sizes) { all = all.union(Box(centre: p, size: size)) }
        let centre = all.isEmpty ? Position(x: 0, y: 0) : all.centre
        var boxSizes: [Item: Size] = [:]
        for (item, size) in zip(items, sizes) { boxSizes[item] = size }
        let level = Level(offsets: zip(items, rings.centres).map { ($0, $1 - centre) }, sizes: boxSizes,
                          width: all.width, height: all.height)
        return (level, (Position(x: 0, y: 0) - centre, rings.rings, rings.sectors, rings.merged))
    }

    /// Every one of the map's own nodes laid out together, as plain rectangles, boxes left out.
    private static func seed(_ diagram: Diagram, sizes: [Size], deadline: Deadline) throws(Diagnostic) -> [Position?] {
        let own = diagram.nodes.indices.filter { !diagram.nodes[$0].extra }
        let items = own.map(Item.node)
        var pairs: [(Item, Item, [GVAttribute])] = []
        for edge in diagram.edges where !edge.extra && edge.from != edge.to {
            pairs.append((.node(edge.from), .node(edge.to), edge.attributes.filter { $0.name == .len }))
        }
        let level = try layOut(items, sizes: own.map { sizes[$0] }, starts: own.map { _ in nil }, pairs: pairs, of: diagram,
                               turnFor: nil, deadline: deadline)
        var out = [Position?](repeating: nil, count: diagram.nodes.count)
        for (item, p) in level.offsets { if case .node(let i) = item { out[i] = p } }
        return out
    }

    /// The layout shaped for `frame`: tried turned a quarter (x and y
    /// swapped) and squeezed towards the frame's shape (x and y scaled, one
    /// down and one up), each time with overlaps removed again from there, and
    /// the one that fits the frame largest kept if it beats the layout as it
    /// came by 2%. Never rotated: the text would turn sideways. Prism's own
    /// pass reshapes what it is given, so a turned layout alone came back
    /// nearly as wide as it went in; squeezing is what makes a portrait page.
    private static func shaped(_ placements: [String: GraphvizRenderer.Placement], level: Diagram, items: [Item],
                               frame: (width: Double, height: Double), deadline: Deadline) throws(Diagnostic) -> [String: GraphvizRenderer.Placement] {
        let plain = extent(items, placements).size
        let tooWide = plain.width / plain.height > frame.width / frame.height
        var tries: [(swap: Bool, sx: Double, sy: Double)] = [(true, 1, 1)]
        for k in [0.8, 0.6, 0.45] { tries.append(tooWide ? (false, k, 1 / k) : (false, 1 / k, k)) }
        var best = (fit: fit(plain, in: frame) * 1.02, placements: placements)
        var again = level
        again.graph += [.init(.maxiter, "0"), .init(.notranslate, "true")]
        for t in tries {
            for (i, item) in items.enumerated() {
                guard let p = placements[item.name] else { continue }
                let (x, y) = t.swap ? (p.y, p.x) : (p.x, p.y)
                again.nodes[i].attributes.removeAll { $0.name == .pos }
                again.nodes[i].attributes.append(.init(.pos, "\(Number.inches(x * t.sx)),\(Number.inches(y * t.sy))"))
            }
            let result = try GraphvizRenderer.placements(again, deadline: deadline)
            let f = fit(extent(items, result).size, in: frame)
            if f > best.fit { best = (f, result) }
        }
        return best.placements
    }

    private static func extent(_ items: [Item], _ placements: [String: GraphvizRenderer.Placement]) -> (box: Box, size: Size) {
        var box = Box.empty
        for item in items {
            guard let p = placements[item.name] else { continue }
            box = box.union(Box(centre: Position(x: p.x, y: p.y), size: Size(width: p.width, height: p.height)))
        }
        if box.isEmpty { box = Box(minX: 0, minY: 0, maxX: 0, maxY: 0) }
        return (box, Size(width: box.width, height: box.height))
    }
}
