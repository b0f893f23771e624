/// Works out the findings of a comparison, node by node where the maps line
/// up and kind by kind where they don't.
struct FindingBuilder {
    let current: EcosystemMap
    let best: EcosystemMap
    let matching: NodeMatching
    let currentPairs: PairIndex
    let bestPairs: PairIndex

    init(current: CheckedMap, best: CheckedMap, matching: NodeMatching) {
        self.current = current.map
        self.best = best.map
        self.matching = matching
        currentPairs = current.pairs
        bestPairs = best.pairs
    }

    mutating func all(patterns: [KindPattern]) -> [Finding] {
        let join = PairJoin(current: currentPairs, best: bestPairs, matching: matching)
        let found = twoWayPatterns(patterns) + pairs(join) + oneWayNodes() + missingNodes() + isolatedParticipants() + extras(join)
        // Sort positions by precomputed keys, then move each finding once.
        let rank = Dictionary(uniqueKeysWithValues: Finding.Kind.allCases.enumerated().map { ($1, $0) })
        let keys = found.map { (rank[$0.kind]!, $0.line) }
        let order = found.indices.sorted { x, y in
            if keys[x] != keys[y] { return keys[x] < keys[y] }
            // Ties (several findings about one node) by what they say, whatever order they were found in.
            return found[x].summary != found[y].summary ? found[x].summary < found[y].summary : x < y
        }
        return order.map { found[$0] }
    }

    private func label(_ map: EcosystemMap, _ i: Int) -> String { map.nodes[i].label }

    /// Each pair linked in best practice, looked for in the current map.
    private func pairs(_ join: PairJoin) -> [Finding] {
        var found: [Finding] = []
        // In pair order; the findings are put in file order at the end.
        let lookups: [(pairIndex: Int, current: Int?)] = join.both.map { ($0.1, $0.0) } + join.onlyBest.map { ($0, nil) }
        for (pairIndex, currentIndex) in lookups {
            let pair = bestPairs.pairs[pairIndex], bestInfo = bestPairs.infos[pairIndex]
            let c1 = matching.currentFor[Int(pair.a)]!, c2 = matching.currentFor[Int(pair.b)]!
            let now = currentIndex.map { currentPairs.infos[$0] }
            // Most pairs line up with nothing to report: decide before touching any text.
            let organisations = current.nodes[c1].kind == .organisation && current.nodes[c2].kind == .organisation
            if !organisations, let now, !(bestInfo.twoWay && !now.twoWay) { continue }
            let bestLink = best.links[bestInfo.link]
            if organisations {
                let bestCloseness = bestPairs.closeness(ofPair: pairIndex, in: best)
                let close = bestCloseness == .close || (bestCloseness == nil && bestInfo.twoWay)
                let far = currentIndex.map { currentPairs.closeness(ofPair: $0, in: current) == .distant } ?? true
                guard close, far else { continue }
                let (x, y) = (label(current, c1), label(current, c2))
                found.append(Finding(
                    kind: .distance, nodes: [current.nodes[c1].id, current.nodes[c2].id],
                    summary: now == nil ? "\(x) and \(y) are not linked; in best practice they work closely together"
                                        : "\(x) and \(y) are distant; in best practice they work closely together",
                    why: Finding.Kind.distance.why(),
                    action: "Bring \(x) and \(y) closer: shared work, regular contact, a partnership; then mark the link closeness: close.",
                    line: now.map { current.links[$0.link].fromRange.line } ?? current.nodes[c1].range.line))
                continue
            }
            guard let now else {
                let (from, to) = bestLink.from == best.nodes[Int(pair.a)].id ? (c1, c2) : (c2, c1)
                let arrow = bestInfo.twoWay ? "<->" : "->"
                found.append(Finding(
                    kind: .missingLink, nodes: [current.nodes[from].id, current.nodes[to].id],
                    summary: "\(label(current, from)) and \(label(current, to)) have no link; in best practice "
                        + "\(label(best, bestIndex(bestLink.from))) \(arrow) \(label(best, bestIndex(bestLink.to)))"
                        + (bestLink.type.map { " (\($0))" } ?? ""),
                    why: Finding.Kind.missingLink.why(),
                    action: "Connect them, then add the link: \(current.nodes[from].id) \(arrow) \(current.nodes[to].id)"
                        + (bestLink.type.map { " : \($0)" } ?? ""),
                    line: current.nodes[from].range.line, direction: bestInfo.twoWay ? .twoWay : .oneWay))
                continue
            }
            if bestInfo.twoWay, !now.twoWay {
                let link = current.links[now.link]
                let (from, to) = (current.nodeIndex[link.from]!, current.nodeIndex[link.to]!)
                found.append(Finding(
                    kind: .missingTwoWay, nodes: [link.from, link.to],
                    summary: "\(label(current, from)) → \(label(current, to))"
                        + (link.type.map { " (\($0))" } ?? "")
                        + " flows one way; in best practice \(label(best, bestIndex(bestLink.from))) and \(label(best, bestIndex(bestLink.to))) communicate both ways",
                    why: Finding.Kind.missingTwoWay.why(),
                    action: "Give \(label(current, to)) a way to answer \(label(current, from)): a reply channel, a shared space on a platform, "
                        + "time for questions; then write \(link.from) <-> \(link.to).",
                    line: link.fromRange.line))
            }
        }
        return found
    }

