/// The standard network numbers for a map, as `docs/metrics.md` defines them.
public struct NetworkStats: Sendable {
    /// The numbers for one node.
    public struct NodeMetrics: Hashable, Sendable {
        public var id: String
        public var label: String
        public var kind: NodeKind
        public var inDegree: Int
        public var outDegree: Int
        /// Distinct neighbours, either way.
        public var degree: Int
        /// Neighbours with arcs both ways.
        public var twoWay: Int
        public var betweenness: Double
        public var closeness: Double
        /// Removing the node would split the part of the map it is in.
        public var broker: Bool
    }

    /// Every node's numbers, in the order of the map.
    public let nodes: [NodeMetrics]
    /// Nodes by betweenness, highest first, ties by id: the order of every
    /// output. Sorted once: tables, reports and the summary all read it.
    public let byBetweenness: [NodeMetrics]
    /// The map's headline numbers, as every command shows them.
    public let summary: MapSummary
    /// Links as written (before de-duplication), by the kinds of their two ends ("organisation-person").
    public let linksByKinds: [String: Int]
    /// The share of arcs whose reverse arc exists too; 0 with no arcs.
    public let reciprocity: Double
    public let weakComponents: Int
    public let strongComponents: Int
    /// When betweenness and closeness are estimates: the number of sources sampled.
    public let sampled: Int?

    public var nodesByKind: [NodeKind: Int] { summary.nodesByKind }
    public var links: Int { summary.links }
    /// Arcs of the simple directed graph (``MapSummary/arcs``).
    public var arcs: Int { summary.arcs }
    /// arcs / n(n−1); 0 below two nodes.
    public var density: Double { summary.density }
    /// The share of people linked to at least one platform, directly or through a link's `via`.
    public var platformReach: Double { summary.platformReach }
    /// Pairs of people linked to each other, per person.
    public var peopleLinksPerPerson: Double { summary.peopleLinksPerPerson }

    /// The five nodes with the highest betweenness (ties by id).
    public var mostCentral: [NodeMetrics] { Array(byBetweenness.prefix(5)) }

    /// Computes everything. O(n·m) for the centralities, linear for the rest;
    /// with `sample`, betweenness and closeness are estimated from that many
    /// sources chosen with `seed`, in O(sample·m).
    /// - Throws: a ``Diagnostic`` when `sample` is less than 1.
    public init(_ map: CheckedMap, sample: Int? = nil, seed: UInt64 = 1) throws(Diagnostic) {
        if let sample, sample < 1 {
            throw Diagnostic(.invalidArgument, "a sample needs at least 1 source, not \(sample)",
                             hint: "sample more sources, or compute the numbers exactly", at: .none)
        }
        self.init(map, validSample: sample, seed: seed)
    }

    /// As the public initialiser, for callers whose sample is known to be valid (nil, or at least 1).
    package init(_ map: CheckedMap, validSample sample: Int?, seed: UInt64 = 1) {
        let graph = NetworkGraph(map)
        let n = graph.count
        let centrality = Centrality.compute(graph, sample: sample.map { min($0, n) }, seed: seed)
        let brokers = Components.articulationPoints(graph)
        let metrics = (0..<n).map { i in
            let node = map.nodes[i]
            let out = graph.outNeighbours(i)
            return NodeMetrics(
                id: node.id, label: node.label, kind: node.kind,
                inDegree: graph.inNeighbours(i).count, outDegree: out.count,
                degree: graph.neighbours(i).count,
                twoWay: out.filter { graph.hasArc(Int($0), Int32(i)) }.count,
                betweenness: centrality.betweenness[i], closeness: centrality.closeness[i],
                broker: brokers[i])
        }
        nodes = metrics
        byBetweenness = metrics.sorted { a, b in a.betweenness != b.betweenness ? a.betweenness > b.betweenness : a.id < b.id }
        summary = map.summary
        // Counted in a small table by kind position, named at the end: a key
        // built for each of a million links cost more than the rest of this.
        let kinds = NodeKind.allCases.sorted()
        let position = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        let nodeKind = map.nodes.map { position[$0.kind]! }
        var table = [Int](repeating: 0, count: kinds.count * kinds.count)
        for i in map.links.indices {
            let a = nodeKind[map.from(i)], b = nodeKind[map.to(i)]
            table[min(a, b) * kinds.count + max(a, b)] += 1
        }
        var byKinds: [String: Int] = [:]
        for a in kinds.indices { for b in a..<kinds.count where table[a * kinds.count + b] > 0 {
            byKinds["\(kinds[a].rawValue)-\(kinds[b].rawValue)"] = table[a * kinds.count + b]
        } }
        linksByKinds = byKinds
        var reciprocated = 0
        for i in 0..<n { for j in graph.outNeighbours(i) where graph.hasArc(Int(j), Int32(i)) { reciprocated += 1 } }
        reciprocity = graph.arcCount > 0 ? Double(reciprocated) / Double(graph.arcCount) : 0
        weakComponents = Set(Components.weak(graph)).count
        strongComponents = Set(Components.strong(graph)).count
        sampled = sample.map { _ in centrality.sources }
    }
}
