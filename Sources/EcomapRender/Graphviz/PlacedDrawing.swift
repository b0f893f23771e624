import CGraphviz
import Foundation
import EcomapCore

/// Drawing a map whose positions are decided (``CompactLayout``): the key, the
/// link labels and an eco-map's rings are placed in Swift, Graphviz routes the
/// lines round every node ("nop2" with curved lines) and draws.
extension GraphvizRenderer {
    /// Draws `placed` as SVG, PNG or PDF, in one job on Graphviz's thread.
    ///
    /// Two passes: the map's lines are routed first, with nothing but the map
    /// in the graph (every node is an obstacle to the router, and the key's
    /// dozens of little nodes made routing several times slower); then the
    /// key, the labels and the rings join, and everything is drawn where it is.
    static func drawPlaced(_ placed: CompactLayout.Placed, format: OutputFormat, deadline: Deadline) throws(Diagnostic) -> [UInt8] {
        let plan = DrawingPlan(placed)
        return try run(placed.diagram, deadline: deadline) { gvc throws(Diagnostic) in
            let diagram = plan.placed.diagram
            let graph = try GraphBuilder(diagram)
            let root = UnsafeMutableRawPointer(graph.root)
            try routeLines(plan, graph, gvc, format: format)
            var laidOut = true
            defer { if laidOut { gvFreeLayout(gvc, graph.root) } }
            let routes = graph.edgePointers.map { bezierPoints(graph.get($0, "pos")) }
            // A key in a corner is kept only if no line was routed across it.
            let key = plan.key(routes: routes)
            let labels = plan.labels(routes: routes, key: key?.box)
            gvFreeLayout(gvc, graph.root)
            laidOut = false
            if let key, let legend = diagram.legend {
                try LegendPlacer.place(legend, left: key.topLeft.x, top: key.topLeft.y, prefix: diagram.prefix, in: graph)
            }
            for (e, box) in labels {
                graph.set(UnsafeMutableRawPointer(graph.edgePointers[e]),
                          GVAttribute(.lp, "\(Number.format(box.centre.x)),\(Number.format(box.centre.y))"))
            }
            try addRings(plan, to: graph)
            // Every line has its route now: this pass routes none.
            graph.set(root, GVAttribute(.bb, ""))
            guard gvLayout(gvc, graph.root, "nop2") == 0 else { throw failure("Graphviz could not draw the map") }
            laidOut = true
            if format == .png, diagram.page.size == nil { try refuseOversizedBitmap(graph, diagram) }
            fitPage(graph, diagram.page, format: format)
            return try output(graph, format, gvc)
        }
    }

