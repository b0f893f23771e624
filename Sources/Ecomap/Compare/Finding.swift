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

        /// "missing two-way links", for headings and counts.
        public var plural: String {
            switch self {
            case .missingTwoWay: "missing two-way links"
            case .oneWayNode: "one-way nodes"
            case .missingLink: "missing links"
            case .missingNode: "missing nodes"
            case .missingPlatform: "missing platforms"
            case .isolatedParticipants: "isolated participants"
            case .distance: "distant organisations"
            case .extra: "only in the current map"
            }
        }

        /// Why a finding of this kind matters.
        public var why: String {
            switch self {
            case .missingTwoWay:
                "Communication that flows one way misses what participants know, and leaves the organisation unable to feed their insight back."
            case .oneWayNode:
                "A part that only receives has no say; a part that only sends hears nothing back."
            case .missingLink:
                "In best practice these two interact directly; here they don't."
            case .missingNode:
                "Best practice has a part this ecosystem lacks."
            case .missingPlatform:
                "Platforms let people interact between meetings and events; in best practice they are integral to the community."
            case .isolatedParticipants:
                "People linked only to the organisation, not to each other, can't learn from each other between meetings: the point of a community of practice."
            case .distance:
                "In best practice the organisations work closely together; here they are distant or unconnected."
            case .extra:
                "Only in the current map: for information."
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
