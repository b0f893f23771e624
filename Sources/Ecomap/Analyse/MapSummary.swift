/// The headline numbers of a map: how many of each kind, and how much flows both ways.
public struct MapSummary: Hashable, Sendable, Codable {
    /// Nodes of each kind, every kind present.
    public var nodesByKind: [NodeKind: Int]
    public var links: Int
    /// Links with a direction (`->`, `<-`, `<->`) between two different, declared nodes.
    public var directedLinks: Int
    /// Of those, the ones that flow both ways: `<->`, or a one-way link whose
    /// reverse is in the map too (`a -> b` and `b -> a`).
    public var twoWayLinks: Int

    public var nodes: Int { nodesByKind.values.reduce(0, +) }

    /// `twoWayLinks / directedLinks`, 0 for a map with no directed links.
    public var twoWayShare: Double { directedLinks == 0 ? 0 : Double(twoWayLinks) / Double(directedLinks) }

    /// Works the numbers out. O(links).
    public init(_ map: EcosystemMap) {
        self.init(map, ends: LinkEnds(map))
    }

    /// Works the numbers out with ends already resolved. O(links).
    public init(_ map: EcosystemMap, ends: LinkEnds) {
        nodesByKind = map.countsByKind
        links = map.links.count
        func arc(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)) }
        var oneWay = Set<UInt64>(minimumCapacity: map.links.count)
        var directed: [(arc: UInt64, twoWay: Bool)] = []
        directed.reserveCapacity(map.links.count)
        for i in map.links.indices where ends.isResolved(i) && ends.from[i] != ends.to[i] {
            let direction = map.links[i].direction
            guard direction != .undirected else { continue }
            let a = arc(ends.from[i], ends.to[i])
            if direction == .oneWay { oneWay.insert(a) }
            directed.append((a, direction == .twoWay))
        }
        directedLinks = directed.count
        twoWayLinks = directed.reduce(0) { count, link in
            let reverse = link.arc >> 32 | link.arc << 32
            return count + (link.twoWay || oneWay.contains(reverse) ? 1 : 0)
        }
    }

    enum CodingKeys: String, CodingKey { case nodes, nodesByKind, links, directedLinks, twoWayLinks, twoWayShare }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kinds = try c.decode([String: Int].self, forKey: .nodesByKind)
        nodesByKind = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0, kinds[$0.rawValue] ?? 0) })
        links = try c.decode(Int.self, forKey: .links)
        directedLinks = try c.decode(Int.self, forKey: .directedLinks)
        twoWayLinks = try c.decode(Int.self, forKey: .twoWayLinks)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(Dictionary(uniqueKeysWithValues: nodesByKind.map { ($0.key.rawValue, $0.value) }), forKey: .nodesByKind)
        try c.encode(links, forKey: .links)
        try c.encode(directedLinks, forKey: .directedLinks)
        try c.encode(twoWayLinks, forKey: .twoWayLinks)
        try c.encode(twoWayShare, forKey: .twoWayShare)
    }

    /// "9 nodes (2 organisations, 2 platforms, 4 people, 1 community), 6 links, 17% two-way"
    /// The summary in the diagram's language: English as ``sentence``, or
    /// Welsh as labelled counts.
    public func sentence(in language: DiagramLanguage) -> String {
        guard language == .cy else { return sentence }
        let kinds = NodeKind.allCases.compactMap { kind in
            nodesByKind[kind, default: 0] > 0 ? "\(language.plural(kind)): \(nodesByKind[kind]!)" : nil
        }
        let share = directedLinks == 0 ? "dim cysylltiadau â chyfeiriad" : "dwy ffordd: \(Int((twoWayShare * 100).rounded()))%"
        return "nodau: \(nodes)" + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")
            + "; cysylltiadau: \(links); \(share)"
    }

    public var sentence: String {
        let kinds = NodeKind.allCases.compactMap { kind in
            nodesByKind[kind, default: 0] > 0 ? kind.counted(nodesByKind[kind]!) : nil
        }
        let nodePart = "\(nodes) node\(nodes == 1 ? "" : "s")" + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")
        let linkPart = "\(links) link\(links == 1 ? "" : "s")"
        let share = directedLinks == 0 ? "no directed links" : "\(Int((twoWayShare * 100).rounded()))% two-way"
        return "\(nodePart), \(linkPart), \(share)"
    }
}
