import Foundation

/// `ecomap compare` output: text for people, Markdown for reports, JSON for tools.
public enum CompareReport {
    // MARK: Text

    public static func text(_ c: Comparison) -> String {
        var out = "Comparing \(c.current.title) (\(c.current.file))\n     with \(c.best.title) (\(c.best.file)), the best practice\n\n"
        out += matchingSentence(c) + "\n\n"
        out += table(c).map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        let gaps = c.findings.filter(\.kind.isGap)
        out += gaps.isEmpty ? "No gaps found.\n" : "Findings: " + counts(c).joined(separator: ", ") + "\n"
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        for kind in Finding.Kind.allCases {
            let group = groups[kind] ?? []
            guard !group.isEmpty else { continue }
            out += "\n\(heading(kind, group.count))\n"
            out += wrap("Why it matters: " + kind.why, indent: "  ") + "\n"
            for finding in group {
                out += wrap("- " + finding.summary, indent: "  ", hanging: "    ") + "\n"
                if kind.isGap { out += wrap("What to do: " + finding.action, indent: "    ") + "\n" }
            }
        }
        return out
    }

    /// "9 of 12 current nodes match (7 by role, 2 by label); 3 only here, 4 only in best practice."
    static func matchingSentence(_ c: Comparison, language: DiagramLanguage = .en) -> String {
        if language == .cy { return ReportText(language: .cy).matching(c) }
        if c.nothingMatched {
            return "The two maps have no nodes in common (by id, role or label), so they are compared by kind only: "
                + "give shared parts the same role: to compare them node by node."
        }
        var rules: [String] = []
        for rule in MatchRule.allCases {
            let n = c.matching.rule.values.filter { $0 == rule }.count
            if n > 0 { rules.append("\(n) by \(rule.rawValue)") }
        }
        return "\(c.matching.count) of \(c.current.numbers.nodes) current nodes match best-practice nodes (\(rules.joined(separator: ", "))); "
            + "\(c.onlyCurrent.count) only in the current map, \(c.onlyBest.count) only in best practice."
    }

    static func counts(_ c: Comparison, language: DiagramLanguage = .en) -> [String] {
        var tally: [Finding.Kind: Int] = [:]
        for finding in c.findings { tally[finding.kind, default: 0] += 1 }
        return Finding.Kind.allCases.filter(\.isGap).compactMap { kind in
            let n = tally[kind] ?? 0
            guard n > 0 else { return nil }
            // Welsh nouns after a number mutate: name the count instead.
            if language == .cy { return "\(ReportText(language: .cy).findingKind(kind)): \(n)" }
            return "\(n) \(n == 1 ? singular(kind) : kind.plural)"
        }
    }

    static func singular(_ kind: Finding.Kind) -> String {
        switch kind {
        case .missingTwoWay: "missing two-way link"
        case .oneWayNode: "one-way node"
        case .missingLink: "missing link"
        case .missingNode: "missing node"
        case .missingPlatform: "missing platform"
        case .isolatedParticipants: "group of isolated participants"
        case .distance: "distant organisation"
        case .extra: "only in the current map"
        }
    }

    static func heading(_ kind: Finding.Kind, _ n: Int, language: DiagramLanguage = .en) -> String {
        let name = ReportText(language: language).findingKind(kind)
        return name.prefix(1).uppercased() + name.dropFirst() + " (\(n))"
    }

    /// The two maps' numbers side by side, labelled in `language`.
    static func rows(_ c: Comparison, language: DiagramLanguage = .en) -> [[String]] {
        let a = c.current.numbers, b = c.best.numbers
        let cy = language == .cy
        return [
            ["", cy ? "presennol" : "current", cy ? "arfer gorau" : "best practice"],
            [cy ? "nodau" : "nodes", "\(a.nodes)", "\(b.nodes)"],
            [cy ? "cysylltiadau" : "links", "\(a.links)", "\(b.links)"],
            [cy ? "cyfran ddwy ffordd" : "two-way share", percent(a.twoWayShare), percent(b.twoWayShare)],
            [cy ? "cyrhaeddiad platfformau" : "platform reach", percent(a.platformReach), percent(b.platformReach)],
            [cy ? "cysylltiadau rhwng pobl fesul person" : "links between people per person",
             fixed(a.peopleLinksPerPerson, 2), fixed(b.peopleLinksPerPerson, 2)],
            [cy ? "dwysedd" : "density", fixed(a.density, 3), fixed(b.density, 3)],
        ]
    }

