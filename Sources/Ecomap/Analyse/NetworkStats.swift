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
    public private(set) var nodes: [NodeMetrics]
    /// Nodes by betweenness, highest first, ties by id: the order of every
    /// output. Sorted once: tables, reports and the summary all read it.
    public private(set) var byBetweenness: [NodeMetrics]
    public var nodesByKind: [NodeKind: Int]
    /// Links as written (before de-duplication), by the kinds of their two ends ("organisation-person").
    public var links: Int
    public var linksByKinds: [String: Int]
    /// Arcs of the simple directed graph.
    public var arcs: Int
    /// arcs / n(n−1); 0 below two nodes.
    public var density: Double
    /// The share of arcs whose reverse arc exists too; 0 with no arcs.
    public var reciprocity: Double
    public var weakComponents: Int
    public var strongComponents: Int
    /// The share of people linked to at least one platform, directly or through a link's `via`.
    public var platformReach: Double
    /// Pairs of people linked to each other, per person.
    public var peopleLinksPerPerson: Double
    /// When betweenness and closeness are estimates: the number of sources sampled.
    public var sampled: Int?

    /// The five nodes with the highest betweenness (ties by id).
    public var mostCentral: [NodeMetrics] { Array(byBetweenness.prefix(5)) }


    /// Computes everything. O(n·m) for the centralities (O(sample·m) when
    /// sampled), linear for the rest.
    public init(_ map: EcosystemMap, ends: LinkEnds? = nil, sample: Int? = nil, seed: UInt64 = 1) {
        let ends = ends ?? LinkEnds(map)
        let graph = NetworkGraph(map, ends: ends)
        let n = graph.count
        let centrality = Centrality.compute(graph, sample: sample.map { min($0, n) }, seed: seed)
        let brokers = Components.articulationPoints(graph)
        let metrics = (0..<n).map { i in
            let node = map.nodes[graph.nodes[i]]
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
        nodesByKind = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { kind in (kind, metrics.filter { $0.kind == kind }.count) })
        links = map.links.count
        // Counted in a small table by kind position, named at the end: a key
        // built for each of a million links cost more than the rest of this.
        let kinds = NodeKind.allCases.sorted()
        let position = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        let nodeKind = map.nodes.map { position[$0.kind]! }
        var table = [Int](repeating: 0, count: kinds.count * kinds.count)
        for i in map.links.indices where ends.isResolved(i) {
            let a = nodeKind[Int(ends.from[i])], b = nodeKind[Int(ends.to[i])]
            table[min(a, b) * kinds.count + max(a, b)] += 1
        }
        var byKinds: [String: Int] = [:]
        for a in kinds.indices { for b in a..<kinds.count where table[a * kinds.count + b] > 0 {
            byKinds["\(kinds[a].rawValue)-\(kinds[b].rawValue)"] = table[a * kinds.count + b]
        } }
        linksByKinds = byKinds
        arcs = graph.arcCount
        density = n > 1 ? Double(arcs) / (Double(n) * Double(n - 1)) : 0
        var reciprocated = 0
        for i in 0..<n { for j in graph.outNeighbours(i) where graph.hasArc(Int(j), Int32(i)) { reciprocated += 1 } }
        reciprocity = arcs > 0 ? Double(reciprocated) / Double(arcs) : 0
        weakComponents = Set(Components.weak(graph)).count
        strongComponents = Set(Components.strong(graph)).count
        let people = PeopleNumbers(map, ends: ends)
        (platformReach, peopleLinksPerPerson) = (people.platformReach, people.linksPerPerson)
        sampled = sample.map { _ in centrality.sources }
    }

}
