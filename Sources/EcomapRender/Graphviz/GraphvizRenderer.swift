import CGraphviz
import Foundation
import EcomapCore

/// Lays a diagram out and draws it with libgvc, in-process: the one place in
/// ecomap that calls Graphviz.
///
/// Graphviz 2.42 (Debian's) is fragile, and this file works around what was
/// measured on it:
/// - cgraph and libgvc are not thread-safe, even for reading: every call is
///   made by one job at a time, under ``GraphvizRenderer/lock``.
/// - deep recursion in layout overflows small stacks (a 10,000-node chain
///   crashes on a 512 KiB stack): each job runs on a thread with a large stack.
/// - the graph is built with `agopen`/`agnode`/`agedge`/`agsafeset`, never by
///   `agmemread` of DOT text: its lexer keeps state between calls.
/// - `agseterrf` reads freed memory for messages over 1 KB: messages are kept
///   with `agseterr(AGMAX)` and read back with `aglasterr()`.
/// - every object is freed: render data, layouts, the graph.
/// - `fdp` orders edges by memory address, so its layouts vary from run to
///   run: ecomap doesn't offer it, and draws membership boxes with `neato`
///   through ``MembershipLayout`` instead.
enum GraphvizRenderer {
    /// Stack for layout threads: Graphviz recurses once per node in places.
    static let stackSize = 512 << 20

    /// Lays out and draws `diagram` as SVG, PNG or PDF (DOT text comes from
    /// ``DOTWriter``, without Graphviz). Throws a diagnostic (with no file
    /// name, for the caller to fill in) when Graphviz fails or runs past `deadline`.
    ///
    /// A Graphviz call that times out can't be stopped inside Graphviz: it
    /// goes on in the background and holds the lock, so later renders wait
    /// for it (the command line exits at once instead). The calls queued
    /// behind it for the same drawing are skipped, and so are those of a
    /// drawing given up (``DrawingCancellation``).
    static func render(_ diagram: Diagram, format: OutputFormat, deadline: Deadline) throws(Diagnostic) -> [UInt8] {
        if !diagram.alternatives.isEmpty {
            return try drawPlaced(try SummaryLadder.place(diagram, deadline: deadline), format: format, deadline: deadline)
        }
        if CompactLayout.applies(to: diagram) {
            return try drawPlaced(try CompactLayout.place(diagram, deadline: deadline), format: format, deadline: deadline)
        }
        if diagram.nodes.contains(where: \.extra) || diagram.edges.contains(where: \.extra) {
            return try drawPlaced(try Arrangement.placeAroundOwn(diagram, deadline: deadline), format: format, deadline: deadline)
        }
        return try run(diagram, deadline: deadline) { gvc throws(Diagnostic) in try draw(diagram, format: format, gvc) }
    }

