/// The findings about links: for each pair best practice links, its links
/// matched with the current map's by type (a link without a type matches any),
/// then compared for what is missing, which way they flow, whether they go
/// through a platform, how strong and how close they are.
struct LinkFindings: Sendable {
    let current: CheckedMap
    let best: CheckedMap
    let matching: NodeMatching
    private(set) var found: [Finding] = []
    private var atAGlance = true
    /// What the glance needs of each map, in compact arrays read in pair
    /// order: links themselves are large, and reading them out of file order
    /// missed the cache on every pair.
    private let glance: (current: Glance, best: Glance)

    init(current: CheckedMap, best: CheckedMap, matching: NodeMatching) {
        self.current = current
        self.best = best
        self.matching = matching
        var types: [String: Int32] = [:]
        let currentGlance = Glance(current, types: &types)
        glance = (currentGlance, Glance(best, types: &types))
    }

    /// For each pair, its only link (-1 when several or a tie); for each
    /// link, what a comparison reads of it as small numbers: its type as a
    /// number shared by both maps (-1 for none), its strength's rank, its
    /// closeness (-1 for none) and the platform it goes through (-1 for none).
    struct Glance: Sendable {
        let single: [Int32]
        let type: [Int32]
        let strength: [Int8]
        let closeness: [Int8]
        let via: [Int32]

        init(_ map: CheckedMap, types: inout [String: Int32]) {
            single = map.pairs.singleLinks
            let count = map.links.count
            var type = [Int32](repeating: -1, count: count)
            var strength = [Int8](repeating: Int8(LinkFindings.rank(.normal)), count: count)
            var closeness = [Int8](repeating: -1, count: count)
            var via = [Int32](repeating: -1, count: count)
            map.links.withUnsafeBufferPointer { links in
                for i in links.indices {
                    if let name = links[i].type {
                        type[i] = types[name] ?? { types[name] = Int32(types.count); return Int32(types.count - 1) }()
                    }
                    // Most links have no attributes, and then nothing to look up.
                    guard !links[i].attributes.isEmpty else { continue }
                    strength[i] = Int8(LinkFindings.rank(links[i].strength))
                    if let c = links[i].closeness { closeness[i] = Int8(Closeness.allCases.firstIndex(of: c)!) }
                    if let p = map.viaPlatform(i) { via[i] = Int32(p) }
                }
            }
            self.type = type
            self.strength = strength
            self.closeness = closeness
            self.via = via
        }
    }

    /// The links of one pair of one map that share a type, and what they say together.
    struct Group {
        var type: String?
        /// Links in file order.
        var links: [Int] = []
        /// Flows from the pair's smaller end to the larger, and back; an undirected association.
        var forward = false, backward = false, undirected = false
        var strength = Strength.broken
        var platforms: [Int] = []

        var twoWay: Bool { forward && backward }
        var oneWay: Bool { forward != backward }
    }

    /// A pair's links grouped by type, in order of first appearance.
    func groups(_ map: CheckedMap, pair k: Int) -> [Group] {
        let pair = map.pairs.pairs[k]
        var out: [Group] = []
        // Fields read in place: copying each link (its strings and lists) cost more than the comparison.
        map.links.withUnsafeBufferPointer { links in
            map.pairs.forEachLink(ofPair: k) { i in
                let type = links[i].type
                let g = out.firstIndex { $0.type == type } ?? { out.append(Group(type: type)); return out.count - 1 }()
                out[g].links.append(i)
                switch links[i].direction {
                case .twoWay: out[g].forward = true; out[g].backward = true
                case .undirected: out[g].undirected = true
                case .oneWay:
                    // A peer link flows among the group's members: both ways.
                    if pair.isPeer || map.from(i) < map.to(i) { out[g].forward = true }
                    if pair.isPeer || map.from(i) > map.to(i) { out[g].backward = true }
                }
                let strength = links[i].attributes.isEmpty ? Strength.normal : links[i].strength
                if out[g].links.count == 1 || LinkFindings.rank(strength) > LinkFindings.rank(out[g].strength) {
                    out[g].strength = strength
                }
                if let p = map.viaPlatform(i), !out[g].platforms.contains(p) { out[g].platforms.append(p) }
            }
        }
        return out
    }

    /// Strengths from worst to best.
    static func rank(_ strength: Strength) -> Int {
        switch strength {
        case .broken: 0
        case .stressful: 1
        case .weak: 2
        case .normal: 3
        case .strong: 4
        }
    }

    private func name(_ map: CheckedMap, _ i: Int) -> Finding.Name { Finding.Name(map.nodes[i]) }

