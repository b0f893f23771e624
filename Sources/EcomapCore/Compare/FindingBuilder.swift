/// Works out the findings of a comparison: each about one link or one node,
/// so that counting findings counts things.
struct FindingBuilder {
    let current: CheckedMap
    let best: CheckedMap
    let matching: NodeMatching

    /// Every finding, gaps first in the order of ``Finding/Kind``, each kind
    /// in the order of the current map's file.
    func all(atAGlance: Bool = true) -> [Finding] {
        let join = PairJoin(current: current.pairs, best: best.pairs, matching: matching)
        var found = LinkFindings(current: current, best: best, matching: matching).findings(join, atAGlance: atAGlance)
        found += oneWayNodes() + missingNodes() + isolatedParticipants() + extras(join)
        // Sort positions by precomputed keys, then move each finding once.
        let rank = Dictionary(uniqueKeysWithValues: Finding.Kind.allCases.enumerated().map { ($1, $0) })
        let keys = found.map { (rank[$0.kind]!, $0.line) }
        let order = found.indices.sorted { x, y in
            if keys[x] != keys[y] { return keys[x] < keys[y] }
            // Ties (several findings on one line) by the nodes they name, then as found.
            return found[x].nodes != found[y].nodes ? found[x].nodes.lexicographicallyPrecedes(found[y].nodes) : x < y
        }
        return order.map { found[$0] }
    }

    private func name(_ map: CheckedMap, _ i: Int) -> Finding.Name { Finding.Name(map.nodes[i]) }

    /// Nodes that only receive or only send, where best practice's counterpart does both.
    private func oneWayNodes() -> [Finding] {
        let flows = Flows(current), bestFlows = Flows(best)
        var found: [Finding] = []
        for (i, node) in current.nodes.enumerated() where node.kind != .platform {
            let (sends, receives) = (flows.out[i], flows.in[i])
            guard sends + receives > 0, sends == 0 || receives == 0 else { continue }
            if let b = matching.bestFor[i] {
                guard bestFlows.out[b] > 0, bestFlows.in[b] > 0 else { continue }
            } else if node.kind != .person, node.kind != .community {
                continue
            }
            found.append(Finding(kind: .oneWayNode, nodes: [node.id], line: node.range.line,
                                 detail: .oneWayNode(node: name(current, i), sends: sends, receives: receives,
                                                     counterpart: matching.bestFor[i].map { name(best, $0) }),
                                 subject: .current(nodes: Finding.Ends(i), links: [])))
        }
        return found
    }

    /// Best-practice nodes the current map has no partner for.
    private func missingNodes() -> [Finding] {
        var found: [Finding] = []
        // Each unmatched node's matched partners, in one pass over the pairs.
        var partnersOf: [Int: [Int]] = [:]
        for (pair, info) in best.pairs.all where info.linked && !pair.isPeer {
            let (a, b) = (Int(pair.a), Int(pair.b))
            if matching.currentFor[a] == nil, let c = matching.currentFor[b] { partnersOf[a, default: []].append(c) }
            if matching.currentFor[b] == nil, let c = matching.currentFor[a] { partnersOf[b, default: []].append(c) }
        }
        for (i, node) in best.nodes.enumerated() where matching.currentFor[i] == nil {
            let partners = (partnersOf[i] ?? []).sorted().map { name(current, $0) }
            found.append(Finding(kind: node.kind == .platform ? .missingPlatform : .missingNode, nodes: [node.id], line: 0,
                                 detail: .missingNode(node: name(best, i), kind: node.kind, partners: partners),
                                 edit: "\(node.kind.rawValue) \(node.id) \"\(node.label)\"", subject: .best(node: i)))
        }
        return found
    }

    /// People linked only to the organisation, not to each other, when best
    /// practice links people together: one finding per person.
    private func isolatedParticipants() -> [Finding] {
        let person = NodeKind.allCases.firstIndex(of: .person)!
        guard best.pairs.kindPairs[person * 4 + person] > 0 else { return [] }
        let participants = FindingBuilder.participants(current)
        guard participants.count >= 2 else { return [] }
        var linked = Set<Int>()
        for (pair, info) in current.pairs.all where info.linked
            && current.nodes[Int(pair.a)].kind == .person && current.nodes[Int(pair.b)].kind == .person {
            linked.insert(Int(pair.a))
            linked.insert(Int(pair.b))
        }
        let isolated = participants.filter { !linked.contains($0) }
        guard isolated.count >= 2 else { return [] }
        return isolated.map { i in
            Finding(kind: .isolatedParticipants, nodes: [current.nodes[i].id], line: current.nodes[i].range.line,
                    detail: .isolated(node: name(current, i)), subject: .current(nodes: Finding.Ends(i), links: []))
        }
    }

    /// The people a community serves: everyone but the host organisation's own
    /// staff (people `in:` an organisation whose role is host; without a host,
    /// people `in:` any organisation).
    static func participants(_ map: CheckedMap) -> [Int] {
        let hosts = Set(map.nodes.filter { $0.kind == .organisation && $0.role == "host" }.map(\.id))
        return map.nodes.indices.filter { i in
            let node = map.nodes[i]
            guard node.kind == .person else { return false }
            let organisations = node.memberOf.filter { map[$0]?.kind == .organisation }
            return hosts.isEmpty ? organisations.isEmpty : !organisations.contains(where: hosts.contains)
        }
    }

    /// Nodes and links only in the current map, for information.
    private func extras(_ join: PairJoin) -> [Finding] {
        var found: [Finding] = []
        for (i, node) in current.nodes.enumerated() where matching.bestFor[i] == nil {
            found.append(Finding(kind: .extra, nodes: [node.id], line: node.range.line,
                                 detail: .extraNode(node: name(current, i), kind: node.kind), subject: .current(nodes: Finding.Ends(i), links: [])))
        }
        for index in join.onlyCurrent where current.pairs.infos[index].linked {
            let pair = current.pairs.pairs[index]
            let link = current.links[current.pairs.infos[index].link]
            found.append(Finding(kind: .extra, nodes: [link.from, link.to], line: link.fromRange.line,
                                 detail: .extraLink(a: name(current, Int(pair.a)), b: name(current, Int(pair.b))),
                                 subject: .current(nodes: Finding.Ends(Int(pair.a), Int(pair.b)), links: [current.pairs.infos[index].link])))
        }
        return found
    }
}

/// How many distinct partners each node sends to and receives from, by its
/// own links (ties through platforms and peer links aside).
private struct Flows {
    var out: [Int]
    var `in`: [Int]

    init(_ map: CheckedMap) {
        out = Array(repeating: 0, count: map.nodes.count)
        self.in = Array(repeating: 0, count: map.nodes.count)
        for (pair, info) in map.pairs.all where !pair.isPeer {
            let (a, b) = (Int(pair.a), Int(pair.b))
            if info.forward || info.undirected { out[a] += 1; self.in[b] += 1 }
            if info.backward || info.undirected { out[b] += 1; self.in[a] += 1 }
        }
    }
}
