/// Betweenness and closeness centrality, from one breadth-first search per source.
///
/// Brandes' algorithm (2001) for betweenness, O(n·m) time and O(n + m)
/// memory per core: sources are split across cores, each with its own
/// accumulators, summed in a fixed order so results are the same every run.
/// Closeness over outgoing shortest paths, with Wasserman and Faust's
/// correction for nodes that reach only part of the map, as networkx computes
/// it (`closeness_centrality(G.reverse(), wf_improved=True)`).
package enum Centrality {
    package struct Result: Sendable {
        /// Normalised by (n−1)(n−2); estimates when sampled.
        package var betweenness: [Double]
        /// Exact when not sampled; estimates (Eppstein and Wang) when sampled.
        package var closeness: [Double]
        /// The number of sources searched (n when exact).
        package var sources: Int
    }

    /// Exact centralities, or estimates from `sample` pivot sources chosen with
    /// `seed` (Brandes and Pich 2007 for betweenness, Eppstein and Wang 2004
    /// for closeness): O(sample·m) instead of O(n·m).
    package static func compute(_ graph: NetworkGraph, sample: Int? = nil, seed: UInt64 = 1) -> Result {
        let n = graph.count
        guard n > 0 else { return Result(betweenness: [], closeness: [], sources: 0) }
        let pivots = sample.map { pick(min($0, n), of: n, seed: seed) } ?? Array(0..<n)
        let pieces = pivots.count >= 64 ? Parallel.cores : 1
        let partials = Parallel.map(pieces) { k in
            var search = Search(graph)
            var betweenness = [Double](repeating: 0, count: n)
            var reach: [(Int32, Double)] = []
            let mine = pivots[(pivots.count * k / pieces)..<(pivots.count * (k + 1) / pieces)]
            for source in mine {
                search.brandes(from: source, into: &betweenness)
                if sample == nil { reach.append((Int32(source), search.closeness(n: n))) }
            }
            return (betweenness, reach)
        }
        var betweenness = [Double](repeating: 0, count: n)
        var closeness = [Double](repeating: 0, count: n)
        for (partial, reach) in partials {
            for i in 0..<n { betweenness[i] += partial[i] }
            for (node, value) in reach { closeness[Int(node)] = value }
        }
        var scale = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
        if pivots.count < n { scale *= Double(n) / Double(pivots.count) }
        for i in 0..<n { betweenness[i] *= scale }
        if sample != nil { closeness = estimateCloseness(graph, pivots: pivots) }
        return Result(betweenness: betweenness, closeness: closeness, sources: pivots.count)
    }

    /// `count` distinct sources out of `n`, the same for the same seed (a partial Fisher–Yates shuffle).
    static func pick(_ count: Int, of n: Int, seed: UInt64) -> [Int] {
        var all = Array(0..<n)
        var random = SplitMix64(seed: seed)
        for i in 0..<count {
            let j = i + Int(random.next() % UInt64(n - i))
            all.swapAt(i, j)
        }
        return all[0..<count].sorted()
    }

    /// Outgoing closeness estimated from searches *towards* the pivots: a
    /// search from pivot p over reversed arcs finds d(u, p) for every u.
    private static func estimateCloseness(_ graph: NetworkGraph, pivots: [Int]) -> [Double] {
        let n = graph.count
        let pieces = pivots.count >= 64 ? Parallel.cores : 1
        let partials = Parallel.map(pieces) { k in
            var search = Search(graph)
            var total = [Double](repeating: 0, count: n)
            var reached = [Int32](repeating: 0, count: n)
            for pivot in pivots[(pivots.count * k / pieces)..<(pivots.count * (k + 1) / pieces)] {
                search.accumulateDistances(towards: pivot, total: &total, count: &reached)
            }
            return (total, reached)
        }
        var total = [Double](repeating: 0, count: n), reached = [Double](repeating: 0, count: n)
        for (t, r) in partials {
            for i in 0..<n { total[i] += t[i]; reached[i] += Double(r[i]) }
        }
        // Scale the sample up to the whole map, then apply the same formula as the exact case.
        let factor = Double(n - 1) / Double(max(pivots.count, 1))
        return (0..<n).map { i in
            let r = reached[i] * factor, d = total[i] * factor
            guard d > 0, n > 1 else { return 0 }
            return (r / d) * (r / Double(n - 1))
        }
    }

    /// One breadth-first search's working arrays, reused from source to source.
    struct Search {
        let graph: NetworkGraph
        /// Distances from the source during a search; -1 everywhere between searches.
        var distance: [Int32]
        var flow: [Flow]
        /// The arcs on shortest paths found by the last search, tail and head.
        var tails: [Int32]
        var heads: [Int32]
        /// Nodes in the order they were reached: the first `reached` entries.
        var order: [Int32]
        var reached = 0
        /// The sum of the distances from the last source to the nodes it reached.
        var distanceTotal = 0

        init(_ graph: NetworkGraph) {
            self.graph = graph
            distance = [Int32](repeating: -1, count: graph.count)
            flow = [Flow](repeating: Flow(), count: graph.count)
            tails = [Int32](repeating: 0, count: graph.arcCount)
            heads = [Int32](repeating: 0, count: graph.arcCount)
            order = [Int32](repeating: 0, count: graph.count)
        }

        /// Brandes' accumulation for one source; leaves the distance total for `closeness`.
        ///
        /// The hot loop of `ecomap stats`, tuned because it runs once per node:
        /// it works on raw buffers (slicing arrays per neighbour list cost more
        /// than the search); distances, read for every arc, sit in a compact
        /// array of their own, path counts and dependencies together; and the
        /// forward search records the arcs that lie on shortest paths, so the
        /// backward pass walks only those, in reverse, instead of every arc again.
        mutating func brandes(from source: Int, into betweenness: inout [Double]) {
            let graph = self.graph
            (reached, distanceTotal) = order.withUnsafeMutableBufferPointer { order in
                distance.withUnsafeMutableBufferPointer { distance in
                    flow.withUnsafeMutableBufferPointer { flow in
                        tails.withUnsafeMutableBufferPointer { tails in
                            heads.withUnsafeMutableBufferPointer { heads in
                                betweenness.withUnsafeMutableBufferPointer { betweenness in
                                    graph.outStart.withUnsafeBufferPointer { outStart in
                                        graph.outTargets.withUnsafeBufferPointer { outTargets in
                                            Search.brandes(source: source, order: order,
                                                           distance: distance, flow: flow, tails: tails, heads: heads,
                                                           betweenness: betweenness, outStart: outStart, outTargets: outTargets)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        /// Shortest paths through a node from the source, and its dependency.
        struct Flow {
            var paths: Double = 0
            var dependency: Double = 0
        }

        private static func brandes(
            source: Int, order: UnsafeMutableBufferPointer<Int32>,
            distance: UnsafeMutableBufferPointer<Int32>, flow: UnsafeMutableBufferPointer<Flow>,
            tails: UnsafeMutableBufferPointer<Int32>, heads: UnsafeMutableBufferPointer<Int32>,
            betweenness: UnsafeMutableBufferPointer<Double>,
            outStart: UnsafeBufferPointer<Int32>, outTargets: UnsafeBufferPointer<Int32>
        ) -> (reached: Int, distanceTotal: Int) {
            // Every search leaves `distance` at -1 and `flow` at zero (see the end).
            distance[source] = 0
            flow[source].paths = 1
            order[0] = Int32(source)
            // Wrapping arithmetic: counts and indices here can't overflow
            // (they are bounded by the node and arc counts), and the checks cost.
            var count = 1, head = 0, onPaths = 0
            while head < count {
                let v = Int(order[head])
                head &+= 1
                let next = distance[v] &+ 1, pv = flow[v].paths
                var e = Int(outStart[v])
                let end = Int(outStart[v &+ 1])
                while e < end {
                    let w = Int(outTargets[e])
                    e &+= 1
                    let dw = distance[w]
                    if dw < 0 {
                        distance[w] = next
                        order[count] = Int32(truncatingIfNeeded: w)
                        count &+= 1
                    } else if dw != next {
                        continue
                    }
                    flow[w].paths += pv
                    tails[onPaths] = Int32(truncatingIfNeeded: v)
                    heads[onPaths] = Int32(truncatingIfNeeded: w)
                    onPaths &+= 1
                }
            }
            // Arcs were recorded in breadth-first order of their tails, so in
            // reverse every head's dependency is complete before it is passed on.
            var k = onPaths &- 1
            while k >= 0 {
                let v = Int(tails[k]), w = Int(heads[k])
                k &-= 1
                flow[v].dependency += flow[v].paths / flow[w].paths * (1 + flow[w].dependency)
            }
            // Pass the dependencies on, sum the distances for closeness, and
            // leave the arrays clean for the next search, all in one pass.
            var total = 0
            forEachReached(count, order: order, distance: distance) { w in
                total &+= Int(distance[w])
                if w != source { betweenness[w] += flow[w].dependency }
                distance[w] = -1
                flow[w] = Flow()
            }
            return (count, total)
        }

        /// Calls `body` for each of the `count` nodes a search reached, which
        /// must reset its distance to -1: in node order when the search reached
        /// much of the map, so that memory is read as a stream rather than at
        /// random; else only those nodes, in the order reached.
        @inline(__always)
        private static func forEachReached(_ count: Int, order: UnsafeMutableBufferPointer<Int32>,
                                           distance: UnsafeMutableBufferPointer<Int32>, _ body: (Int) -> Void) {
            if count &* 4 > distance.count {
                for w in 0..<distance.count where distance[w] >= 0 { body(w) }
            } else {
                for k in 0..<count { body(Int(order[k])) }
            }
        }

        /// Closeness of the last source searched, from its distances.
        func closeness(n: Int) -> Double {
            let total = Double(distanceTotal)
            let reached = Double(self.reached - 1)
            guard total > 0, n > 1 else { return 0 }
            return (reached / total) * (reached / Double(n - 1))
        }

        /// Distances from every node to `target` (a search over reversed arcs),
        /// then each reached node's distance added to `total` and its count to `reached`.
        mutating func accumulateDistances(towards target: Int, total: inout [Double], count reachedCount: inout [Int32]) {
            let graph = self.graph
            reached = order.withUnsafeMutableBufferPointer { order in
                distance.withUnsafeMutableBufferPointer { distance in
                    graph.inStart.withUnsafeBufferPointer { inStart in
                        graph.inSources.withUnsafeBufferPointer { inSources in
                            total.withUnsafeMutableBufferPointer { total in
                                reachedCount.withUnsafeMutableBufferPointer { reachedCount in
                                    distance[target] = 0
                                    order[0] = Int32(target)
                                    var count = 1, head = 0
                                    while head < count {
                                        let v = Int(order[head])
                                        head &+= 1
                                        let next = distance[v] &+ 1
                                        var e = Int(inStart[v])
                                        let end = Int(inStart[v &+ 1])
                                        while e < end {
                                            let w = Int(inSources[e])
                                            e &+= 1
                                            if distance[w] < 0 {
                                                distance[w] = next
                                                order[count] = Int32(truncatingIfNeeded: w)
                                                count &+= 1
                                            }
                                        }
                                    }
                                    Search.forEachReached(count, order: order, distance: distance) { w in
                                        if w != target {
                                            total[w] += Double(distance[w])
                                            reachedCount[w] &+= 1
                                        }
                                        distance[w] = -1
                                    }
                                    return count
                                }
                            }
                        }
                    }
                }
            }
        }

    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a small pseudo-random generator
/// that gives the same numbers on every platform, unlike the system's, so
/// sampled results and synthetic maps are the same for the same seed.
package struct SplitMix64: Sendable {
    package var state: UInt64
    package init(seed: UInt64) { state = seed }
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
