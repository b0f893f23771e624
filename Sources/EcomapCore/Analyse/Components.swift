/// How a map holds together: its connected parts, and the nodes whose loss would split it.
package enum Components {
    /// The number of weakly connected components (arcs taken both ways). O(n + m), union–find.
    package static func weak(_ graph: NetworkGraph) -> [Int] {
        var parent = Array(0..<graph.count)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for u in 0..<graph.count {
            for v in graph.outNeighbours(u) {
                let a = root(u), b = root(Int(v))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        return (0..<graph.count).map(root)
    }

    /// Strongly connected components: each node's component, numbered from 0.
    /// Tarjan's algorithm, iterative so a 100,000-node chain can't overflow the stack. O(n + m).
    package static func strong(_ graph: NetworkGraph) -> [Int] {
        let n = graph.count
        var index = [Int32](repeating: -1, count: n), low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int](repeating: -1, count: n)
        var stack: [Int32] = []
        var next: Int32 = 0
        var components = 0
        // Each frame: the node and how far through its out-neighbours it has got.
        var frames: [(node: Int, edge: Int)] = []
        for start in 0..<n where index[start] < 0 {
            frames.append((start, Int(graph.outStart[start])))
            index[start] = next; low[start] = next; next += 1
            stack.append(Int32(start)); onStack[start] = true
            while var frame = frames.popLast() {
                let v = frame.node
                let end = Int(graph.outStart[v + 1])
                var descended = false
                while frame.edge < end {
                    let w = Int(graph.outTargets[frame.edge])
                    frame.edge += 1
                    if index[w] < 0 {
                        frames.append(frame)
                        frames.append((w, Int(graph.outStart[w])))
                        index[w] = next; low[w] = next; next += 1
                        stack.append(Int32(w)); onStack[w] = true
                        descended = true
                        break
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                }
                if descended { continue }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        component[Int(w)] = components
                        if Int(w) == v { break }
                    }
                    components += 1
                }
                if let parent = frames.last { low[parent.node] = min(low[parent.node], low[v]) }
            }
        }
        return component
    }

    /// Articulation points of the map taken as undirected: nodes whose removal
    /// splits a connected part. Hopcroft and Tarjan's algorithm, iterative. O(n + m).
    package static func articulationPoints(_ graph: NetworkGraph) -> [Bool] {
        let n = graph.count
        let adjacency = (0..<n).map { graph.neighbours($0) }
        var depth = [Int32](repeating: -1, count: n), low = [Int32](repeating: 0, count: n)
        var cut = [Bool](repeating: false, count: n)
        var frames: [(node: Int, parent: Int, edge: Int, children: Int)] = []
        for root in 0..<n where depth[root] < 0 {
            depth[root] = 0; low[root] = 0
            frames.append((root, -1, 0, 0))
            while var frame = frames.popLast() {
                let v = frame.node
                var descended = false
                while frame.edge < adjacency[v].count {
                    let w = Int(adjacency[v][frame.edge])
                    frame.edge += 1
                    if depth[w] < 0 {
                        depth[w] = depth[v] + 1; low[w] = depth[w]
                        frame.children += 1
                        frames.append(frame)
                        frames.append((w, v, 0, 0))
                        descended = true
                        break
                    } else if w != frame.parent {
                        low[v] = min(low[v], depth[w])
                    }
                }
                if descended { continue }
                if frame.parent < 0 {
                    cut[v] = frame.children > 1
                } else if let parent = frames.last {
                    low[parent.node] = min(low[parent.node], low[v])
                    // A non-root parent is a cut point if this child's subtree can't reach above it.
                    if parent.parent >= 0, low[v] >= depth[parent.node] { cut[parent.node] = true }
                }
            }
        }
        return cut
    }
}
