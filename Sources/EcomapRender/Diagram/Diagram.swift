import EcomapCore

/// A map made ready to draw: nodes, edges and clusters with the Graphviz
/// attributes ecomap chose for them, and the key.
///
/// The middle of the render pipeline: ``DiagramBuilder`` makes one from a map,
/// ``DOTWriter`` turns it into DOT text (pure Swift) and ``GraphvizRenderer``
/// lays it out and draws it (the one place that calls Graphviz).
package struct Diagram: Sendable {
    /// Prefixes every element id in SVG output, so several diagrams can share a page.
    package var prefix: String
    /// For `<title>` (screen readers, browser tabs).
    package var title: String
    /// For `<desc>`: a sentence saying what the map shows.
    package var summary: String
    package var engine: LayoutEngine
    package var graph: [GVAttribute]
    /// Attributes every node has (set once, as Graphviz's node defaults).
    package var nodeDefaults: [GVAttribute]
    /// Attributes every edge has.
    package var edgeDefaults: [GVAttribute]
    package var nodes: [DiagramNode]
    package var edges: [DiagramEdge]
    /// Clusters in drawing order; a cluster's parent comes before it.
    package var clusters: [DiagramCluster]
    package var legend: Legend?
    /// The map's own key in each language it could be drawn in, whose room
    /// (the largest) its layout leaves beside or below it: set when the
    /// diagram is built, whether or not the key is drawn, and kept when a
    /// comparison adds its marks to `legend`, so that every drawing of one
    /// map (in Welsh or English, a gap diagram's, a side-by-side's) has its
    /// nodes in the same places.
    package var ownKeys: [Legend] = []
    /// Nodes carry their positions (`pos`): draw them there instead of laying out.
    package var fixedPositions = false
    /// The frame the drawing is shaped for.
    package var page: Page = .none
    /// Where on the page the drawing goes, when less than the page's frame
    /// (``RenderOptions/room``): what the key's place is chosen for.
    package var room: Size?
    /// An eco-map: the node at this index at the centre, the rest on rings.
    package var ecoCentre: Int?
    /// Where each node was in an earlier drawing (``RenderOptions/places``),
    /// by index into `nodes`; empty when the layout starts afresh.
    package var hints: [Position?] = []
    /// An eco-map's nodes that were in the centre's box: tied to the centre.
    package var ecoMembers: [Int] = []
    /// An eco-map's sector names, by sector (organisations 0, platforms 1, people 2, communities 3).
    package var sectorNames: [Int: String] = [:]
    /// The names the rings are laid out for: each the widest of its
    /// language variants (as ``ownKeys``), so that a node is in the same
    /// place in every language's drawing.
    package var sectorNamesLaidOut: [Int: String] = [:]
    /// A summarised drawing's less detailed summaries, in order: drawn
    /// instead of this one if, laid out and fitted to its page, this one's
    /// labels come out smaller than ``minimumLabel`` points.
    package var alternatives: [Diagram] = []
    /// The smallest label, in points, this drawing may have on its page.
    package var minimumLabel: Double?

    /// The Graphviz layout to run: the engine, or "nop2" for fixed positions.
    var layoutName: String { fixedPositions ? "nop2" : engine.rawValue }

    /// Whether ecomap lays it out itself (`CompactLayout`: neato with
    /// membership boxes, shaped for the page), rather than in one Graphviz call.
    var laidOutCompactly: Bool { engine == .neato && !fixedPositions }
}

/// Which map of a comparison a part of a drawing comes from.
package enum Side: Hashable, Sendable {
    /// The map being drawn (a comparison's current map).
    case current
    /// A comparison's best-practice map: its missing nodes, or its side of a side-by-side drawing.
    case best
}

/// What a comparison marks on a drawing: the gaps its findings name. The
/// look of each comes from ``DiagramStyle``, in one place.
package enum GapMark: String, CaseIterable, Hashable, Sendable {
    /// A one-way link best practice has flowing both ways.
    case shouldBeTwoWay
    /// A direct link best practice routes through a platform.
    case shouldGoThroughPlatform
    /// A weak, stressful or broken link best practice has working.
    case shouldBeStronger
    /// Two parts best practice has close.
    case shouldBeCloser
    /// A link best practice has and this map lacks.
    case missingLink
    /// A node best practice has and this map lacks.
    case missingNode
    /// A node that only sends or only receives, or a person linked to no other people.
    case oneWay
}

