import EcomapCore
import EcomapRender

extension CompareReport {
    /// The same content as Markdown, for reports (text stays text: markup is escaped).
    /// - Parameters:
    ///   - c: the comparison.
    ///   - diagram: the gap diagram's file, relative to the Markdown file.
    ///   - best: the best-practice map's drawing, likewise.
    ///   - language: of the headings, the table, and why each kind of finding
    ///     matters (each finding's own sentence stays English).
    public static func markdown(_ c: Comparison, diagram: String? = nil, best: String? = nil,
                                language: Language = .en, limit: Int? = nil) -> String {
        let text = language
        let md = MarkdownText.escape
        var out = "## \(md(text[.compared]))\n\n"
        out += "**\(md(c.current.title))** (\(language[.current].lowercased())) \(language[.comparedWith]) "
            + "**\(md(c.best.title))** (\(language[.bestPractice].lowercased())).\n\n"
        out += md(CompareReport.matchingSentence(c, language: language)) + "\n\n"
        let rows = CompareReport.rows(c, language: language)
        out += "| | \(rows[0][1]) | \(rows[0][2]) |\n| --- | ---: | ---: |\n"
        for row in rows.dropFirst() { out += "| \(row[0]) | \(row[1]) | \(row[2]) |\n" }
        if let best { out += "\n### \(md(text[.bestMap]))\n\n![\(md(c.best.title))](\(best))\n" }
        if let diagram { out += "\n### \(md(text[.gaps]))\n\n![\(md(text[.gapsAlt]))](\(diagram))\n" }
        let gaps = c.findings.filter(\.kind.isGap)
        out += "\n" + (gaps.isEmpty ? "\(text[.noGaps])\n" : "\(text[.findings]): " + c.gapCountPhrases(in: language).joined(separator: ", ") + ".\n")
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        for kind in Finding.Kind.allCases {
            let group = groups[kind] ?? []
            guard !group.isEmpty else { continue }
            out += "\n### \(CompareReport.heading(kind, group.count, language: language))\n\n_\(md(kind.why(in: language)))_\n\n"
            for finding in group.prefix(limit ?? group.count) {
                out += "- \(md(finding.summary(in: language)))" + (kind.isGap ? "  \n  \(text[.whatToDo]): \(md(finding.action(in: language)))" : "") + "\n"
            }
            if let limit, group.count > limit { out += "- \(md(language[.moreFindings, group.count - limit]))\n" }
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
