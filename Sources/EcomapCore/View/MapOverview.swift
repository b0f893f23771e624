/// A large map summarised: a few shapes, each saying what it holds, and
/// lines that carry counts, so that the whole of a department reads on one
/// slide (Kumu's clustering and Gephi's grouping, as style.md has it: "large
/// landscapes are summarised, not shrunk").
///
/// How the map's nodes are grouped:
/// 1. Each box (an organisation or community with members, `in:`) is one
///    shape holding everything inside it: "Environment Agency: 23
///    communities, 4 people". A box that holds more than half the map (a
///    department holding its agencies, or the agency a view focuses on) is
///    opened: the boxes inside it are shapes of their own, drawn in its box,
///    and so is the rest of what it holds (as in 2).
/// 2. Nodes in no box, and the rest of an opened box, are drawn as
///    themselves, up to ``Options/singles`` of a kind. More of a kind are
///    one shape that names every node in it ("46 communities: Agile CoP,
///    Data science network, ..."), so that one agency's inside reads whole;
///    or, without ``Options/lists``, one shape that counts them ("Other
///    communities: 46 communities").
/// 3. With ``Options/mergeBelow``, boxes holding fewer nodes are merged, by
///    kind, into one shape ("12 smaller organisations"), for maps whose boxes
///    are too many to read even as shapes.
///
/// Links between the nodes of two shapes become one line, which counts them;
/// links inside a shape are counted in it and not drawn. A platform most
/// shapes use (Yammer, in a department) gets no lines at all: it says how
/// many use it ("used by 850 communities and 30 people").
///
/// Every node of the map is in exactly one shape (``groupOf``), so a
/// drawing of the overview shows or counts each of them. Linear in the size
/// of the map.
///
/// ```swift
/// let overview = MapOverview(map)
/// for group in overview.groups { print(group.label, group.holds) }
/// let detail = try MapView(focus: [overview.groups[0].focus!]).apply(to: map)   // one shape's inside
/// ```
public struct MapOverview: Sendable {
    /// How many of a kind of node.
    public struct KindCount: Hashable, Sendable {
        public var kind: NodeKind
        public var count: Int
    }

    /// One shape of the overview.
    public struct Group: Hashable, Sendable {
        /// What the shape stands for.
        public enum Source: Hashable, Sendable {
            /// A box (by its node's position) and everything in it that has no shape of its own.
            case box(Int)
            /// One node, drawn as itself.
            case node(Int)
            /// Nodes of a kind in no box, more than are drawn one by one.
            case loose(NodeKind)
            /// Nodes of a kind in no box, or the rest of an opened box, more
            /// than are drawn one by one: one shape naming them all.
            case list(NodeKind)
            /// Boxes too small to draw one by one, by their own kind.
            case smallBoxes(NodeKind)
        }

        public var source: Source
        /// The shape's node id in ``MapOverview/map``: the map's own id for a
        /// box or a node, a name no map can use (`~community`) for the others.
        public var id: String
        /// The id to give a ``MapView``'s focus to draw this shape's inside;
        /// nil for shapes that are no node of the map (loose nodes, small boxes).
        public var focus: String?
        /// The shape's name: the box's or node's label, "Other communities",
        /// or "22 smaller organisations".
        public var label: String
        /// The kind it is drawn as.
        public var kind: NodeKind
        /// What it holds besides the nodes its name stands for (a box's own
        /// node, a merged shape's boxes), by kind, in the kinds' order.
        public var holds: [KindCount]
        /// The positions in the summarised map of every node it stands for, its own included.
        public var members: [Int]
        /// For a platform many shapes use: the nodes of other shapes linked to it, by kind.
        public var users: [KindCount]?
        /// For a list: the labels of the nodes it stands for; for a few small
        /// boxes merged in an overview with lists, the boxes' labels. In
        /// alphabetical order (so names that look alike sit together).
        public var names: [String]?
        /// The shape it is drawn in (a box that was opened), as an index into ``MapOverview/groups``.
        public var parent: Int?

        /// Whether the shape stands for more than one node.
        public var isGroup: Bool { members.count > 1 }
    }

