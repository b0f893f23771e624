import Foundation

/// `ecomap compare` output: text for people, JSON for tools (Markdown is in EcomapReport).
public enum CompareReport {
    // MARK: Text

    /// The comparison for a terminal: the numbers side by side, what they
    /// come to, and each finding with why it matters, what to do and the
    /// change to the map file (for the map's authors).
    /// - Parameters:
    ///   - c: the comparison.
    ///   - language: of every sentence and heading.
    ///   - limit: at most this many findings of each kind; the rest are counted.
    ///   - howToSeeMore: said after "and N more" (a command line names its own option here).
    public static func text(_ c: Comparison, language: Language = .en, limit: Int? = nil, howToSeeMore: String? = nil) -> String {
        var out = language[.comparing, c.currentMap.title(in: language), c.current.file, c.bestMap.title(in: language), c.best.file] + "\n\n"
        out += matchingSentence(c, language: language) + "\n\n"
        out += table(c, language: language).map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        for summary in c.patternSummaries(in: language) { out += wrap("* " + summary, indent: "", hanging: "  ") + "\n" }
        if !c.patternSummaries(in: language).isEmpty { out += "\n" }
        let gaps = c.findings.filter(\.kind.isGap)
        out += gaps.isEmpty ? language[.noGaps] + "\n" : language[.findings] + ": " + c.gapCountPhrases(in: language).joined(separator: ", ") + "\n"
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        for kind in Finding.Kind.allCases {
            let group = groups[kind] ?? []
            guard !group.isEmpty else { continue }
            out += "\n\(heading(kind, group.count, language: language))\n"
            out += wrap(language[.whyItMatters] + ": " + kind.why(in: language), indent: "  ") + "\n"
            for finding in group.prefix(limit ?? group.count) {
                out += wrap("- " + finding.summary(in: language), indent: "  ", hanging: "    ") + "\n"
                guard kind.isGap else { continue }
                out += wrap(language[.whatToDo] + ": " + finding.action(in: language), indent: "    ") + "\n"
                if let edit = finding.edit { out += "    " + language[.inTheMap] + ": " + edit + "\n" }
            }
            if let limit, group.count > limit {
                out += "  " + language[.moreFindings, group.count - limit] + (howToSeeMore.map { " (\($0))" } ?? "") + "\n"
            }
        }
        return out
    }

    /// "9 of 12 current nodes match best-practice nodes (7 by role, 2 by label); 3 only in the current map, 4 only in best practice."
    package static func matchingSentence(_ c: Comparison, language: Language = .en) -> String {
        if c.nothingMatched { return language[.matchNone] }
        var rules: [String] = []
        for rule in MatchRule.allCases {
            let n = c.matching.rule.values.filter { $0 == rule }.count
            let name = switch rule { case .id: language[.matchByID]; case .role: language[.matchByRole]; case .label: language[.matchByLabel] }
            if n > 0 { rules.append(language[.matchRule, n, name]) }
        }
        return language[.matchCount, c.matching.count, c.current.numbers.nodes, rules.joined(separator: ", "),
                        c.onlyCurrent.count, c.onlyBest.count]
    }

    /// "Missing two-way links (8)"
    package static func heading(_ kind: Finding.Kind, _ n: Int, language: Language = .en) -> String {
        let name = kind.name(in: language)
        return name.prefix(1).uppercased() + name.dropFirst() + " (\(n))"
    }

    /// The two maps' numbers side by side, labelled in `language`.
    package static func rows(_ c: Comparison, language: Language = .en) -> [[String]] {
        let a = c.current.numbers, b = c.best.numbers
        return [
            ["", language[.rowCurrent], language[.rowBest]],
            [language[.rowNodes], "\(a.nodes)", "\(b.nodes)"],
            [language[.rowLinks], "\(a.links)", "\(b.links)"],
            [language[.rowTwoWayShare], Figures.percent(a.twoWayShare), Figures.percent(b.twoWayShare)],
            [language[.rowPlatformReach], Figures.percent(a.platformReach), Figures.percent(b.platformReach)],
            [language[.rowPeopleLinks], Figures.fixed(a.peopleLinksPerPerson, 2), Figures.fixed(b.peopleLinksPerPerson, 2)],
            [language[.rowDensity], Figures.fixed(a.density, 3), Figures.fixed(b.density, 3)],
        ]
    }

