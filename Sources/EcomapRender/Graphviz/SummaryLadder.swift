import EcomapCore

/// A summarised drawing laid out: the most detailed summary whose labels,
/// once the whole (key included) is fitted to the page, keep the page's
/// target size (``DrawingChoice/ladder(for:options:)`` orders them).
enum SummaryLadder {
    /// The first of `diagram` and its alternatives that reads at
    /// ``Diagram/minimumLabel`` on its page, placed; the last one tried when none does.
    static func place(_ diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> CompactLayout.Placed {
        var candidates = [diagram] + diagram.alternatives
        for k in candidates.indices { candidates[k].alternatives = [] }
        var placed = try CompactLayout.place(candidates[0], deadline: deadline)
        for next in candidates.dropFirst() {
            if let least = diagram.minimumLabel, label(placed) >= least { break }
            placed = try CompactLayout.place(next, deadline: deadline)
        }
        return placed
    }

    /// The smallest label of the placed drawing, in points, once fitted to
    /// its page as `Benchmarks/legibility.py` fits it: the map, its boxes and
    /// the key where the drawing will put it, and Graphviz's padding.
    static func label(_ placed: CompactLayout.Placed) -> Double {
        guard let room = DrawingChoice.measured(placed.diagram.page) else { return 11 }
        var extent = Box.empty
        for i in placed.diagram.nodes.indices { extent = extent.union(placed.box(of: i)) }
        for box in placed.boxes { if let box { extent = extent.union(box) } }
        if let key = DrawingPlan(placed).keyChoices.first { extent = extent.union(key.box) }
        let pad = 2 * 7.2
        let scale = min(room.width / (extent.width + pad), room.height / (extent.height + pad))
        // A drawing for A4 is taken at its own size, only ever scaled down.
        return 11 * (placed.diagram.page == .slide ? scale : min(1, scale))
    }
}
