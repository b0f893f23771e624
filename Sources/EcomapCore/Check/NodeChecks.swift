enum NodeChecks {
    /// Two nodes with one id: links could not tell them apart.
    static func duplicateIDs(_ context: inout CheckContext) -> DiagnosticList {
        let map = context.map
        var found = DiagnosticList()
        for (position, node) in map.nodes.enumerated() {
            guard let first = map.nodeIndex[node.id], first != position else { continue }
            found.append(Diagnostic(.duplicateID, "duplicate id '\(node.id)'; it is first declared on line \(map.nodes[first].range.line)",
                                hint: "give each node its own id; the label can be the same",
                                at: node.range))
        }
        return found
    }

    /// A file with no nodes (only comments, only a header) is not yet a map.
    static func noNodes(_ context: inout CheckContext) -> DiagnosticList {
        guard context.map.nodes.isEmpty, !context.parseFailed else { return [] }
        let at = context.map.headerRange ?? SourceRange(line: 1, column: 1)
        return [Diagnostic(.noNodes, "the map has no nodes",
                       hint: "add one per line, for example: organisation scw \"Social Care Wales\"",
                       at: at)]
    }

    /// A node that no link, `in:` or `via:` mentions is drawn floating alone.
    /// In a directory (`directory: yes`) most nodes have no links, and that is
    /// what it is: no warnings.
    static func isolated(_ context: inout CheckContext) -> DiagnosticList {
        guard !context.parseFailed, !context.map.isDirectory else { return [] }
        let map = context.map
        var connected = [Bool](repeating: false, count: map.nodes.count)
        for i in 0..<context.ends.count {
            if context.ends.from[i] >= 0 { connected[Int(context.ends.from[i])] = true }
            if context.ends.to[i] >= 0 { connected[Int(context.ends.to[i])] = true }
            if context.ends.via[i] >= 0 { connected[Int(context.ends.via[i])] = true }
        }
        for (position, node) in map.nodes.enumerated() {
            let containers = node.memberOf.compactMap { map.nodeIndex[$0] }
            if !containers.isEmpty { connected[position] = true }
            for i in containers { connected[i] = true }
        }
        var found = DiagnosticList()
        for (position, node) in map.nodes.enumerated() where !connected[position] && map.nodeIndex[node.id] == position {
            found.append(Diagnostic(.isolatedNode, "'\(node.id)' has no links",
                                  hint: "link it to the rest of the map (\(node.id) -> other), or remove it",
                                  at: node.range))
        }
        return found
    }
}
