import EcomapCore

/// Finds the audit's likely duplicates: each pair of audited nodes that
/// shares a key (``BlockKeys``) is scored by its names (``Likeness``), one's Welsh label against the
/// other's, the evidence they share (sponsor, leads, link, platform) and
/// their members.
struct PairFinder {
    let checked: CheckedMap
    let audited: [Int]
    private var forms: [Int: NameForm] = [:]
    private var found: [Int64: (score: Double, why: [Audit.Why])] = [:]
    /// What the two Welsh labels of a pair show, where both have one: for
    /// Welsh text, which quotes them rather than the English.
    private var welshWhy: [Int64: [Audit.Why]] = [:]

    private static func key(_ a: Int, _ b: Int) -> Int64 { Int64(min(a, b)) << 32 | Int64(max(a, b)) }

    /// What shared evidence adds to a names' score, for each field shared.
    static let evidenceBonus = 0.1
    /// Names must score this much before shared evidence counts: two groups
    /// with one sponsor are usually two groups.
    static let evidenceFloor = 0.5
    /// Scores below this are not kept at all (the benchmark reads the rest).
    static let keptFloor = 0.3

    init(_ checked: CheckedMap, audited: [Int]) {
        self.checked = checked
        self.audited = audited
    }

    private var map: EcosystemMap { checked.map }

    mutating func run() {
        for i in audited { forms[i] = NameForm(map.nodes[i].label) }
        names()
        members()
    }

    /// Pairs that score `threshold` or more, in node order.
    func duplicates(threshold: Double) -> [Audit.Duplicate] {
        found.keys.sorted().compactMap { key in
            let (score, why) = found[key]!
            guard score >= threshold else { return nil }
            return Audit.Duplicate(first: Int(key >> 32), second: Int(key & 0xFFFF_FFFF),
                                   score: (score * 100).rounded() / 100,
                                   reasons: why.map { Audit.Because(reason: $0.reason, why: $0) },
                                   welshReasons: (welshWhy[key] ?? []).map { Audit.Because(reason: $0.reason, why: $0) })
        }
    }

    private mutating func add(_ a: Int, _ b: Int, score: Double, _ why: [Audit.Why]) {
        guard a != b, score >= PairFinder.keptFloor else { return }
        let key = PairFinder.key(a, b)
        if let earlier = found[key] {
            found[key] = (max(earlier.score, score), earlier.why + why)
        } else {
            found[key] = (score, why)
        }
    }

    /// Each pair's names, Welsh labels and shared evidence.
    private mutating func names() {
        let welsh: [Int: NameForm] = Dictionary(uniqueKeysWithValues: audited.compactMap { i in
            map.nodes[i].welshLabel.map { (i, NameForm($0)) }
        })
        let evidence = Dictionary(uniqueKeysWithValues: audited.map { ($0, PairFinder.evidence(map.nodes[$0])) })
        for (a, b) in candidates(welsh: welsh) {
                let (fa, fb) = (forms[a]!, forms[b]!)
                // A Welsh label that is its own English one says nothing of the other node: compared below as a label.
                if let wa = welsh[a], !wa.key.isEmpty, wa.key == fb.key, wa.key != fa.key {
                    add(a, b, score: 1, [.welshOf(welsh: wa.label, english: fa.label)])
                    continue
                }
                if let wb = welsh[b], !wb.key.isEmpty, wb.key == fa.key, wb.key != fb.key {
                    add(a, b, score: 1, [.welshOf(welsh: wb.label, english: fb.label)])
                    continue
                }
                if let wa = welsh[a], let wb = welsh[b], !wa.key.isEmpty, wa.key == wb.key {
                    // The same words in another order are said as such, not as one label.
                    let one = wa.label.lowercased() == wb.label.lowercased()
                    add(a, b, score: 1, [one ? .sharedWelsh(wa.label) : .sameWords(wa.label, wb.label)])
                    continue
                }
                let likeness = Likeness.compare(fa, fb)
                // Only Welsh labels that are themselves alike speak for the pair, and only
                // with reasons for it: what tells two labels apart (their numbers, their
                // organisations) would tell a Welsh reader why they aren't one. The floor
                // is low because mutation ("Cymuned ddata") costs Welsh labels some likeness.
                if let wa = welsh[a], let wb = welsh[b], case let inWelsh = Likeness.compare(wa, wb),
                   inWelsh.score >= PairFinder.keptFloor, !inWelsh.why.isEmpty,
                   !inWelsh.why.contains(where: \.tellsApart) {
                    welshWhy[PairFinder.key(a, b)] = inWelsh.why
                }
                var score = likeness.score
                var why = likeness.why
                if score >= PairFinder.evidenceFloor {
                    // In a fixed order of fields, so the reasons are the same bytes every run.
                    for field in PairFinder.evidenceFields {
                        guard let values = evidence[a]![field], let others = evidence[b]![field],
                              let key = values.keys.filter({ others[$0] != nil }).sorted().first else { continue }
                        score += PairFinder.evidenceBonus
                        // The value as the earlier node writes it, and its Welsh where the map gives one for
                        // that one value (`sponsor-cy`); a list's Welsh can't be matched to the item shared.
                        let attributes = map.nodes[a].attributes
                        let welsh = attributes[AttributeName.welsh(field)] != nil && attributes.items(field).count == 1
                            ? attributes.text(AttributeName.welsh(field)) : nil
                        why.append(.shared(field: field, value: values[key]!, welsh: welsh == values[key] ? nil : welsh))
                    }
                }
                add(a, b, score: min(1, score), why)
        }
    }

