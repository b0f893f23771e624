/// An element of a community ecosystem: an organisation, a platform, a person or a community.
public struct Node: Hashable, Sendable, Identifiable {
    /// Unique in its map; links name nodes by id.
    public var id: String
    public var kind: NodeKind
    /// The display label; the id when the file gives none.
    public var label: String
    public var attributes: Attributes
    /// Where the id was written.
    public var range: SourceRange
    /// Where the kind keyword was written.
    public var kindRange: SourceRange

    public init(id: String, kind: NodeKind, label: String? = nil, attributes: Attributes = Attributes(),
                range: SourceRange = .none, kindRange: SourceRange = .none) {
        self.id = id
        self.kind = kind
        self.label = label ?? id
        self.attributes = attributes
        self.range = range
        self.kindRange = kindRange
    }

    /// The Welsh label (`cy:`), if the map gives one.
    public var welshLabel: String? { attributes.text(AttributeName.cy) }

    /// The label in a language: the Welsh label where the node has one, else the default label.
    public func label(in language: Language) -> String {
        if language == .cy, let cy = welshLabel { return cy }
        return label
    }

    /// A role that identifies the same part across two maps (`role: host`).
    public var role: String? { attributes.text(AttributeName.role) }

    /// The organisations and communities this node belongs to (`in:`), in the order written.
    public var memberOf: [String] { attributes.items(AttributeName.in) }

    public var description: String? { attributes.text(AttributeName.description) }

    /// A text of the node in a language: `label` (the Welsh is `cy:`), or a
    /// text attribute such as `description` (the Welsh is `description-cy:`);
    /// the English where the map gives no Welsh.
    public func text(_ name: String, in language: Language) -> String? {
        name == "label" ? label(in: language) : attributes.text(name, in: language)
    }
    public var tags: [String] { attributes.items(AttributeName.tags) }
    public var interests: [String] { attributes.items(AttributeName.interests) }
    public var url: String? { attributes.text(AttributeName.url) }
}