    /// Routes the map's lines in `graph` as its drawing has them, laid out
    /// ("nop2") at the places given and left so for the caller to free (if
    /// it throws, nothing is left laid out): lines that came with
    /// routes drawn along them, the others routed round the nodes by
    /// Graphviz, and any that cut through a node given a detour of ecomap's
    /// own, or else one of Graphviz's polylines. The drawing and the choice
    /// between layouts (``routesAsDrawn(_:deadline:)``) both route this way,
    /// so the crossings counted are the crossings drawn.
    static func routeLines(_ plan: DrawingPlan, _ graph: GraphBuilder, _ gvc: OpaquePointer, format: OutputFormat) throws(Diagnostic) {
        let diagram = plan.placed.diagram
        let root = UnsafeMutableRawPointer(graph.root)
        // Coordinates as placed: the labels' and the key's places depend on them.
        graph.set(root, GVAttribute(.notranslate, "true"))
        // Room kept round each node when lines are routed: less than the
        // layout leaves between nodes, or Graphviz finds them touching and
        // draws every line straight.
        graph.set(root, GVAttribute(.esep, "+2"))
        preparePage(graph, diagram.page, format: format)
        // Lines whose routes came with the positions (a planar drawing's) are drawn as routed.
        for (e, route) in plan.placed.routes.sorted(by: { $0.key < $1.key }) where e < diagram.edges.count {
            if let pos = plan.along(e, route) { graph.set(UnsafeMutableRawPointer(graph.edgePointers[e]), GVAttribute(.pos, pos)) }
        }
        guard gvLayout(gvc, graph.root, "nop2") == 0 else { throw failure("Graphviz could not draw the map") }
        attach_attrs(graph.root)
        // Graphviz routes round ellipses by an octagon inside them, and
        // fits its curves loosely round corners: now and then a line cuts
        // through a node. Those lines get a route of ecomap's own
        // (``Detour``), or failing that one of Graphviz's polylines.
        var cutting: [Int] = []
        let firstRoutes = graph.edgePointers.map { bezierPoints(graph.get($0, "pos")) }
        // Straight lines (maps with hundreds of links) are drawn straight, through whatever is in the way.
        let curved = diagram.graph[.splines] == "true"
        for e in curved ? plan.cuttingThrough(firstRoutes) : [] {
            let edge = diagram.edges[e]
            // Lines that share an end with this one meet it there: no crossing.
            let others = firstRoutes.indices.filter { k in
                k != e && Set([diagram.edges[k].from, diagram.edges[k].to]).isDisjoint(with: [edge.from, edge.to])
            }.map { firstRoutes[$0] }
            if let route = plan.detour(e, avoiding: others) {
                graph.set(UnsafeMutableRawPointer(graph.edgePointers[e]), GVAttribute(.pos, route))
            } else {
                cutting.append(e)
            }
        }
        if !cutting.isEmpty {
            gvFreeLayout(gvc, graph.root)
            for e in cutting { graph.set(UnsafeMutableRawPointer(graph.edgePointers[e]), GVAttribute(.pos, "")) }
            graph.set(root, GVAttribute(.splines, "polyline"))
            graph.set(root, GVAttribute(.bb, ""))
            guard gvLayout(gvc, graph.root, "nop2") == 0 else { throw failure("Graphviz could not draw the map") }
            attach_attrs(graph.root)
        }
    }