    private func bestIndex(_ id: String) -> Int { best.nodeIndex[id] ?? 0 }

    /// Nodes that only receive or only send, where best practice's counterpart does both.
    private func oneWayNodes() -> [Finding] {
        let flows = Flows(current, pairs: currentPairs)
        let bestFlows = Flows(best, pairs: bestPairs)
        var found: [Finding] = []
        for (i, node) in current.nodes.enumerated() where node.kind != .platform {
            let (sends, receives) = (flows.out[i], flows.in[i])
            guard sends + receives > 0, sends == 0 || receives == 0 else { continue }
            if let b = matching.bestFor[i] {
                guard bestFlows.out[b] > 0, bestFlows.in[b] > 0 else { continue }
            } else if node.kind != .person, node.kind != .community {
                continue
            }
            let only = sends == 0 ? "only receives (\(receives) in, none out)" : "only sends (\(sends) out, none in)"
            found.append(Finding(
                kind: .oneWayNode, nodes: [node.id],
                summary: "\(node.label) \(only)" + (matching.bestFor[i].map { "; in best practice \(label(best, $0)) sends and receives" } ?? ""),
                why: Finding.Kind.oneWayNode.why(),
                action: sends == 0 ? "Give \(node.label) a voice: a way to feed back, ask, share." : "Give \(node.label) a way to hear back from those it sends to.",
                line: node.range.line))
        }
        return found
    }

    /// Best-practice nodes the current map has no partner for.
    private func missingNodes() -> [Finding] {
        var found: [Finding] = []
        // Each unmatched node's matched partners, in one pass over the pairs.
        var partnersOf: [Int: [Int]] = [:]
        for pair in bestPairs.pairs {
            let (a, b) = (Int(pair.a), Int(pair.b))
            if matching.currentFor[a] == nil, let c = matching.currentFor[b] { partnersOf[a, default: []].append(c) }
            if matching.currentFor[b] == nil, let c = matching.currentFor[a] { partnersOf[b, default: []].append(c) }
        }
        for (i, node) in best.nodes.enumerated() where matching.currentFor[i] == nil {
            let partners = (partnersOf[i] ?? []).sorted().map { current.nodes[$0].label }
            let linked = partners.isEmpty ? "" : "; in best practice it links \(partners.joined(separator: ", "))"
            let platform = node.kind == .platform
            found.append(Finding(
                kind: platform ? .missingPlatform : .missingNode, nodes: [node.id],
                summary: "No \(node.kind.rawValue) like \(node.label)\(linked)",
                why: (platform ? Finding.Kind.missingPlatform : .missingNode).why(),
                action: platform
                    ? "Consider a \(node.label.lowercased()) where people can meet and talk between meetings; then add it: platform \(node.id) \"\(node.label)\""
                    : "Consider whether a \(node.kind.rawValue) like \(node.label) has a place here; if so, add it: \(node.kind.rawValue) \(node.id) \"\(node.label)\"",
                line: 0))
        }
        return found
    }

    /// People linked only to the organisation, not to each other, when best practice links people together.
    private func isolatedParticipants() -> [Finding] {
        let bestPeopleLinked = bestPairs.pairs.contains { best.nodes[Int($0.a)].kind == .person && best.nodes[Int($0.b)].kind == .person }
        guard bestPeopleLinked else { return [] }
        let participants = FindingBuilder.participants(current)
        guard participants.count >= 2 else { return [] }
        var linked = Set<Int>()
        for pair in currentPairs.pairs where current.nodes[Int(pair.a)].kind == .person && current.nodes[Int(pair.b)].kind == .person {
            linked.insert(Int(pair.a))
            linked.insert(Int(pair.b))
        }
        let isolated = participants.filter { !linked.contains($0) }
        guard isolated.count >= 2 else { return [] }
        let names = isolated.map { current.nodes[$0].label }
        return [Finding(
            kind: .isolatedParticipants, nodes: isolated.map { current.nodes[$0].id },
            summary: "\(names.joined(separator: ", ")) are linked to the organisation but not to each other; in best practice people interact with each other",
            why: Finding.Kind.isolatedParticipants.why(),
            action: "Create ways for participants to meet and talk with each other (a community platform, peer sessions), then link them in the map.",
            line: current.nodes[isolated[0]].range.line)]
    }

