import Foundation

/// `ecomap stats` output: a readable table, JSON or CSV, nodes by betweenness.
public enum StatsReport {
    /// The node columns, in the order every format writes them.
    public static let columns = ["id", "label", "kind", "in_degree", "out_degree", "degree", "two_way",
                                 "betweenness", "closeness", "broker"]

    // MARK: Table

    /// The numbers as a table for a terminal: the map's, then a row per node.
    /// - Parameters:
    ///   - stats: the numbers.
    ///   - title: the map's title, the first line.
    ///   - top: show only this many nodes, the most central first.
    ///   - howToSeeMore: said after "(N more" when `top` leaves nodes out
    ///     (a command line names its own option here).
    public static func table(_ stats: NetworkStats, title: String, top: Int?, howToSeeMore: String? = nil) -> String {
        var out = "\(title)\n"
        let people = stats.nodesByKind[.person] ?? 0
        out += row("nodes", "\(stats.nodes.count)" + kindList(stats.nodesByKind))
        out += row("links", "\(stats.links), as \(stats.arcs) arcs (a two-way or undirected link is an arc each way)")
        out += row("density", Figures.fixed(stats.density, 4))
        out += row("reciprocity", "\(Figures.percent(stats.reciprocity)) of arcs flow both ways")
        out += row("components", "\(stats.weakComponents) connected, \(stats.strongComponents) strongly connected")
        out += row("platform reach", people == 0 ? "no people in the map"
                   : "\(Figures.percent(stats.platformReach)) of people reach a platform")
        out += row("people links", people == 0 ? "no people in the map"
                   : "\(Figures.fixed(stats.peopleLinksPerPerson, 2)) links between people per person")
        out += row("most central", stats.mostCentral.filter { $0.betweenness > 0 }.map(\.label).joined(separator: ", ").nonEmpty ?? "none")
        let brokers = stats.byBetweenness.filter(\.broker)
        out += row("brokers", brokers.isEmpty ? "none" : brokers.map(\.label).joined(separator: ", "))
        if let sampled = stats.sampled {
            out += row("estimates", "betweenness and closeness from \(sampled) sampled sources")
        }
        out += "\n"
        var rows = [["node", "kind", "in", "out", "degree", "two-way", "betweenness", "closeness", "broker"]]
        for node in nodes(stats, top: top) {
            rows.append([shorten(node.label, 40), node.kind.rawValue, "\(node.inDegree)", "\(node.outDegree)",
                         "\(node.degree)", "\(node.twoWay)", Figures.fixed(node.betweenness, 4), Figures.fixed(node.closeness, 4),
                         node.broker ? "yes" : ""])
        }
        let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max()! }
        for r in rows {
            let cells = r.enumerated().map { c, text in
                c < 2 ? text.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                      : String(repeating: " ", count: widths[c] - text.count) + text
            }
            out += cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        if let top, top < stats.nodes.count { out += "(\(stats.nodes.count - top) more" + (howToSeeMore.map { "; \($0)" } ?? "") + ")\n" }
        return out
    }

    private static func row(_ name: String, _ value: String) -> String {
        "  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + value + "\n"
    }

    private static func kindList(_ counts: [NodeKind: Int]) -> String {
        let parts = NodeKind.allCases.compactMap { kind in (counts[kind] ?? 0) > 0 ? Language.en.counted(kind, counts[kind]!) : nil }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
    }

    // MARK: JSON

    struct Document: Encodable {
        struct Summary: Encodable {
            var nodes: Int
            var nodesByKind: [String: Int]
            var links: Int
            var linksByKinds: [String: Int]
            var arcs: Int
            var density: Double
            var reciprocity: Double
            var weakComponents: Int
            var strongComponents: Int
            var platformReach: Double
            var peopleLinksPerPerson: Double
            var mostCentral: [String]
            var brokers: [String]
            var sampledSources: Int?
        }

        struct Row: Encodable {
            var id: String
            var label: String
            var kind: String
            var inDegree: Int
            var outDegree: Int
            var degree: Int
            var twoWay: Int
            var betweenness: Double
            var closeness: Double
            var broker: Bool
        }

        var ecomap = MapJSON.version
        var map: [String: String]
        var summary: Summary
        var nodes: [Row]
    }

    /// The numbers as JSON, in the schema of docs/json.md.
    public static func json(_ stats: NetworkStats, identifier: String, title: String?, top: Int?) -> String {
        let summary = Document.Summary(
            nodes: stats.nodes.count,
            nodesByKind: Dictionary(uniqueKeysWithValues: stats.nodesByKind.map { ($0.key.rawValue, $0.value) }),
            links: stats.links, linksByKinds: stats.linksByKinds, arcs: stats.arcs, density: stats.density,
            reciprocity: stats.reciprocity, weakComponents: stats.weakComponents, strongComponents: stats.strongComponents,
            platformReach: stats.platformReach, peopleLinksPerPerson: stats.peopleLinksPerPerson,
            mostCentral: stats.mostCentral.map(\.id), brokers: stats.byBetweenness.filter(\.broker).map(\.id),
            sampledSources: stats.sampled)
        let rows = nodes(stats, top: top).map { n in
            Document.Row(id: n.id, label: n.label, kind: n.kind.rawValue, inDegree: n.inDegree, outDegree: n.outDegree,
                         degree: n.degree, twoWay: n.twoWay, betweenness: n.betweenness, closeness: n.closeness, broker: n.broker)
        }
        var header = ["id": identifier]
        if let title { header["title"] = title }
        return JSONText.encode(Document(map: header, summary: summary, nodes: rows))
    }

    // MARK: CSV

    /// One row per node, with a header row, in ``columns`` order (RFC 4180 quoting).
    /// Written by hand: the CSV packages available here (SwiftCSV) only read.
    public static func csv(_ stats: NetworkStats, top: Int?) -> String {
        var out = columns.joined(separator: ",") + "\r\n"
        for n in nodes(stats, top: top) {
            let fields = [n.id, n.label, n.kind.rawValue, "\(n.inDegree)", "\(n.outDegree)", "\(n.degree)", "\(n.twoWay)",
                          "\(n.betweenness)", "\(n.closeness)", n.broker ? "true" : "false"]
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: Shared

    private static func nodes(_ stats: NetworkStats, top: Int?) -> ArraySlice<NetworkStats.NodeMetrics> {
        let sorted = stats.byBetweenness
        return sorted.prefix(top ?? sorted.count)
    }


    static func shorten(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
