/// Every linked pair of nodes in a map, with how they are linked, sorted by
/// pair: the comparison joins two of these in one linear pass.
///
/// The one place links are counted: ``MapSummary``'s numbers, the network
/// graph the metrics walk, and the comparison's kind patterns all come from
/// it, by the definitions of docs/metrics.md:
/// - a link from a node to itself (a peer link: a group's members interact
///   among themselves) is the pair (a, a);
/// - an interaction `via:` a platform ties the platform to both its ends: the
///   pair (end, platform) is marked `tie` even where no link joins them, since
///   the platform connects the nodes that use it.
///
/// Sorted arrays rather than a dictionary: at a million links, sorting once
/// and merging cost a fraction of hashing every lookup. O(links + nodes) to
/// build (a counting sort by the smaller end), plus small sorts per node.
package struct PairIndex: Sendable {
    package struct Pair: Hashable, Comparable, Sendable {
        package var a: Int32
        package var b: Int32
        package init(_ x: Int, _ y: Int) { a = Int32(min(x, y)); b = Int32(max(x, y)) }
        init(key: UInt64) { a = Int32(truncatingIfNeeded: key >> 32); b = Int32(truncatingIfNeeded: key) }
        package var key: UInt64 { UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)) }
        package var isPeer: Bool { a == b }
        package static func < (x: Pair, y: Pair) -> Bool { x.key < y.key }
    }

    package struct Info: Sendable {
        /// Directed communication from the smaller position to the larger, and back.
        package var forward = false
        package var backward = false
        /// An undirected association (`--`).
        package var undirected = false
        /// Linked through a platform (`via:`), the platform being one end.
        package var tie = false
        /// The first link that joins the pair (for a tie alone, the link that goes via the platform).
        package var link: Int

        /// Joined by a link of the map's own, not only through a platform.
        package var linked: Bool { forward || backward || undirected }

        /// Flows both ways: `<->`, a one-way link each way, or `--`.
        package var twoWay: Bool { (forward && backward) || undirected }
    }

    /// Pairs in ascending order, and how each is linked.
    package private(set) var pairs: [Pair] = []
    package private(set) var infos: [Info] = []
    /// Every pair's links, pair after pair, each pair's in file order: pair
    /// k's are `entries[linkStart[k]..<linkStart[k + 1]]` (see ``entry(_:_:_:)``).
    private var entries: [UInt64] = []
    private var linkStart: [Int32] = []
    /// Links with a direction between two different nodes, or a peer link,
    /// and of those the ones that flow both ways (``MapSummary``'s
    /// definition), counted in the same pass.
    package private(set) var directedLinks = 0
    package private(set) var twoWayLinks = 0
    /// Arcs of the simple directed graph: one per direction each pair of two
    /// different nodes is linked or tied in.
    package private(set) var arcs = 0
    /// The same counts, and all links, for each pair of kinds: cell `4 × kind + kind`
    /// (the smaller kind first, in ``NodeKind`` order).
    package private(set) var kindLinks = [Int](repeating: 0, count: 16)
    package private(set) var kindDirected = [Int](repeating: 0, count: 16)
    package private(set) var kindTwoWay = [Int](repeating: 0, count: 16)
    /// Distinct pairs joined by a link (ties aside), by pair of kinds.
    package private(set) var kindPairs = [Int](repeating: 0, count: 16)

    /// How an entry joins its pair, from the smaller end `a` to the larger `b`.
    private enum Flow: UInt64 {
        case ahead, back, both, plain, tie
    }

    /// An entry: the larger end in the high 32 bits, then the link (29 bits:
    /// a 1 GB file holds far fewer links), then how it flows (3 bits). Sorting
    /// entries sorts by the larger end, then by the link's place in the file;
    /// and the pass that reads them needs no link: links are large, and
    /// reading them in pair order missed the cache.
    private static func entry(_ b: Int32, _ link: Int, _ flow: Flow) -> UInt64 {
        UInt64(UInt32(b)) << 32 | UInt64(link) << 3 | flow.rawValue
    }

    private static func link(of entry: UInt64) -> Int { Int((entry & 0xFFFF_FFFF) >> 3) }

    package init(_ map: EcosystemMap, ends: LinkEnds) {
        let n = map.nodes.count
        let isPlatform = map.nodes.map { $0.kind == .platform }
        // Every entry of link i, each as (smaller end, entry).
        func each(_ i: Int, _ links: UnsafeBufferPointer<Link>, _ from: UnsafeBufferPointer<Int32>,
                  _ to: UnsafeBufferPointer<Int32>, _ via: UnsafeBufferPointer<Int32>, _ body: (Int, UInt64) -> Void) {
            let x = from[i], y = to[i]
            guard x >= 0, y >= 0 else { return }
            let flow: Flow = switch links[i].direction {
            case .oneWay: x <= y ? .ahead : .back
            case .twoWay: .both
            case .undirected: .plain
            }
            body(Int(min(x, y)), PairIndex.entry(max(x, y), i, flow))
            let p = via[i]
            guard p >= 0, isPlatform[Int(p)] else { return }
            for end in x == y ? [x] : [x, y] where end != p {
                body(Int(min(end, p)), PairIndex.entry(max(end, p), i, .tie))
            }
        }
        // Bucket the entries by their smaller end (a counting sort), then sort
        // each bucket: pairs come out in order, each pair's links in file
        // order. Most buckets hold a handful of entries, so this is far
        // cheaper than sorting a million as one.
        var start = [Int](repeating: 0, count: n + 1)
        var entries: [UInt64] = []
        map.links.withUnsafeBufferPointer { links in
            ends.from.withUnsafeBufferPointer { from in
                ends.to.withUnsafeBufferPointer { to in
                    ends.via.withUnsafeBufferPointer { via in
                        for i in links.indices { each(i, links, from, to, via) { a, _ in start[a + 1] += 1 } }
                        for a in 0..<n { start[a + 1] += start[a] }
                        entries = [UInt64](repeating: 0, count: start[n])
                        var fill = start
                        for i in links.indices {
                            each(i, links, from, to, via) { a, entry in
                                entries[fill[a]] = entry
                                fill[a] += 1
                            }
                        }
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
        linkStart.reserveCapacity(entries.count + 1)
        let ordinal = map.nodes.map { NodeKind.allCases.firstIndex(of: $0.kind)! }
        var tally = Tally()
        var a = 0
        for (slot, entry) in entries.enumerated() {
            while start[a + 1] <= slot { a += 1 }
            let key = UInt64(UInt32(a)) << 32 | entry >> 32
            if pairs.last?.key != key {
                if let pair = pairs.last { settle(&tally, pair, infos[infos.count - 1], ordinal) }
                pairs.append(Pair(key: key))
                infos.append(Info(link: PairIndex.link(of: entry)))
                linkStart.append(Int32(slot))
            }
            let last = infos.count - 1
            switch Flow(rawValue: entry & 7) {
            case .both:
                infos[last].forward = true
                infos[last].backward = true
                tally.both += 1
            case .plain:
                infos[last].undirected = true
                tally.plain += 1
            case .ahead:
                infos[last].forward = true
                tally.ahead += 1
            case .back:
                infos[last].backward = true
                tally.back += 1
            case .tie, nil:
                infos[last].tie = true
            }
        }
        if let pair = pairs.last { settle(&tally, pair, infos[infos.count - 1], ordinal) }
        linkStart.append(Int32(entries.count))
        self.entries = entries
    }

    /// A pair's links by how they flow, while its entries are read.
    private struct Tally { var ahead = 0, back = 0, both = 0, plain = 0 }

    /// Adds up a pair whose entries have all been read.
    private mutating func settle(_ tally: inout Tally, _ pair: Pair, _ info: Info, _ ordinal: [Int]) {
        let (x, y) = (ordinal[Int(pair.a)], ordinal[Int(pair.b)])
        let cell = min(x, y) * 4 + max(x, y)
        let directed = tally.ahead + tally.back + tally.both
        // A peer link flows both ways whatever its arrow: each member both
        // sends and receives. Between two nodes, a one-way link flows both
        // ways when one goes back too.
        let twoWay = pair.isPeer ? directed : tally.both + (tally.back > 0 ? tally.ahead : 0) + (tally.ahead > 0 ? tally.back : 0)
        if !pair.isPeer {
            arcs += (info.forward || info.undirected || info.tie ? 1 : 0) + (info.backward || info.undirected || info.tie ? 1 : 0)
        }
        directedLinks += directed
        twoWayLinks += twoWay
        kindLinks[cell] += directed + tally.plain
        kindDirected[cell] += directed
        kindTwoWay[cell] += twoWay
        if info.linked { kindPairs[cell] += 1 }
        tally = Tally()
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

    /// The map's own links that join pair `k`, in file order (ties through a platform aside).
    package func links(ofPair k: Int) -> [Int] {
        var out: [Int] = []
        forEachLink(ofPair: k) { out.append($0) }
        return out
    }

    /// Calls `body` with each of the map's own links that join pair `k`, in
    /// file order: no array made, for the comparison's inner loop.
    @inline(__always)
    package func forEachLink(ofPair k: Int, _ body: (Int) -> Void) {
        for slot in Int(linkStart[k])..<Int(linkStart[k + 1]) where entries[slot] & 7 != Flow.tie.rawValue {
            body(PairIndex.link(of: entries[slot]))
        }
    }

    /// How many of the map's own links join pair `k` (ties aside).
    package func linkCount(ofPair k: Int) -> Int {
        var n = 0
        forEachLink(ofPair: k) { _ in n += 1 }
        return n
    }

    /// The only link that joins pair `k`, when one link (and no tie) does:
    /// most pairs, which the comparison can then settle at a glance.
    package var singleLinks: [Int32] {
        (0..<pairs.count).map { k in
            let (start, end) = (Int(linkStart[k]), Int(linkStart[k + 1]))
            return end - start == 1 && entries[start] & 7 != Flow.tie.rawValue ? Int32(PairIndex.link(of: entries[start])) : -1
        }
    }

    /// The links that go through the platform of tie pair `k`.
    package func ties(ofPair k: Int) -> [Int] {
        entries[Int(linkStart[k])..<Int(linkStart[k + 1])].compactMap { $0 & 7 == Flow.tie.rawValue ? PairIndex.link(of: $0) : nil }
    }

    /// How close the two ends of pair `k` are, as its links say (the last
    /// `closeness:` given wins, as for any attribute); nil when none says.
    package func closeness(ofPair k: Int, in map: EcosystemMap) -> Closeness? {
        var found: Closeness?
        map.links.withUnsafeBufferPointer { links in
            forEachLink(ofPair: k) { i in
                if !links[i].attributes.isEmpty, let closeness = links[i].closeness { found = closeness }
            }
        }
        return found
    }

    /// The position of the pair of `x` and `y`, if they are linked or tied. O(log pairs).
    package func index(_ x: Int, _ y: Int) -> Int? {
        let target = Pair(x, y)
        var lo = 0, hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairs[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo < pairs.count && pairs[lo] == target ? lo : nil
    }

    /// How `x` and `y` are linked, if they are. O(log pairs).
    package subscript(_ x: Int, _ y: Int) -> Info? { index(x, y).map { infos[$0] } }

    /// Every pair with its link information.
    package var all: Zip2Sequence<[Pair], [Info]> { zip(pairs, infos) }
}