    /// The findings about every pair of the join, in the order of its
    /// pairs. Pairs are independent, so they are compared in pieces on all
    /// cores; the number of pieces is fixed, not the number of cores, so
    /// every machine finds the same findings in the same order.
    /// `atAGlance: false` compares every pair in full: for the test that the
    /// glance changes nothing.
    func findings(_ join: PairJoin, atAGlance: Bool = true) -> [Finding] {
        let pieces = join.both.count + join.onlyBest.count < 20_000 ? 1 : 16
        let (both, onlyBest) = (join.both, join.onlyBest)
        let found = Parallel.map(2 * pieces) { task in
            var worker = self
            worker.atAGlance = atAGlance
            if task < pieces {
                for (c, b) in both[LinkFindings.piece(task, of: pieces, both.count)] { worker.comparePair(best: b, current: c) }
            } else {
                for b in onlyBest[LinkFindings.piece(task - pieces, of: pieces, onlyBest.count)] { worker.comparePair(best: b, current: nil) }
            }
            return worker.found
        }
        return Array(found.joined())
    }

    /// The `p`th of `n` nearly equal parts of `0..<count`.
    private static func piece(_ p: Int, of n: Int, _ count: Int) -> Range<Int> {
        (count * p / n)..<(count * (p + 1) / n)
    }

    private mutating func comparePair(best b: Int, current c: Int?) {
        let bestInfo = best.pairs.infos[b]
        guard bestInfo.linked else { return }  // tied through a platform only: nothing to compare
        if atAGlance, let c, sameAtAGlance(best: b, current: c) { return }
        let bestPair = best.pairs.pairs[b]
        let (c1, c2) = (matching.currentFor[Int(bestPair.a)]!, matching.currentFor[Int(bestPair.b)]!)
        // The current map's ends in the order of the best pair's.
        let organisations = current.nodes[c1].kind == .organisation && current.nodes[c2].kind == .organisation
        let currentGroups = c.map { groups(current, pair: $0) } ?? []
        let bestCloseness = best.pairs.closeness(ofPair: b, in: best.map)
        let nowCloseness = c.flatMap { current.pairs.closeness(ofPair: $0, in: current.map) }
        let linkedNow = c.map { current.pairs.infos[$0].linked } ?? false
        // Organisations that work closely in best practice (close, or talking both ways) should be close here.
        let wantClose = bestCloseness == .close || (organisations && bestCloseness == nil && bestInfo.twoWay)
        // Two parts not linked at all are a missing link, unless they are
        // organisations, whose distance is the finding.
        if wantClose, c1 != c2, linkedNow || organisations, nowCloseness != .close,
           !(linkedNow && bestCloseness == nil && nowCloseness == nil) {
            let line = c.map { current.links[current.pairs.infos[$0].link].fromRange.line } ?? current.nodes[c1].range.line
            let (a, z) = (current.nodes[c1].id, current.nodes[c2].id)
            found.append(Finding(kind: .distance, nodes: [a, z], line: line,
                                 detail: .distance(a: name(current, c1), b: name(current, c2), now: nowCloseness, linked: linkedNow),
                                 edit: "\(a) -- \(z) [closeness: close]",
                                 subject: .current(nodes: Finding.Ends(c1, c2), links: currentGroups.flatMap(\.links))))
        }
        for group in groups(best, pair: b) {
            let matches = currentGroups.filter { $0.type == nil || group.type == nil || $0.type == group.type }
            if matches.isEmpty {
                // Organisations far apart are one finding above, not a missing link as well.
                if organisations, wantClose { continue }
                missingLink(group, bestPair: bestPair, c1: c1, c2: c2)
                continue
            }
            compareLinks(group, with: matches, bestPair: bestPair, c1: c1, c2: c2)
        }
    }

    /// Whether a pair linked by one link in each map is the same link: of
    /// a matching type, as strong, as close, through the same platform,
    /// flowing the same way. Most pairs of two revisions of a map are, and
    /// this settles them without grouping anything; it says yes only where
    /// the full comparison would find nothing.
    private func sameAtAGlance(best b: Int, current c: Int) -> Bool {
        let (bestLink, currentLink) = (Int(glance.best.single[b]), Int(glance.current.single[c]))
        guard bestLink >= 0, currentLink >= 0 else { return false }
        let (t1, t2) = (glance.best.type[bestLink], glance.current.type[currentLink])
        guard t1 < 0 || t2 < 0 || t1 == t2,
              glance.current.strength[currentLink] >= glance.best.strength[bestLink],
              glance.current.closeness[currentLink] == glance.best.closeness[bestLink] else { return false }
        let platform = Int(glance.best.via[bestLink])
        if platform >= 0, matching.currentFor[platform] != Int(glance.current.via[currentLink]) { return false }
        let (now, ideal) = (current.pairs.infos[c], best.pairs.infos[b])
        // Nothing to say unless best practice flows both ways where today flows one way.
        return !(ideal.forward && ideal.backward) || (now.forward && now.backward) || now.undirected
    }