    /// The people a community serves: everyone but the host organisation's own
    /// staff (people `in:` an organisation whose role is host; without a host,
    /// people `in:` any organisation).
    static func participants(_ map: EcosystemMap) -> [Int] {
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
            found.append(Finding(kind: .extra, nodes: [node.id], summary: "\(node.label) (\(node.kind.rawValue)) has no counterpart in best practice",
                                 why: Finding.Kind.extra.why(), action: "Nothing needed; check whether best practice would have it too.",
                                 line: node.range.line))
        }
        for index in join.onlyCurrent.sorted(by: { currentPairs.infos[$0].link < currentPairs.infos[$1].link }) {
            let pair = currentPairs.pairs[index]
            let link = current.links[currentPairs.infos[index].link]
            found.append(Finding(kind: .extra, nodes: [link.from, link.to],
                                 summary: "\(label(current, Int(pair.a))) and \(label(current, Int(pair.b))) are linked here but not in best practice",
                                 why: Finding.Kind.extra.why(), action: "Nothing needed.", line: link.fromRange.line))
        }
        return found
    }

    /// How each pair of kinds communicates, map against map: the finding that
    /// holds even when the two maps' nodes don't line up (two different
    /// ecosystems), naming the current map's one-way links of that pattern.
    private func twoWayPatterns(_ patterns: [KindPattern]) -> [Finding] {
        patterns.compactMap { pattern in
            let (now, ideal) = (pattern.current, pattern.best)
            guard ideal.directed > 0, now.directed > 0, ideal.twoWayShare >= 0.5,
                  now.twoWayShare < ideal.twoWayShare - 0.25 else { return nil }
            let oneWay = oneWayLinks(between: pattern.kinds)
            let names = oneWay.prefix(4).map { "\(current[$0.from]?.label ?? $0.from) → \(current[$0.to]?.label ?? $0.to)" }
            let more = oneWay.count > 4 ? " and \(oneWay.count - 4) more" : ""
            let kinds = pattern.kinds.map { Language.en.plural($0) }
            let between = pattern.kinds[0] == pattern.kinds[1] ? "between \(kinds[0])" : "between \(kinds[0]) and \(kinds[1])"
            return Finding(
                kind: .missingTwoWay, nodes: Array(Set(oneWay.flatMap { [$0.from, $0.to] })).sorted(),
                summary: "Communication \(between) flows both ways in \(percent(now.twoWayShare)) of links here, "
                    + "\(percent(ideal.twoWayShare)) in best practice"
                    + (names.isEmpty ? "" : "; one way here: \(names.joined(separator: ", "))\(more)"),
                why: Finding.Kind.missingTwoWay.why(),
                action: "Give the receiving side of each one-way link \(between) a way to answer: feedback, questions, a shared space.",
                line: 0)
        }
    }

    /// The current map's one-way links between two kinds, without a reverse link, in file order.
    private func oneWayLinks(between kinds: [NodeKind]) -> [Link] {
        current.links.filter { link in
            guard link.direction == .oneWay, let a = current.nodeIndex[link.from], let b = current.nodeIndex[link.to], a != b,
                  [current.nodes[a].kind, current.nodes[b].kind].sorted() == kinds else { return false }
            return currentPairs[a, b]?.twoWay == false
        }
    }

    private func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

/// How many distinct partners each node sends to and receives from.
private struct Flows {
    var out: [Int]
    var `in`: [Int]

    init(_ map: EcosystemMap, pairs: PairIndex) {
        out = Array(repeating: 0, count: map.nodes.count)
        self.in = Array(repeating: 0, count: map.nodes.count)
        for (pair, info) in pairs.all {
            let (a, b) = (Int(pair.a), Int(pair.b))
            if info.forward || info.undirected { out[a] += 1; self.in[b] += 1 }
            if info.backward || info.undirected { out[b] += 1; self.in[a] += 1 }
        }
    }
}
