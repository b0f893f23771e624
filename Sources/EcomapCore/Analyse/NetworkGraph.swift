/// A map as a simple directed graph, in compact arrays, for the metrics.
///
/// `a -> b` is the arc a→b, `a <- b` the arc b→a, `a <-> b` and `a -- b` both
/// arcs, and so is the tie between a platform and each end of a link that goes
/// `via:` it (the platform connects the nodes that use it). Repeated links
/// between the same pair count once; a peer link (a node to itself) changes no
/// path and is left out: the arcs are exactly the ones ``MapSummary/arcs`` counts.
/// Node i of the graph is node i of the map. Neighbour lists are sorted, so
/// everything computed from them is deterministic.
package struct NetworkGraph: Sendable {
    /// The number of nodes.
    package let count: Int
    /// Out-neighbours of node i: `outTargets[outStart[i]..<outStart[i + 1]]`.
    let outStart: [Int32]
    let outTargets: [Int32]
    /// In-neighbours of node i, likewise.
    let inStart: [Int32]
    let inSources: [Int32]

    package var arcCount: Int { outTargets.count }

    func outNeighbours(_ i: Int) -> ArraySlice<Int32> { outTargets[Int(outStart[i])..<Int(outStart[i + 1])] }
    func inNeighbours(_ i: Int) -> ArraySlice<Int32> { inSources[Int(inStart[i])..<Int(inStart[i + 1])] }

    /// The graph of a checked map, from its linked pairs. O(links log links).
    package init(_ map: CheckedMap) {
        var arcs: [UInt64] = []
        arcs.reserveCapacity(map.pairs.count * 2)
        for (pair, info) in map.pairs.all where !pair.isPeer {
            let (a, b) = (UInt64(UInt32(pair.a)), UInt64(UInt32(pair.b)))
            if info.forward || info.undirected || info.tie { arcs.append(a << 32 | b) }
            if info.backward || info.undirected || info.tie { arcs.append(b << 32 | a) }
        }
        self.init(count: map.nodes.count, arcList: arcs)
    }

    /// A graph of `count` nodes from arcs given as (from, to) pairs, for tests and tools.
    package init(count: Int, arcs: [(Int, Int)]) {
        self.init(count: count, arcList: arcs.filter { $0.0 != $0.1 }.map { UInt64(UInt32($0.0)) << 32 | UInt64(UInt32($0.1)) })
    }

    private init(count: Int, arcList arcs: [UInt64]) {
        self.count = count
        var sorted = arcs
        sorted.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(sorted.count)
        for arc in sorted where unique.last != arc { unique.append(arc) }
        (outStart, outTargets) = NetworkGraph.compress(unique, nodes: count, key: { $0 >> 32 }, value: { $0 & 0xFFFF_FFFF })
        let reversed = unique.map { ($0 & 0xFFFF_FFFF) << 32 | $0 >> 32 }.sorted()
        (inStart, inSources) = NetworkGraph.compress(reversed, nodes: count, key: { $0 >> 32 }, value: { $0 & 0xFFFF_FFFF })
    }

    /// Compressed sparse rows from sorted (key, value) pairs.
    private static func compress(_ pairs: [UInt64], nodes: Int, key: (UInt64) -> UInt64, value: (UInt64) -> UInt64) -> ([Int32], [Int32]) {
        var start = [Int32](repeating: 0, count: nodes + 1)
        for pair in pairs { start[Int(key(pair)) + 1] += 1 }
        for i in 0..<nodes { start[i + 1] += start[i] }
        return (start, pairs.map { Int32(value($0)) })
    }

    /// Whether the arc i→j exists. O(log degree).
    func hasArc(_ i: Int, _ j: Int32) -> Bool {
        let row = outNeighbours(i)
        var lo = row.startIndex, hi = row.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if row[mid] < j { lo = mid + 1 } else { hi = mid }
        }
        return lo < row.endIndex && row[lo] == j
    }

    /// Distinct neighbours of node i, either way, sorted.
    func neighbours(_ i: Int) -> [Int32] {
        var out: [Int32] = []
        var a = outNeighbours(i)[...], b = inNeighbours(i)[...]
        while let x = a.first, let y = b.first {
            if x < y { out.append(x); a = a.dropFirst() } else if y < x { out.append(y); b = b.dropFirst() } else {
                out.append(x); a = a.dropFirst(); b = b.dropFirst()
            }
        }
        out += a
        out += b
        return out
    }
}
