/// A map made ready to draw: nodes, edges and clusters with the Graphviz
/// attributes ecomap chose for them, and the key.
///
/// The middle of the render pipeline: ``DiagramBuilder`` makes one from a map,
/// ``DOTWriter`` turns it into DOT text (pure Swift) and ``GraphvizRenderer``
/// lays it out and draws it (the one place that calls Graphviz).
public struct Diagram: Sendable {
    /// Prefixes every element id in SVG output, so several diagrams can share a page.
    public var prefix: String
    /// For `<title>` (screen readers, browser tabs).
    public var title: String
    /// For `<desc>`: a sentence saying what the map shows.
    public var summary: String
    public var engine: LayoutEngine
    public var graph: [GVAttribute]
    /// Attributes every node has (set once, as Graphviz's node defaults).
    public var nodeDefaults: [GVAttribute]
    /// Attributes every edge has.
    public var edgeDefaults: [GVAttribute]
    public var nodes: [DiagramNode]
    public var edges: [DiagramEdge]
    /// Clusters in drawing order; a cluster's parent comes before it.
    public var clusters: [DiagramCluster]
    public var legend: Legend?
    /// Nodes carry their positions (`pos`): draw them there instead of laying out.
    public var fixedPositions = false

    /// The Graphviz layout to run: the engine, or "nop2" for fixed positions.
    var layoutName: String { fixedPositions ? "nop2" : engine.rawValue }
}

/// One node to draw.
public struct DiagramNode: Sendable {
    /// The Graphviz name: the map's id for the node, unique in the diagram.
    public var name: String
    /// The SVG element id (prefixed).
    public var elementID: String
    /// What a reader sees when hovering: the label and kind.
    public var tooltip: String
    /// The cluster this node sits in (an index into `clusters`), if any.
    public var cluster: Int?
    public var attributes: [GVAttribute]
}

/// One line to draw.
public struct DiagramEdge: Sendable {
    /// Indices into `nodes`.
    public var from: Int
    public var to: Int
    public var elementID: String
    public var tooltip: String
    public var attributes: [GVAttribute]
}

/// A box drawn around an organisation's or community's members.
public struct DiagramCluster: Sendable {
    /// The Graphviz name (`cluster_...`, as Graphviz requires).
    public var name: String
    public var elementID: String
    public var tooltip: String
    public var parent: Int?
    public var attributes: [GVAttribute]
}

/// A Graphviz attribute that ecomap sets. Only these names are ever written:
/// a map can't reach Graphviz's attributes (no `image`, `fontname` from the
/// map, `stylesheet`, raw `URL`, `concentrate`, `splines=ortho`, ...).
public struct GVAttribute: Hashable, Sendable {
    public enum Name: String, Sendable, CaseIterable {
        case arrowhead, arrowsize, arrowtail, bgcolor, `class`, color, dir, fillcolor, fixedsize
        case fontcolor, fontname, fontsize, height, id, label, len, margin, mclimit, minlen
        case nodesep, nslimit, outputorder, overlap, pad, penwidth, pos, rankdir, ranksep
        case sep, shape, splines, style, tooltip, url = "URL", weight, width, bb, labeljust, labelloc
        case esep, pack, maxiter, overlapScaling = "overlap_scaling", peripheries
    }

    public var name: Name
    /// The value as Graphviz reads it (already escaped where Graphviz interprets escapes).
    public var value: String

    public init(_ name: Name, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == GVAttribute {
    /// The value of an attribute, if set.
    public subscript(name: GVAttribute.Name) -> String? {
        last(where: { $0.name == name })?.value
    }
}
