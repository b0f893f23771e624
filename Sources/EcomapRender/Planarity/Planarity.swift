import CPlanarity

/// Planarity testing and embedding by John Boyer's edge-addition algorithm
/// (libplanarity, Debian's `libplanarity-dev`): the one place that calls it.
///
/// Graphs here are simple: vertices numbered from 0, each edge a pair of
/// distinct vertices, no pair twice.
enum Planarity {
    /// A planar embedding drawn as a visibility representation: each vertex a
    /// horizontal segment on a row of its own, each edge a vertical segment
    /// in a column of its own between its ends' rows.
    struct Visibility: Sendable {
        /// Each vertex's row.
        var row: [Int]
        /// Each vertex's first and last column.
        var span: [(Int, Int)]
        /// Each edge's column, in the order the edges were given.
        var column: [Int]
    }

    /// Whether the graph can be drawn with no crossing.
    static func isPlanar(vertices: Int, edges: [(Int, Int)]) -> Bool {
        guard vertices > 0, edges.count > 8 || vertices > 4 else { return true }
        var ends = flat(edges)
        return ecomap_planarity_embed(Int32(vertices), Int32(edges.count), &ends, nil, nil, nil, nil, nil, nil) == 1
    }

    /// Each vertex's neighbours in the order round it of a planar embedding;
    /// nil when the graph is not planar.
    static func rotation(vertices: Int, edges: [(Int, Int)]) -> [[Int]]? {
        guard vertices > 0 else { return [] }
        var ends = flat(edges)
        var around = [Int32](repeating: 0, count: max(1, 2 * edges.count))
        var degree = [Int32](repeating: 0, count: vertices)
        guard ecomap_planarity_embed(Int32(vertices), Int32(edges.count), &ends, &around, &degree, nil, nil, nil, nil) == 1 else { return nil }
        var out: [[Int]] = []
        var at = 0
        for v in 0..<vertices {
            out.append(around[at..<(at + Int(degree[v]))].map(Int.init))
            at += Int(degree[v])
        }
        return out
    }

    /// A visibility representation of the graph; nil when it is not planar.
    static func visibility(vertices: Int, edges: [(Int, Int)]) -> Visibility? {
        guard vertices > 0 else { return Visibility(row: [], span: [], column: []) }
        var ends = flat(edges)
        var around = [Int32](repeating: 0, count: max(1, 2 * edges.count))
        var degree = [Int32](repeating: 0, count: vertices)
        var rows = [Int32](repeating: 0, count: vertices), start = rows, end = rows
        var columns = [Int32](repeating: 0, count: max(1, edges.count))
        guard ecomap_planarity_embed(Int32(vertices), Int32(edges.count), &ends, &around, &degree,
                                     &rows, &start, &end, &columns) == 1 else { return nil }
        return Visibility(row: rows.map(Int.init), span: zip(start, end).map { (Int($0), Int($1)) },
                          column: columns.prefix(edges.count).map(Int.init))
    }

    private static func flat(_ edges: [(Int, Int)]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(2 * edges.count + 2)
        for (a, b) in edges { out += [Int32(a), Int32(b)] }
        if out.isEmpty { out = [0, 0] }
        return out
    }
}
