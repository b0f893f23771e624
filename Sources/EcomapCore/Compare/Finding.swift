/// Something the current map lacks, or has, compared with the best practice:
/// about one link or one node, so that counting findings counts things.
///
/// A finding keeps what it is about (names in English and Welsh, a link's
/// type, a platform, strengths) rather than finished sentences, and words
/// itself in either language when asked: ``summary(in:)``, ``action(in:)``.
public struct Finding: Hashable, Sendable, Encodable {
    /// The kinds of finding, in the order they are reported: the headline first.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// A link that flows one way where best practice has the same kind of link flowing both ways.
        case missingTwoWay = "missing-two-way"
        /// A conversation held directly where best practice holds it on a platform (`via:`).
        case moveToPlatform = "move-to-platform"
        /// A link that is weak, stressful or broken where best practice has it working or strong.
        case strengthen
        /// Two parts that are distant, or not linked, where best practice has them close.
        case distance
        /// A node that only sends or only receives, where its counterpart does both.
        case oneWayNode = "one-way-node"
        /// A link best practice has and the current map lacks.
        case missingLink = "missing-link"
        case missingNode = "missing-node"
        case missingPlatform = "missing-platform"
        /// A person linked to the organisation but to no other people.
        case isolatedParticipants = "isolated-participants"
        /// Only in the current map: for information.
        case extra

        /// The kind's name for headings: "missing two-way links", or
        /// "missing two-way link" for one ("cyswllt dwy ffordd ar goll").
        public func name(in language: Language = .en, count: Int = 2) -> String {
            let (one, many) = phrases
            return language[count == 1 ? one : many]
        }

        /// `n` findings of this kind, counted as the language counts:
        /// "3 missing platforms", "3 phlatfform ar goll", "12 o blatfformau ar goll".
        public func counted(_ n: Int, in language: Language = .en) -> String {
            let (one, many) = phrases
            return language.count(n, one, many)
        }

        private var phrases: (one: Phrase, many: Phrase) {
            switch self {
            case .missingTwoWay: (.missingTwoWayLink, .missingTwoWayLinks)
            case .moveToPlatform: (.moveToPlatformOne, .moveToPlatformMany)
            case .strengthen: (.strengthenOne, .strengthenMany)
            case .distance: (.distantOne, .distantMany)
            case .oneWayNode: (.oneWayNodeOne, .oneWayNodes)
            case .missingLink: (.missingLinkOne, .missingLinks)
            case .missingNode: (.missingNodeOne, .missingNodes)
            case .missingPlatform: (.missingPlatformOne, .missingPlatforms)
            case .isolatedParticipants: (.isolatedParticipantsOne, .isolatedParticipants)
            case .extra: (.onlyInCurrent, .onlyInCurrent)
            }
        }

        /// Why a finding of this kind matters.
        public func why(in language: Language = .en) -> String {
            switch self {
            case .missingTwoWay: language[.whyMissingTwoWay]
            case .moveToPlatform: language[.whyMoveToPlatform]
            case .strengthen: language[.whyStrengthen]
            case .distance: language[.whyDistance]
            case .oneWayNode: language[.whyOneWayNode]
            case .missingLink: language[.whyMissingLink]
            case .missingNode: language[.whyMissingNode]
            case .missingPlatform: language[.whyMissingPlatform]
            case .isolatedParticipants: language[.whyIsolatedParticipants]
            case .extra: language[.whyExtra]
            }
        }

