/// Which way an interaction flows.
public enum LinkDirection: String, CaseIterable, Sendable, Codable {
    /// `a -> b` (written `b <- a` too): from one end to the other only.
    case oneWay = "one-way"
    /// `a <-> b`: both ways.
    case twoWay = "two-way"
    /// `a -- b`: an association with no direction, such as how close two organisations are.
    case undirected

    /// The operator written in a map file (one-way links are normalised to `->`).
    public var symbol: String {
        switch self {
        case .oneWay: "->"
        case .twoWay: "<->"
        case .undirected: "--"
        }
    }
}

/// A typed, directional interaction between two nodes.
///
/// `b <- a` is stored as `a -> b`: `from` is always where a one-way interaction starts.
public struct Link: Hashable, Sendable {
    public var from: String
    public var to: String
    public var direction: LinkDirection
    /// The kind of interaction (`informs`, `meets`, `uses`, ...), if given.
    public var type: String?
    /// A short description shown on the line (`"periodic in-person meetings"`).
    public var label: String?
    public var attributes: Attributes
    /// Where the `from` id was written.
    public var fromRange: SourceRange
    /// Where the `to` id was written.
    public var toRange: SourceRange
    /// Where the type was written, if it was.
    public var typeRange: SourceRange

    public init(from: String, to: String, direction: LinkDirection = .oneWay, type: String? = nil,
                label: String? = nil, attributes: Attributes = Attributes(),
                fromRange: SourceRange = .none, toRange: SourceRange = .none, typeRange: SourceRange = .none) {
        self.from = from
        self.to = to
        self.direction = direction
        self.type = type
        self.label = label
        self.attributes = attributes
        self.fromRange = fromRange
        self.toRange = toRange
        self.typeRange = typeRange
    }

    /// The line quality (`strength:`), `normal` when not given.
    public var strength: Strength { attributes.text(AttributeName.strength).flatMap(Strength.init(rawValue:)) ?? .normal }
    /// How close the two ends are (`closeness:`), if given.
    public var closeness: Closeness? { attributes.text(AttributeName.closeness).flatMap(Closeness.init(rawValue:)) }
    /// The platform the interaction goes through (`via:`), if given.
    public var via: String? { attributes.text(AttributeName.via) }
    /// How often it happens (`frequency:`), if given.
    public var frequency: String? { attributes.text(AttributeName.frequency) }

    /// The label in Welsh (`cy:`), if the map gives one.
    public var welshLabel: String? { attributes.text(AttributeName.cy) }

    /// The label in a language: the Welsh label where the link has one, else the label.
    public func label(in language: Language) -> String? {
        if language == .cy, let cy = welshLabel { return cy }
        return label
    }

    /// A text of the link in a language: `label` (the Welsh is `cy:`), or a
    /// text attribute such as `description` (the Welsh is `description-cy:`);
    /// the English where the map gives no Welsh.
    public func text(_ name: String, in language: Language) -> String? {
        name == "label" ? label(in: language) : attributes.text(name, in: language)
    }

    /// Whether the interaction flows both ways by itself.
    public var isTwoWay: Bool { direction == .twoWay }
}

/// The line qualities of a social-work eco-map.
public enum Strength: String, CaseIterable, Sendable, Codable {
    case strong, normal, weak, stressful, broken
}

/// How close two parts of the ecosystem are to one another.
public enum Closeness: String, CaseIterable, Sendable, Codable {
    case close, normal, distant
}

/// Whether a community is funded (an audit field).
public enum Funded: String, CaseIterable, Sendable, Codable {
    case yes, no, partly, unknown
}