    static func table(_ c: Comparison) -> [String] {
        let rows = rows(c)
        let widths = (0..<3).map { col in rows.map { $0[col].count }.max()! }
        return rows.map { row in
            row[0].padding(toLength: widths[0], withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: widths[1] - row[1].count) + row[1] + "  "
                + String(repeating: " ", count: widths[2] - row[2].count) + row[2]
        }
    }

    // MARK: Markdown

    /// The same content as Markdown, for reports (text stays text: markup is escaped).
    /// - Parameters:
    ///   - diagram: the gap diagram's file, relative to the Markdown file.
    ///   - best: the best-practice map's drawing, likewise.
    ///   - language: of the headings, the table, and why each kind of finding
    ///     matters (each finding's own sentence stays English).
    public static func markdown(_ c: Comparison, diagram: String? = nil, best: String? = nil,
                                language: DiagramLanguage = .en) -> String {
        let text = ReportText(language: language)
        var out = "## \(md(text.compared))\n\n"
        out += "**\(md(c.current.title))** (\(language.current.lowercased())) \(language.comparedWith) "
            + "**\(md(c.best.title))** (\(language.bestPractice.lowercased())).\n\n"
        out += md(matchingSentence(c, language: language)) + "\n\n"
        let rows = rows(c, language: language)
        out += "| | \(rows[0][1]) | \(rows[0][2]) |\n| --- | ---: | ---: |\n"
        for row in rows.dropFirst() { out += "| \(row[0]) | \(row[1]) | \(row[2]) |\n" }
        if let best { out += "\n### \(md(text.bestMap))\n\n![\(md(c.best.title))](\(best))\n" }
        if let diagram { out += "\n### \(md(text.gaps))\n\n![\(md(text.gapsAlt))](\(diagram))\n" }
        let gaps = c.findings.filter(\.kind.isGap)
        out += "\n" + (gaps.isEmpty ? "\(text.noGaps)\n" : "\(text.findings): " + counts(c, language: language).joined(separator: ", ") + ".\n")
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        for kind in Finding.Kind.allCases {
            let group = groups[kind] ?? []
            guard !group.isEmpty else { continue }
            out += "\n### \(heading(kind, group.count, language: language))\n\n_\(md(text.why(kind)))_\n\n"
            for finding in group {
                out += "- \(md(finding.summary))" + (kind.isGap ? "  \n  \(text.whatToDo): \(md(finding.action))" : "") + "\n"
            }
        }
        return out
    }

    /// Markdown-safe text: characters that start markup are escaped, so labels stay text.
    static func md(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "<", ">", "!": out += "\\\(c)"
            case "&": out += "&amp;"
            case "\n": out += " "
            default: out.append(c)
            }
        }
        return out
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
        var counts: [String: Int]
        var findings: [Finding]
    }

    /// The schema is in docs/json.md.
    public static func json(_ c: Comparison, currentMap: EcosystemMap, bestMap: EcosystemMap) -> String {
        let matches = c.matching.pairs.map { pair in
            Document.Match(current: currentMap.nodes[pair.current].id, best: bestMap.nodes[pair.best].id,
                           rule: c.matching.rule[pair.current]!.rawValue)
        }
        var counts = Dictionary(uniqueKeysWithValues: Finding.Kind.allCases.map { ($0.rawValue, 0) })
        for finding in c.findings { counts[finding.kind.rawValue, default: 0] += 1 }
        let document = Document(
            current: .init(file: c.current.file, id: c.current.identifier, title: c.current.title, numbers: c.current.numbers),
            best: .init(file: c.best.file, id: c.best.identifier, title: c.best.title, numbers: c.best.numbers),
            matches: matches, onlyCurrent: c.onlyCurrent, onlyBest: c.onlyBest,
            patterns: c.patterns.map { .init(kinds: $0.kinds.map(\.rawValue), current: $0.current, best: $0.best) },
            counts: counts, findings: c.findings)
        return JSONText.encode(document)
    }

    // MARK: Shared

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

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
