enum MembershipChecks {
    /// `in:` must not loop (a in b, b in a): membership is drawn as nested
    /// clusters, and a loop has no inside.
    static func cycles(_ context: inout CheckContext) -> DiagnosticList {
        let map = context.map
        // Only the first container is drawn as a cluster; loops through it are the ones that matter.
        let parent: [Int?] = map.nodes.map { node in node.memberOf.first.flatMap { map.nodeIndex[$0] } }
        var state = [UInt8](repeating: 0, count: map.nodes.count)  // 0 new, 1 on the current walk, 2 done
        var found = DiagnosticList()
        for start in map.nodes.indices where state[start] == 0 {
            var walk: [Int] = []
            var current: Int? = start
            while let c = current, state[c] == 0 {
                state[c] = 1
                walk.append(c)
                current = parent[c]
            }
            if let c = current, state[c] == 1, parent[c] != c {
                let loop = walk[walk.firstIndex(of: c)!...].map { map.nodes[$0].id }
                let node = map.nodes[c]
                let range = node.attributes.attribute(AttributeName.in)?.valueRange ?? node.range
                found.append(Diagnostic(.membershipCycle, "membership goes round in a circle: \((loop + [loop[0]]).joined(separator: " in "))",
                                    hint: "a node can't be inside something that is inside it; remove one 'in:'",
                                    at: range))
            }
            for c in walk { state[c] = 2 }
        }
        return found
    }
}