    /// A group of names sharing one key larger than this says nothing (a word in most names): it is skipped.
    static let blockLimit = 200

    /// The pairs worth comparing, in node order: those sharing a key
    /// (``BlockKeys``), a Welsh label's included, in groups no larger than ``blockLimit``.
    private func candidates(welsh: [Int: NameForm]) -> [(Int, Int)] {
        var groups: [String: [Int]] = [:]
        for i in audited {
            var keys = BlockKeys.of(forms[i]!)
            keys.insert("k:" + forms[i]!.key)
            if let cy = welsh[i] { keys.formUnion(BlockKeys.of(cy)); keys.insert("k:" + cy.key) }
            for key in keys { groups[key, default: []].append(i) }
        }
        var pairs = Set<Int64>()
        for (_, members) in groups where members.count > 1 && members.count <= PairFinder.blockLimit {
            for (x, a) in members.enumerated() {
                for b in members[(x + 1)...] where a != b { pairs.insert(Int64(min(a, b)) << 32 | Int64(max(a, b))) }
            }
        }
        return pairs.sorted().map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }

    /// The evidence a node gives of which group it is: its sponsor, leads,
    /// link and platforms (`via`), each folded so that case and spaces don't count.
    /// The fields whose shared values say two groups are one.
    static let evidenceFields = [AttributeName.sponsor, AttributeName.leads, AttributeName.url, AttributeName.via]

    /// A node's values of each evidence field: folded, to compare, with each
    /// one as written, to quote ("Siân Jones", not "sian jones").
    static func evidence(_ node: Node) -> [String: [String: String]] {
        var out: [String: [String: String]] = [:]
        for key in evidenceFields {
            var values: [String: String] = [:]
            for item in node.attributes[key]?.items ?? [] {
                let folded = NameForm.fold(item).trimmingCharacters(in: .whitespaces)
                guard !folded.isEmpty, !["unknown", "tbc", "?", "none", "n/a"].contains(folded) else { continue }
                if values[folded] == nil { values[folded] = item.trimmingCharacters(in: .whitespaces) }
            }
            if !values.isEmpty { out[key] = values }
        }
        return out
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
        let withMembers = membersOf.keys.filter { membersOf[$0]!.count >= 2 }.sorted()
        for (x, a) in withMembers.enumerated() {
            for b in withMembers[(x + 1)...] {
                let (ma, mb) = (membersOf[a]!, membersOf[b]!)
                let shared = ma.intersection(mb).count
                let smaller = min(ma.count, mb.count)
                guard shared >= 2, shared * 4 >= smaller * 3 else { continue }
                let group = map.nodes[smaller == ma.count ? a : b]
                add(a, b, score: 0.9, [.members(shared: shared, smaller: smaller, group: group.label, welsh: group.welshLabel)])
            }
        }
    }
}
