import EcomapCore

/// `ecomap audit`: the community audit Defra planned for its 1,020 Yammer
/// groups, "make sure there aren't any duplicate groups and that each is well
/// described so they're easy to find".
///
/// Likely duplicates are pairs of nodes whose labels say the same thing
/// (apart from case, punctuation, accents, word order and plurals), one of
/// which is the other's Welsh label, one an acronym of the other, whose
/// labels are a letter or two apart, or that share most of their members.
/// Pairs are found by blocking, never by comparing every pair: nodes are
/// grouped by label key, by initials and by rare words, and communities by
/// their members, and only nodes in one group are compared. Groups larger
/// than ``blockLimit`` (a word in every label) are skipped. About
/// O(n log n) for n nodes.
///
/// ```swift
/// let audit = Audit(checked)
/// for pair in audit.duplicates { print(checked.nodes[pair.first].label, pair.reasons.map { $0.detail() }) }
/// ```
public struct Audit: Sendable {
    /// Why two nodes look like one.
    public enum Reason: String, Sendable, CaseIterable, Codable {
        case sameLabel = "same-label"
        case welsh
        case acronym
        case spelling
        case members
    }

    /// One reason two nodes look like one, with what it found, so that it can
    /// be told in either language (``detail(in:)``).
    public struct Because: Sendable, Hashable {
        /// Which kind of likeness it is.
        public let reason: Reason
        let why: Why

        /// The reason as a sentence: "'ED&I network' looks like an abbreviation of ...".
        public func detail(in language: Language = .en) -> String {
            switch why {
            case .identical(let label): language[.auditSameLabel, label]
            case .sameWords(let a, let b): language[.auditSameWords, a, b]
            case .welshOf(let welsh, let english): language[.auditWelshOf, welsh, english]
            case .sharedWelsh(let label): language[.auditSharedWelsh, label]
            case .acronym(let short, let long): language[.auditAcronym, short, long]
            case .spelling(let a, let b): language[.auditSpelling, a, b]
            case .members(let shared, let smaller, let group): language[.auditMembers, shared, smaller, group]
            }
        }
    }

    /// What a reason found, in the labels it found it in.
    enum Why: Sendable, Hashable {
        case identical(String)
        case sameWords(String, String)
        case welshOf(welsh: String, english: String)
        case sharedWelsh(String)
        case acronym(short: String, long: String)
        case spelling(String, String)
        case members(shared: Int, smaller: Int, group: String)
    }

    /// Two nodes that look like one: positions in the map's nodes, the first the earlier.
    public struct Duplicate: Sendable {
        /// The earlier node's position.
        public var first: Int
        /// The later node's position.
        public var second: Int
        /// Each reason, in the order of ``Reason``.
        public var reasons: [Because]
    }

    /// What a node lacks to be found: description, sponsor, funded, leads or contacts, url.
    public struct Gap: Sendable {
        /// The node's position.
        public var node: Int
        /// What it lacks, in the order of ``Field``.
        public var missing: [Field]
    }

    /// What the audit looks for in each node, to make it findable.
    public enum Field: String, Sendable, CaseIterable {
        case description, sponsor, funded
        case leadsOrContacts = "leads or contacts"
        case url

        /// The field's name in a language ("leads or contacts").
        public func name(in language: Language = .en) -> String {
            switch self {
            case .description: language[.auditDescription]
            case .sponsor: language[.auditSponsor]
            case .funded: language[.auditFunded]
            case .leadsOrContacts: language[.auditLeadsOrContacts]
            case .url: language[.auditURL]
            }
        }
    }

    /// The positions in the map's nodes that were audited.
    public let audited: [Int]
    /// The likely duplicates, in node order.
    public let duplicates: [Duplicate]
    /// Each audited node that lacks something, in node order.
    public let gaps: [Gap]
    /// Whether every node was audited, not only the communities.
    public let all: Bool

    /// A block (nodes with one key) larger than this is too common to tell anything.
    public static let blockLimit = 64

    /// Audits the communities of `checked`, or every node with `all`.
    public init(_ checked: CheckedMap, all: Bool = false) {
        self.all = all
        let nodes = checked.nodes
        let audited = nodes.indices.filter { all || nodes[$0].kind == .community }
        self.audited = audited
        var pairs = PairFinder(checked, audited: audited)
        pairs.run()
        duplicates = pairs.duplicates()
        gaps = audited.compactMap { i in
            let missing = Audit.missing(nodes[i])
            return missing.isEmpty ? nil : Gap(node: i, missing: missing)
        }
    }

    /// What `node` lacks: every field for a community; description and url for other kinds.
    static func missing(_ node: Node) -> [Field] {
        func has(_ key: String) -> Bool {
            guard let value = node.attributes[key] else { return false }
            return value.items.contains { !["", "unknown", "tbc", "?", "none", "n/a"].contains($0.lowercased().trimmingCharacters(in: .whitespaces)) }
        }
        var out: [Field] = []
        if !has(AttributeName.description) { out.append(.description) }
        if node.kind == .community {
            if !has(AttributeName.sponsor) { out.append(.sponsor) }
            if !has(AttributeName.funded) { out.append(.funded) }
            if !has(AttributeName.leads) && !has(AttributeName.contacts) { out.append(.leadsOrContacts) }
        }
        if !has(AttributeName.url) { out.append(.url) }
        return out
    }
}
