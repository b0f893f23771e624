/// How nodes of one map correspond to nodes of another.
public enum MatchRule: String, CaseIterable, Sendable, Codable {
    /// The same id.
    case id
    /// The same `role:`, and the same kind.
    case role
    /// The same label once case, punctuation and spacing are set aside, and the same kind.
    case label
}

/// A one-to-one matching between the nodes of a current map and a best-practice map.
public struct NodeMatching: Sendable {
    /// Partners by node position, in an array: the comparison looks them up
    /// millions of times on a large map, and hashing each would dominate.
    public struct Partners: Sendable {
        fileprivate var storage: [Int32]
        /// The partner of the node at `position`, if it has one.
        public subscript(position: Int) -> Int? {
            let partner = storage[position]
            return partner < 0 ? nil : Int(partner)
        }
    }

    /// For each current node position (first declarations only), its best-practice partner.
    public private(set) var bestFor: Partners
    /// The reverse.
    public private(set) var currentFor: Partners
    /// How each matched current node was matched.
    public private(set) var rule: [Int: MatchRule] = [:]
    /// The number of matched pairs.
    public private(set) var count = 0

    /// Every matched pair, (current position, best position), in current-map order.
    public var pairs: [(current: Int, best: Int)] {
        bestFor.storage.enumerated().compactMap { c, b in b < 0 ? nil : (c, Int(b)) }
    }

    /// Matches by each rule in turn (by default id, then role, then label);
    /// each pass only pairs nodes still unmatched. Among several candidates
    /// the earliest declared pair first. O(n) with hashing.
    public init(current: CheckedMap, best: CheckedMap, rules: [MatchRule] = MatchRule.allCases) {
        self.init(current: current.map, best: best.map, rules: rules)
    }

    /// Matches two maps whose ids are unique (checked maps).
    init(current: EcosystemMap, best: EcosystemMap, rules: [MatchRule]) {
        bestFor = Partners(storage: Array(repeating: -1, count: current.nodes.count))
        currentFor = Partners(storage: Array(repeating: -1, count: best.nodes.count))
        let currentNodes = current.nodes.indices
        let bestNodes = best.nodes.indices
        for rule in rules {
            if rule == .id {
                // The maps' own id indexes already say it: no table to build.
                for c in currentNodes where bestFor[c] == nil {
                    if let b = best.nodeIndex[current.nodes[c].id], currentFor[b] == nil { pair(c, b, .id) }
                }
                continue
            }
            var waiting: [String: [Int]] = [:]
            for b in bestNodes where currentFor[b] == nil {
                if let key = NodeMatching.key(best.nodes[b], rule) { waiting[key, default: []].append(b) }
            }
            var taken: [String: Int] = [:]
            for c in currentNodes where bestFor[c] == nil {
                guard let key = NodeMatching.key(current.nodes[c], rule), let candidates = waiting[key] else { continue }
                let next = taken[key, default: 0]
                guard next < candidates.count else { continue }
                taken[key] = next + 1
                pair(c, candidates[next], rule)
            }
        }
    }

    private mutating func pair(_ c: Int, _ b: Int, _ how: MatchRule) {
        bestFor.storage[c] = Int32(b)
        currentFor.storage[b] = Int32(c)
        rule[c] = how
        count += 1
    }

    /// What a node is matched on under a rule; nil when the rule can't apply (no role).
    static func key(_ node: Node, _ rule: MatchRule) -> String? {
        switch rule {
        case .id: node.id
        case .role: node.role.map { "\(node.kind.rawValue):\(normalised($0))" }
        case .label: "\(node.kind.rawValue):\(normalised(node.label))"
        }
    }

    /// Lower case, letters and digits only, single spaces: "Social-care  Practitioners." → "social care practitioners".
    static func normalised(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text.lowercased().unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                if space, !out.isEmpty { out += " " }
                space = false
                out.unicodeScalars.append(c)
            } else {
                space = true
            }
        }
        return out
    }

}
