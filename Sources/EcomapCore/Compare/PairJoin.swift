/// The two maps' pairs lined up through a node matching: pairs in both maps,
/// only in best practice, and only in the current map (both ends matched).
struct PairJoin {
    /// (current pair index, best pair index)
    var both: [(Int, Int)] = []
    /// Best pair indices whose ends are both matched but which the current map lacks.
    var onlyBest: [Int] = []
    /// Current pair indices whose ends are both matched but which best practice lacks.
    var onlyCurrent: [Int] = []

    /// One sort of the best pairs in current positions, then a merge. O(pairs log pairs).
    init(current: PairIndex, best: PairIndex, matching: NodeMatching) {
        var mapped: [(key: UInt64, index: Int)] = []
        mapped.reserveCapacity(best.count)
        for (index, pair) in best.pairs.enumerated() {
            guard let a = matching.currentFor[Int(pair.a)], let b = matching.currentFor[Int(pair.b)] else { continue }
            mapped.append((PairIndex.Pair(a, b).key, index))
        }
        mapped.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        var c = 0, m = 0
        while c < current.pairs.count || m < mapped.count {
            let ck = c < current.pairs.count ? current.pairs[c].key : .max
            let mk = m < mapped.count ? mapped[m].key : .max
            if ck == mk {
                both.append((c, mapped[m].index))
                c += 1
                m += 1
                // A matching is one-to-one, so a current pair meets at most one best pair.
            } else if mk < ck {
                onlyBest.append(mapped[m].index)
                m += 1
            } else {
                let pair = current.pairs[c]
                if matching.bestFor[Int(pair.a)] != nil, matching.bestFor[Int(pair.b)] != nil { onlyCurrent.append(c) }
                c += 1
            }
        }
    }
}
