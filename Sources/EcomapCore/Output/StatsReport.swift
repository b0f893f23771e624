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
    ///   - language: of the labels and sentences; nodes by their Welsh labels in Welsh.
    public static func table(_ stats: NetworkStats, title: String, top: Int?, howToSeeMore: String? = nil,
                             language: Language = .en, labels: [String: String] = [:]) -> String {
        let l = language
        func name(_ node: NetworkStats.NodeMetrics) -> String { labels[node.id] ?? node.label }
        var summary: [(String, String)] = []
        func row(_ name: String, _ value: String) { summary.append((name, value)) }
        let people = stats.nodesByKind[.person] ?? 0
        let noPeople = l[.statsNoPeople]
        row(l[.statsNodes], "\(stats.nodes.count)" + kindList(stats.nodesByKind, l))
        row(l[.statsLinks], l[.statsLinksValue, stats.links, stats.arcs])
        row(l[.statsTwoWay], stats.summary.directedLinks == 0 ? l[.noDirectedLinks]
                   : l[.statsTwoWayValue, Figures.percent(stats.summary.twoWayShare)])
        row(l[.statsDensity], Figures.fixed(stats.density, 4))
        row(l[.statsReciprocity], l[.statsReciprocityValue, Figures.percent(stats.reciprocity)])
        row(l[.statsComponents], l[.statsComponentsValue, stats.weakComponents, stats.strongComponents])
        row(l[.statsReach], people == 0 ? noPeople : l[.statsReachValue, Figures.percent(stats.platformReach)])
        row(l[.statsPeopleLinks], people == 0 ? noPeople : l[.statsPeopleLinksValue, Figures.fixed(stats.peopleLinksPerPerson, 2)])
        row(l[.statsMostCentral], stats.mostCentral.filter { $0.betweenness > 0 }.map(name).joined(separator: ", ").nonEmpty ?? l[.none])
        let brokers = stats.byBetweenness.filter(\.broker)
        row(l[.statsBrokers], brokers.isEmpty ? l[.none] : brokers.map(name).joined(separator: ", "))
        if let sampled = stats.sampled {
            row(l[.statsEstimates], l[.statsEstimatesValue, sampled])
        }
        let width = max(16, (summary.map(\.0.count).max() ?? 0) + 2)
        var out = "\(title)\n"
        for (name, value) in summary { out += "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + value + "\n" }
        out += "\n"
        var rows = [[l[.statsNode], l[.statsKind], l[.statsIn], l[.statsOut], l[.statsDegree], l[.statsTwoWayColumn],
                     l[.betweenness].lowercased(), l[.closeness].lowercased(), l[.brokerColumn].lowercased()]]
        for node in nodes(stats, top: top) {
            rows.append([shorten(name(node), 40), l == .en ? node.kind.rawValue : l.kind(node.kind).lowercased(), "\(node.inDegree)", "\(node.outDegree)",
                         "\(node.degree)", "\(node.twoWay)", Figures.fixed(node.betweenness, 4), Figures.fixed(node.closeness, 4),
                         node.broker ? l[.yes] : ""])
        }
        let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max()! }
        for r in rows {
            let cells = r.enumerated().map { c, text in
                c < 2 ? text.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                      : String(repeating: " ", count: widths[c] - text.count) + text
            }
            out += cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        if let top, top < stats.nodes.count {
            out += "(" + l[.statsMore, stats.nodes.count - top] + (howToSeeMore.map { "; \($0)" } ?? "") + ")\n"
        }
        return out
    }

    private static func kindList(_ counts: [NodeKind: Int], _ language: Language) -> String {
        let parts = NodeKind.allCases.compactMap { kind in (counts[kind] ?? 0) > 0 ? language.counted(kind, counts[kind]!) : nil }
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
            /// As ``MapSummary/twoWayShare``: the figure `check` and `compare` show.
            var twoWayShare: Double
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
            links: stats.links, linksByKinds: stats.linksByKinds, arcs: stats.arcs, twoWayShare: stats.summary.twoWayShare,
            density: stats.density,
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
