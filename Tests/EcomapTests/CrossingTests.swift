import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
import EcomapTestSupport

/// Crossings first (issue 19): every drawing measured from its SVG by
/// `Benchmarks/legibility.py`, as a reader sees it: planar maps drawn with no
/// crossing, non-planar ones within twice their minimum, the eco-map's
/// targets, named boxes, and the smaller faults a new user met.
@Suite(.serialized, .tags(.launchesBinary)) struct CrossingCLITests {
    /// The hand-written maps of 22 to 26 nodes (boxes, via: links, distant
    /// partners; housing-partnership is not planar).
    static let ownMaps = ["youth-network", "housing-partnership", "carers-alliance"].map { "Tests/EcomapTests/Fixtures/\($0).ecomap" }

    /// Maps in `Maps/` that miss the crossings target (0 when planar, twice
    /// the minimum otherwise), with the crossings measured (README's table):
    /// each is a known issue, and held to no more than that.
    // Measured after Maps/ gained a Welsh partner for every text: each node is
    // sized for the longer of its two labels, and the larger nodes cost these
    // crossings (the maps' English-only versions drew 0, 0, 0 and 1 on a slide).
    // Since the best few layouts are judged on their lines as drawn,
    // cdps-communities draws none on a slide and scw-best-practice is within
    // its target (3, minimum 3); scw-current gave up one (a line it took the
    // long way round now runs straight).
    // Since the crossings left are taken out by moving nodes (on a slide, not
    // yet on A4), defra-communities draws none on a slide.
    static let slideMisses = ["ogn-wales": 1, "scw-current": 2]
    // Since two more tries start from the planar candidate's places, cdps-communities,
    // ogn-wales and scw-current draw none on A4; defra-communities' try without
    // crossings reads at 6.49 pt there, under the 6.5 target, and is not kept.
    static let a4Misses = ["defra-communities": 2]

    /// legibility.py on `maps`, default and A4 drawings, eco columns on the default.
    static func measure(_ maps: [String]) throws -> Legibility.Measures {
        try Legibility.measure(maps, timeout: 600)
    }

    /// Every map in Maps/: a planar map is drawn with no crossing, on a slide
    /// and on A4; a non-planar one with at most twice its minimum. The eco-map
    /// overlaps nothing and runs no line through a node; its label sizes and
    /// crossings are held to the issue's targets.
    @Test func mapsDrawnWithTheFewestCrossings() throws {
        let maps = MapFiles.names.map { "Maps/\($0)" }
        let measures = try Self.measure(maps)
        let slide = try #require(measures.pages["default"]), page = try #require(measures.pages["a4"])
        #expect(slide.count == maps.count && page.count == maps.count, "a map was not drawn")
        for (records, misses, on) in [(slide, Self.slideMisses, ""), (page, Self.a4Misses, " on A4")] {
            for r in records {
                let minimum = try #require(r.minimum, "\(r.map): no minimum")
                let target = r.planar == true ? 0 : 2 * minimum
                if let known = misses[r.map] {
                    // The issue's target, missed on this map (README, legibility): recorded, and held to where it is.
                    withKnownIssue("\(r.map)\(on) drawn with \(known) crossings where \(target) is the target (README)",
                                   isIntermittent: true) {
                        #expect(r.crossings <= target, "\(r.map)\(on): \(r.crossings) crossings, minimum \(minimum)")
                    }
                    #expect(r.crossings <= known, "\(r.map)\(on): \(r.crossings) crossings, more than the \(known) measured")
                } else {
                    #expect(r.crossings <= target,
                            "\(r.map)\(on) (planar: \(r.planar ?? false)): \(r.crossings) crossings, minimum \(minimum)")
                }
            }
        }
        // scw-best-practice is the one non-planar map: its minimum is 3, found exactly.
        let best = try #require(slide.first { $0.map == "scw-best-practice" })
        #expect(best.planar == false && best.minimum == 3 && best.minimumExact == true)

        // The eco-map.
        for r in slide {
            #expect(r.ecoOverlaps == 0, "\(r.map) eco-map: \(r.ecoOverlaps ?? -1) overlapping nodes")
            #expect(r.ecoThrough == 0, "\(r.map) eco-map: \(r.ecoThrough ?? -1) lines through nodes")
            #expect(r.ecoCut == 0, "\(r.map) eco-map: labels cut")
            let least = r.nodes <= 15 ? 10.0 : 8.0
            withKnownIssue("eco-map labels on a slide miss the target (README, legibility)", isIntermittent: true) {
                #expect((r.ecoSlide ?? 0) >= least, "\(r.map) eco-map: \(r.ecoSlide ?? 0) pt on a slide")
            }
            // Where they are (5.8 to 10.3 pt, README): no smaller.
            #expect((r.ecoSlide ?? 0) >= 5.7, "\(r.map) eco-map: \(r.ecoSlide ?? 0) pt on a slide")
        }
        let ecoCrossings = slide.compactMap(\.ecoCrossings).reduce(0, +)
        withKnownIssue("eco-maps over Maps/ cross more than 20 times in all (README, legibility)", isIntermittent: true) {
            #expect(ecoCrossings <= 20, "eco-maps over Maps/: \(ecoCrossings) crossings")
        }
        // 81 since Maps/ has Welsh for every text (nodes sized for the longer label; 71 with
        // English alone); 77 since the rings are stretched for the key's own size;
        // 69 since each map's rings are set evenly or close, whichever crosses less;
        // 33 since each order is judged on the lines as drawn; 31 since pieces are swapped as drawn;
        // 30 since the sector names and the stretch are chosen as drawn; 23 since lines from one node are uncrossed.
        #expect(ecoCrossings <= 23, "eco-maps over Maps/: \(ecoCrossings) crossings (23 measured)")
    }

    /// The three hand-written maps: planar ones drawn with no crossing on a
    /// slide, the non-planar one within twice its minimum; nothing overlaps,
    /// no line runs through a node, no label is cut.
    @Test func handWrittenMapsDrawnWithFewCrossings() throws {
        let measures = try Self.measure(Self.ownMaps)
        let slide = try #require(measures.pages["default"]), page = try #require(measures.pages["a4"])
        #expect(slide.count == 3 && page.count == 3)
        for r in slide + page {
            #expect(r.overlaps == 0 && r.through == 0 && r.cut == 0, "\(r.map): overlaps \(r.overlaps), through \(r.through), cut \(r.cut)")
        }
        #expect(slide.contains { $0.planar == false }, "one of the maps is not planar")
        for r in slide {
            let minimum = try #require(r.minimum)
            withKnownIssue("larger hand-written maps still cross where their layout leaves no short way round (README)", isIntermittent: true) {
                #expect(r.crossings <= (r.planar == true ? 0 : 2 * minimum), "\(r.map): \(r.crossings) crossings, minimum \(minimum)")
            }
            // As measured (README): youth-network 1, housing-partnership 7 (minimum 1), carers-alliance none
            // (2 before the tries from the planar candidate's places).
            let measured = ["youth-network": 1, "housing-partnership": 7, "carers-alliance": 0][r.map] ?? 0
            #expect(r.crossings <= measured, "\(r.map): \(r.crossings) crossings, more than the \(measured) measured")
        }
    }

    /// The same bytes from separate runs, where the new work could vary:
    /// re-routing (a budget of searches), the planar candidate and the
    /// eco-map's orders, on the maps that use them most. Each process hashes
    /// its dictionaries differently: an eco-map is drawn six times
    /// (carers-alliance's differed in 4 runs of 30 while its sectors' shares
    /// were summed in a dictionary's order; a dozen, until judging its orders
    /// on the lines as drawn made each drawing take 10 s in a debug build).
    @Test(arguments: [
        ["Maps/scw-best-practice.ecomap", "--layout", "eco"], ["Maps/scw-best-practice.ecomap", "--page", "a4"],
        ["Maps/ogn-wales.ecomap"], ["Maps/ogn-wales.ecomap", "--layout", "eco"],
        ["Tests/EcomapTests/Fixtures/carers-alliance.ecomap", "--layout", "eco"],
    ] + ownMaps.map { [$0] })
    func sameBytesAcrossRuns(_ arguments: [String]) throws {
        let run = ["render"] + arguments + ["--format", "svg", "-o", "-"]
        let first = try Run(run)
        #expect(first.status == 0 && first.stdoutBytes.count > 1_000, "\(first.stderr)")
        for _ in 1..<(arguments.contains("eco") ? 6 : 2) {
            let again = try Run(run)
            #expect(again.status == 0 && again.stdoutBytes == first.stdoutBytes, "\(arguments)")
        }
    }

    /// `compare --side-by-side` writes PNG and PDF as well as SVG, and on a
    /// slide stacks the two maps when that reads larger than a strip.
    @Test func sideBySideInEveryFormat() throws {
        let scratch = try Scratch()
        for name in ["both.png", "both.pdf", "both.svg"] {
            let run = try Run(["compare", "Maps/scw-current.ecomap", "Maps/scw-best-practice.ecomap", "--side-by-side", scratch.path(name),
                               "-o", scratch.path("findings.txt")])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let png = try [UInt8](Data(contentsOf: URL(fileURLWithPath: scratch.path("both.png"))))
        let be = { (i: Int) in png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47] && be(16) == 1920 && be(20) == 1080)
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: scratch.path("both.pdf"))), as: UTF8.self)
        #expect(pdf.hasPrefix("%PDF") && pdf.contains("/MediaBox [ 0 0 960 540 ]"))
        let svg = try XMLElement.parse(try Data(contentsOf: URL(fileURLWithPath: scratch.path("both.svg"))))
        let box = (svg.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        try #require(box.count == 4)
        // A strip 2051 x 482 pt read at 0.47 of its size on a slide; stacked it reads larger.
        #expect(min(960 / box[2], 540 / box[3]) > 0.5, "\(box[2]) x \(box[3])")
        let bad = try Run(["compare", "Maps/scw-current.ecomap", "Maps/scw-best-practice.ecomap", "--side-by-side", scratch.path("both.dot")])
        #expect(bad.status != 0)
        // The help says so too (it said .svg alone after PNG and PDF came).
        let help = try Run(["compare", "--help"])
        let line = help.stdout.split(separator: "\n").drop { !$0.contains("--side-by-side <path>") }.prefix(2).joined(separator: " ")
        #expect(line.contains(".png") && line.contains(".pdf"), "\(line)")
    }

}