    /// An eco-map's rings: faint dashed ellipses round the centre, each a
    /// line with a route of its own (four Bézier quarters) between two points.
    private static func addRings(_ plan: DrawingPlan, to graph: GraphBuilder) throws(Diagnostic) {
        let c = plan.placed.ringCentre
        let colour = plan.placed.diagram.graph[.bgcolor] == "#ffffff" ? "#d5d5d5" : "#5a5a5a"
        for (k, ring) in plan.placed.rings.enumerated() {
            let (rx, ry) = (ring.width, ring.height)
            let start = "\(Number.format(c.x + rx)),\(Number.format(c.y))"
            let point: [GVAttribute] = [.init(.shape, "point"), .init(.width, "0.01"), .init(.style, "invis"),
                                        .init(.class, "ring-guide"), .init(.pos, start), .init(.label, "")]
            let a = try graph.node("ring:\(k + 1):a", point)
            let b = try graph.node("ring:\(k + 1):b", point)
            let q = 0.5523
            let xs: [Double] = [rx, rx, q * rx, 0, -q * rx, -rx, -rx, -rx, -q * rx, 0, q * rx, rx, rx]
            let ys: [Double] = [0, q * ry, ry, ry, ry, q * ry, 0, -q * ry, -ry, -ry, -ry, -q * ry, 0]
            let route = zip(xs, ys).map { "\(Number.format(c.x + $0)),\(Number.format(c.y + $1))" }.joined(separator: " ")
            try graph.edge(a, b, [
                .init(.id, "\(plan.placed.diagram.prefix)-ring-\(k + 1)"), .init(.class, "ring-guide"),
                .init(.dir, "none"), .init(.style, "dashed"), .init(.color, colour), .init(.penwidth, "1"),
                .init(.pos, route),
            ])
        }
        // The sectors: each named outside the rings, with a short mark where one meets the next.
        let text = plan.placed.diagram.graph[.bgcolor] == "#ffffff" ? "#595959" : "#bdbdbd"
        for (k, sector) in plan.sectorLabels.enumerated() {
            try graph.node("sector:\(k)", [
                .init(.id, "\(plan.placed.diagram.prefix)-sector-\(k + 1)"), .init(.class, "sector-guide"),
                .init(.shape, "plaintext"), .init(.label, GraphvizText.label(sector.label)), .init(.fontsize, Number.format(DiagramBuilder.sectorNameSize)),
                .init(.fontcolor, text), .init(.fontname, DiagramBuilder.font),
                .init(.width, Number.inches(sector.box.width)), .init(.height, Number.inches(sector.box.height)), .init(.fixedsize, "true"),
                .init(.pos, "\(Number.format(sector.box.centre.x)),\(Number.format(sector.box.centre.y))"),
            ])
        }
        for (k, tick) in plan.sectorTicks.enumerated() {
            let point: [GVAttribute] = [.init(.shape, "point"), .init(.width, "0.01"), .init(.style, "invis"),
                                        .init(.class, "sector-guide"), .init(.label, "")]
            let a = try graph.node("tick:\(k):a", point + [.init(.pos, "\(Number.format(tick.0.x)),\(Number.format(tick.0.y))")])
            let b = try graph.node("tick:\(k):b", point + [.init(.pos, "\(Number.format(tick.1.x)),\(Number.format(tick.1.y))")])
            try graph.edge(a, b, [
                .init(.id, "\(plan.placed.diagram.prefix)-sector-edge-\(k + 1)"), .init(.class, "sector-guide"),
                .init(.dir, "none"), .init(.color, colour), .init(.penwidth, "1.5"),
                .init(.pos, "\(Number.format(tick.0.x)),\(Number.format(tick.0.y)) \(Number.format(tick.0.x)),\(Number.format(tick.0.y)) \(Number.format(tick.1.x)),\(Number.format(tick.1.y)) \(Number.format(tick.1.x)),\(Number.format(tick.1.y))"),
            ])
        }
    }

    /// The points of an edge's route ("e,x,y s,x,y x,y x,y ..."), arrowhead ends left out.
    static func routePoints(_ pos: String?) -> [Position] {
        guard let pos else { return [] }
        var out: [Position] = []
        for part in pos.split(whereSeparator: { $0 == " " || $0 == "\\" || $0 == "\n" }) {
            if part.hasPrefix("e,") || part.hasPrefix("s,") { continue }
            let xy = part.split(separator: ",").compactMap { Double($0) }
            if xy.count == 2 { out.append(Position(x: xy[0], y: xy[1])) }
        }
        // Between control points too: a route's corners are far apart on long lines.
        var fine: [Position] = []
        for (a, b) in zip(out, out.dropFirst()) {
            let steps = max(1, Int(a.distance(to: b) / 6))
            for s in 0..<steps { fine.append(Position(x: a.x + (b.x - a.x) * Double(s) / Double(steps), y: a.y + (b.y - a.y) * Double(s) / Double(steps))) }
        }
        if let last = out.last { fine.append(last) }
        return fine
    }
}

/// What ``GraphvizRenderer/drawPlaced(_:format:deadline:)`` works out before
/// it calls Graphviz: the labels' places and the key's candidate places.
struct DrawingPlan {
    let placed: CompactLayout.Placed
    /// The edges with labels, and each label's size.
    var labelled: [(edge: Int, size: Size)] = []
    var keyChoices: [KeyPlacement.Choice] = []
    /// An eco-map's sector names, each in its box outside the rings.
    var sectorLabels: [(label: String, box: Box)] = []
    /// Where one sector meets the next: a short mark outside the rings.
    var sectorTicks: [(Position, Position)] = []
    /// All the drawing holds but its lines and the key: nodes, boxes, loops, rings and sector names.
    private(set) var content = Box.empty
    /// What decides the key's place but its size and frame: what it must not cover or cross.
    private var keyAvoids: (obstacles: [Box], segments: [(Position, Position)], points: [Position])

