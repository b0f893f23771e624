import EcomapCore

extension Diagram {
    /// More separate parts than this and they are packed in rows.
    static let manyParts = 100

    /// The graph's attributes as a layout should see them: ``graph``, and,
    /// for a drawing of many separate parts, packing them in rows.
    ///
    /// Graphviz lays each part out alone and fits the parts together like
    /// polyominoes, which takes time with the square of their number: a map
    /// of 5,000 separate nodes (membership nested 5,000 deep, where the
    /// engine draws no boxes) ran past 120 s with sfdp, neato, circo and
    /// twopi. Rows of parts (`packmode="array"`) take 0.4 s. Real maps have
    /// a few parts, and are drawn exactly as before; `dot` packs nothing.
    var layoutGraph: [GVAttribute] {
        guard engine != .dot, !fixedPositions, nodes.count > Diagram.manyParts, partCount > Diagram.manyParts else { return graph }
        return graph.filter { $0.name != .pack && $0.name != .packmode } + [.init(.pack, "true"), .init(.packmode, "array")]
    }

    /// The number of separate parts (weakly connected components), by union-find.
    var partCount: Int {
        var parent = Array(nodes.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        var parts = nodes.count
        for edge in edges {
            let a = root(edge.from), b = root(edge.to)
            if a != b { parent[a] = b; parts -= 1 }
        }
        return parts
    }
}
