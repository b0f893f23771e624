/// The nodes near others, and the boxes they sit in: the graph walks a view makes.
enum Neighbourhood {
    /// The nodes within `depth` links of a `start` node, whichever way the
    /// links run (a breadth-first search). O(nodes + links): the links are put
    /// into one array of neighbours per node first, so a node of a
    /// million-link map costs no more to focus on than any other.
    static func within(_ depth: Int, of start: [Bool], in map: CheckedMap) -> [Bool] {
        let n = map.nodes.count
        var reached = start
        guard depth > 0 else { return reached }
        let m = map.links.count
        // Compressed adjacency: offsets[p]..<offsets[p + 1] in `neighbours` are p's.
        var offsets = [Int32](repeating: 0, count: n + 1)
        for i in 0..<m {
            let a = map.from(i), b = map.to(i)
            offsets[a + 1] += 1
            if a != b { offsets[b + 1] += 1 }
        }
        for p in 0..<n { offsets[p + 1] += offsets[p] }
        var fill = offsets
        var neighbours = [Int32](repeating: 0, count: Int(offsets[n]))
        for i in 0..<m {
            let a = map.from(i), b = map.to(i)
            neighbours[Int(fill[a])] = Int32(b); fill[a] += 1
            if a != b { neighbours[Int(fill[b])] = Int32(a); fill[b] += 1 }
        }
        var frontier = (0..<n).filter { start[$0] }
        for _ in 0..<depth {
            var next: [Int] = []
            for p in frontier {
                for k in Int(offsets[p])..<Int(offsets[p + 1]) {
                    let q = Int(neighbours[k])
                    if !reached[q] { reached[q] = true; next.append(q) }
                }
            }
            if next.isEmpty { break }
            frontier = next
        }
        return reached
    }

    /// `start` and every node inside a box in it (its members, theirs, and
    /// so on down): O(nodes), each node after the box it is in.
    static func inside(_ start: [Bool], in map: CheckedMap) -> [Bool] {
        var out = start
        let container = map.container.map(Int.init)
        for p in OverviewGrouping.parentsFirst(container) where !out[p] {
            if container[p] >= 0, out[container[p]] { out[p] = true }
        }
        return out
    }

    /// Adds to `keep` the organisation or community whose box each kept node
    /// is drawn in, and the boxes those sit in, so a part of a map keeps its
    /// boxes. Each node's chain is walked once: O(nodes).
    static func addBoxes(to keep: inout [Bool], in map: CheckedMap) {
        var walked = [Bool](repeating: false, count: keep.count)
        for p in keep.indices where keep[p] {
            var c = p
            while true {
                let up = Int(map.container[c])
                if up < 0 || walked[up] { break }
                walked[up] = true
                keep[up] = true
                c = up
            }
        }
    }
}
