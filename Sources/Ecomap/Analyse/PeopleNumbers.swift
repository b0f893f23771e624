/// Seed 002's questions of a map: do people reach the community through a
/// platform, and do they interact with each other or only with the organisation?
public struct PeopleNumbers: Hashable, Sendable {
    /// The share of people linked to at least one platform, by a link either
    /// way or as an end of a link whose `via:` names a platform; 0 with no people.
    public var platformReach: Double
    /// Pairs of people linked to each other (counted once per pair), per person; 0 with no people.
    public var linksPerPerson: Double
    public var people: Int
    /// People linked to a platform, by map position.
    public var reached: Set<Int>

    /// O(links).
    public init(_ map: EcosystemMap, ends: LinkEnds) {
        var reached = Set<Int>()
        var pairs = Set<UInt64>()
        let isPerson = { (i: Int) in map.nodes[i].kind == .person }
        for i in map.links.indices where ends.isResolved(i) {
            let a = Int(ends.from[i]), b = Int(ends.to[i])
            guard a != b else { continue }
            if isPerson(a), map.nodes[b].kind == .platform { reached.insert(a) }
            if isPerson(b), map.nodes[a].kind == .platform { reached.insert(b) }
            if isPerson(a), isPerson(b) { pairs.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b))) }
            if !map.links[i].attributes.isEmpty, let via = map.links[i].via,
               let p = map.nodeIndex[via], map.nodes[p].kind == .platform {
                if isPerson(a) { reached.insert(a) }
                if isPerson(b) { reached.insert(b) }
            }
        }
        people = map.nodes.indices.filter { map.nodeIndex[map.nodes[$0].id] == $0 && isPerson($0) }.count
        self.reached = reached
        platformReach = people > 0 ? Double(reached.count) / Double(people) : 0
        linksPerPerson = people > 0 ? Double(pairs.count) / Double(people) : 0
    }
}
