/// The Graphviz layout engines ecomap offers.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// Engines that draw clusters (membership boxes); the others ignore them.
    public var drawsClusters: Bool { self == .dot || self == .fdp }

    /// Engines that honour an edge's preferred length (`closeness`).
    public var usesEdgeLength: Bool { self == .neato || self == .fdp }

    /// The engine for a map of this size when none is asked for.
    ///
    /// `fdp` reads best for the small, bubble-like maps people draw by hand and
    /// draws membership boxes; its cost grows with the square of the nodes, so
    /// larger maps go to `sfdp` (20,000 nodes in about 13 s here). `dot` is
    /// never chosen: it is good for flows but took 46 s for 300 nodes and 600
    /// links in Graphviz 2.42.
    public static func automatic(nodes: Int, links: Int) -> LayoutEngine {
        nodes <= fdpLimit && links <= fdpLimit * 4 ? .fdp : .sfdp
    }

    /// The largest map `automatic` gives to `fdp`.
    public static let fdpLimit = 300
}
