import EcomapCore

/// One community or organisation of a directory, with what its page and
/// its card in the index show, gathered from the map once.
struct SiteEntry {
    var node: Node
    /// The boxes it is drawn in (`in:`), in the order written.
    var boxes: [Node]
    /// The platforms it links to, or reaches others through (`via:`).
    var platforms: [Node]
    /// The other nodes it links to, each with the link, in the map's order.
    var partners: [(node: Node, link: Link)]
    /// What sits inside it (nodes whose `in:` names it).
    var inside: [Node]
}

/// The entries of a directory, sorted as a reader looks names up, and the
/// values the index's filters offer.
struct SiteEntries {
    let all: [SiteEntry]
    /// The ids of ``all``: the nodes that have a page to link to.
    let ids: Set<String>
    /// Each filter's values, in the order the filter lists them.
    let organisations: [Node]
    let platforms: [Node]
    /// Every interest named, in the first language, in alphabetical order.
    let interests: [String]
    let languages: [Language]

    init(_ map: CheckedMap, languages: [Language]) {
        self.languages = languages
        let first = languages[0]
        var entries: [SiteEntry] = []
        var inside: [String: [Node]] = [:]
        for node in map.nodes { for box in node.memberOf { inside[box, default: []].append(node) } }
        // Each node's links, gathered in one pass over the links (in the map's order).
        var linksOf: [String: [Link]] = [:]
        for link in map.links {
            linksOf[link.from, default: []].append(link)
            if link.to != link.from { linksOf[link.to, default: []].append(link) }
        }
        for node in map.nodes where node.kind == .community || node.kind == .organisation {
            var platforms: [String] = [], partners: [(node: Node, link: Link)] = []
            for link in linksOf[node.id] ?? [] {
                let other = link.from == node.id ? link.to : link.from
                if let via = link.via, !platforms.contains(via) { platforms.append(via) }
                guard let partner = map[other], other != node.id else { continue }
                if partner.kind == .platform {
                    if !platforms.contains(other) { platforms.append(other) }
                } else {
                    partners.append((partner, link))
                }
            }
            entries.append(SiteEntry(node: node, boxes: node.memberOf.compactMap { map[$0] },
                                          platforms: platforms.compactMap { map[$0] }, partners: partners,
                                          inside: inside[node.id] ?? []))
        }
        // Alphabetical by the first language's label, as people look a name up; the id settles a tie.
        func key(_ node: Node) -> String { node.label(in: first).lowercased() }
        entries.sort { a, b in key(a.node) != key(b.node) ? key(a.node) < key(b.node) : a.node.id < b.node.id }
        all = entries
        ids = Set(entries.map(\.node.id))
        var seenBoxes: [String] = [], seenPlatforms: [String] = []
        var boxes: [Node] = [], platformNodes: [Node] = []
        for entry in entries {
            for box in entry.boxes where !seenBoxes.contains(box.id) { seenBoxes.append(box.id); boxes.append(box) }
            for platform in entry.platforms where !seenPlatforms.contains(platform.id) {
                seenPlatforms.append(platform.id)
                platformNodes.append(platform)
            }
        }
        organisations = boxes.sorted { key($0) < key($1) }
        platforms = platformNodes.sorted { key($0) < key($1) }
        interests = Set(entries.flatMap { $0.node.attributes.items(AttributeName.interests, in: first) }).sorted {
            $0.lowercased() != $1.lowercased() ? $0.lowercased() < $1.lowercased() : $0 < $1
        }
    }

    /// A `funded:` value as a filter keeps it: yes, no, partly, or unknown
    /// for anything else (not given, "unknown", or words of the map's own).
    static func funded(_ node: Node) -> String {
        let word = node.attributes.text(AttributeName.funded)?.lowercased() ?? ""
        return ["yes", "no", "partly"].contains(word) ? word : "unknown"
    }
}