    init(_ placed: CompactLayout.Placed) {
        self.placed = placed
        let diagram = placed.diagram
        let nodeBoxes = diagram.nodes.indices.map(placed.box(of:))
        let clusterBoxes = placed.boxes.compactMap { $0 }
        var content = Box.empty
        for box in nodeBoxes + clusterBoxes { content = content.union(box) }
        // A link from a node to itself is a loop drawn out to its right.
        var obstacles = nodeBoxes + clusterBoxes
        for edge in diagram.edges where edge.from == edge.to {
            let b = nodeBoxes[edge.from]
            let loop = Box(minX: b.maxX - 4, minY: b.minY, maxX: b.maxX + 0.5 * b.height + 24, maxY: b.maxY)
            content = content.union(loop)
            obstacles.append(loop)
        }
        for (e, edge) in diagram.edges.enumerated() where !edge.labelLines.isEmpty && edge.from != edge.to {
            let width = (edge.labelLines.map { TextWidth.of($0, size: 9) }.max() ?? 0) * 1.04 + 6
            let height = Double(edge.labelLines.count) * 9 * 1.2 + 4
            labelled.append((e, Size(width: width, height: height)))
        }
        var ringPoints: [Position] = []
        for ring in placed.rings {
            content = content.union(Box(centre: placed.ringCentre, size: Size(width: 2 * ring.width, height: 2 * ring.height)))
            for k in 0..<96 {
                let a = 2 * Double.pi * Double(k) / 96
                ringPoints.append(Position(x: placed.ringCentre.x + ring.width * cos(a), y: placed.ringCentre.y + ring.height * sin(a)))
            }
        }
        let key = diagram.legend.map(LegendPlacer.size(of:))
        let frame = diagram.room.map { ($0.width, $0.height) } ?? diagram.page.frame
        if let outer = placed.rings.last, !placed.sectors.isEmpty {
            let laid = SectorNames.lay(placed.sectors, names: placed.sectorNames, outer: outer, centre: placed.ringCentre,
                                       obstacles: nodeBoxes + clusterBoxes, content: content) { KeyPlacement.fitting($0, key: key, frame: frame) }
            sectorLabels = laid.names
            sectorTicks = laid.ticks
            content = laid.extent
            obstacles += sectorLabels.map(\.box)
        }
        let segments = diagram.edges.map { (placed.centres[$0.from], placed.centres[$0.to]) }
        keyAvoids = (obstacles, segments, ringPoints)
        if let key, !content.isEmpty {
            keyChoices = KeyPlacement.choices(content: content, key: key, frame: frame,
                                              obstacles: obstacles, segments: segments, points: ringPoints)
        }
        self.content = content
    }

    /// The key's place once the lines are routed: a corner is kept only if
    /// no line crosses it, as ``GraphvizRenderer/drawPlaced(_:format:deadline:)`` keeps it.
    func key(routes: [[Position]]) -> KeyPlacement.Choice? { Self.key(among: keyChoices, routes: routes) }

    private static func key(among choices: [KeyPlacement.Choice], routes: [[Position]]) -> KeyPlacement.Choice? {
        guard let corner = choices.first, corner.inCorner else { return choices.first }
        let keep = corner.box.insetBy(-2)
        if routes.contains(where: { route in zip(route, route.dropFirst()).contains { keep.crossedBy($0.0, $0.1) } }) {
            return choices.first { !$0.inCorner }
        }
        return corner
    }

