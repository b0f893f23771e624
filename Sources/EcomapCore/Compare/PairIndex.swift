/// Every linked pair of nodes in a map, with how they are linked, sorted by
/// pair: the comparison joins two of these in one linear pass.
///
/// The one place links are counted: ``MapSummary``'s numbers, the network
/// graph the metrics walk, and the comparison's kind patterns all come from it.
///
/// Sorted arrays rather than a dictionary: at a million links, sorting once
/// and merging cost a fraction of hashing every lookup. O(links log links) to build.
package struct PairIndex: Sendable {
    package struct Pair: Hashable, Comparable, Sendable {
        package var a: Int32
        package var b: Int32
        package init(_ x: Int, _ y: Int) { a = Int32(min(x, y)); b = Int32(max(x, y)) }
        init(key: UInt64) { a = Int32(truncatingIfNeeded: key >> 32); b = Int32(truncatingIfNeeded: key) }
        package var key: UInt64 { UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)) }
        package static func < (x: Pair, y: Pair) -> Bool { x.key < y.key }
    }

    package struct Info: Sendable {
        /// Directed communication from the smaller position to the larger, and back.
        package var forward = false
        package var backward = false
        /// An undirected association (`--`).
        package var undirected = false
        /// The first link that joins the pair.
        package var link: Int

        /// Flows both ways: `<->`, a one-way link each way, or `--`.
        package var twoWay: Bool { (forward && backward) || undirected }
    }

    /// Pairs in ascending order, and how each is linked.
    package private(set) var pairs: [Pair] = []
    package private(set) var infos: [Info] = []
    /// Every pair's links, pair after pair, each pair's in file order (the
    /// link is bits 2 to 31 of each entry): pair k's are `entries[linkStart[k]..<linkStart[k + 1]]`.
    private var entries: [UInt64] = []
    private var linkStart: [Int32] = []
    /// Links with a direction between two different nodes, and of those the
    /// ones that flow both ways (``MapSummary``'s definition), counted in the same pass.
    package private(set) var directedLinks = 0
    package private(set) var twoWayLinks = 0
    /// Arcs of the simple directed graph: one per direction each pair is linked in.
    package private(set) var arcs = 0
    /// The same counts, and all links, for each pair of kinds: cell `4 × kind + kind`
    /// (the smaller kind first, in ``NodeKind`` order).
    package private(set) var kindLinks = [Int](repeating: 0, count: 16)
    package private(set) var kindDirected = [Int](repeating: 0, count: 16)
    package private(set) var kindTwoWay = [Int](repeating: 0, count: 16)

    /// How a link flows between the smaller end `a` and the larger `b`.
    private static let ahead: UInt64 = 0, back: UInt64 = 1, both: UInt64 = 2, plain: UInt64 = 3

    package init(_ map: EcosystemMap, ends: LinkEnds) {
        // Bucket the links by their smaller end (a counting sort, O(links +
        // nodes)), then sort each bucket by the larger end and the link's
        // place in the file: pairs come out in order, each pair's links in
        // file order. Most buckets hold a handful of links, so this is far
        // cheaper than sorting a million entries as one.
        let n = map.nodes.count
        var start = [Int](repeating: 0, count: n + 1)
        // Each entry: the larger end in the high 32 bits, then the link (30
        // bits: a 1 GB file holds far fewer links), then how it flows (2
        // bits), so the pass below reads no link: links are large, and
        // reading them in pair order missed the cache.
        var entries: [UInt64] = []
        ends.from.withUnsafeBufferPointer { from in
            ends.to.withUnsafeBufferPointer { to in
                for i in from.indices where from[i] >= 0 && to[i] >= 0 && from[i] != to[i] {
                    start[Int(min(from[i], to[i])) + 1] += 1
                }
                for a in 0..<n { start[a + 1] += start[a] }
                entries = [UInt64](repeating: 0, count: start[n])
                var fill = start
                map.links.withUnsafeBufferPointer { links in
                    for i in from.indices where from[i] >= 0 && to[i] >= 0 && from[i] != to[i] {
                        let a = Int(min(from[i], to[i])), b = UInt64(UInt32(max(from[i], to[i])))
                        let flow: UInt64 = switch links[i].direction {
                        case .oneWay: from[i] < to[i] ? PairIndex.ahead : PairIndex.back
                        case .twoWay: PairIndex.both
                        case .undirected: PairIndex.plain
                        }
                        entries[fill[a]] = b << 32 | UInt64(i) << 2 | flow
                        fill[a] += 1
                    }
                }
            }
        }
        entries.withUnsafeMutableBufferPointer { all in
            for a in 0..<n where start[a + 1] - start[a] > 1 {
                PairIndex.sort(all, start[a]..<start[a + 1])
            }
        }
        pairs.reserveCapacity(entries.count)
        infos.reserveCapacity(entries.count)
        let ordinal = map.nodes.map { NodeKind.allCases.firstIndex(of: $0.kind)! }
        // Per pair: one-way links each way, two-way links and associations.
        var (ahead, back, both, plain) = (0, 0, 0, 0)
        func settle() {
            guard let pair = pairs.last else { return }
            let (x, y) = (ordinal[Int(pair.a)], ordinal[Int(pair.b)])
            let cell = min(x, y) * 4 + max(x, y)
            let directed = ahead + back + both
            let twoWay = both + (back > 0 ? ahead : 0) + (ahead > 0 ? back : 0)
            let info = infos[infos.count - 1]
            arcs += (info.forward || info.undirected ? 1 : 0) + (info.backward || info.undirected ? 1 : 0)
            directedLinks += directed
            twoWayLinks += twoWay
            kindLinks[cell] += directed + plain
            kindDirected[cell] += directed
            kindTwoWay[cell] += twoWay
            (ahead, back, both, plain) = (0, 0, 0, 0)
        }
        var a = 0
        for (slot, entry) in entries.enumerated() {
            while start[a + 1] <= slot { a += 1 }
            let i = Int(entry & 0xFFFF_FFFF) >> 2
            let key = UInt64(UInt32(a)) << 32 | entry >> 32
            if pairs.last?.key != key {
                settle()
                pairs.append(Pair(key: key))
                infos.append(Info(link: i))
                linkStart.append(Int32(slot))
            }
            let last = infos.count - 1
            switch entry & 3 {
            case PairIndex.both:
                infos[last].forward = true
                infos[last].backward = true
                both += 1
            case PairIndex.plain:
                infos[last].undirected = true
                plain += 1
            case PairIndex.ahead:
                infos[last].forward = true
                ahead += 1
            default:
                infos[last].backward = true
                back += 1
            }
        }
        settle()
        linkStart.append(Int32(entries.count))
        self.entries = entries
    }

    /// The links that join pair `k`, in file order.
    package func links(ofPair k: Int) -> [Int] {
        entries[Int(linkStart[k])..<Int(linkStart[k + 1])].map { Int(($0 & 0xFFFF_FFFF) >> 2) }
    }

    /// How close the two ends of pair `k` are, as its links say (the last
    /// `closeness:` given wins, as for any attribute); nil when none says.
    package func closeness(ofPair k: Int, in map: EcosystemMap) -> Closeness? {
        links(ofPair: k).reversed().lazy.compactMap { map.links[$0].closeness }.first
    }

    /// Sorts one bucket: by insertion when it is small, as most are (a
    /// node's links to a handful of others), else by the standard library.
    private static func sort(_ all: UnsafeMutableBufferPointer<UInt64>, _ range: Range<Int>) {
        guard range.count <= 16 else {
            var bucket = UnsafeMutableBufferPointer(rebasing: all[range])
            bucket.sort()
            return
        }
        for i in (range.lowerBound + 1)..<range.upperBound {
            let value = all[i]
            var j = i
            while j > range.lowerBound, all[j - 1] > value {
                all[j] = all[j - 1]
                j -= 1
            }
            all[j] = value
        }
    }

    package var count: Int { pairs.count }

    /// How `x` and `y` are linked, if they are. O(log pairs).
    package subscript(_ x: Int, _ y: Int) -> Info? {
        let target = Pair(x, y)
        var lo = 0, hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairs[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo < pairs.count && pairs[lo] == target ? infos[lo] : nil
    }

    /// Every pair with its link information.
    package var all: Zip2Sequence<[Pair], [Info]> { zip(pairs, infos) }
}

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
            guard let a = matching.currentFor[Int(pair.a)], let b = matching.currentFor[Int(pair.b)], a != b else { continue }
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
