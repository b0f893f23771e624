enum LinkChecks {
    /// Both ends of every link must be declared nodes.
    static func unknownEndpoints(_ context: inout CheckContext) -> DiagnosticList {
        var found = DiagnosticList()
        for i in 0..<context.ends.count where !context.ends.isResolved(i) {
            let link = context.map.links[i]
            if context.ends.from[i] < 0, let problem = context.unknownNode(link.from, at: link.fromRange) { found.append(problem) }
            if context.ends.to[i] < 0, let problem = context.unknownNode(link.to, at: link.toRange) { found.append(problem) }
        }
        return found
    }

    /// A link from a node to itself draws as a loop and counts for nothing.
    /// A person node is often a group of people in one role, and a community
    /// is a group: a link from one to itself says its members interact among
    /// themselves (a peer link). An organisation or a platform linked to
    /// itself is more likely a slip.
    static func selfLinks(_ context: inout CheckContext) -> DiagnosticList {
        let ends = context.ends, nodes = context.map.nodes
        var found = DiagnosticList()
        for i in context.map.links.indices where ends.isResolved(i) && ends.from[i] == ends.to[i] {
            let kind = nodes[Int(ends.from[i])].kind
            guard kind == .organisation || kind == .platform else { continue }
            let link = context.map.links[i]
            found.append(Diagnostic(.selfLink, "'\(link.from)' is linked to itself",
                                  hint: "only people and communities have members who interact among themselves; "
                                      + "to link this \(kind.rawValue) with another, name the other: \(link.from) -> other",
                                  at: link.fromRange))
        }
        return found
    }

    /// The same link twice (the same ends, direction and type) is drawn twice.
    ///
    /// Most pairs of nodes have one link at most, so links are first told apart
    /// by their ends alone (a hash of one integer); only links sharing ends are
    /// compared in full. O(links).
    static func duplicates(_ context: inout CheckContext) -> DiagnosticList {
        let links = context.map.links
        let ends = context.ends
        var firstByEnds: [UInt64: Int32] = [:]
        firstByEnds.reserveCapacity(links.count)
        var shared: [Int32] = []
        func key(_ i: Int) -> UInt64 {
            var (a, b) = (ends.from[i], ends.to[i])
            if links[i].direction != .oneWay, a > b { swap(&a, &b) }
            return UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
        }
        for i in links.indices where ends.isResolved(i) {
            if firstByEnds.updateValue(Int32(i), forKey: key(i)) != nil { shared.append(Int32(i)) }
        }
        guard !shared.isEmpty else { return [] }
        // Rare: compare links that share ends by direction and type as well, in file order.
        struct Full: Hashable { var ends: UInt64; var direction: LinkDirection; var type: String? }
        var sharedEnds = Set(shared.map { key(Int($0)) })
        var first: [Full: Int] = [:]
        var found = DiagnosticList()
        for i in links.indices where ends.isResolved(i) {
            let k = key(i)
            guard sharedEnds.contains(k) else { continue }
            let full = Full(ends: k, direction: links[i].direction, type: links[i].type)
            if let earlier = first[full] {
                var repeated = Diagnostic(.duplicateLink, "this link repeats the one on line \(links[earlier].fromRange.line)",
                                          hint: "remove one of them; to say more about a link, add attributes to it",
                                          at: links[i].fromRange.spanning(links[i].toRange))
                repeated.related = links[earlier].fromRange
                found.append(repeated)
            } else {
                first[full] = i
            }
        }
        sharedEnds.removeAll()
        return found
    }

    /// Any word is a valid type, but one a letter away from a built-in type is likely a typo.
    static func types(_ context: inout CheckContext) -> DiagnosticList {
        var verdicts: [String: String?] = [:]
        var found = DiagnosticList()
        for link in context.map.links {
            guard let type = link.type, !LinkType.builtIn.contains(type) else { continue }
            let near = verdicts[type] ?? Suggestion.closest(to: type, in: LinkType.builtIn)
            verdicts[type] = near
            if let near {
                found.append(Diagnostic(.unknownType, "unknown link type '\(type)'",
                                      hint: "did you mean '\(near)'?", at: link.typeRange))
            }
        }
        return found
    }
}
