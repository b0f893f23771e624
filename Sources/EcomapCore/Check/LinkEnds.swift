/// Every link's two ends (and the platform it goes `via:`) as positions in `nodes`, worked out once.
///
/// Looking an id up is a string hash; a large map has millions of them, so the
/// stages that need the graph's shape (checking, summaries, analysis) share
/// one resolution instead of each hashing every id again. Before checking an
/// end may be -1 (no such node); in a ``CheckedMap`` none is.
package struct LinkEnds: Sendable {
    /// For link i, the position of `links[i].from` in `nodes`, or -1 if no node has that id.
    package let from: [Int32]
    /// For link i, the position of `links[i].to` in `nodes`, or -1 if no node has that id.
    package let to: [Int32]
    /// For link i, the position of the node its `via:` names, or -1 (no `via:`, or no such node).
    package let via: [Int32]

    /// Resolves every link of `map`. O(links), split across cores for large maps.
    package init(_ map: EcosystemMap) {
        let count = map.links.count
        let pieces = count > 100_000 ? Parallel.cores : 1
        let parts = Parallel.map(pieces) { k in
            let range = (count * k / pieces)..<(count * (k + 1) / pieces)
            var from = [Int32](repeating: -1, count: range.count)
            var to = [Int32](repeating: -1, count: range.count)
            var via = [Int32](repeating: -1, count: range.count)
            map.links.withUnsafeBufferPointer { links in
                for (j, i) in range.enumerated() {
                    if let a = map.nodeIndex[links[i].from] { from[j] = Int32(a) }
                    if let b = map.nodeIndex[links[i].to] { to[j] = Int32(b) }
                    if !links[i].attributes.isEmpty, let name = links[i].via, let p = map.nodeIndex[name] { via[j] = Int32(p) }
                }
            }
            return (from, to, via)
        }
        from = parts.count == 1 ? parts[0].0 : parts.flatMap(\.0)
        to = parts.count == 1 ? parts[0].1 : parts.flatMap(\.1)
        via = parts.count == 1 ? parts[0].2 : parts.flatMap(\.2)
    }

    package var count: Int { from.count }

    /// Whether both ends of link i are declared nodes.
    package func isResolved(_ i: Int) -> Bool { from[i] >= 0 && to[i] >= 0 }
}
