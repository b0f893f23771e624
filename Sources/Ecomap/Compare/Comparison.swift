/// A current map set against a best-practice map: what lines up, the numbers
/// side by side, and the findings.
public struct Comparison: Sendable {
    /// One of the two maps, as the comparison reports it.
    public struct Side: Sendable {
        public var file: String
        public var identifier: String
        public var title: String
        public var numbers: KeyNumbers
    }

    /// The headline numbers of a map, for the table above the findings.
    public struct KeyNumbers: Hashable, Sendable, Codable {
        public var nodes: Int
        public var links: Int
        /// As ``MapSummary/twoWayShare``.
        public var twoWayShare: Double
        public var platformReach: Double
        public var peopleLinksPerPerson: Double
        /// Arcs / n(n−1), as in docs/metrics.md.
        public var density: Double
    }

    public var current: Side
    public var best: Side
    public var matching: NodeMatching
    /// Current nodes with no partner, by id, in file order.
    public var onlyCurrent: [String]
    /// Best-practice nodes with no partner, by id, in file order.
    public var onlyBest: [String]
    /// Links between each pair of kinds, in both maps.
    public var patterns: [KindPattern]
    public var findings: [Finding]
    /// The best-practice map's linked pairs, for drawing what is missing.
    let bestPairs: PairIndex

    /// No node of one map matches a node of the other.
    public var nothingMatched: Bool { matching.count == 0 }

    /// The findings of the given kinds.
    public func findings(_ kind: Finding.Kind) -> [Finding] { findings.filter { $0.kind == kind } }

    /// Compares two checked maps. O(n + m) with hashing, for maps of any size.
    public init(current: MapDocument, best: MapDocument, rules: [MatchRule] = MatchRule.allCases) {
        let matching = NodeMatching(current: current.map, best: best.map, rules: rules)
        let indexes = Parallel.map(2) { k in k == 0 ? PairIndex(current.map, ends: current.ends) : PairIndex(best.map, ends: best.ends) }
        let (currentPairs, bestPairs) = (indexes[0], indexes[1])
        self.matching = matching
        self.bestPairs = bestPairs
        self.current = Comparison.side(current, pairs: currentPairs)
        self.best = Comparison.side(best, pairs: bestPairs)
        let c = current.map, b = best.map
        onlyCurrent = c.nodes.indices.filter { c.nodeIndex[c.nodes[$0].id] == $0 && matching.bestFor[$0] == nil }.map { c.nodes[$0].id }
        onlyBest = b.nodes.indices.filter { b.nodeIndex[b.nodes[$0].id] == $0 && matching.currentFor[$0] == nil }.map { b.nodes[$0].id }
        patterns = KindPattern.compare(current: current, best: best, currentPairs: currentPairs, bestPairs: bestPairs)
        var finder = FindingBuilder(current: current, best: best, matching: matching,
                                    currentPairs: currentPairs, bestPairs: bestPairs)
        findings = finder.all(patterns: patterns)
    }

    /// The headline numbers, all from the pair index: one pass, no hashing.
    private static func side(_ document: MapDocument, pairs: PairIndex) -> Side {
        let map = document.map
        var arcs = 0
        var reached = [Bool](repeating: false, count: map.nodes.count)
        var peoplePairs = 0
        for (pair, info) in pairs.all {
            arcs += (info.forward || info.undirected ? 1 : 0) + (info.backward || info.undirected ? 1 : 0)
            let (a, b) = (Int(pair.a), Int(pair.b))
            let (ka, kb) = (map.nodes[a].kind, map.nodes[b].kind)
            if ka == .person, kb == .person { peoplePairs += 1 }
            if ka == .person, kb == .platform { reached[a] = true }
            if kb == .person, ka == .platform { reached[b] = true }
        }
        // Interactions through a platform (`via:`) reach people too.
        for (i, link) in map.links.enumerated() where !link.attributes.isEmpty && document.ends.isResolved(i) {
            guard let via = link.via, let p = map.nodeIndex[via], map.nodes[p].kind == .platform else { continue }
            for end in [Int(document.ends.from[i]), Int(document.ends.to[i])] where map.nodes[end].kind == .person { reached[end] = true }
        }
        var nodes = 0, people = 0, reachedPeople = 0
        for (i, node) in map.nodes.enumerated() where map.nodeIndex[node.id] == i {
            nodes += 1
            if node.kind == .person {
                people += 1
                if reached[i] { reachedPeople += 1 }
            }
        }
        let share = { (part: Int, whole: Int) in whole > 0 ? Double(part) / Double(whole) : 0 }
        return Side(file: document.source.name, identifier: document.identifier, title: map.title ?? document.identifier,
                    numbers: KeyNumbers(nodes: nodes, links: map.links.count, twoWayShare: share(pairs.twoWayLinks, pairs.directedLinks),
                                        platformReach: share(reachedPeople, people), peopleLinksPerPerson: share(peoplePairs, people),
                                        density: nodes > 1 ? Double(arcs) / (Double(nodes) * Double(nodes - 1)) : 0))
    }
}

/// How two kinds of node are linked in each map ("organisation–person": 5 links, 0 % two-way).
public struct KindPattern: Hashable, Sendable, Codable {
    public struct Numbers: Hashable, Sendable, Codable {
        /// Links between the two kinds, as written (self-links aside).
        public var links: Int
        /// Of those, links with a direction.
        public var directed: Int
        /// Of the directed, those that flow both ways.
        public var twoWay: Int
        /// Links per node of the two kinds.
        public var linksPerNode: Double

        public var twoWayShare: Double { directed == 0 ? 0 : Double(twoWay) / Double(directed) }
    }

    public var kinds: [NodeKind]
    public var current: Numbers
    public var best: Numbers

    /// "organisation–person"
    public var name: String { kinds.map(\.rawValue).joined(separator: "–") }

    /// From the counts the pair indexes made. O(1) once they are built.
    static func compare(current: MapDocument, best: MapDocument, currentPairs: PairIndex, bestPairs: PairIndex) -> [KindPattern] {
        let kinds = NodeKind.allCases
        let currentKinds = current.map.countsByKind, bestKinds = best.map.countsByKind
        func numbers(_ pairs: PairIndex, _ perKind: [NodeKind: Int], _ cell: Int, _ x: Int, _ y: Int) -> Numbers {
            let nodes = (perKind[kinds[x]] ?? 0) + (x == y ? 0 : perKind[kinds[y]] ?? 0)
            return Numbers(links: pairs.kindLinks[cell], directed: pairs.kindDirected[cell], twoWay: pairs.kindTwoWay[cell],
                           linksPerNode: nodes > 0 ? Double(pairs.kindLinks[cell]) / Double(nodes) : 0)
        }
        var out: [KindPattern] = []
        for x in 0..<4 {
            for y in x..<4 {
                let cell = x * 4 + y
                guard currentPairs.kindLinks[cell] > 0 || bestPairs.kindLinks[cell] > 0 else { continue }
                out.append(KindPattern(kinds: [kinds[x], kinds[y]], current: numbers(currentPairs, currentKinds, cell, x, y),
                                       best: numbers(bestPairs, bestKinds, cell, x, y)))
            }
        }
        return out
    }
}
