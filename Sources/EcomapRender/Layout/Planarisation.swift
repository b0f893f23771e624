/// A non-planar graph made planar the way OGDF's planarisation does it: keep
/// a maximal planar part, then insert each remaining line with the fewest
/// crossings the embedding allows, each crossing becoming a vertex.
///
/// Pure Swift: the planarity test and the embedding are given as functions
/// (libplanarity's, through ``Planarity``, in the drawing).
struct Planarisation {
    /// The planar graph: the input's vertices, then one per crossing.
    var vertices: Int
    /// Its edges (pieces of the input's lines).
    var pieces: [(Int, Int)]
    /// Each input edge as the chain of vertices it runs through, first end to second.
    var chains: [[Int]]
    /// How many crossings the insertion made.
    var crossings: Int { vertices - original }
    var original: Int

    /// - Parameters:
    ///   - order: the edges in the order they are kept while the graph stays planar (most important first).
    ///   - isPlanar: whether a graph (vertex count, edges) is planar.
    ///   - rotation: each vertex's neighbours round it in a planar embedding.
    static func make(vertices n: Int, edges: [(Int, Int)], order: [Int],
                     isPlanar: (Int, [(Int, Int)]) -> Bool, rotation: (Int, [(Int, Int)]) -> [[Int]]?) -> Planarisation? {
        var kept: [Int] = [], left: [Int] = []
        for k in order {
            if isPlanar(n, (kept + [k]).map { edges[$0] }) { kept.append(k) } else { left.append(k) }
        }
        var out = Planarisation(vertices: n, pieces: [], chains: Array(repeating: [], count: edges.count), original: n)
        var owner: [Int] = []
        for k in kept {
            out.pieces.append(edges[k])
            owner.append(k)
            out.chains[k] = [edges[k].0, edges[k].1]
        }
        for k in left {
            let (s, t) = edges[k]
            guard let rot = rotation(out.vertices, out.pieces) else { return nil }
            guard let crossed = cheapestPath(from: s, to: t, rotation: rot, pieces: out.pieces) else { return nil }
            var previous = s
            var chain = [s]
            for p in crossed {
                let (u, v) = out.pieces[p]
                let x = out.vertices
                out.vertices += 1
                out.pieces[p] = (u, x)
                out.pieces.append((x, v))
                owner.append(owner[p])
                var c = out.chains[owner[p]]
                for i in 0..<(c.count - 1) where (c[i] == u && c[i + 1] == v) || (c[i] == v && c[i + 1] == u) {
                    c.insert(x, at: i + 1)
                    break
                }
                out.chains[owner[p]] = c
                out.pieces.append((previous, x))
                owner.append(k)
                chain.append(x)
                previous = x
            }
            out.pieces.append((previous, t))
            owner.append(k)
            chain.append(t)
            out.chains[k] = chain
        }
        return out
    }

    /// The pieces a new line from `s` to `t` crosses, in order, on the
    /// shortest way through the embedding's faces; nil if there is none.
    static func cheapestPath(from s: Int, to t: Int, rotation: [[Int]], pieces: [(Int, Int)]) -> [Int]? {
        // Darts: each piece both ways. A face is the cycle of darts met by
        // turning to the next neighbour round each vertex.
        var dartIndex: [Int: Int] = [:]
        var darts: [(Int, Int, Int)] = []   // (from, to, piece)
        let n = rotation.count
        for (p, (a, b)) in pieces.enumerated() {
            dartIndex[a * n + b] = darts.count; darts.append((a, b, p))
            dartIndex[b * n + a] = darts.count; darts.append((b, a, p))
        }
        var position: [Int: Int] = [:]
        for v in 0..<n { for (i, w) in rotation[v].enumerated() { position[v * n + w] = i } }
        var face = [Int](repeating: -1, count: darts.count)
        var faces = 0
        for start in darts.indices where face[start] < 0 {
            var d = start
            while face[d] < 0 {
                face[d] = faces
                let (u, v, _) = darts[d]
                guard let i = position[v * n + u], !rotation[v].isEmpty else { break }
                let w = rotation[v][(i + 1) % rotation[v].count]
                guard let next = dartIndex[v * n + w] else { break }
                d = next
            }
            faces += 1
        }
        var sources = Set<Int>(), targets = Set<Int>()
        for (d, (u, _, _)) in darts.enumerated() {
            if u == s { sources.insert(face[d]) }
            if u == t { targets.insert(face[d]) }
        }
        // A vertex with no lines yet sits in every face it could: the outer one will do.
        if sources.isEmpty { sources = Set(0..<max(1, faces)) }
        if targets.isEmpty { targets = Set(0..<max(1, faces)) }
        if !sources.isDisjoint(with: targets) { return [] }
        var back = [Int: (Int, Int)]()   // face -> (previous face, piece crossed)
        var queue = sources.sorted()
        var seen = sources
        var head = 0
        while head < queue.count {
            let f = queue[head]; head += 1
            if targets.contains(f) {
                var out: [Int] = []
                var g = f
                while let (previous, piece) = back[g] { out.append(piece); g = previous }
                return out.reversed()
            }
            for (d, (u, v, p)) in darts.enumerated() where face[d] == f && u != s && u != t && v != s && v != t {
                guard let twin = dartIndex[v * n + u] else { continue }
                let g = face[twin]
                if seen.insert(g).inserted {
                    back[g] = (f, p)
                    queue.append(g)
                }
            }
        }
        return nil
    }
}