    /// The drawing's extent with these routes and a key of `key`'s size: its
    /// content, its lines and the key where a drawing for the whole page
    /// would put it (not for a report's room: a map keeps its places there,
    /// ``RenderOptions/room``). The tries' fit leaves the lines and a key in
    /// a corner out, and so misjudges a drawing's labels by a tenth either way.
    func extentAsDrawn(routes: [[Position]], key: Size?) -> Box {
        var extent = content
        for route in routes { extent = extent.union(Rerouting.bounding(route)) }
        if let key, !content.isEmpty {
            let choices = KeyPlacement.choices(content: content, key: key, frame: placed.diagram.page.frame, obstacles: keyAvoids.obstacles,
                                               segments: keyAvoids.segments, points: keyAvoids.points)
            if let place = Self.key(among: choices, routes: routes) { extent = extent.union(place.box) }
        }
        return extent
    }

    /// Every node's outline (none for points and plain text).
    var outlines: [NodeOutline?] {
        placed.diagram.nodes.indices.map { i in
            let shape = placed.diagram.nodes[i].attributes[.shape] ?? "ellipse"
            return shape == "point" || shape == "plaintext" ? nil : NodeOutline(shape: shape, box: placed.box(of: i))
        }
    }

    /// A route of ecomap's own for edge `e`, clear of every other node.
    func detour(_ e: Int, avoiding lines: [[Position]]) -> String? {
        let edge = placed.diagram.edges[e]
        let dir = edge.attributes[.dir] ?? "forward"
        return Detour.route(from: edge.from, to: edge.to, outlines: outlines, head: dir == "forward" || dir == "both",
                            tail: dir == "both" || dir == "back", arrowLength: 7, lines: lines)
    }

    /// A Graphviz `pos` for edge `e` along `route` (centre to centre), cut
    /// at the nodes' outlines, with its arrowheads.
    func along(_ e: Int, _ route: [Position]) -> String? {
        let edge = placed.diagram.edges[e]
        let dir = edge.attributes[.dir] ?? "forward"
        let outlines = self.outlines
        guard let a = outlines[edge.from], let b = outlines[edge.to] else { return nil }
        return Detour.along(route, from: a, to: b, head: dir == "forward" || dir == "both", tail: dir == "both" || dir == "back",
                            arrowLength: 7)
    }

    /// The edges whose routes pass through a node that is not one of their
    /// ends: more than 1.5 pt inside its outline (a reader notices 2).
    func cuttingThrough(_ routes: [[Position]]) -> [Int] {
        let outlines = self.outlines
        return routes.indices.filter { $0 < placed.diagram.edges.count && cuts($0, routes[$0], outlines) }
    }

    /// Whether `route`, edge `e`'s, passes through a node not at either of
    /// its ends (``cuttingThrough(_:)``), of these `outlines` (``outlines``).
    func cuts(_ e: Int, _ route: [Position], _ outlines: [NodeOutline?]) -> Bool {
        let edge = placed.diagram.edges[e]
        // Only the nodes within the route's bounds can be cut (this runs for every layout a choice weighs).
        let bounds = Rerouting.bounding(route).insetBy(-1)
        return outlines.indices.contains { k in
            guard k != edge.from && k != edge.to, let outline = outlines[k], outline.box.intersects(bounds) else { return false }
            return zip(route, route.dropFirst()).contains { outline.crossed(from: $0.0, to: $0.1, deeperThan: 1.5) }
        }
    }

    /// Each label's rectangle, by edge index, beside the routes Graphviz drew.
    func labels(routes: [[Position]], key: Box?) -> [Int: Box] {
        guard !labelled.isEmpty else { return [:] }
        let requests = labelled.map { LabelPlacement.Request(route: routes[$0.edge], size: $0.size) }
        let nodeBoxes = placed.diagram.nodes.indices.map(placed.box(of:))
        var out: [Int: Box] = [:]
        for (r, box) in LabelPlacement.place(requests, routes: routes, nodes: nodeBoxes, boxes: placed.boxes.compactMap { $0 },
                                             obstacles: key.map { [$0] } ?? []) {
            out[labelled[r].edge] = box
        }
        return out
    }
}

