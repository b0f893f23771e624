/// What a view of a map left out, so that a drawing of the part can say so.
public struct LeftOut: Hashable, Sendable {
    /// Nodes of the whole map not shown.
    public let nodes: Int
    /// Links of the whole map not shown (a link is shown when both its ends are).
    public let links: Int

    public init(nodes: Int, links: Int) {
        self.nodes = nodes
        self.links = links
    }

    /// "34 nodes and 57 links not shown" (in Welsh, "34 o nodau a 57 o gysylltiadau heb eu dangos");
    /// nil when nothing was left out.
    public func sentence(in language: Language = .en) -> String? {
        let nodeText = language.count(nodes, .nodeNoun, .nodesNoun)
        let linkText = language.count(links, .linkNoun, .linksNoun)
        switch (nodes > 0, links > 0) {
        case (true, true): return language[.notShownBoth, nodeText, linkText]
        case (true, false): return language[.notShownOne, nodeText]
        case (false, true): return language[.notShownOne, linkText]
        case (false, false): return nil
        }
    }
}
