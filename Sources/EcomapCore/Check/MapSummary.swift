/// The headline numbers of a map, each defined once (docs/metrics.md) and
/// shown the same by every command: how many of each kind, how much flows
/// both ways, how connected it is, and whether people reach a platform and
/// each other.
public struct MapSummary: Hashable, Sendable, Encodable {
    /// Nodes of each kind, every kind present.
    public var nodesByKind: [NodeKind: Int]
    public var links: Int
    /// Links with a direction (`->`, `<-`, `<->`) between two different
    /// nodes, and peer links (a person or community linked to itself).
    public var directedLinks: Int
    /// Of those, the ones that flow both ways: `<->`, a one-way link whose
    /// reverse is in the map too (`a -> b` and `b -> a`), or a peer link.
    public var twoWayLinks: Int
    /// Arcs of the map taken as a simple directed graph: a one-way link is an
    /// arc, a two-way or undirected link an arc each way, and so is the tie
    /// between a platform and each end of a link that goes `via:` it;
    /// repeats and peer links aside.
    public var arcs: Int
    /// The number of `person` nodes.
    public var people: Int
    /// People linked to at least one platform, by a link either way or as an
    /// end of a link whose `via:` names a platform.
    public var peopleReachingPlatform: Int
    /// Pairs of people linked to each other, counted once per pair; a peer
    /// link (people in one role who interact among themselves) is a pair.
    public var peoplePairs: Int

    public var nodes: Int { nodesByKind.values.reduce(0, +) }

    /// `twoWayLinks / directedLinks`, 0 for a map with no directed links.
    public var twoWayShare: Double { Figures.share(twoWayLinks, of: directedLinks) }

    /// `arcs / n(n−1)`; 0 below two nodes.
    public var density: Double { nodes > 1 ? Double(arcs) / (Double(nodes) * Double(nodes - 1)) : 0 }

    /// The share of people who reach a platform; 0 with no people.
    public var platformReach: Double { Figures.share(peopleReachingPlatform, of: people) }

    /// Pairs of people linked to each other, per person; 0 with no people.
    public var peopleLinksPerPerson: Double { Figures.share(peoplePairs, of: people) }


    /// Works the numbers out from the map's linked pairs. O(pairs).
    package init(_ map: EcosystemMap, pairs: PairIndex) {
        nodesByKind = map.countsByKind
        links = map.links.count
        directedLinks = pairs.directedLinks
        twoWayLinks = pairs.twoWayLinks
        arcs = pairs.arcs
        let person = NodeKind.allCases.firstIndex(of: .person)!
        peoplePairs = pairs.kindPairs[person * 4 + person]
        let isPerson = map.nodes.map { $0.kind == .person }
        let isPlatform = map.nodes.map { $0.kind == .platform }
        // A link or a `via:` tie between a person and a platform reaches the person.
        var reached = [Bool](repeating: false, count: map.nodes.count)
        for pair in pairs.pairs {
            let (a, b) = (Int(pair.a), Int(pair.b))
            if isPerson[a], isPlatform[b] { reached[a] = true }
            if isPerson[b], isPlatform[a] { reached[b] = true }
        }
        people = isPerson.filter { $0 }.count
        peopleReachingPlatform = reached.filter { $0 }.count
    }

    enum CodingKeys: String, CodingKey { case nodes, nodesByKind, links, directedLinks, twoWayLinks, twoWayShare }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(Dictionary(uniqueKeysWithValues: nodesByKind.map { ($0.key.rawValue, $0.value) }), forKey: .nodesByKind)
        try c.encode(links, forKey: .links)
        try c.encode(directedLinks, forKey: .directedLinks)
        try c.encode(twoWayLinks, forKey: .twoWayLinks)
        try c.encode(twoWayShare, forKey: .twoWayShare)
    }

    /// "9 nodes (2 organisations, 2 platforms, 4 people, 1 community), 6 links, 17% two-way",
    /// or in Welsh "9 nod (2 sefydliad, 2 blatfform, 4 person, 1 gymuned); 6 chysylltiad; dwy ffordd: 17%".
    public func sentence(in language: Language = .en) -> String {
        let kinds = NodeKind.allCases.compactMap { kind in
            nodesByKind[kind, default: 0] > 0 ? language.counted(kind, nodesByKind[kind]!) : nil
        }
        var nodePart = language.count(nodes, .nodeNoun, .nodesNoun)
        if !kinds.isEmpty { nodePart = language[.kindsInBrackets, nodePart, kinds.joined(separator: ", ")] }
        let linkPart = language.count(links, .linkNoun, .linksNoun)
        let share = directedLinks == 0 ? language[.noDirectedLinks] : language[.twoWayPercent, Int((twoWayShare * 100).rounded())]
        return language[.summaryJoin, nodePart, linkPart, share]
    }
}