    /// Lays out and draws `diagram` as SVG, and says where each of the map's
    /// own nodes went, by name (for a later drawing to start from, see
    /// ``RenderOptions/places``); no places from the engines that lay out alone.
    static func renderWithPlaces(_ diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> (svg: [UInt8], places: [String: Position]) {
        guard CompactLayout.applies(to: diagram) else { return (try render(diagram, format: .svg, deadline: deadline), [:]) }
        let placed = try CompactLayout.place(diagram, deadline: deadline)
        return (try drawPlaced(placed, format: .svg, deadline: deadline), placed.places)
    }

    /// Where a node went and how big it is: centre and size in points.
    struct Placement {
        var x, y, width, height: Double
    }

    /// Lays `diagram` out as it is and returns each node's placement, by
    /// name; with `clusters`, each cluster's box too, in the diagram's order
    /// (nil for one Graphviz gave no box).
    static func placements(_ diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> [String: Placement] {
        try layout(diagram, deadline: deadline).nodes
    }

    static func layout(_ diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> (nodes: [String: Placement], clusters: [Box?]) {
        try run(diagram, deadline: deadline) { gvc throws(Diagnostic) in
            let graph = try GraphBuilder(diagram)
            guard gvLayout(gvc, graph.root, diagram.layoutName) == 0 else {
                throw failure("Graphviz could not lay out the map with \(diagram.engine.rawValue)")
            }
            defer { gvFreeLayout(gvc, graph.root) }
            attach_attrs(graph.root)
            var out: [String: Placement] = [:]
            for (node, pointer) in zip(diagram.nodes, graph.nodePointers) {
                let parts = (graph.get(pointer, "pos") ?? "").split(separator: ",").compactMap { Double($0) }
                guard parts.count >= 2 else { continue }
                let width = Double(graph.get(pointer, "width") ?? "") ?? 0
                let height = Double(graph.get(pointer, "height") ?? "") ?? 0
                out[node.name] = Placement(x: parts[0], y: parts[1], width: width * 72, height: height * 72)
            }
            let boxes: [Box?] = graph.clusterPointers.map { sub in
                let bb = BoundingBox(graph.get(sub, "bb"))
                return bb.maxX > bb.minX ? Box(minX: bb.minX, minY: bb.minY, maxX: bb.maxX, maxY: bb.maxY) : nil
            }
            return (out, boxes)
        }
    }

    /// Draws a key on its own, as SVG, for drawings made of several parts.
    static func renderKey(_ legend: Legend, prefix: String, background: [GVAttribute],
                          deadline: Deadline) throws(Diagnostic) -> [UInt8] {
        var diagram = Diagram(prefix: prefix, title: legend.title, summary: "", engine: .dot, graph: background,
                              nodeDefaults: [], edgeDefaults: [], nodes: [], edges: [], clusters: [], legend: legend)
        diagram.fixedPositions = true
        return try run(diagram, deadline: deadline) { gvc throws(Diagnostic) in try drawKey(legend, of: diagram, gvc) }
    }

    /// A point in Graphviz's coordinates: points, y upwards.
    struct Point: Hashable, Sendable {
        var x: Double
        var y: Double
    }

    /// Runs `work` with Graphviz's context, under the lock, on a thread with a
    /// large stack, giving up at `deadline`.
    static func run<T>(_ diagram: Diagram, deadline: Deadline,
                               _ work: @escaping (OpaquePointer) throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        let cancellation = DrawingCancellation.current
        if cancellation?.isCancelled == true { throw DrawingCancellation.stopped }
        let job = Job(work, deadline: deadline, cancellation: cancellation)
        Worker.shared.submit { job.run() }
        // A drawing that may be given up waits in short steps, to notice.
        var waited = DispatchTimeoutResult.timedOut
        if let cancellation {
            while waited == .timedOut && DispatchTime.now() < deadline.instant && !cancellation.isCancelled {
                waited = job.done.wait(timeout: min(deadline.instant, .now() + .milliseconds(50)))
            }
            if waited == .timedOut && cancellation.isCancelled { throw DrawingCancellation.stopped }
        } else {
            waited = job.done.wait(timeout: deadline.instant)
        }
        // A job skipped because the deadline had passed before it started is as late as one still running.
        guard waited == .success, !job.startedLate else {
            let hint = switch diagram.engine {
            case .dot: "dot is slow on large maps: sfdp is much faster, or allow more time"
            case .sfdp: "sfdp is the fastest engine: allow more time, or split the map"
            default: "sfdp is faster on large maps, or allow more time"
            }
            var late = Diagnostic(.layoutTimeout, "laying out the map with \(diagram.engine.rawValue) took longer than \(formatSeconds(deadline.seconds))",
                             hint: hint, at: .none)
            // sfdp is the fastest engine there is: only more time can help.
            if diagram.engine == .sfdp { late.remedies = [.moreTime] }
            throw late
        }
        return try job.result.get()
    }

    private static func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }

    /// One piece of work, handed to the layout thread; `done` is signalled when `result` is set.
    private final class Job<T>: @unchecked Sendable {
        let work: (OpaquePointer) throws(Diagnostic) -> T
        let deadline: Deadline
        let cancellation: DrawingCancellation?
        let done = DispatchSemaphore(value: 0)
        var result: Result<T, Diagnostic> = .failure(Diagnostic(.layoutFailed, "not run", at: .none))
        /// Skipped because its deadline had passed before it started (not because it was given up).
        var startedLate = false

        init(_ work: @escaping (OpaquePointer) throws(Diagnostic) -> T, deadline: Deadline, cancellation: DrawingCancellation?) {
            self.work = work
            self.deadline = deadline
            self.cancellation = cancellation
        }

        func run() {
            // Its caller has stopped waiting (out of time, or given up): the
            // work is skipped, so that the jobs queued behind it don't wait
            // for a layout nobody will see.
            if deadline.remaining <= 0 || cancellation?.isCancelled == true {
                startedLate = cancellation?.isCancelled != true
                result = .failure(DrawingCancellation.stopped)
                done.signal()
                return
            }
            lock.lock()
            defer { lock.unlock() }
            if context == nil { context = gvContext() }
            if let gvc = context {
                _ = agseterr(AGMAX)
                _ = agreseterrors()
                // sfdp draws from rand() and seeds it only part of the way
                // through: without this, a layout depended on the ones before it.
                srand(1)
                srand48(1)
                result = Result { () throws(Diagnostic) -> T in try work(gvc) }
            } else {
                result = .failure(Diagnostic(.layoutFailed, "Graphviz could not start",
                                             hint: "is Graphviz's library (libgraphviz) installed?", at: .none))
            }
            done.signal()
        }
    }

    /// The one thread that runs Graphviz, for the life of the process. One
    /// thread, not one per job: Graphviz orders some of its tables by memory
    /// address, and each new thread gets its own malloc arena, so the second
    /// drawing in a process (a report's gap diagram) came out differently from
    /// run to run. On one thread the same jobs allocate the same way every time.
    private final class Worker: @unchecked Sendable {
        static let shared = Worker()
        private let condition = NSCondition()
        private var queue: [() -> Void] = []

        private init() {
            let thread = Thread { [unowned self] in self.loop() }
            thread.stackSize = GraphvizRenderer.stackSize
            thread.name = "ecomap-graphviz"
            thread.start()
        }

        func submit(_ job: @escaping () -> Void) {
            condition.lock()
            queue.append(job)
            condition.signal()
            condition.unlock()
        }

        private func loop() {
            while true {
                condition.lock()
                while queue.isEmpty { condition.wait() }
                let job = queue.removeFirst()
                condition.unlock()
                job()
            }
        }
    }

    /// Serialises every Graphviz call in the process.
    static let lock = NSLock()

    /// The Graphviz context, made once (it loads the plugins) and kept.
    nonisolated(unsafe) private static var context: OpaquePointer?

    /// Builds, lays out and renders a diagram Graphviz lays out alone (sfdp,
    /// dot, circo, twopi); called with the lock held.
    private static func draw(_ diagram: Diagram, format: OutputFormat, _ gvc: OpaquePointer) throws(Diagnostic) -> [UInt8] {
        let graph = try GraphBuilder(diagram)
        preparePage(graph, diagram.page, format: format)

        guard gvLayout(gvc, graph.root, diagram.layoutName) == 0 else {
            throw failure("Graphviz could not lay out the map with \(diagram.engine.rawValue)")
        }
        var laidOut = true
        defer { if laidOut { gvFreeLayout(gvc, graph.root) } }
        guard let legend = diagram.legend else {
            if format == .png, diagram.page.size == nil { try refuseOversizedBitmap(graph, diagram) }
            if format != .svg { fitPage(graph, diagram.page, format: format) }
            return try output(graph, format, gvc)
        }
        if format == .svg {
            // The key is drawn as a graph of its own and set beside the map in
            // the SVG: no second pass over a large map.
            let map = try output(graph, format, gvc)
            return SVGComposer.beside(map, try drawKey(legend, of: diagram, gvc))
        }
        // PNG and PDF can't be put side by side afterwards: place the key beside
        // the laid-out map and draw both with positions fixed ("nop2" keeps
        // nodes and edges where they are).
        attach_attrs(graph.root)
        let box = BoundingBox(graph.get(graph.root, "bb"))
        gvFreeLayout(gvc, graph.root)
        laidOut = false
        try LegendPlacer.place(legend, left: box.maxX + KeyPlacement.gap, top: box.maxY, prefix: diagram.prefix, in: graph)
        guard gvLayout(gvc, graph.root, "nop2") == 0 else {
            throw failure("Graphviz could not place the key")
        }
        laidOut = true
        if format == .png, diagram.page.size == nil { try refuseOversizedBitmap(graph, diagram) }
        fitPage(graph, diagram.page, format: format)
        return try output(graph, format, gvc)
    }

    /// For a PNG or PDF made for a page: the page's size exactly, with the
    /// drawing as large as fits inside the margin (Graphviz's viewport: the
    /// page in points, the zoom and the centre; no margin of its own).
    static func fitPage(_ graph: GraphBuilder, _ page: Page, format: OutputFormat) {
        guard format == .png || format == .pdf, let size = page.size, let frame = page.frame else { return }
        attach_attrs(graph.root)
        let box = BoundingBox(graph.get(graph.root, "bb"))
        let width = box.maxX - box.minX, height = box.maxY - box.minY
        guard width > 0, height > 0 else { return }
        let zoom = min(frame.width / width, frame.height / height)
        let root = UnsafeMutableRawPointer(graph.root)
        graph.set(root, GVAttribute(.viewport, [size.width, size.height, zoom, (box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2]
            .map { String(format: "%.4f", $0) }.joined(separator: ",")))
        graph.set(root, GVAttribute(.margin, "0"))
    }

    /// What must be set before the layout for a page: a PNG's resolution
    /// (Graphviz reads it as it lays out).
    static func preparePage(_ graph: GraphBuilder, _ page: Page, format: OutputFormat) {
        guard format == .png, page.size != nil else { return }
        graph.set(UnsafeMutableRawPointer(graph.root), GVAttribute(.dpi, String(format: "%g", page.dotsPerInch)))
    }

    /// Cairo makes no bitmap over 32,767 pixels a side. Given a larger
    /// drawing, Graphviz shrinks it to fit, unreadably, and says so on
    /// standard error itself ("(null): graph is too large for
    /// cairo-renderer bitmaps"), past ecomap's diagnostics: the size is
    /// worked out first, as Graphviz does (the drawing and its padding at
    /// 96 dots per inch), and refused with a hint instead.
    static func refuseOversizedBitmap(_ graph: GraphBuilder, _ diagram: Diagram) throws(Diagnostic) {
        attach_attrs(graph.root)
        let box = BoundingBox(graph.get(graph.root, "bb"))
        let pad = diagram.pad
        let width = ((box.maxX - box.minX + 2 * pad) * 96 / 72).rounded()
        let height = ((box.maxY - box.minY + 2 * pad) * 96 / 72).rounded()
        guard width > bitmapLimit || height > bitmapLimit else { return }
        throw Diagnostic(.drawingTooLarge, "the drawing would be \(Int(width)) by \(Int(height)) pixels; a PNG can be at most \(Int(bitmapLimit)) on each side",
                         hint: "fit it to a page with --page slide or --page a4, or draw it as SVG or PDF, which have no such limit; very long labels make very wide drawings", at: .none)
    }

    /// Cairo's largest bitmap side, in pixels.
    static let bitmapLimit = 32_767.0

    /// The key alone, as SVG.
    private static func drawKey(_ legend: Legend, of diagram: Diagram, _ gvc: OpaquePointer) throws(Diagnostic) -> [UInt8] {
        let key = try GraphBuilder(legendOf: diagram)
        try LegendPlacer.place(legend, left: 0, top: 0, prefix: diagram.prefix, in: key)
        guard gvLayout(gvc, key.root, "nop2") == 0 else { throw failure("Graphviz could not draw the key") }
        defer { gvFreeLayout(gvc, key.root) }
        return try output(key, .svg, gvc)
    }

    /// Renders a laid-out graph to bytes, freeing Graphviz's copy.
    static func output(_ graph: GraphBuilder, _ format: OutputFormat, _ gvc: OpaquePointer) throws(Diagnostic) -> [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph.root, format.rawValue, &data, &length) == 0, let data else {
            throw failure("Graphviz could not draw the map as \(format.rawValue.uppercased())")
        }
        defer { gvFreeRenderData(data) }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    /// A diagnostic carrying Graphviz's own last message, if it left one.
    static func failure(_ message: String) -> Diagnostic {
        var detail: String?
        if let last = aglasterr() {
            detail = String(cString: last).trimmingCharacters(in: .whitespacesAndNewlines)
            free(last)
        }
        var failed = Diagnostic(.layoutFailed, message,
                          hint: detail.map { "Graphviz said: \($0)" } ?? "another layout engine, such as sfdp, may manage it", at: .none)
        // When Graphviz said why, its words are the hint; another engine is not the answer to all of them.
        if detail != nil { failed.remedies = [] }
        return failed
    }
}

/// A Graphviz bounding box, "llx,lly,urx,ury" in points.
struct BoundingBox {
    var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0

    init(_ text: String?) {
        let parts = (text ?? "").split(separator: ",").compactMap { Double($0) }
        if parts.count == 4 { (minX, minY, maxX, maxY) = (parts[0], parts[1], parts[2], parts[3]) }
    }
}

extension GraphvizRenderer {
    /// Reads DOT text back with Graphviz's own parser and returns every node
    /// Graphviz finds, with the named attributes: how the tests prove that
    /// ``DOTWriter``'s quoting survives Graphviz (an injection would show as a
    /// node or value of its own). One graph per `agmemread` call, as 2.42 needs.
    static func readBack(_ dot: String, attributes: [String]) -> [String: [String: String]]? {
        lock.lock()
        defer { lock.unlock() }
        _ = agseterr(AGMAX)
        guard let graph = agmemread(dot) else { return nil }
        defer { agclose(graph) }
        var out: [String: [String: String]] = [:]
        var node = agfstnode(graph)
        while let current = node {
            var values: [String: String] = [:]
            for attribute in attributes {
                if let value = GraphBuilder.withC(attribute, { agget(UnsafeMutableRawPointer(current), $0) }) {
                    values[attribute] = String(cString: value)
                }
            }
            out[String(cString: agnameof(UnsafeMutableRawPointer(current)))] = values
            node = agnxtnode(graph, current)
        }
        return out
    }
}

extension Diagram {
    /// The space Graphviz leaves round the drawing on each side, in points:
    /// the graph's `pad`, else Graphviz's own 4 pt (0.0555 in).
    var pad: Double { (graph[.pad].flatMap(Double.init) ?? 0.0555) * 72 }
}