    static func table(_ c: Comparison, language: Language) -> [String] {
        let rows = rows(c, language: language)
        let widths = (0..<3).map { col in rows.map { $0[col].count }.max()! }
        return rows.map { row in
            row[0].padding(toLength: widths[0], withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: widths[1] - row[1].count) + row[1] + "  "
                + String(repeating: " ", count: widths[2] - row[2].count) + row[2]
        }
    }

    // MARK: JSON

    struct Document: Encodable {
        struct MapSide: Encodable {
            var file: String
            var id: String
            var title: String
            var numbers: Comparison.KeyNumbers
        }

        struct Match: Encodable {
            var current: String
            var best: String
            var rule: String
        }

        struct Pattern: Encodable {
            var kinds: [String]
            var current: KindPattern.Numbers
            var best: KindPattern.Numbers
        }

        var ecomap = MapJSON.version
        var current: MapSide
        var best: MapSide
        var matches: [Match]
        var onlyCurrent: [String]
        var onlyBest: [String]
        var patterns: [Pattern]
        /// What the patterns come to, in sentences (never counted as findings).
        var summaries: [String]
        var counts: [String: Int]
        var findings: [Finding]
    }

    /// The schema is in docs/json.md. With `limit`, at most that many findings
    /// of each kind are listed (the counts are always of all of them).
    public static func json(_ c: Comparison, limit: Int? = nil) -> String {
        let matches = c.matching.pairs.map { pair in
            Document.Match(current: c.currentMap.nodes[pair.current].id, best: c.bestMap.nodes[pair.best].id,
                           rule: (c.matching.rule[pair.current] ?? .id).rawValue)
        }
        var counts = Dictionary(uniqueKeysWithValues: Finding.Kind.allCases.map { ($0.rawValue, 0) })
        for finding in c.findings { counts[finding.kind.rawValue, default: 0] += 1 }
        let document = Document(
            current: .init(file: c.current.file, id: c.current.identifier, title: c.current.title, numbers: c.current.numbers),
            best: .init(file: c.best.file, id: c.best.identifier, title: c.best.title, numbers: c.best.numbers),
            matches: matches, onlyCurrent: c.onlyCurrent, onlyBest: c.onlyBest,
            patterns: c.patterns.map { .init(kinds: $0.kinds.map(\.rawValue), current: $0.current, best: $0.best) },
            summaries: c.patternSummaries(), counts: counts, findings: limited(c.findings, limit))
        return JSONText.encode(document)
    }

    /// At most `limit` findings of each kind, in order.
    static func limited(_ findings: [Finding], _ limit: Int?) -> [Finding] {
        guard let limit else { return findings }
        var seen: [Finding.Kind: Int] = [:]
        return findings.filter { finding in
            seen[finding.kind, default: 0] += 1
            return seen[finding.kind]! <= limit
        }
    }

    // MARK: Shared


    /// Wraps at 100 columns, for reading in a terminal. Counts characters as
    /// it goes: a comparison can have a hundred thousand findings.
    static func wrap(_ text: String, indent: String, hanging: String? = nil, width: Int = 100) -> String {
        let next = hanging ?? indent
        var out = indent
        var length = indent.count, start = indent.count
        for word in text.split(separator: " ") {
            let count = word.count
            if length > start, length + 1 + count > width {
                out += "\n" + next
                length = next.count
                start = length
            } else if length > start {
                out += " "
                length += 1
            }
            out += word
            length += count
        }
        return out
    }
}