extension GraphvizRenderer {
    /// `placed` with only what shapes its lines' routes: shapes, sizes,
    /// places and arrowheads as the map's own drawing has them. A
    /// comparison's marks must not change which layout is chosen, or its
    /// marked drawing would move the map's nodes; nor may link labels.
    private static func routingOnly(_ placed: CompactLayout.Placed) -> CompactLayout.Placed {
        var out = placed
        out.diagram.legend = nil
        out.diagram.nodeDefaults = []
        out.diagram.edges = placed.diagram.edges.filter { !$0.extra }.map { edge in var e = edge; e.attributes = e.routing; return e }
        out.diagram.nodes = placed.diagram.nodes.indices.map { i in
            var node = placed.diagram.nodes[i]
            node.attributes = [.init(.shape, node.attributes[.shape] ?? "ellipse"), .init(.label, ""), .init(.fixedsize, "true"),
                               .init(.width, Number.inches(placed.sizes[i].width)), .init(.height, Number.inches(placed.sizes[i].height)),
                               .init(.pos, "\(Number.format(placed.centres[i].x)),\(Number.format(placed.centres[i].y))")]
            return node
        }
        return out
    }

    /// Each line of `placed` as its drawing routes it (``routeLines``):
    /// what the choice between the best few layouts counts crossings on.
    static func routesAsDrawn(_ placed: CompactLayout.Placed, deadline: Deadline) throws(Diagnostic) -> [[Position]] {
        let plan = DrawingPlan(routingOnly(placed))
        return try run(placed.diagram, deadline: deadline) { gvc throws(Diagnostic) in
            let graph = try GraphBuilder(plan.placed.diagram)
            try routeLines(plan, graph, gvc, format: .svg)
            defer { gvFreeLayout(gvc, graph.root) }
            return graph.edgePointers.map { bezierPoints(graph.get($0, "pos")) }
        }
    }

    /// Each of the map's own lines as Graphviz routes it round the nodes
    /// (curves sampled as short straight pieces), for choosing between layouts.
    static func routes(_ placed: CompactLayout.Placed, deadline: Deadline) throws(Diagnostic) -> [[Position]] {
        let diagram = routingOnly(placed).diagram
        return try run(diagram, deadline: deadline) { gvc throws(Diagnostic) in
            let graph = try GraphBuilder(diagram)
            let root = UnsafeMutableRawPointer(graph.root)
            graph.set(root, GVAttribute(.notranslate, "true"))
            graph.set(root, GVAttribute(.esep, "+2"))
            graph.set(root, GVAttribute(.splines, "true"))
            guard gvLayout(gvc, graph.root, "nop2") == 0 else { throw failure("Graphviz could not route the lines") }
            defer { gvFreeLayout(gvc, graph.root) }
            attach_attrs(graph.root)
            return graph.edgePointers.map { bezierPoints(graph.get($0, "pos")) }
        }
    }

    /// The points along a Graphviz route: each cubic piece sampled every 4 pt
    /// of its control polygon, at least eight times (eight pieces of a long
    /// curve cut inside its bend, and hid a line 2 pt inside a node).
    static func bezierPoints(_ pos: String?) -> [Position] {
        guard let pos else { return [] }
        var control: [Position] = []
        for part in pos.split(whereSeparator: { $0 == " " || $0 == "\\" || $0 == "\n" }) {
            if part.hasPrefix("e,") || part.hasPrefix("s,") { continue }
            let xy = part.split(separator: ",").compactMap { Double($0) }
            if xy.count == 2 { control.append(Position(x: xy[0], y: xy[1])) }
        }
        guard control.count >= 4 else { return control }
        var out = [control[0]]
        var i = 0
        while i + 3 < control.count {
            let (p0, p1, p2, p3) = (control[i], control[i + 1], control[i + 2], control[i + 3])
            let samples = max(8, min(64, Int((p0.distance(to: p1) + p1.distance(to: p2) + p2.distance(to: p3)) / 4)))
            for s in 1...samples {
                let t = Double(s) / Double(samples), u = 1 - t
                let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                out.append(Position(x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
            }
            i += 3
        }
        return out
    }
}
