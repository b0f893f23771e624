import EcomapCore
import EcomapRender

extension CompareReport {
    /// The same content as Markdown, for reports (text stays text: markup is escaped).
    /// - Parameters:
    ///   - c: the comparison.
    ///   - diagram: the gap diagram's file, relative to the Markdown file.
    ///   - best: the best-practice map's drawing, likewise.
    ///   - language: of every heading and sentence.
    ///   - second: a second language, for a bilingual comparison: each heading
    ///     as "Welsh · English", each sentence followed by its translation in italics.
    ///   - limit: at most this many findings of each kind; the rest are counted.
    public static func markdown(_ c: Comparison, diagram: String? = nil, best: String? = nil,
                                language: Language = .en, alsoIn second: Language? = nil, limit: Int? = nil) -> String {
        let languages = [language] + (second.map { $0 == language ? [] : [$0] } ?? [])
        let md = MarkdownText.escape
        func both(_ words: (Language) -> String) -> String {
            var seen: [String] = []
            for l in languages where !seen.contains(words(l)) { seen.append(words(l)) }
            return seen.map(md).joined(separator: " · ")
        }
        func lines(_ words: (Language) -> String) -> String {
            languages.enumerated().map { i, l in i == 0 ? words(l) : "_\(words(l))_" }.joined(separator: "  \n")
        }
        var out = "## \(both { $0[.compared] })\n\n"
        out += lines { language in
            let (with, bestTitle) = language.put(c.bestMap.titleName(in: language), after: language[.comparedWith])
            return "**\(md(c.currentMap.title(in: language)))** (\(language[.current].lowercased())) \(with) "
                + "**\(md(bestTitle))** (\(language[.bestPractice].lowercased()))."
        } + "\n\n"
        out += lines { md(CompareReport.matchingSentence(c, language: $0)) } + "\n\n"
        let rows = CompareReport.rows(c, languages: languages)
        out += "| | \(rows[0][1]) | \(rows[0][2]) |\n| --- | ---: | ---: |\n"
        for row in rows.dropFirst() { out += "| \(row[0]) | \(row[1]) | \(row[2]) |\n" }
        if let best { out += "\n### \(both { $0[.bestMap] })\n\n![\(both { c.bestMap.title(in: $0) })](\(MarkdownText.destination(best)))\n" }
        if let diagram { out += "\n### \(both { $0[.gaps] })\n\n![\(both { $0[.gapsAlt] })](\(MarkdownText.destination(diagram)))\n" }
        out += "\n" + findingsMarkdown(c, languages: languages, limit: limit, withMatching: false)
        return out
    }

    /// The findings as Markdown, in one language or, bilingual, each sentence
    /// followed by its translation in italics: what they come to, then each
    /// kind with why it matters, every finding and what to do.
    static func findingsMarkdown(_ c: Comparison, languages: [Language], limit: Int? = nil, withMatching: Bool = true) -> String {
        let md = MarkdownText.escape
        func both(_ words: (Language) -> String, separator: String = " · ") -> String {
            languages.map { md(words($0)) }.joined(separator: separator)
        }
        func lines(_ words: (Language) -> String) -> String {
            languages.enumerated().map { i, l in i == 0 ? md(words(l)) : "_\(md(words(l)))_" }.joined(separator: "  \n")
        }
        var out = withMatching ? lines { matchingSentence(c, language: $0) } + "\n\n" : ""
        for i in c.patternSummaries().indices { out += "> " + lines { c.patternSummaries(in: $0)[i] }.replacingOccurrences(of: "\n", with: "\n> ") + "\n\n" }
        let gaps = c.findings.filter(\.kind.isGap)
        out += gaps.isEmpty ? lines { $0[.noGaps] } + "\n" : lines { "\($0[.findings]): " + c.gapCountPhrases(in: $0).joined(separator: ", ") + "." } + "\n"
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        for kind in Finding.Kind.allCases {
            let group = groups[kind] ?? []
            guard !group.isEmpty else { continue }
            out += "\n### \(both { heading(kind, group.count, language: $0) })\n\n"
            out += languages.map { "_\(md(kind.why(in: $0)))_" }.joined(separator: "  \n") + "\n\n"
            for finding in group.prefix(limit ?? group.count) {
                out += "- " + lines { finding.summary(in: $0) }.replacingOccurrences(of: "\n", with: "\n  ")
                if kind.isGap {
                    out += "  \n  " + lines { "\($0[.whatToDo]): \(finding.action(in: $0))" }.replacingOccurrences(of: "\n", with: "\n  ")
                }
                out += "\n"
            }
            if let limit, group.count > limit { out += "- " + both { $0[.moreFindings, group.count - limit] } + "\n" }
        }
        return out
    }
}

/// Text for Markdown: characters that start markup are escaped, so labels stay text.
enum MarkdownText {
    static func escape(_ text: String) -> String {
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
}

extension MarkdownText {
    /// A file name as a link destination. A plain name (letters, digits,
    /// `-`, `_`, `.`, `/`) is written as it is; any other goes in angle
    /// brackets, where CommonMark reads spaces and parentheses as part of the
    /// name, with `<`, `>`, `\` and `&` escaped by a backslash (so a name
    /// can't close the link or start markup or an entity) and `%` and
    /// control characters percent-encoded (a browser decodes the link's `%`).
    static func destination(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { s in
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_" || s == "." || s == "/"
        }
        if plain, !name.isEmpty { return name }
        var out = "<"
        for s in name.unicodeScalars {
            switch s {
            case "<", ">", "\\", "&": out += "\\" + String(s)
            case "%": out += "%25"
            case _ where s.value < 0x20 || s.value == 0x7F: out += (s.value < 0x10 ? "%0" : "%") + String(s.value, radix: 16, uppercase: true)
            default: out.unicodeScalars.append(s)
            }
        }
        return out + ">"
    }
}
