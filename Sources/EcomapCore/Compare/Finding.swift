/// Something the current map lacks, or has, compared with the best practice.
public struct Finding: Hashable, Sendable, Codable {
    /// The kinds of finding, in the order they are reported: the headline first.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case missingTwoWay = "missing-two-way"
        case oneWayNode = "one-way-node"
        case missingLink = "missing-link"
        case missingNode = "missing-node"
        case missingPlatform = "missing-platform"
        case isolatedParticipants = "isolated-participants"
        case distance
        case extra

        /// The kind's name for headings and counts: "missing two-way links",
        /// or "missing two-way link" for one (Welsh names the count instead).
        public func name(in language: Language = .en, count: Int = 2) -> String {
            let (one, many): (Phrase, Phrase) = switch self {
            case .missingTwoWay: (.missingTwoWayLink, .missingTwoWayLinks)
            case .oneWayNode: (.oneWayNodeOne, .oneWayNodes)
            case .missingLink: (.missingLinkOne, .missingLinks)
            case .missingNode: (.missingNodeOne, .missingNodes)
            case .missingPlatform: (.missingPlatformOne, .missingPlatforms)
            case .isolatedParticipants: (.isolatedParticipantsOne, .isolatedParticipants)
            case .distance: (.distantOrganisationOne, .distantOrganisations)
            case .extra: (.onlyInCurrent, .onlyInCurrent)
            }
            return language[count == 1 ? one : many]
        }

        /// Why a finding of this kind matters.
        public func why(in language: Language = .en) -> String {
            switch self {
            case .missingTwoWay: language[.whyMissingTwoWay]
            case .oneWayNode: language[.whyOneWayNode]
            case .missingLink: language[.whyMissingLink]
            case .missingNode: language[.whyMissingNode]
            case .missingPlatform: language[.whyMissingPlatform]
            case .isolatedParticipants: language[.whyIsolatedParticipants]
            case .distance: language[.whyDistance]
            case .extra: language[.whyExtra]
            }
        }

        /// Whether the kind is a gap (worth acting on) rather than information.
        public var isGap: Bool { self != .extra }
    }

    public var kind: Kind
    /// The nodes it concerns: ids in the current map, or in the best-practice map for missing nodes.
    public var nodes: [String]
    /// What was found, in a sentence that names the nodes by label.
    public var summary: String
    /// Why it matters.
    public var why: String
    /// What to do about it.
    public var action: String
    /// Where in the current map it shows (0 when it is about the best-practice map).
    public var line: Int
    /// For a missing link: which way it flows in best practice (`nodes` are from, to).
    public var direction: LinkDirection?

    public init(kind: Kind, nodes: [String], summary: String, why: String, action: String, line: Int,
                direction: LinkDirection? = nil) {
        self.kind = kind
        self.nodes = nodes
        self.summary = summary
        self.why = why
        self.action = action
        self.line = line
        self.direction = direction
    }
}
