/// A current map set against a best-practice map: what lines up, the numbers
/// side by side, and the findings. It holds both maps, so everything made
/// from it (text, JSON, drawings) needs nothing else.
public struct Comparison: Sendable {
    /// One of the two maps, as the comparison reports it.
    public struct Side: Sendable {
        public var file: String
        public var identifier: String
        public var title: String
        public var numbers: KeyNumbers
    }

    /// The headline numbers of a map, for the table above the findings: the
    /// map's ``MapSummary``, as every command shows it.
    public struct KeyNumbers: Hashable, Sendable, Codable {
        public var nodes: Int
        public var links: Int
        /// As ``MapSummary/twoWayShare``.
        public var twoWayShare: Double
        public var platformReach: Double
        public var peopleLinksPerPerson: Double
        /// Arcs / n(n−1), as in docs/metrics.md.
        public var density: Double

        init(_ summary: MapSummary) {
            nodes = summary.nodes
            links = summary.links
            twoWayShare = summary.twoWayShare
            platformReach = summary.platformReach
            peopleLinksPerPerson = summary.peopleLinksPerPerson
            density = summary.density
        }
    }

    /// The map as it is today.
    public let currentMap: CheckedMap
    /// The map of best practice it is measured against.
    public let bestMap: CheckedMap
    public let current: Side
    public let best: Side
    public let matching: NodeMatching
    /// Current nodes with no partner, by id, in file order.
    public let onlyCurrent: [String]
    /// Best-practice nodes with no partner, by id, in file order.
    public let onlyBest: [String]
    /// Links between each pair of kinds, in both maps.
    public let patterns: [KindPattern]
    public let findings: [Finding]

    /// No node of one map matches a node of the other.
    public var nothingMatched: Bool { matching.count == 0 }

    /// The findings of the given kinds.
    public func findings(_ kind: Finding.Kind) -> [Finding] { findings.filter { $0.kind == kind } }

    /// How many findings of each kind that is a gap, in the order they are reported; kinds with none left out.
    public var gapCounts: [(kind: Finding.Kind, count: Int)] {
        var tally: [Finding.Kind: Int] = [:]
        for finding in findings { tally[finding.kind, default: 0] += 1 }
        return Finding.Kind.allCases.filter(\.isGap).compactMap { kind in tally[kind].map { (kind, $0) } }
    }

    /// "8 missing two-way links", "2 one-way nodes", ... in a language.
    public func gapCountPhrases(in language: Language = .en) -> [String] {
        gapCounts.map { $0.kind.counted($0.count, in: language) }
    }

    /// Compares two checked maps. O(n + m) with hashing, for maps of any size.
    public init(current: CheckedMap, best: CheckedMap, rules: [MatchRule] = MatchRule.allCases) {
        let matching = NodeMatching(current: current.map, best: best.map, rules: rules)
        currentMap = current
        bestMap = best
        self.matching = matching
        self.current = Side(file: current.name, identifier: current.identifier, title: current.title, numbers: KeyNumbers(current.summary))
        self.best = Side(file: best.name, identifier: best.identifier, title: best.title, numbers: KeyNumbers(best.summary))
        onlyCurrent = current.nodes.indices.filter { matching.bestFor[$0] == nil }.map { current.nodes[$0].id }
        onlyBest = best.nodes.indices.filter { matching.currentFor[$0] == nil }.map { best.nodes[$0].id }
        let patterns = KindPattern.compare(current: current, best: best)
        self.patterns = patterns
        findings = FindingBuilder(current: current, best: best, matching: matching).all()
    }

    /// How each pair of kinds communicates, map against map, where best
    /// practice flows both ways far more: "Communication between organisations
    /// and people flows both ways in 0% of links here, 100% in best practice;
    /// one way here: ...". Summaries of the findings, not findings: they hold
    /// even when the two maps' nodes don't line up (two different ecosystems),
    /// and they are never counted.
    public func patternSummaries(in language: Language = .en, examples: Int = 4) -> [String] {
        patterns.compactMap { pattern in
            let (now, ideal) = (pattern.current, pattern.best)
            guard ideal.directed > 0, now.directed > 0, ideal.twoWayShare >= 0.5,
                  now.twoWayShare < ideal.twoWayShare - 0.25 else { return nil }
            let oneWay = currentOneWayLinks(between: pattern.kinds, limit: examples + 1)
            // Inside a sentence, a Welsh name's article is in lower case ("yr Urdd").
            func name(_ p: Int) -> String {
                language == .cy ? Welsh.inSentence(currentMap.nodes[p].label(in: language)) : currentMap.nodes[p].label(in: language)
            }
            let names = oneWay.prefix(examples).map { i in "\(name(currentMap.from(i))) → \(name(currentMap.to(i)))" }
            var list = names.joined(separator: ", ")
            if oneWay.count > examples { list = language[.andMore, list, pattern.current.directed - pattern.current.twoWay - examples] }
            let kinds = pattern.kinds[0] == pattern.kinds[1] ? language.plural(pattern.kinds[0])
                : language[.andJoin, Filler.word(language.plural(pattern.kinds[0])), Filler.word(language.plural(pattern.kinds[1]))]
            return language[.patternSentence, kinds, Figures.percent(now.twoWayShare), Figures.percent(ideal.twoWayShare)]
                + (names.isEmpty ? "" : language[.patternOneWayHere, list])
        }
    }

    /// The current map's one-way links between two kinds with no link back, in file order, up to `limit`.
    private func currentOneWayLinks(between kinds: [NodeKind], limit: Int) -> [Int] {
        var out: [Int] = []
        for (i, link) in currentMap.links.enumerated() where link.direction == .oneWay {
            let (a, b) = (currentMap.from(i), currentMap.to(i))
            guard a != b, [currentMap.nodes[a].kind, currentMap.nodes[b].kind].sorted() == kinds,
                  currentMap.pairs[a, b]?.twoWay == false else { continue }
            out.append(i)
            if out.count == limit { break }
        }
        return out
    }

    /// The best-practice map's links at node `b`, with how they link, in file order.
    /// O(pairs): called once per missing node, which a drawing has few of.
    package func bestPairsTouching(_ b: Int) -> [(PairIndex.Pair, PairIndex.Info)] {
        bestMap.pairs.all.filter { Int($0.0.a) == b || Int($0.0.b) == b }.sorted { $0.1.link < $1.1.link }
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

        public var twoWayShare: Double { Figures.share(twoWay, of: directed) }
    }

    public var kinds: [NodeKind]
    public var current: Numbers
    public var best: Numbers

    /// "organisation–person"
    public var name: String { kinds.map(\.rawValue).joined(separator: "–") }

    /// From the counts the pair indexes made. O(1) once they are built.
    static func compare(current: CheckedMap, best: CheckedMap) -> [KindPattern] {
        let kinds = NodeKind.allCases
        let (currentPairs, bestPairs) = (current.pairs, best.pairs)
        let currentKinds = current.summary.nodesByKind, bestKinds = best.summary.nodesByKind
        func numbers(_ pairs: PairIndex, _ perKind: [NodeKind: Int], _ cell: Int, _ x: Int, _ y: Int) -> Numbers {
            let nodes = (perKind[kinds[x]] ?? 0) + (x == y ? 0 : perKind[kinds[y]] ?? 0)
            return Numbers(links: pairs.kindLinks[cell], directed: pairs.kindDirected[cell], twoWay: pairs.kindTwoWay[cell],
                           linksPerNode: Figures.share(pairs.kindLinks[cell], of: nodes))
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