/// One node to draw.
package struct DiagramNode: Sendable {
    /// The Graphviz name: the map's id for the node, unique in the diagram.
    package var name: String
    /// The kind of node it stands for.
    package var kind: NodeKind = .organisation
    /// Its position in the map it comes from (the map ``side`` names).
    package var position = 0
    package var side: Side = .current
    /// The gaps a comparison marks on it.
    package var marks: Set<GapMark> = []
    /// The SVG element id (prefixed).
    package var elementID: String
    /// What a reader sees when hovering: the label and kind.
    package var tooltip: String
    /// The cluster this node sits in (an index into `clusters`), if any.
    package var cluster: Int?
    package var attributes: [GVAttribute]
    /// Other labels the node must have room for (its label in the other
    /// language), so that its size, and so every position, is the same in both.
    package var sizingLabels: [String] = []
    /// Added to a map's own nodes (a comparison's missing nodes): placed after
    /// the map is laid out, so the map's nodes stay where its own drawing has them.
    package var extra = false
    /// In a summarised drawing (``MapOverview``), the shape this node is:
    /// what it holds, written under its name; nil for a node of a map drawn whole.
    package var group: MapOverview.Group?
    /// A point where lines meet before going on as one (a bundle into a
    /// shared platform): drawn as a small dot, with no label.
    package var junction = false
}

/// What a line stands for.
package enum LineRole: Hashable, Sendable {
    /// A link of the map, by its position in the map's links.
    case link(Int)
    /// A dotted line tying a node to the platform its conversations go through (`via:`).
    case via
    /// A line a comparison adds: a link best practice has and the map lacks,
    /// or a pair that should be closer and is not linked.
    case gap
    /// The trunk of a bundle: one line from a junction into a shared
    /// platform, carrying the links of one group's nodes (``DiagramEdge/count``).
    case bundle
}

/// One line to draw.
package struct DiagramEdge: Sendable {
    /// Indices into `nodes`.
    package var from: Int
    package var to: Int
    package var role: LineRole = .gap
    /// Which way it flows (a gap line: which way best practice has it flow).
    package var direction: LinkDirection = .oneWay
    /// The gaps a comparison marks on it.
    package var marks: Set<GapMark> = []
    package var elementID: String
    package var tooltip: String
    package var attributes: [GVAttribute]
    /// Added to a map's own links (a comparison's missing ones): no part of the layout.
    package var extra = false
    /// `closeness:` as a pull (-1, close) or a push (+1, distant); 0 without.
    package var pull = 0
    /// The label's lines as written (for placing it clear of lines and nodes).
    package var labelLines: [String] = []
    /// What shapes the line's route as the map's own drawing has it (its
    /// arrowheads): a comparison's marks change the look, never the layout.
    package var routing: [GVAttribute] = []
    /// How many of the map's links the line stands for: more than 1 for a
    /// summarised drawing's line or a bundle's trunk, drawn wider and with
    /// the number on it (``DiagramStyle/counted(_:colour:)``).
    package var count = 1
}

/// A box drawn around an organisation's or community's members.
package struct DiagramCluster: Sendable {
    /// The Graphviz name (`cluster_...`, as Graphviz requires).
    package var name: String
    package var elementID: String
    package var tooltip: String
    package var parent: Int?
    package var attributes: [GVAttribute]
    /// The node the box stands for (the organisation or community its
    /// members are part of), drawn at its top as its name; nil when that
    /// node is not drawn inside it.
    package var head: Int?
}

/// A Graphviz attribute that ecomap sets. Only these names are ever written:
/// a map can't reach Graphviz's attributes (no `image`, `fontname` from the
/// map, `stylesheet`, raw `URL`, `concentrate`, `splines=ortho`, ...).
package struct GVAttribute: Hashable, Sendable {
    package enum Name: String, Sendable, CaseIterable {
        case arrowhead, arrowsize, arrowtail, bgcolor, `class`, color, dir, fillcolor, fixedsize
        case fontcolor, fontname, fontsize, height, id, label, len, margin, mclimit, minlen
        case nodesep, nslimit, outputorder, overlap, pad, penwidth, pos, rankdir, ranksep
        case sep, shape, splines, style, tooltip, url = "URL", weight, width, bb, labeljust, labelloc
        case esep, pack, packmode, maxiter, overlapScaling = "overlap_scaling", peripheries
        case notranslate, size, ratio, dpi, lp, start, viewport
    }

    package var name: Name
    /// The value as Graphviz reads it (already escaped where Graphviz interprets escapes).
    package var value: String

    package init(_ name: Name, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == GVAttribute {
    /// The value of an attribute, if set.
    package subscript(name: GVAttribute.Name) -> String? {
        last(where: { $0.name == name })?.value
    }
}