        /// Whether the kind is a gap (worth acting on) rather than information.
        public var isGap: Bool { self != .extra }
    }

    public let kind: Kind
    /// The nodes it concerns: ids in the current map, or in the best-practice
    /// map for a missing node. For a link, its two ends (the same id twice for a peer link).
    public let nodes: [String]
    /// Where in the current map it shows (0 when it is about the best-practice map).
    public let line: Int
    /// For a link: which way it flows in best practice.
    public let direction: LinkDirection?
    /// What the sentences say.
    package let detail: Detail
    /// The change to the map file that would close the gap, for the map's
    /// authors (`scw <-> members : informs`); not for reports, which are for readers.
    public let edit: String?
    /// What it is about, by position in the map it belongs to: no guessing
    /// from an id which of the two maps it names.
    package let subject: Subject

    package init(kind: Kind, nodes: [String], line: Int, direction: LinkDirection? = nil, detail: Detail, edit: String? = nil,
                 subject: Subject) {
        self.kind = kind
        self.nodes = nodes
        self.line = line
        self.direction = direction
        self.detail = detail
        self.edit = edit
        self.subject = subject
    }

    /// What a finding is about, by position. Held inline, with no box and
    /// no array for the nodes: findings are made, moved and freed by the
    /// hundred thousand, and each allocation showed in the time of `compare`.
    package enum Subject: Hashable, Sendable {
        /// Nodes of the current map (one, or the two ends of a pair) and the
        /// links between them that the finding is about (none for a missing link).
        case current(nodes: Ends, links: [Int])
        /// A node of the best-practice map that the current map lacks.
        case best(node: Int)
    }

    /// One node, or the two ends of a pair, by position in the current map.
    package struct Ends: Hashable, Sendable {
        private let first: Int32, second: Int32

        package init(_ node: Int) { (first, second) = (Int32(node), -1) }
        package init(_ a: Int, _ b: Int) { (first, second) = (Int32(a), Int32(b)) }

        /// The node, or the pair's two ends.
        package var all: [Int] { second < 0 ? [Int(first)] : [Int(first), Int(second)] }
    }

    /// A node as a finding names it: its label, and its Welsh label if it
    /// has one, with whether Welsh may mutate it after a preposition.
    package struct Name: Hashable, Sendable {
        package var en: String
        package var cy: String?
        /// The node's `mutate:` attribute, if it has one.
        var asked: String?

        package init(_ node: Node) {
            en = node.label
            cy = node.welshLabel
            // Only a Welsh name is ever mutated; most names in a comparison have none.
            asked = cy == nil ? nil : node.attributes.text(AttributeName.mutate)
        }

        /// Whether Welsh may mutate the name (``Node/name(in:)``): worked
        /// out only for Welsh sentences, since a comparison names hundreds
        /// of thousands of nodes and most are written in English.
        package var mutable: Bool {
            guard let cy else { return false }
            return Welsh.mayMutateName(cy, english: en, asked: asked)
        }

        /// The name in a language, to put in a sentence of the table.
        package func callAsFunction(_ language: Language) -> Filler {
            guard language == .cy, let cy else { return .fixed(en) }
            return Filler(cy, mutable: mutable)
        }
    }

    /// What a finding is about, with what its sentences need. Held in a
    /// box of its own: findings are moved about by the hundred thousand
    /// (sorted, listed, written), and a box is one reference to count where
    /// the names inside are a dozen.
    package indirect enum Detail: Hashable, Sendable {
        case oneWayLink(from: Name, to: Name, type: String?)
        case route(a: Name, b: Name, type: String?, platform: Name, through: Name?)
        case strength(from: Name, to: Name, arrow: LinkDirection, type: String?, now: Strength, best: Strength)
        case distance(a: Name, b: Name, now: Closeness?, linked: Bool)
        case oneWayNode(node: Name, sends: Int, receives: Int, counterpart: Name?)
        case missingLink(from: Name, to: Name, type: String?, twoWay: Bool, via: Name?)
        case missingNode(node: Name, kind: NodeKind, partners: [Name])
        case isolated(node: Name)
        case extraNode(node: Name, kind: NodeKind)
        case extraLink(a: Name, b: Name)
    }

    /// The names a finding gives, in the order it gives them (for tooltips and tests).
    package var names: [Name] {
        switch detail {
        case .oneWayLink(let a, let b, _), .route(let a, let b, _, _, _), .strength(let a, let b, _, _, _, _),
             .distance(let a, let b, _, _), .missingLink(let a, let b, _, _, _), .extraLink(let a, let b): [a, b]
        case .oneWayNode(let node, _, _, _), .missingNode(let node, _, _), .isolated(let node), .extraNode(let node, _): [node]
        }
    }

    /// The finding for tools: the sentences in `language`, and the edit for the map's authors.
    package func json(in language: Language = .en) -> JSONValue {
        .object([
            "action": .string(action(in: language)), "direction": direction.map { .string($0.rawValue) } ?? .null,
            "edit": edit.map(JSONValue.string) ?? .null,
            "kind": .string(kind.rawValue), "line": .int(line), "nodes": .array(nodes.map(JSONValue.string)),
            "summary": .string(summary(in: language)), "why": .string(kind.why(in: language)),
        ])
    }

    enum CodingKeys: String, CodingKey { case kind, nodes, summary, why, action, edit, line, direction }

    /// JSON for tools: the sentences in English, and the edit for the map's authors.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(summary(), forKey: .summary)
        try c.encode(kind.why(), forKey: .why)
        try c.encode(action(), forKey: .action)
        try c.encodeIfPresent(edit, forKey: .edit)
        try c.encode(line, forKey: .line)
        try c.encodeIfPresent(direction, forKey: .direction)
    }
}
