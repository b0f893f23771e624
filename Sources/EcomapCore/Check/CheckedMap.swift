/// A map that passed the checker, ready for every later stage: analysis,
/// comparison, drawing and reports take this, never a map as parsed.
///
/// What checking guarantees, so later stages need not look again: every id
/// is declared once, both ends of every link and every `in:` and `via:` name
/// a declared node, and membership never goes round in a circle. Warnings
/// (a self-link, a repeated link) may remain.
///
/// Get one from ``MapDocument/checked``, whether the map came from a file
/// (``MapDocument/read(path:)``) or was built in code (``MapDocument/init(map:name:)``).
public struct CheckedMap: Sendable {
    /// The map itself: nodes and links in the order they were written.
    public let map: EcosystemMap
    /// The file it was read from, as named (`-` for standard input), or the name given to a map built in code.
    public let name: String
    /// A short name for the map, safe for file names and element ids: the
    /// header's `id:`, else the file name without `.ecomap`.
    public let identifier: String
    /// The map's headline numbers.
    public let summary: MapSummary
    /// Each link's ends as node positions.
    package let ends: LinkEnds
    /// The map's linked pairs, sorted: the one place links are counted.
    package let pairs: PairIndex
    /// For each node, the position of the organisation or community whose box
    /// it is drawn in (its first `in:`), or -1.
    package let container: [Int32]
    /// When this map is part of a larger one (a ``MapView`` of it), what the
    /// larger map had that this part leaves out; nil for a whole map.
    public let leftOut: LeftOut?
    /// For a part of a larger map, where each of its nodes and links is in
    /// the larger one (what a comparison of the whole says of them is found
    /// by these); nil for a whole map.
    package let origin: Origin?

    /// Positions in the larger map, one for each node and each link of a part.
    package struct Origin: Sendable {
        package var nodes: [Int32]
        package var links: [Int32]
    }

    package init(map: EcosystemMap, name: String, identifier: String, ends: LinkEnds, pairs: PairIndex, summary: MapSummary,
                 leftOut: LeftOut? = nil, origin: Origin? = nil) {
        self.map = map
        self.leftOut = leftOut
        self.origin = origin
        self.name = name
        self.identifier = identifier
        self.ends = ends
        self.pairs = pairs
        self.summary = summary
        container = map.nodes.map { node in
            guard let first = node.memberOf.first, let p = map.nodeIndex[first] else { return -1 }
            let kind = map.nodes[p].kind
            return kind == .organisation || kind == .community ? Int32(p) : -1
        }
    }

    /// A map made by ecomap itself from maps already checked (two maps laid
    /// over each other for a side-by-side drawing, or part of a map for a
    /// view): resolved and counted, not checked again.
    package init(trusted map: EcosystemMap, name: String, identifier: String, leftOut: LeftOut? = nil, origin: Origin? = nil) {
        let ends = LinkEnds(map)
        let pairs = PairIndex(map, ends: ends)
        self.init(map: map, name: name, identifier: identifier, ends: ends, pairs: pairs,
                  summary: MapSummary(map, pairs: pairs), leftOut: leftOut, origin: origin)
    }

    public var nodes: [Node] { map.nodes }
    public var links: [Link] { map.links }

    /// The title from the header, else the identifier.
    public var title: String { map.title ?? identifier }

    /// The title in a language: the header's `cy:` in Welsh, where it has one.
    public func title(in language: Language) -> String {
        (language == .cy ? map.attributes.text(AttributeName.cy) : nil) ?? title
    }

    /// The node with `id`, if there is one.
    public subscript(id: String) -> Node? { map[id] }

    /// The position in ``nodes`` of the node with `id`.
    package func position(of id: String) -> Int? { map.nodeIndex[id] }

    /// The position of link `i`'s first end.
    package func from(_ i: Int) -> Int { Int(ends.from[i]) }
    /// The position of link `i`'s second end.
    package func to(_ i: Int) -> Int { Int(ends.to[i]) }

    /// The platform link `i` goes through (`via:`), if it names a platform.
    package func viaPlatform(_ i: Int) -> Int? {
        let p = Int(ends.via[i])
        return p >= 0 && map.nodes[p].kind == .platform ? p : nil
    }

    /// Whether any link goes through a platform.
    package var hasVia: Bool { map.links.indices.contains { viaPlatform($0) != nil } }
}

extension CheckedMap {
    /// The map's title in a language, as a sentence puts it in: its Welsh
    /// title (`cy:`) is mutated after a preposition ("â Chymuned ymarfer ..."),
    /// on the rules of ``Node/name(in:)`` (`mutate: no` on the header keeps it).
    package func titleName(in language: Language) -> Filler {
        guard language == .cy, let welsh = map.welshTitle else { return .fixed(title(in: language)) }
        return Filler(welsh, mutable: Welsh.mayMutateName(welsh, english: map.title, asked: map.attributes.text(AttributeName.mutate)))
    }
}
