/// A community ecosystem: who is in it and how they interact.
///
/// A value: build one in code, or read one from a `.ecomap` file with
/// ``MapDocument``. Nodes and links keep the order they were written in, so
/// every output made from a map is the same, byte for byte, run after run.
public struct EcosystemMap: Hashable, Sendable {
    /// The title from the `map` header.
    public var title: String?
    /// The `map` header's attributes (`source`, `date`, `description`, ...).
    public var attributes: Attributes
    /// Where the `map` header was written.
    public var headerRange: SourceRange?
    /// How kinds are drawn (`style organisation [colour: teal]`), in the order written.
    public var styles: [KindStyle] = []
    public private(set) var nodes: [Node]
    public var links: [Link]
    /// The position in `nodes` of each id's first declaration.
    public private(set) var nodeIndex: [String: Int]

    public init(title: String? = nil, attributes: Attributes = Attributes(), nodes: [Node] = [], links: [Link] = []) {
        self.title = title
        self.attributes = attributes
        self.nodes = []
        self.links = links
        self.nodeIndex = [:]
        nodes.forEach { add($0) }
    }

    /// Adds a node. A second node with an id already used is kept (the
    /// checker reports it) but lookups by id find the first.
    public mutating func add(_ node: Node) {
        if nodeIndex[node.id] == nil { nodeIndex[node.id] = nodes.count }
        nodes.append(node)
    }

    /// Adds nodes in order, taking `more`'s storage over when the map has no
    /// nodes yet (a parsed file's million nodes are not copied), and leaves it empty.
    package mutating func take(_ more: inout [Node]) {
        if nodes.isEmpty {
            swap(&nodes, &more)
            for (position, node) in nodes.enumerated() where nodeIndex[node.id] == nil { nodeIndex[node.id] = position }
        } else {
            more.forEach { add($0) }
            more = []
        }
    }

    /// Adds a link.
    public mutating func add(_ link: Link) { links.append(link) }

    /// The node with `id`, if there is one.
    public subscript(id: String) -> Node? {
        nodeIndex[id].map { nodes[$0] }
    }

    /// A short name for the map, safe to use in file names and element ids:
    /// the header's `id:`, else `fallback` (usually the file name), else "map",
    /// cleaned by one rule (`Identifier`'s) (the rule the checker holds `id:` to).
    public func identifier(fallback: String? = nil) -> String {
        Identifier.sanitised(attributes.text(AttributeName.id) ?? fallback ?? "map")
    }

    /// Whether the header says the map is a directory (`directory: yes`): a
    /// list of communities, most of them without links, as an audit keeps
    /// them. The checker then gives no `isolated-node` warnings.
    public var isDirectory: Bool { attributes.text(AttributeName.directory) == "yes" }

    /// The title in Welsh (`cy:` on the header), if the map gives one.
    public var welshTitle: String? { attributes.text(AttributeName.cy) }

    /// A text of the map in a language: `title` (the Welsh is `cy:`), or a
    /// header attribute such as `description` or `source` (the Welsh is
    /// `description-cy:`, `source-cy:`); the English where the map gives no Welsh.
    public func text(_ name: String, in language: Language) -> String? {
        if name == "title" { return language == .cy ? welshTitle ?? title : title }
        return attributes.text(name, in: language)
    }

    /// The colour a map sets for a kind with `style`, if any (the last one wins).
    public func colour(of kind: NodeKind) -> Colour? {
        styles.last { $0.kind == kind }.flatMap { style in
            (style.attributes.text(AttributeName.colour) ?? style.attributes.text(AttributeName.color)).flatMap(Colour.init)
        }
    }

    /// The number of nodes of each kind, every kind present (zero when absent).
    public var countsByKind: [NodeKind: Int] {
        var counts = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0, 0) })
        for node in nodes { counts[node.kind, default: 0] += 1 }
        return counts
    }
}

/// `style organisation [colour: teal]`: how a map draws every node of a kind.
public struct KindStyle: Hashable, Sendable {
    public var kind: NodeKind
    public var attributes: Attributes
    /// Where the kind was written.
    public var range: SourceRange

    public init(kind: NodeKind, attributes: Attributes, range: SourceRange = .none) {
        self.kind = kind
        self.attributes = attributes
        self.range = range
    }
}
