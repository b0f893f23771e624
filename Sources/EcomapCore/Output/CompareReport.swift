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
        text(c, languages: [language], limit: limit, howToSeeMore: howToSeeMore.map { words in { _ in words } })
    }

    /// The comparison in one language or, bilingual, in two: each heading
    /// as "Welsh / English", each sentence followed by its translation on the
    /// next line, the first language first (`--lang cy+en`: Welsh first).
    /// - Parameters:
    ///   - languages: one language, or two, the first first.
    ///   - howToSeeMore: said after "and N more", in each language.
    public static func text(_ c: Comparison, languages: [Language], limit: Int? = nil,
                            howToSeeMore: ((Language) -> String)? = nil) -> String {
        let languages = languages.isEmpty ? [.en] : languages
        /// Each language's sentence, wrapped, one after the other.
        func each(indent: String, hanging: String? = nil, _ sentence: (Language) -> String) -> String {
            languages.map { wrap(sentence($0), indent: indent, hanging: hanging) + "\n" }.joined()
        }
        /// A heading or a short label in each language: "Welsh / English".
        func both(_ words: (Language) -> String) -> String {
            var seen: [String] = []
            for language in languages where !seen.contains(words(language)) { seen.append(words(language)) }
            return seen.joined(separator: " / ")
        }
        var out = languages.map { $0[.comparing, c.currentMap.titleName(in: $0), c.current.file, c.bestMap.titleName(in: $0), c.best.file] + "\n" }
            .joined() + "\n"
        out += languages.map { matchingSentence(c, language: $0) + "\n" }.joined() + "\n"
        out += table(c, languages: languages).map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        let summaries = languages.map { c.patternSummaries(in: $0) }
        for i in summaries[0].indices {
            out += languages.indices.map { k in
                (k == 0 ? wrap("* " + summaries[k][i], indent: "", hanging: "  ") : wrap(summaries[k][i], indent: "  ")) + "\n"
            }.joined()
        }
        if !summaries[0].isEmpty { out += "\n" }
        let gaps = c.findings.filter(\.kind.isGap)
        out += gaps.isEmpty ? languages.map { $0[.noGaps] + "\n" }.joined()
            : each(indent: "", hanging: "  ") { $0[.findings] + ": " + c.gapCountPhrases(in: $0).joined(separator: ", ") }
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        for kind in Finding.Kind.allCases {
            let group = groups[kind] ?? []
            guard !group.isEmpty else { continue }
            out += "\n\(both { heading(kind, group.count, language: $0) })\n"
            out += each(indent: "  ") { $0[.whyItMatters] + ": " + kind.why(in: $0) }
            for finding in group.prefix(limit ?? group.count) {
                out += languages.indices.map { k in
                    (k == 0 ? wrap("- " + finding.summary(in: languages[k]), indent: "  ", hanging: "    ")
                        : wrap(finding.summary(in: languages[k]), indent: "    ")) + "\n"
                }.joined()
                guard kind.isGap else { continue }
                out += each(indent: "    ") { $0[.whatToDo] + ": " + finding.action(in: $0) }
                if let edit = finding.edit { out += "    " + both { $0[.inTheMap] } + ": " + edit + "\n" }
            }
            if let limit, group.count > limit {
                out += languages.map { language in
                    "  " + language[.moreFindings, group.count - limit] + (howToSeeMore.map { " (\($0(language)))" } ?? "") + "\n"
                }.joined()
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

    /// The two maps' numbers side by side, labelled in each language ("nodau / nodes").
    package static func rows(_ c: Comparison, languages: [Language]) -> [[String]] {
        let each = languages.map { rows(c, language: $0) }
        return each[0].indices.map { r in
            each[0][r].indices.map { column in
                var seen: [String] = []
                for rows in each where !seen.contains(rows[r][column]) { seen.append(rows[r][column]) }
                return seen.joined(separator: " / ")
            }
        }
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

    /// The numbers as a table for a terminal. Bilingual, as bilingual tables
    /// are set: the first language's labels on the left, the second's on the
    /// right, and a heading line in each.
    static func table(_ c: Comparison, languages: [Language]) -> [String] {
        let each: [[[String]]] = languages.map { rows(c, language: $0) }
        var table: [[String]] = [each[0][0]]
        for other in each.dropFirst() { table.append(other[0]) }
        table += each[0].dropFirst()
        if each.count > 1 {
            for r in table.indices {
                let right: String = r >= each.count ? each[1][r - each.count + 1][0] : ""
                table[r].append(right)
            }
        }
        let widths: [Int] = (0..<3).map { col in table.map { $0[col].count }.max() ?? 0 }
        return table.map { row -> String in
            let label = row[0].padding(toLength: widths[0], withPad: " ", startingAt: 0)
            let now = String(repeating: " ", count: widths[1] - row[1].count) + row[1]
            let best = String(repeating: " ", count: widths[2] - row[2].count) + row[2]
            let right = row.count > 3 && !row[3].isEmpty ? "  " + row[3] : ""
            return (label + "  " + now + "  " + best + right).trimmingTrailingSpaces
        }
    }

    // MARK: JSON

    /// The schema is in docs/json.md. With `limit`, at most that many findings
    /// of each kind are listed (the counts are always of all of them); the
    /// sentences are in `language`. Written with ``JSONValue``: a comparison
    /// can hold hundreds of thousands of findings.
    public static func json(_ c: Comparison, language: Language = .en, limit: Int? = nil) -> String {
        jsonValue(c, language: language, limit: limit).text
    }

    /// The JSON written straight to a file as it is made: a comparison of two
    /// large maps holds too many findings to hold their text in memory too.
    package static func writeJSON(_ c: Comparison, language: Language = .en, limit: Int? = nil, to file: StreamedFile) throws(Diagnostic) {
        try jsonValue(c, language: language, limit: limit).write(to: file)
    }

    static func jsonValue(_ c: Comparison, language: Language, limit: Int?) -> JSONValue {
        let matches: [JSONValue] = c.matching.pairs.map { pair in
            .object(["current": .string(c.currentMap.nodes[pair.current].id), "best": .string(c.bestMap.nodes[pair.best].id),
                     "rule": .string((c.matching.rule[pair.current] ?? .id).rawValue)])
        }
        var counts = Dictionary(uniqueKeysWithValues: Finding.Kind.allCases.map { ($0.rawValue, 0) })
        for finding in c.findings { counts[finding.kind.rawValue, default: 0] += 1 }
        func side(_ side: Comparison.Side) -> JSONValue {
            let n = side.numbers
            return .object(["file": .string(side.file), "id": .string(side.identifier), "title": .string(side.title), "numbers": .object([
                "nodes": .int(n.nodes), "links": .int(n.links), "twoWayShare": .double(n.twoWayShare), "platformReach": .double(n.platformReach),
                "peopleLinksPerPerson": .double(n.peopleLinksPerPerson), "density": .double(n.density),
            ])])
        }
        let listed = limited(c.findings, limit)
        func numbers(_ n: KindPattern.Numbers) -> JSONValue {
            .object(["links": .int(n.links), "directed": .int(n.directed), "twoWay": .int(n.twoWay), "linksPerNode": .double(n.linksPerNode)])
        }
        let document: JSONValue = .object([
            "ecomap": .int(MapJSON.version),
            "current": side(c.current), "best": side(c.best),
            "matches": .array(matches),
            "onlyCurrent": .array(c.onlyCurrent.map(JSONValue.string)), "onlyBest": .array(c.onlyBest.map(JSONValue.string)),
            "patterns": .array(c.patterns.map { .object(["kinds": .array($0.kinds.map { .string($0.rawValue) }),
                                                         "current": numbers($0.current), "best": numbers($0.best)]) }),
            "summaries": .array(c.patternSummaries(in: language).map(JSONValue.string)),
            "counts": .dictionary(counts.mapValues(JSONValue.int)),
            "findings": .generated(count: listed.count) { listed[$0].json(in: language) },
        ])
        return document
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
