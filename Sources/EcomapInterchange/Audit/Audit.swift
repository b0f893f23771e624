import EcomapCore

/// `ecomap audit`: the community audit Defra planned for its 1,020 Yammer
/// groups, "make sure there aren't any duplicate groups and that each is well
/// described so they're easy to find".
///
/// Each pair of audited nodes gets a score from 0 to 1 and its reasons:
/// how alike their names are as a person reads them (``Likeness``: the
/// sector's acronyms, spacing and case, plurals, word order, the words for a
/// kind of group as near-synonyms), raised by shared evidence (the same
/// sponsor, leads, link or platform); one label the other's Welsh, or most
/// members shared, make a pair outright. Pairs that score ``threshold`` or
/// more are likely duplicates. Only names that share a key are compared
/// (``BlockKeys``: a word's first letters, an acronym and the initials it
/// may spell, so `DDaT` meets "Digital, Data and Technology Profession"),
/// about O(n·b) for n nodes and groups of b.
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
        /// The words that say what each group is about pair up (``Likeness``).
        case words
        /// The same sponsor, leads, link or platform.
        case evidence
        case members
    }

    /// One reason two nodes look like one, with what it found, so that it can
    /// be told in either language (``detail(in:)``).
    public struct Because: Sendable, Hashable {
        /// Which kind of likeness it is.
        public let reason: Reason
        let why: Why

        /// An evidence field's name in a sentence: "sponsor", "noddwr".
        static func fieldName(_ field: String, in language: Language) -> String {
            switch field {
            case AttributeName.sponsor: language[.auditSponsor]
            case AttributeName.leads: language[.auditLeads]
            case AttributeName.url: language[.auditURL]
            case AttributeName.via: language[.platformWord]
            default: field
            }
        }

        /// The reason as a sentence: "'ED&I network' looks like an abbreviation of ...".
        public func detail(in language: Language = .en) -> String {
            switch why {
            case .identical(let label): language[.auditSameLabel, label]
            case .sameWords(let a, let b): language[.auditSameWords, a, b]
            case .welshOf(let welsh, let english): language[.auditWelshOf, welsh, english]
            case .sharedWelsh(let label): language[.auditSharedWelsh, label]
            case .acronym(let short, let long): language[.auditAcronym, short, long]
            case .spelling(let a, let b): language[.auditSpelling, a, b]
            case .members(let shared, let smaller, let group, let welsh):
                language[.auditMembers, shared, smaller, language == .cy ? welsh ?? group : group]
            case .joined(let one, let apart): language[.auditJoined, one, apart]
            case .shortFor(let short, let long): language[.auditShortFor, short, long]
            case .sameMeaning(let one, let other): language[.auditSameMeaning, one, other]
            case .wordForms(let a, let b): language[.auditWordForms, a, b]
            case .groupWords(let a, let b): language[.auditGroupWords, a, b]
            case .differentOrganisations(let a, let b): language[.auditDifferentOrganisations, a, b]
            case .differentNumbers(let a, let b): language[.auditDifferentNumbers, a, b]
            case .fewerWords(let shorter, let longer, let extra): language[.auditFewerWords, shorter, longer, extra]
            case .shared(let field, let value, let welsh):
                language[.auditSharedEvidence, Because.fieldName(field, in: language), language == .cy ? welsh ?? value : value]
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
        /// The smaller group's label, and its Welsh label if it has one.
        case members(shared: Int, smaller: Int, group: String, welsh: String?)
        case joined(one: String, apart: String)
        case shortFor(short: String, long: String)
        /// Another name for one thing (``Lexicon/synonyms``): the synonym as written, and the other name's words.
        case sameMeaning(String, String)
        case wordForms(String, String)
        case groupWords(String, String)
        case differentOrganisations(String, String)
        /// Names alike but for their numbers ("Cohort 3", "Cohort 4"): told apart by them.
        case differentNumbers(String, String)
        case fewerWords(shorter: String, longer: String, extra: String)
        /// The value as the earlier node writes it, and its Welsh partner if it has one.
        case shared(field: String, value: String, welsh: String?)

        /// A reason against two labels being one group ("Cohort 3", "Cohort 4").
        var tellsApart: Bool {
            switch self {
            case .differentOrganisations, .differentNumbers: true
            default: false
            }
        }

        /// The kind of reason this is.
        var reason: Reason {
            switch self {
            case .identical, .sameWords: .sameLabel
            case .welshOf, .sharedWelsh: .welsh
            case .acronym: .acronym
            case .spelling: .spelling
            case .members: .members
            case .shared: .evidence
            case .joined, .shortFor, .sameMeaning, .wordForms, .groupWords, .differentOrganisations, .differentNumbers, .fewerWords: .words
            }
        }
    }

    /// Two nodes that look like one: positions in the map's nodes, the first the earlier.
    public struct Duplicate: Sendable {
        /// The earlier node's position.
        public var first: Int
        /// The later node's position.
        public var second: Int
        /// How alike the two are, from 0 to 1: at least the audit's threshold.
        public var score: Double
        /// Each reason, in the order it was found: the names' words first, then shared evidence.
        public var reasons: [Because]
        /// What the two Welsh labels show, where both nodes have one and the
        /// labels show something; empty otherwise.
        public var welshReasons: [Because] = []

        /// The reasons to give in a language: in Welsh, what the Welsh labels
        /// show in place of what the English ones do (a Welsh reader is shown
        /// 'CGGC', not 'WCVA'), with the reasons that quote no label.
        public func reasons(in language: Language) -> [Because] {
            guard language == .cy, !welshReasons.isEmpty else { return reasons }
            return welshReasons + reasons.filter { [.welsh, .evidence, .members].contains($0.reason) }
        }
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

    /// The score from which a pair is a likely duplicate, unless told
    /// otherwise (`--threshold`): chosen on the tuning part of the
    /// benchmark's labelled names (Benchmarks/audit_bench.py), never the held-out part.
    public static let defaultThreshold = 0.7

    /// The score a pair must reach.
    public let threshold: Double

    /// Audits the communities of `checked`, or every node with `all`; pairs
    /// that score `threshold` or more are likely duplicates.
    public init(_ checked: CheckedMap, all: Bool = false, threshold: Double = Audit.defaultThreshold) {
        self.all = all
        self.threshold = threshold
        let nodes = checked.nodes
        let audited = nodes.indices.filter { all || nodes[$0].kind == .community }
        self.audited = audited
        var pairs = PairFinder(checked, audited: audited)
        pairs.run()
        duplicates = pairs.duplicates(threshold: threshold)
        gaps = audited.compactMap { i in
            let missing = Audit.missing(nodes[i])
            return missing.isEmpty ? nil : Gap(node: i, missing: missing)
        }
    }

    /// Each field some community lacks, with how many lack it, in the
    /// fields' own order: what the audit's "Missing most" line and a
    /// report's say.
    package var missingCounts: [(field: Field, count: Int)] {
        Field.allCases.compactMap { field in
            let n = gaps.filter { $0.missing.contains(field) }.count
            return n > 0 ? (field, n) : nil
        }
    }

    /// Whether a value answers the audit's question: not empty, and not a
    /// word that says it is still open ("unknown", "tbc", "?", "none", "n/a";
    /// the Welsh "anhysbys"). The report's directory and the directory site
    /// mark what the audit counts as missing, and only that.
    package static func isKnown(_ value: String) -> Bool {
        !["", "unknown", "tbc", "?", "none", "n/a", "anhysbys"].contains(value.lowercased().trimmingCharacters(in: .whitespaces))
    }

    /// What `node` lacks: every field for a community; description and url for other kinds.
    static func missing(_ node: Node) -> [Field] {
        func has(_ key: String) -> Bool {
            guard let value = node.attributes[key] else { return false }
            return value.items.contains(where: isKnown)
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