/// The parts of issue 19 checked in process: the planarity binding, the
/// planarisation, named boxes, the two-way arrow in a small map, gap marks.
@Suite struct CrossingTests {
    /// Rings set close (``RingLayout/Spacing/tight``) sit nearer the centre
    /// than rings set evenly when one ring holds a tall box, and still
    /// overlap nothing: the eco-map is drawn both ways and the one whose
    /// lines cross less kept.
    @Test func ringsSetCloseSitNearerTheCentre() {
        func item(_ width: Double, _ height: Double, _ sector: Int) -> RingLayout.Item {
            RingLayout.Item(size: Size(width: width, height: height), sector: sector)
        }
        // A centre, four partners round it, and behind three of them a tall box and two others.
        let items = [item(160, 50, 0)] + (0..<4).map { _ in item(120, 40, 0) } + [item(220, 120, 1), item(100, 36, 1), item(100, 36, 2)]
        let pairs = (1...4).map { RingLayout.Pair(a: 0, b: $0, pull: 0) } + [(1, 5), (2, 6), (3, 7)].map { RingLayout.Pair(a: $0.0, b: $0.1, pull: 0) }
        let even = RingLayout.arrange(items, pairs: pairs, focus: 0, aspect: 1.6, spacing: .even)
        let tight = RingLayout.arrange(items, pairs: pairs, focus: 0, aspect: 1.6, spacing: .tight)
        #expect(even.rings.count == 2 && tight.rings.count == 2)
        if let e = even.rings.last, let t = tight.rings.last {
            #expect(t.height < 0.95 * e.height, "outer ring \(t.height) set close, \(e.height) evenly")
        }
        for (name, result) in [("even", even), ("tight", tight)] {
            let boxes = zip(result.centres, items).map { Box(centre: $0, size: $1.size) }
            for i in boxes.indices { for j in boxes.indices where j > i {
                #expect(!boxes[i].intersects(boxes[j]), "\(name): nodes \(i) and \(j) overlap")
            } }
        }
    }

