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
        table(stats, titles: [title], top: top, howToSeeMore: howToSeeMore.map { words in { _ in words } },
              languages: [language], labels: [language: labels])
    }

    /// The numbers in one language or, bilingual, in two, the first first
    /// (`--lang cy+en`: Welsh first): each line of the map's numbers, then its
    /// translation (a number said the same in both is given once, labelled
    /// "dwysedd / density"); the node table with a heading line in each
    /// language, the first language's names on the left and the second's on
    /// the right, as bilingual tables are set.
    /// - Parameters:
    ///   - titles: the map's title in each language.
    ///   - labels: each language's node labels by id (a node without one is named by its label).
    public static func table(_ stats: NetworkStats, titles: [String], top: Int?, howToSeeMore: ((Language) -> String)? = nil,
                             languages: [Language], labels: [Language: [String: String]] = [:]) -> String {
        let languages = languages.isEmpty ? [.en] : languages
        func name(_ node: NetworkStats.NodeMetrics, _ l: Language) -> String { labels[l]?[node.id] ?? node.label }
        let summaries = languages.map { summaryRows(stats, $0) { name($0, $1) } }
        var lines: [(String, String)] = []
        for r in summaries[0].indices {
            let said = summaries.map { $0[r] }
            if Set(said.map(\.1)).count == 1 {
                lines.append((said.map(\.0).uniqued.joined(separator: " / "), said[0].1))
            } else {
                lines += said
            }
        }
        let width = max(16, (lines.map(\.0.count).max() ?? 0) + 2)
        var out = titles.uniqued.map { "\($0)\n" }.joined()
        for (name, value) in lines { out += "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + value + "\n" }
        out += "\n"
        func headings(_ l: Language) -> [String] {
            [l[.statsNode], l[.statsKind], l[.statsIn], l[.statsOut], l[.statsDegree], l[.statsTwoWayColumn],
             l[.betweenness].lowercased(), l[.closeness].lowercased(), l[.brokerColumn].lowercased()]
        }
        func kind(_ node: NetworkStats.NodeMetrics, _ l: Language) -> String { l == .en ? node.kind.rawValue : l.kind(node.kind).lowercased() }
        let second = languages.count > 1 ? languages[1] : nil
        var rows = languages.map { l -> [String] in
            // The second language's heading line names the numbers' columns only; its own names go on the right.
            l == languages[0] ? headings(l) + (second.map { [headings($0)[0], headings($0)[1]] } ?? []) : ["", ""] + headings(l).dropFirst(2) + ["", ""]
        }
        if second == nil { rows = [headings(languages[0])] }
        let first = languages[0]
        for node in nodes(stats, top: top) {
            var row = [shorten(name(node, first), 40), kind(node, first), "\(node.inDegree)", "\(node.outDegree)",
                       "\(node.degree)", "\(node.twoWay)", Figures.fixed(node.betweenness, 4), Figures.fixed(node.closeness, 4),
                       node.broker ? languages.map { $0[.yes] }.uniqued.joined(separator: " / ") : ""]
            if let second { row += [shorten(name(node, second), 40), kind(node, second)] }
            rows.append(row)
        }
        let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max()! }
        for r in rows {
            let cells = r.enumerated().map { c, text in
                c < 2 || c >= 9 ? text.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                                : String(repeating: " ", count: widths[c] - text.count) + text
            }
            out += cells.joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        if let top, top < stats.nodes.count {
            for l in languages {
                out += "(" + l[.statsMore, stats.nodes.count - top] + (howToSeeMore.map { "; \($0(l))" } ?? "") + ")\n"
            }
        }
        return out
    }

    /// The map's numbers, each a name and a value, in one language.
    private static func summaryRows(_ stats: NetworkStats, _ l: Language,
                                    name: (NetworkStats.NodeMetrics, Language) -> String) -> [(String, String)] {
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
        row(l[.statsMostCentral], stats.mostCentral.filter { $0.betweenness > 0 }.map { name($0, l) }.joined(separator: ", ").nonEmpty ?? l[.none])
        let brokers = stats.byBetweenness.filter(\.broker)
        row(l[.statsBrokers], brokers.isEmpty ? l[.none] : brokers.map { name($0, l) }.joined(separator: ", "))
        if let sampled = stats.sampled {
            row(l[.statsEstimates], l[.statsEstimatesValue, sampled])
        }
        return summary
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

    /// The string without spaces at its end.
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

extension Array where Element == String {
    /// The strings in order, each once.
    var uniqued: [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
