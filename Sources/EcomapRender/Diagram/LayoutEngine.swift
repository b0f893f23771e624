import EcomapCore

/// The Graphviz layout engines ecomap offers.
///
/// Not `fdp`: in Graphviz 2.42 its layouts depend on memory addresses, so the
/// same map came out differently from run to run (see `MembershipLayout`).
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, sfdp, circo, twopi

    /// Engines that draw clusters (membership boxes); the others ignore them.
    /// `neato` has none of its own: `MembershipLayout` lays them out.
    public var drawsClusters: Bool { self == .dot || self == .neato }

    /// Engines that honour an edge's preferred length (`closeness`).
    public var usesEdgeLength: Bool { self == .neato }

    /// The engine for a map of this size when none is asked for.
    ///
    /// `neato` reads best for the small, bubble-like maps people draw by hand;
    /// its cost grows with the square of the nodes, so larger maps go to
    /// `sfdp` (20,000 nodes in about 13 s here). `dot` is never chosen: it is
    /// good for flows but took 46 s for 300 nodes and 600 links in Graphviz 2.42.
    public static func automatic(nodes: Int, links: Int) -> LayoutEngine {
        nodes <= neatoLimit && links <= neatoLimit * 4 ? .neato : .sfdp
    }

    /// The largest map `automatic` gives to `neato`.
    public static let neatoLimit = 300
}
