import EcomapCore

/// Finds the audit's likely duplicates by blocking: each index below groups
/// nodes by one key, and only nodes in one group are compared.
struct PairFinder {
    let checked: CheckedMap
    let audited: [Int]
    private var keys: [Int: LabelKeys] = [:]
    private var found: [Int64: [Audit.Because]] = [:]

    init(_ checked: CheckedMap, audited: [Int]) {
        self.checked = checked
        self.audited = audited
    }

    private var map: EcosystemMap { checked.map }

    mutating func run() {
        for i in audited { keys[i] = LabelKeys(map.nodes[i].label) }
        sameWords()
        acronyms()
        spelling()
        members()
    }

    /// Pairs in node order, each with its reasons in the order of ``Audit/Reason``.
    func duplicates() -> [Audit.Duplicate] {
        found.keys.sorted().map { key in
            let reasons = found[key]!.sorted { Audit.Reason.allCases.firstIndex(of: $0.reason)! < Audit.Reason.allCases.firstIndex(of: $1.reason)! }
            return Audit.Duplicate(first: Int(key >> 32), second: Int(key & 0xFFFF_FFFF), reasons: reasons)
        }
    }

    private mutating func add(_ a: Int, _ b: Int, _ reason: Audit.Reason, _ why: Audit.Why) {
        guard a != b else { return }
        let key = Int64(min(a, b)) << 32 | Int64(max(a, b))
        if found[key]?.contains(where: { $0.reason == reason }) == true { return }
        found[key, default: []].append(Audit.Because(reason: reason, why: why))
    }

    private func label(_ i: Int) -> String { map.nodes[i].label }

    /// Each block's members, in node order, blocks in key order; oversized blocks left out.
    private func blocks(_ entries: [(key: String, node: Int)]) -> [[Int]] {
        var groups: [String: [Int]] = [:]
        for e in entries where !e.key.isEmpty { groups[e.key, default: []].append(e.node) }
        return groups.keys.sorted().compactMap { key in
            let members = Array(Set(groups[key]!)).sorted()
            return members.count > 1 && members.count <= Audit.blockLimit ? members : nil
        }
    }

    /// The same words (label against label), or one's Welsh label against the other's.
    private mutating func sameWords() {
        var entries: [(key: String, node: Int)] = []
        var welshKey: [Int: String] = [:]
        for i in audited {
            entries.append((keys[i]!.key, i))
            if let cy = map.nodes[i].welshLabel {
                let key = LabelKeys(cy).key
                welshKey[i] = key
                entries.append((key, i))
            }
        }
        for block in blocks(entries) {
            for (x, a) in block.enumerated() {
                for b in block[(x + 1)...] {
                    let (ka, kb) = (keys[a]!.key, keys[b]!.key)
                    if ka == kb {
                        let same = map.nodes[a].label == map.nodes[b].label
                        add(a, b, .sameLabel, same ? .identical(label(a)) : .sameWords(label(a), label(b)))
                    } else if welshKey[a] == kb {
                        add(a, b, .welsh, .welshOf(welsh: label(b), english: label(a)))
                    } else if welshKey[b] == ka {
                        add(a, b, .welsh, .welshOf(welsh: label(a), english: label(b)))
                    } else if let wa = welshKey[a], wa == welshKey[b] {
                        add(a, b, .welsh, .sharedWelsh(map.nodes[a].welshLabel!))
                    }
                }
            }
        }
    }

    /// A label with an acronym against one whose initials spell it: "ED&I
    /// network" and "Equality, Diversity and Inclusion Network".
    private mutating func acronyms() {
        let entries = audited.compactMap { i -> (key: String, node: Int)? in
            keys[i]!.initials.count >= 2 ? (keys[i]!.initials, i) : nil
        }
        for block in blocks(entries) {
            for a in block where keys[a]!.hasAcronym {
                for b in block where b != a && !keys[b]!.hasAcronym && keys[b]!.wordCount > keys[a]!.wordCount {
                    add(a, b, .acronym, .acronym(short: label(a), long: label(b)))
                }
            }
        }
    }

    /// Labels a letter or two apart ("Youth forum", "Youth foram"), among
    /// nodes that share a word few labels have.
    private mutating func spelling() {
        var entries: [(key: String, node: Int)] = []
        for i in audited { for word in Set(keys[i]!.words) where word.count >= 3 { entries.append((word, i)) } }
        var compared = Set<Int64>()
        for block in blocks(entries) {
            for (x, a) in block.enumerated() {
                for b in block[(x + 1)...] {
                    let pair = Int64(a) << 32 | Int64(b)
                    guard compared.insert(pair).inserted else { continue }
                    let (ka, kb) = (keys[a]!, keys[b]!)
                    guard ka.key != kb.key, abs(ka.wordCount - kb.wordCount) <= 1, ka.key.count >= 6,
                          Suggestion.closest(to: ka.key, in: [kb.key]) != nil else { continue }
                    add(a, b, .spelling, .spelling(label(a), label(b)))
                }
            }
        }
    }

    /// Groups (communities and organisations) whose members are mostly the
    /// same: members are the nodes `in:` a group and those that `participates`
    /// in it by a link.
    private mutating func members() {
        let groups = Set(audited.filter { map.nodes[$0].kind == .community || map.nodes[$0].kind == .organisation })
        var membersOf: [Int: Set<Int>] = [:]
        for (m, node) in map.nodes.enumerated() {
            for group in node.memberOf { if let g = checked.position(of: group), groups.contains(g) { membersOf[g, default: []].insert(m) } }
        }
        for (i, link) in map.links.enumerated() where link.type == "participates" {
            let (a, b) = (checked.from(i), checked.to(i))
            if groups.contains(b), !groups.contains(a) { membersOf[b, default: []].insert(a) }
            if groups.contains(a), !groups.contains(b) { membersOf[a, default: []].insert(b) }
        }
        var entries: [(key: String, node: Int)] = []
        for (g, members) in membersOf where members.count >= 2 { for m in members { entries.append((String(m), g)) } }
        var compared = Set<Int64>()
        for block in blocks(entries) {
            for (x, a) in block.enumerated() {
                for b in block[(x + 1)...] {
                    guard compared.insert(Int64(a) << 32 | Int64(b)).inserted else { continue }
                    let (ma, mb) = (membersOf[a]!, membersOf[b]!)
                    let shared = ma.intersection(mb).count
                    let smaller = min(ma.count, mb.count)
                    guard shared >= 2, shared * 4 >= smaller * 3 else { continue }
                    add(a, b, .members, .members(shared: shared, smaller: smaller, group: smaller == ma.count ? label(a) : label(b)))
                }
            }
        }
    }
}