    /// A node alone on the outer ring, there only by how many links away it
    /// is, goes on the ring inside unless asked to keep it: a chain from the
    /// centre three links long draws two rings, not three. Set `distant`,
    /// it keeps its ring.
    @Test func aLoneOuterRingMergesInwards() {
        let items = (0..<4).map { RingLayout.Item(size: Size(width: 100, height: 36), sector: $0 == 3 ? 2 : 0) }
            + [RingLayout.Item(size: Size(width: 100, height: 36), sector: 1)]
        let chain = [(0, 1), (1, 2), (2, 3), (0, 4), (4, 2)].map { RingLayout.Pair(a: $0.0, b: $0.1, pull: 0) }
        let merged = RingLayout.arrange(items, pairs: chain, focus: 0, aspect: 1.6)
        let kept = RingLayout.arrange(items, pairs: chain, focus: 0, aspect: 1.6, keepLoneRing: true)
        #expect(merged.merged && merged.rings.count == 2, "\(merged.rings.count) rings")
        #expect(!kept.merged && kept.rings.count == 3, "\(kept.rings.count) rings kept")
        if let outer = merged.rings.last, let keptOuter = kept.rings.last { #expect(outer.height < keptOuter.height) }
        var distant = chain
        distant[2].pull = 1
        let pushed = RingLayout.arrange(items, pairs: distant, focus: 0, aspect: 1.6)
        #expect(!pushed.merged && pushed.rings.count == 3, "a distant partner keeps its own ring")
    }

    /// An eco-map's order judged on its lines as drawn (spokes and arcs)
    /// crosses less than the barycentres' order, overlaps
    /// nothing and is the same every time: maps of 18 nodes in four
    /// sectors, their links made at random from fixed seeds (15 crossings
    /// and lines through nodes became 10 with the first, 10 became 2 with the
    /// second, when this test was written).
    @Test func ecoOrderJudgedOnTheLinesAsDrawn() {
        for seed in [UInt64(1), 3] {
            var random = SplitMix64(seed: seed)
            let items = [RingLayout.Item(size: Size(width: 160, height: 50), sector: 0)]
                + (1..<18).map { RingLayout.Item(size: Size(width: 90 + Double($0 % 3) * 20, height: 36), sector: $0 % 4) }
            var pairs = (1...6).map { RingLayout.Pair(a: 0, b: $0, pull: 0) }
            for b in 7..<18 { pairs.append(RingLayout.Pair(a: 1 + Int(random.next() % UInt64(b - 1)), b: b, pull: 0)) }
            for _ in 0..<6 {
                let a = 1 + Int(random.next() % 17), b = 1 + Int(random.next() % 17)
                if a != b { pairs.append(RingLayout.Pair(a: a, b: b, pull: 0)) }
            }
            let edges = pairs.map { ($0.a, $0.b) }
            let plain = RingLayout.arrange(items, pairs: pairs, focus: 0, aspect: 1.6)
            let judged = RingLayout.arrange(items, pairs: pairs, focus: 0, aspect: 1.6, refine: true)
            let before = RingLayout.routedScore(plain.centres, items: items, edges: edges, focus: 0, rings: plain.rings)
            let after = RingLayout.routedScore(judged.centres, items: items, edges: edges, focus: 0, rings: judged.rings)
            #expect(after < before, "seed \(seed): \(after) crossings judged on the lines drawn, \(before) by barycentres")
            let boxes = zip(judged.centres, items).map { Box(centre: $0, size: $1.size) }
            for i in boxes.indices { for j in boxes.indices where j > i {
                #expect(!boxes[i].intersects(boxes[j]), "seed \(seed): nodes \(i) and \(j) overlap")
            } }
            if seed == 1 {
                let again = RingLayout.arrange(items, pairs: pairs, focus: 0, aspect: 1.6, refine: true)
                #expect(again.centres == judged.centres, "not the same twice")
            }
        }
    }

    /// An eco-map's pieces on one ring and in one sector are swapped where
    /// that takes out a crossing as drawn: two organisations on the first
    /// ring, each linked to a person on the second ring on the other's side,
    /// cross; after the swap, nothing crosses, two pieces moved, nothing
    /// overlaps, and the same swap is made every time.
    @Test func ecoSwapsTakeOutACrossing() throws {
        let (diagram, sizes, index) = try Self.prepared("""
            map "Swaps"
            organisation hub "Hub"
            organisation a "Alpha"
            organisation b "Beta"
            person x "Xavier"
            person y "Yolanda"
            hub -> a
            hub -> b
            a -> x
            b -> y
            """) { $0.layout = .eco }
        let deadline = Deadline(seconds: 60)
        #expect(diagram.ecoCentre == index["hub"])
        func on(_ radius: Double, _ degrees: Double) -> Position {
            Position(x: radius * cos(degrees * Double.pi / 180), y: radius * sin(degrees * Double.pi / 180))
        }
        var result = MembershipLayout.Result(centres: Array(repeating: nil, count: diagram.nodes.count), boxes: [])
        result.rings = [Size(width: 150, height: 150), Size(width: 300, height: 300)]
        let start = ["hub": Position(x: 0, y: 0), "a": on(150, 60), "b": on(150, 120), "x": on(300, 170), "y": on(300, 10)]
        for (name, at) in start { result.centres[try #require(index[name])] = at }
        func faults(_ r: MembershipLayout.Result) throws -> Int {
            let placed = CompactLayout.ownPlaced(diagram, centres: r.centres.map { $0 ?? Position(x: 0, y: 0) }, boxes: r.boxes, sizes: sizes)
            let routes = CompactLayout.ecoRoutes(placed.diagram, r, centres: placed.centres, sizes: placed.sizes)
            return try CompactLayout.drawnFaults(placed, routes: routes, of: placed.diagram, deadline: deadline).count
        }
        #expect(try faults(result) > 0, "Alpha's line to Xavier crosses Beta's to Yolanda")
        let swapped = try CompactLayout.ecoSwaps(diagram, result, sizes: sizes, deadline: deadline)
        #expect(try faults(swapped) == 0)
        let moved = diagram.nodes.indices.filter { swapped.centres[$0]!.distance(to: result.centres[$0]!) > 1 }
        #expect(moved.count == 2, "moved: \(moved.map { diagram.nodes[$0].name })")
        let boxes = diagram.nodes.indices.map { Box(centre: swapped.centres[$0]!, size: sizes[$0]) }
        for i in boxes.indices { for j in boxes.indices where j > i { #expect(!boxes[i].intersects(boxes[j])) } }
        let again = try CompactLayout.ecoSwaps(diagram, result, sizes: sizes, deadline: deadline)
        #expect(again.centres == swapped.centres)
    }

    /// libplanarity through the binding: K5 and K3,3 are not planar, a grid
    /// is; an embedding lists every line at both ends and has Euler's number
    /// of faces; a visibility drawing gives each vertex a row of its own.
    @Test func planarityLibrary() throws {
        var k5: [(Int, Int)] = []
        for a in 0..<5 { for b in (a + 1)..<5 { k5.append((a, b)) } }
        let k33 = (0..<3).flatMap { a in (3..<6).map { (a, $0) } }
        #expect(!Planarity.isPlanar(vertices: 5, edges: k5))
        #expect(!Planarity.isPlanar(vertices: 6, edges: k33))
        #expect(Planarity.rotation(vertices: 5, edges: k5) == nil)
        var grid: [(Int, Int)] = []
        for r in 0..<4 { for c in 0..<4 {
            let v = r * 4 + c
            if c < 3 { grid.append((v, v + 1)) }
            if r < 3 { grid.append((v, v + 4)) }
        } }
        #expect(Planarity.isPlanar(vertices: 16, edges: grid))
        let rotation = try #require(Planarity.rotation(vertices: 16, edges: grid))
        #expect(rotation.map(\.count).reduce(0, +) == 2 * grid.count)
        // Faces traced round the embedding: V - E + F = 2 for a connected planar graph.
        var seen = Set<[Int]>()
        var faces = 0
        for (u, around) in rotation.enumerated() {
            for v in around where !seen.contains([u, v]) {
                faces += 1
                var (a, b) = (u, v)
                while seen.insert([a, b]).inserted {
                    let i = try #require(rotation[b].firstIndex(of: a))
                    (a, b) = (b, rotation[b][(i + 1) % rotation[b].count])
                }
            }
        }
        #expect(16 - grid.count + faces == 2, "\(faces) faces")
        let drawing = try #require(Planarity.visibility(vertices: 16, edges: grid))
        #expect(Set(drawing.row).count == 16)
        for (k, (a, b)) in grid.enumerated() {
            for v in [a, b] { #expect(drawing.span[v].0 <= drawing.column[k] && drawing.column[k] <= drawing.span[v].1) }
        }
    }

    /// Lines routed round nodes go off the nodes' corners, so two can pass
    /// through one point: they cross there when one's two pieces lie either
    /// side of the other's, and only touch when not. Near a shared end the
    /// count goes by the node's outline, as a reader sees it: beside an
    /// ellipse, inside its rectangle, is still a crossing.
    @Test func crossingsCountedAsDrawn() {
        func p(_ x: Double, _ y: Double) -> Position { Position(x: x, y: y) }
        let far = [Box(centre: p(-100, 0), size: Size(width: 10, height: 10)), Box(centre: p(100, 0), size: Size(width: 10, height: 10)),
                   Box(centre: p(0, -100), size: Size(width: 10, height: 10)), Box(centre: p(0, 100), size: Size(width: 10, height: 10))]
        // West to east and south to north, both through (0, 0): a crossing at a shared corner.
        let across = [[p(-100, 0), p(0, 0), p(100, 0)], [p(0, -100), p(0, 0), p(0, 100)]]
        let square: [NodeOutline?] = far.map { NodeOutline(shape: "box", box: $0) }
        #expect(LayoutScore.crossings(across, ends: [(0, 1), (2, 3)], nodes: far, outlines: square) == 1)
        // West to east and south back to south-east through the same point: they touch and part.
        let touching = [[p(-100, 0), p(0, 0), p(100, 0)], [p(0, -100), p(0, 0), p(30, -100)]]
        #expect(LayoutScore.crossings(touching, ends: [(0, 1), (2, 3)], nodes: far, outlines: square) == 0)
        #expect(Rerouting.crosses(across[0], across[1], (0, 1), (2, 3), far, Rerouting.bounding(across[0]), Rerouting.bounding(across[1]), atCorners: true))
        // Two lines from an ellipse crossing 10 pt beside it, inside the corner of its rectangle.
        let ellipse = Box(centre: p(0, 0), size: Size(width: 100, height: 60))
        let nodes = [ellipse, Box(centre: p(200, 200), size: Size(width: 10, height: 10)), Box(centre: p(-200, 200), size: Size(width: 10, height: 10))]
        // They cross at (45, 27): outside the ellipse (about 9 pt), inside its rectangle.
        let lines = [[p(0, 0), p(90, 54), p(200, 200)], [p(0, 0), p(60, 10), p(30, 44), p(-200, 200)]]
        let outlines: [NodeOutline?] = nodes.map { NodeOutline(shape: "ellipse", box: $0) }
        #expect(LayoutScore.crossings(lines, ends: [(0, 1), (0, 2)], nodes: nodes) == 0)
        #expect(LayoutScore.crossings(lines, ends: [(0, 1), (0, 2)], nodes: nodes, outlines: outlines) == 1)
    }

    /// Whether line e's route passes more than 1.5 pt into a node not at either of its ends.
    static func through(_ ends: [(Int, Int)], _ outlines: [NodeOutline?]) -> (Int, [Position]) -> Bool {
        { e, route in
            outlines.indices.contains { k in
                k != ends[e].0 && k != ends[e].1
                    && zip(route, route.dropFirst()).contains { outlines[k]!.crossed(from: $0.0, to: $0.1, deeperThan: 1.5) }
            }
        }
    }

    /// A 40 x 20 node at the origin and two more `far` to its right, 100 pt
    /// above and below it: their boxes and outlines.
    static func fan(_ far: Double) -> (nodes: [Box], outlines: [NodeOutline?]) {
        let nodes = [(0.0, 0.0), (far, 100), (far, -100)].map { Box(centre: Position(x: $0.0, y: $0.1), size: Size(width: 40, height: 20)) }
        return (nodes, nodes.map { NodeOutline(shape: "box", box: $0) })
    }

    /// Two lines from one node that cross once, well clear of it, each take
    /// the other's way up to the crossing and their own after it: no
    /// crossing, each still ends where it did, nothing cut through. A
    /// crossing hard by the node is left: after it, the two lines would run
    /// into the node as one.
    @Test func linesFromOneNodeUncrossed() {
        func p(_ x: Double, _ y: Double) -> Position { Position(x: x, y: y) }
        let (nodes, outlines) = Self.fan(300)
        let ends = [(0, 2), (0, 1)]
        // Out of the node's right side, the upper one ends low and the lower one high: they cross at (85, 0).
        var routes = [[p(20, 5), p(150, -5), p(280, -100)], [p(20, -5), p(150, 5), p(280, 100)]]
        let cut = Self.through(ends, outlines)
        #expect(LayoutScore.crossings(routes, ends: ends, nodes: nodes, outlines: outlines) == 1)
        let changed = SharedEnds.uncross(&routes, ends: ends, centres: nodes.map(\.centre), nodes: nodes, outlines: outlines, cuts: cut).changed
        #expect(changed == [0, 1])
        #expect(LayoutScore.crossings(routes, ends: ends, nodes: nodes, outlines: outlines) == 0)
        #expect(!routes.indices.contains { cut($0, routes[$0]) })
        // Each from the shared node to its own far end.
        #expect(routes[0].last! == p(280, -100) && routes[1].last! == p(280, 100))
        #expect(nodes[0].insetBy(-1).contains(routes[0].first!) && nodes[0].insetBy(-1).contains(routes[1].first!))
        // The same crossing 5 pt from the node: left as it is.
        var near = [[p(20, 5), p(30, -5), p(280, -100)], [p(20, -5), p(30, 5), p(280, 100)]]
        let before = near
        #expect(SharedEnds.uncross(&near, ends: ends, centres: nodes.map(\.centre), nodes: nodes, outlines: outlines, cuts: cut).changed.isEmpty)
        #expect(near == before)
        // Lines that share no node: not this pass's to take out.
        var apart = [[p(-300, 5), p(150, -5), p(280, -100)], [p(20, -5), p(150, 5), p(280, 100)]]
        let apartNodes = nodes + [Box(centre: p(-320, 5), size: Size(width: 40, height: 20))]
        #expect(SharedEnds.uncross(&apart, ends: [(3, 2), (0, 1)], centres: apartNodes.map(\.centre), nodes: apartNodes,
                                   outlines: apartNodes.map { NodeOutline(shape: "box", box: $0) }, cuts: { _, _ in false }).changed.isEmpty)
    }

    /// Two lines from one node that cross twice lose both crossings.
    @Test func linesFromOneNodeCrossingTwiceUncrossed() {
        func p(_ x: Double, _ y: Double) -> Position { Position(x: x, y: y) }
        let (nodes, outlines) = Self.fan(400)
        let ends = [(0, 1), (0, 2)]
        // Crossing at (70, 0) and again at (243, 0).
        var routes = [[p(20, 5), p(100, -3), p(175, -40), p(260, 10), p(380, 100)],
                      [p(20, -5), p(100, 3), p(175, 40), p(260, -10), p(380, -100)]]
        let cut = Self.through(ends, outlines)
        let pieces = { (r: [[Position]]) in
            zip(r[0], r[0].dropFirst()).reduce(0) { n, a in n + zip(r[1], r[1].dropFirst()).filter { segmentsCross(a.0, a.1, $0.0, $0.1) }.count }
        }
        #expect(pieces(routes) == 2)
        let changed = SharedEnds.uncross(&routes, ends: ends, centres: nodes.map(\.centre), nodes: nodes, outlines: outlines, cuts: cut).changed
        #expect(changed == [0, 1])
        #expect(pieces(routes) == 0)
        #expect(routes[0].last! == p(380, 100) && routes[1].last! == p(380, -100))
    }

    /// An eco-map's sector name goes outside the outer ring, in its own
    /// sector and clear of the nodes; where the middle of its sector would
    /// make the drawing taller on a slide (the height is what limits it),
    /// it moves along the ring into the empty corner instead.
    @Test func sectorNamesTakeTheEmptyCorners() {
        func p(_ x: Double, _ y: Double) -> Position { Position(x: x, y: y) }
        let outer = Size(width: 420, height: 260)
        let quarter = Double.pi / 2
        // Four sectors, the first centred at the top, as the rings lay them out.
        let sectors = (0..<4).map { k in
            RingLayout.Sector(kind: k, start: Double.pi / 2 - quarter / 2 + Double(k) * quarter, end: Double.pi / 2 + quarter / 2 + Double(k) * quarter)
        }
        let names = [0: "Organisations", 1: "Platforms", 2: "People", 3: "Communities"]
        // A node on the outer ring at the top, a little left of the middle.
        let node = Box(centre: p(-60, 260), size: Size(width: 120, height: 40))
        let content = Box(centre: p(0, 0), size: Size(width: 2 * outer.width, height: 2 * outer.height)).union(node)
        let frame = (width: 960.0, height: 540.0)
        let laid = SectorNames.lay(sectors, names: names, outer: outer, centre: p(0, 0), obstacles: [node], content: content) {
            KeyPlacement.fitting($0, key: nil, frame: frame)
        }
        #expect(laid.names.count == 4 && laid.ticks.count == 4)
        for ((label, box), sector) in zip(laid.names, sectors) {
            #expect(label == names[sector.kind])
            #expect(!box.intersects(node.insetBy(-SectorNames.clearance + 0.5)), "\(label) on the node")
            // Outside the ring: its nearest point to the centre is beyond it.
            let x = min(max(0, box.minX), box.maxX), y = min(max(0, box.minY), box.maxY)
            #expect((x / outer.width) * (x / outer.width) + (y / outer.height) * (y / outer.height) >= 1, "\(label) inside the ring")
            // In its own sector: its angle taken as the rings' are, round the ellipse.
            var angle = atan2(box.centre.y / outer.height, box.centre.x / outer.width)
            while angle < sector.start { angle += 2 * Double.pi }
            #expect(angle <= sector.end, "\(label) outside its sector")
        }
        // The top sector's name doesn't make the drawing taller than the node on the ring does.
        #expect(laid.names[0].box.maxY <= content.maxY + 1)
        #expect(laid.extent.height <= content.height + 1)
        // Without a frame, the least area: the same rule, one over the area.
        #expect(KeyPlacement.fitting(Box(centre: p(0, 0), size: Size(width: 10, height: 10)), key: nil, frame: nil) == 0.01)
    }

    /// A planarised graph is planar, keeps every line as a chain, and makes
    /// few crossings: K5 needs one.
    @Test func planarisation() throws {
        var k5: [(Int, Int)] = []
        for a in 0..<5 { for b in (a + 1)..<5 { k5.append((a, b)) } }
        let p = try #require(Planarisation.make(vertices: 5, edges: k5, order: Array(k5.indices),
                                                isPlanar: { Planarity.isPlanar(vertices: $0, edges: $1) },
                                                rotation: { Planarity.rotation(vertices: $0, edges: $1) }))
        #expect(p.crossings == 1)
        #expect(Planarity.isPlanar(vertices: p.vertices, edges: p.pieces))
        for (k, chain) in p.chains.enumerated() { #expect(chain.first == k5[k].0 && chain.last == k5[k].1) }
    }

    /// The planar candidate is tried where its refinement is quick: on a map
    /// that needs a few crossings, it draws; on a 20-node map of 100 links,
    /// whose planarisation has hundreds of crossings' vertices (and took 10 s
    /// to refine), it is left out and neato's layouts are kept.
    @Test func planarCandidateOnlyWhereItIsQuick() throws {
        func candidate(_ map: CheckedMap) throws -> MembershipLayout.Result? {
            let diagram = DiagramBuilder.build(map, options: RenderOptions())
            let sizes = try CompactLayout.nodeSizes(diagram, deadline: Deadline(seconds: 60))
            return PlanarCandidate.arrange(diagram, sizes: sizes)
        }
        #expect(try candidate(checked(path: Package.path("Maps/scw-best-practice.ecomap"))) != nil)
        var text = "map \"Dense\"\n"
        for i in 0..<20 { text += "organisation n\(i) \"Node \(i)\"\n" }
        var random = SeededGenerator(seed: 7)
        var pairs = Set<[Int]>()
        while pairs.count < 100 {
            let a = random.next(20), b = random.next(20)
            if a != b, pairs.insert([min(a, b), max(a, b)]).inserted { text += "n\(a) -> n\(b)\n" }
        }
        #expect(try candidate(checked(text)) == nil)
    }

    /// The crossings a chosen layout leaves are taken out by moving nodes: a
    /// partner put beyond the far side of a star has its line routed round
    /// the middle, across a spoke; one or two nodes move, nothing overlaps,
    /// and the same moves are made every time.
    @Test func nodeMovesTakeOutACrossing() throws {
        let map = try checked("""
            map "Moves"
            organisation hub "Hub"
            organisation east "East"
            organisation north "North"
            organisation west "West"
            organisation south "South"
            platform leaf "Leaf"
            hub -> east
            hub -> north
            hub -> west
            hub -> south
            east -> leaf
            """)
        var diagram = DiagramBuilder.build(map, options: RenderOptions())
        let deadline = Deadline(seconds: 60)
        let sizes = try CompactLayout.nodeSizes(diagram, deadline: deadline)
        for i in diagram.nodes.indices {
            diagram.nodes[i].attributes += [.init(.width, Number.inches(sizes[i].width)), .init(.height, Number.inches(sizes[i].height))]
        }
        let index = Dictionary(uniqueKeysWithValues: diagram.nodes.enumerated().map { ($1.name, $0) })
        let start: [String: Position] = ["hub": Position(x: 0, y: 0), "east": Position(x: 220, y: 0), "north": Position(x: 0, y: 150),
                                         "west": Position(x: -220, y: 0), "south": Position(x: 0, y: -150), "leaf": Position(x: -440, y: 0)]
        var result = MembershipLayout.Result(centres: Array(repeating: nil, count: diagram.nodes.count), boxes: [])
        for (name, at) in start { result.centres[try #require(index[name])] = at }
        func faults(_ r: MembershipLayout.Result) throws -> Int {
            let placed = CompactLayout.ownPlaced(diagram, centres: r.centres.map { $0 ?? Position(x: 0, y: 0) }, boxes: r.boxes, sizes: sizes)
            return try CompactLayout.drawnFaults(placed, routes: r.routes, of: diagram, deadline: deadline).count
        }
        #expect(try faults(result) > 0, "the leaf's line, round the middle, crosses a spoke")
        let moved = try CompactLayout.withNodesMoved(result, diagram: diagram, sizes: sizes, deadline: deadline, fit: { _, _ in 1 }, least: 0)
        #expect(try faults(moved) == 0)
        // One node moved, or two swapped (no box here); the others make way, if at all, a little.
        let far = diagram.nodes.indices.filter { moved.centres[$0]!.distance(to: result.centres[$0]!) > 40 }
        #expect((1...2).contains(far.count), "moved: \(far.map { diagram.nodes[$0].name })")
        let boxes = diagram.nodes.indices.map { Box(centre: moved.centres[$0]!, size: sizes[$0]) }
        for i in boxes.indices { for j in boxes.indices where j > i { #expect(!boxes[i].intersects(boxes[j])) } }
        // The same moves every time.
        let again = try CompactLayout.withNodesMoved(result, diagram: diagram, sizes: sizes, deadline: deadline, fit: { _, _ in 1 }, least: 0)
        #expect(again.centres == moved.centres)
    }

    /// Each membership box carries the name of the organisation or community
    /// it stands for: that node, inside it, its label in bold, drawn once; the
    /// key says what a box is.
    @Test(arguments: ["Maps/scw-current.ecomap", "Tests/EcomapTests/Fixtures/youth-network.ecomap"])
    func boxesCarryTheirNames(_ path: String) throws {
        let map = try checked(path: Package.path(path))
        let root = try XMLElement.parse(try Renderer.render(map, as: .svg))
        let prefix = map.identifier
        let nodes = DrawnGeometry.nodes(root, idPrefix: "\(prefix)-node-")
        let clusters = root.groups("cluster").filter { !$0.classes.contains("key") }
        #expect(!clusters.isEmpty)
        for cluster in clusters {
            let id = try #require(cluster.attributes["id"])
            let head = String(id.dropFirst("\(prefix)-group-".count))
            let box = try #require(DrawnGeometry.nodes(XMLElement.wrap(cluster)).values.first, "\(id): no outline")
            let node = try #require(nodes["\(prefix)-node-\(head)"], "\(head) not drawn")
            #expect(node.minX >= box.minX && node.maxX <= box.maxX && node.minY >= box.minY && node.maxY <= box.maxY,
                    "\(head) is not inside its box: \(node) in \(box)")
            let group = try #require(root.element(id: "\(prefix)-node-\(head)"))
            let texts = group.all("text")
            // In bold as SVG readers know it: a family named "… Bold" is drawn in the regular face.
            #expect(!texts.isEmpty && texts.allSatisfy { $0.attributes["font-weight"] == "bold" && $0.attributes["font-family"] == "DejaVu Sans" },
                    "\(head)'s label is not in bold")
            // Drawn once: the box itself has no text of its own.
            #expect(!cluster.children.contains { $0.name == "text" })
            // Its members are not in bold.
            for member in map.map.nodes where member.memberOf.first == head && !map.map.nodes.contains(where: { $0.memberOf.first == member.id }) {
                let texts = root.element(id: "\(prefix)-node-\(member.id)")?.all("text") ?? []
                #expect(!texts.contains { $0.attributes["font-weight"] == "bold" }, "\(member.id) in bold")
            }
        }
        let key = root.descendants.filter { ($0.attributes["id"] ?? "").hasPrefix("\(prefix)-key") }.map(\.allText).joined(separator: " ")
        #expect(key.contains("Box: part of the one in bold"))
    }

    /// The map in `text`'s diagram, built with the options `change` sets,
    /// its nodes' sizes as the layout takes them, and each node's index by name.
    static func prepared(_ text: String, _ change: (inout RenderOptions) -> Void) throws -> (diagram: Diagram, sizes: [Size], index: [String: Int]) {
        var options = RenderOptions()
        change(&options)
        let diagram = DiagramBuilder.build(try checked(text), options: options)
        let sizes = try CompactLayout.nodeSizes(diagram, deadline: Deadline(seconds: 60))
        return (diagram, sizes, Dictionary(uniqueKeysWithValues: diagram.nodes.enumerated().map { ($1.name, $0) }))
    }

    /// A try of the default layout can start from places given (the planar
    /// candidate's): asked to keep them (`maxiter=0`), the layout is those
    /// places' shape, scaled and moved apart only where nodes overlap; from
    /// neato's own start it is not.
    @Test func triesStartFromPlacesGiven() throws {
        let (diagram, sizes, index) = try Self.prepared("""
            map "Seeds"
            organisation a "Alpha"
            organisation b "Beta"
            organisation c "Gamma"
            organisation d "Delta"
            a -> b
            b -> c
            c -> d
            """) { $0.page = .none }
        let deadline = Deadline(seconds: 60)
        // A square, each node at a corner: a path folded back on itself.
        var seeds = [Position?](repeating: nil, count: diagram.nodes.count)
        for (name, at) in ["a": Position(x: 0, y: 0), "b": Position(x: 400, y: 0), "c": Position(x: 400, y: 300), "d": Position(x: 0, y: 300)] {
            seeds[try #require(index[name])] = at
        }
        var kept = diagram
        kept.graph.append(.init(.maxiter, "0"))
        // Each node at its corner of a rectangle as wide as the square's, the
        // same way round: neato scales places given to pack them, then moves
        // nodes apart only where they overlap.
        func square(_ r: MembershipLayout.Result) -> Bool {
            let at = ["a", "b", "c", "d"].map { r.centres[index[$0]!]! }
            let aligned = abs(at[0].y - at[1].y) < 1 && abs(at[1].x - at[2].x) < 1 && abs(at[2].y - at[3].y) < 1 && abs(at[3].x - at[0].x) < 1
            let (width, height) = (at[1].x - at[0].x, at[2].y - at[1].y)
            return aligned && width > 0 && height > 0 && abs(width / height - 4.0 / 3) < 0.2
        }
        #expect(square(try MembershipLayout.arrange(kept, sizes: sizes, deadline: deadline, seeds: seeds)), "the places given were not kept")
        #expect(!square(try MembershipLayout.arrange(kept, sizes: sizes, deadline: deadline)), "neato's own start made the square")
    }

    /// The label size each of the default layout's best few is judged on is
    /// the one drawn: its lines and its key in place, measured as
    /// `legibility.py` measures the README's figures (the SVG, fitted to a
    /// whole slide, never enlarged). The English key is the narrower, so
    /// the English drawing is the one judged. A small map must keep 10 pt
    /// on a slide and 8 on A4, a larger one 8 and 6.5.
    @Test func labelsJudgedAsDrawn() throws {
        #expect(DrawingChoice.labelTarget(.slide, nodes: 15) == 10 && DrawingChoice.labelTarget(.slide, nodes: 16) == 8)
        #expect(DrawingChoice.labelTarget(.a4, nodes: 15) == 8 && DrawingChoice.labelTarget(.a4, nodes: 16) == 6.5)
        #expect(DrawingChoice.labelTarget(.none, nodes: 3) == nil)
        for path in ["Maps/cdps-communities.ecomap", "Maps/scw-current.ecomap"] {
            let map = try checked(path: Package.path(path))
            let diagram = DiagramBuilder.build(map, options: RenderOptions())
            let deadline = Deadline(seconds: 60)
            let placed = try CompactLayout.place(diagram, deadline: deadline)
            let own = CompactLayout.ownPlaced(diagram, centres: placed.centres, boxes: placed.boxes, sizes: placed.sizes)
            let drawn = try CompactLayout.drawnFaults(own, routes: placed.routes, of: diagram, uncrossing: true, deadline: deadline)
            let judged = CompactLayout.labelAsDrawn(drawn.plan, routes: drawn.routes)
            let root = try XMLElement.parse(try Renderer.render(map, as: .svg))
            func points(_ name: String) throws -> Double {
                try #require(root.attributes[name].flatMap { Double($0.replacingOccurrences(of: "pt", with: "")) }, "\(path): no \(name)")
            }
            let measured = 11 * min(1, 960 / (try points("width")), 540 / (try points("height")))
            #expect(abs(judged - measured) < 0.02 * measured, "\(path): judged at \(judged) pt, drawn at \(measured)")
        }
    }

    /// In a 3-node map the two-way line is long enough to show both
    /// arrowheads and the line between them.
    @Test func twoWayArrowShowsInASmallMap() throws {
        let map = try checked(path: Package.path("Tests/EcomapTests/Fixtures/three-nodes.ecomap"))
        let root = try XMLElement.parse(try Renderer.render(map, as: .svg))
        let nodes = DrawnGeometry.nodes(root, idPrefix: "three-node-")
        let a = try #require(nodes["three-node-a"]), b = try #require(nodes["three-node-b"])
        // The gap between the two nodes' outlines along the line between their centres.
        let dx = b.centre.x - a.centre.x, dy = b.centre.y - a.centre.y
        let d = (dx * dx + dy * dy).squareRoot()
        func reach(_ r: Rect) -> Double { min(abs(r.width / 2 * d / max(abs(dx), 1e-9)), abs(r.height / 2 * d / max(abs(dy), 1e-9))) }
        #expect(d - reach(a) - reach(b) >= 22, "only \(d - reach(a) - reach(b)) pt between the nodes")
    }

    /// The gap diagram's key explains each mark, and the line marks are few
    /// and unlike each other.
    @Test func gapMarksAreFewAndDistinct() throws {
        let current = try checked(path: Package.path("Maps/scw-current.ecomap"))
        let best = try checked(path: Package.path("Maps/scw-best-practice.ecomap"))
        let diagram = GapDiagram.diagram(Comparison(current: current, best: best))
        let marks = try #require(diagram.legend).lines.filter { $0.key.hasPrefix("gap-") }
        #expect(!marks.isEmpty && marks.count <= 4, "\(marks.map(\.label))")
        let looks = marks.map { entry in
            [entry.attributes[.style] ?? "solid", entry.attributes[.penwidth] ?? "", entry.attributes[.arrowtail] ?? ""].joined(separator: "|")
        }
        #expect(Set(looks).count == looks.count, "two marks look alike: \(looks)")
    }
}

extension XMLElement {
    /// An element alone inside a document root, for helpers that read groups below a root.
    static func wrap(_ element: XMLElement) -> XMLElement {
        let root = XMLElement(name: "svg", attributes: [:])
        let group = XMLElement(name: "g", attributes: ["class": "node", "id": element.attributes["id"] ?? ""])
        group.children = element.children
        root.children = [group]
        return root
    }
}