    /// One line of the overview: every link between the nodes of two shapes.
    public struct Line: Hashable, Sendable {
        /// Indices into ``MapOverview/groups``.
        public var from: Int
        public var to: Int
        /// How many of the map's links it stands for.
        public var links: Int
        /// One-way when every link runs from `from` to `to`; two-way when
        /// some run each way or any is two-way; undirected when none has a direction.
        public var direction: LinkDirection
    }

    /// How the map is grouped.
    public struct Options: Hashable, Sendable {
        /// Boxes holding fewer nodes than this (their own included) are merged,
        /// by kind, into one shape; 0 keeps every box.
        public var mergeBelow = 0
        /// Nodes in no box, or in an opened box and no box inside it, are
        /// drawn one by one up to this many of a kind.
        public var singles = 6
        /// Such nodes, when more, are listed by name in one shape for each
        /// kind; without lists, they are counted.
        public var lists = true
        /// The language of the shapes' names.
        public var language: Language = .en

        public init(mergeBelow: Int = 0, singles: Int = 6, lists: Bool = true, language: Language = .en) {
            self.mergeBelow = mergeBelow
            self.singles = singles
            self.lists = lists
            self.language = language
        }
    }

    public let groups: [Group]
    public let lines: [Line]
    /// For each node of the summarised map, the index of the shape that holds it.
    public let groupOf: [Int32]
    /// Links whose ends are in one shape: counted in it, not drawn.
    public let linksInside: Int
    /// Links into a platform most shapes use: counted on the platform, not drawn.
    public let linksCounted: Int
    /// The overview as a map of its own, one node per shape (in ``groups``'
    /// order) and one link per line (in ``lines``' order), ready to draw as
    /// any map is. It says what the summarised map left out, if it is a part.
    public let map: CheckedMap
    /// How many nodes the summarised map has.
    public let nodeCount: Int

    public init(_ source: CheckedMap, options: Options = Options()) {
        let grouping = OverviewGrouping(source, options: options)
        var groups = grouping.groups
        let all = OverviewLines.lines(source, groupOf: grouping.groupOf, groups: groups.count)
        let shared = OverviewLines.sharedPlatforms(all.lines, groups: groups)
        for g in shared { groups[g].users = OverviewLines.users(of: g, in: source, groupOf: grouping.groupOf) }
        let kept = all.lines.filter { !shared.contains($0.from) && !shared.contains($0.to) }
        self.groups = groups
        self.lines = kept
        groupOf = grouping.groupOf
        linksInside = all.inside
        linksCounted = all.lines.reduce(0) { $0 + $1.links } - kept.reduce(0) { $0 + $1.links }
        nodeCount = source.nodes.count
        map = MapOverview.map(of: source, groups: groups, lines: kept)
    }

    /// The overview's own map: a node per shape, a link per line.
    private static func map(of source: CheckedMap, groups: [Group], lines: [Line]) -> CheckedMap {
        var out = EcosystemMap(title: source.map.title, attributes: source.map.attributes)
        out.styles = source.map.styles
        for group in groups {
            var attributes = Attributes()
            switch group.source {
            case .box(let p), .node(let p):
                let node = source.nodes[p]
                for name in [AttributeName.cy, AttributeName.colour, AttributeName.color, AttributeName.url] {
                    if let value = node.attributes[name] { attributes[name] = value }
                }
            case .loose, .smallBoxes, .list:
                break
            }
            if let parent = group.parent { attributes[AttributeName.in] = .text(groups[parent].id) }
            out.add(Node(id: group.id, kind: group.kind, label: group.label, attributes: attributes))
        }
        for line in lines {
            out.add(Link(from: groups[line.from].id, to: groups[line.to].id, direction: line.direction))
        }
        return CheckedMap(trusted: out, name: source.name, identifier: source.identifier, leftOut: source.leftOut)
    }

    /// "1,020 nodes drawn as 45 shapes", for a drawing's description.
    public func sentence(in language: Language = .en) -> String {
        language[.overviewSentence, Figures.grouped(nodeCount), Figures.grouped(groups.count)]
    }
}