    private mutating func missingLink(_ group: Group, bestPair: PairIndex.Pair, c1: Int, c2: Int) {
        let first = best.links[group.links[0]]
        // Which way it runs in best practice, in current nodes.
        let outward = best.position(of: first.from) == Int(bestPair.a)
        let (from, to) = outward ? (c1, c2) : (c2, c1)
        let via = group.platforms.first.map { name(best, $0) }
        let arrow = group.twoWay ? "<->" : first.direction == .undirected ? "--" : "->"
        let viaEdit = group.platforms.first.map { p in " [via: \(matching.currentFor[p].map { current.nodes[$0].id } ?? best.nodes[p].id)]" } ?? ""
        found.append(Finding(
            kind: .missingLink, nodes: [current.nodes[from].id, current.nodes[to].id], line: current.nodes[from].range.line,
            direction: group.twoWay ? .twoWay : first.direction == .undirected ? .undirected : .oneWay,
            detail: .missingLink(from: name(current, from), to: name(current, to), type: group.type, twoWay: group.twoWay, via: via),
            edit: "\(current.nodes[from].id) \(arrow) \(current.nodes[to].id)" + (group.type.map { " : \($0)" } ?? "") + viaEdit,
            subject: .current(nodes: Finding.Ends(from, to), links: [])))
    }

    /// The same link in both maps: which way it flows, through which platform, how strong.
    private mutating func compareLinks(_ group: Group, with matches: [Group], bestPair: PairIndex.Pair, c1: Int, c2: Int) {
        let now = matches[0]
        let link = current.links[now.links[0]]
        let line = link.fromRange.line
        let type = group.type ?? now.type
        let typeEdit = type.map { " : \($0)" } ?? ""
        let flows = (forward: matches.contains { $0.forward }, backward: matches.contains { $0.backward })
        // Two-way only where best practice has this type of link two-way; an
        // undirected link says nothing of which way it flows.
        if group.twoWay, !(flows.forward && flows.backward), flows.forward || flows.backward {
            let (from, to) = (current.from(now.links[0]), current.to(now.links[0]))
            found.append(Finding(kind: .missingTwoWay, nodes: [link.from, link.to], line: line,
                                 detail: .oneWayLink(from: name(current, from), to: name(current, to), type: type),
                                 edit: "\(link.from) <-> \(link.to)\(typeEdit)",
                                 subject: .current(nodes: Finding.Ends(from, to), links: matches.flatMap(\.links))))
        }
        if let platform = group.platforms.first {
            let wanted = matching.currentFor[platform]
            let used = matches.flatMap(\.platforms)
            if wanted == nil || !used.contains(wanted!) {
                let p = wanted.map { current.nodes[$0].id } ?? best.nodes[platform].id
                found.append(Finding(kind: .moveToPlatform, nodes: [link.from, link.to], line: line,
                                     detail: .route(a: name(current, current.from(now.links[0])), b: name(current, current.to(now.links[0])),
                                                    type: type, platform: wanted.map { name(current, $0) } ?? name(best, platform),
                                                    through: used.first.map { name(current, $0) }),
                                     edit: "\(link.from) \(link.direction.symbol) \(link.to)\(typeEdit) [via: \(p)]",
                                     subject: .current(nodes: Finding.Ends(current.from(now.links[0]), current.to(now.links[0])),
                                                       links: matches.flatMap(\.links))))
            }
        }
        let nowStrength = matches.map(\.strength).max { LinkFindings.rank($0) < LinkFindings.rank($1) } ?? now.strength
        if LinkFindings.rank(nowStrength) < LinkFindings.rank(group.strength) {
            found.append(Finding(kind: .strengthen, nodes: [link.from, link.to], line: line,
                                 detail: .strength(from: name(current, current.from(now.links[0])), to: name(current, current.to(now.links[0])),
                                                   arrow: link.direction, type: type, now: nowStrength, best: group.strength),
                                 edit: "\(link.from) \(link.direction.symbol) \(link.to)\(typeEdit) [strength: \(group.strength.rawValue)]",
                                 subject: .current(nodes: Finding.Ends(current.from(now.links[0]), current.to(now.links[0])),
                                                   links: matches.flatMap(\.links))))
        }
    }
}
