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
                                language: Language = .en) -> String {
        let text = language
        let md = MarkdownText.escape
        var out = "## \(md(text[.compared]))\n\n"
        out += "**\(md(c.current.title))** (\(language[.current].lowercased())) \(language[.comparedWith]) "
            + "**\(md(c.best.title))** (\(language[.bestPractice].lowercased())).\n\n"
        out += md(CompareReport.matchingSentence(c, language: language)) + "\n\n"
        let rows = CompareReport.rows(c, language: language)
        out += "| | \(rows[0][1]) | \(rows[0][2]) |\n| --- | ---: | ---: |\n"
        for row in rows.dropFirst() { out += "| \(row[0]) | \(row[1]) | \(row[2]) |\n" }
        if let best { out += "\n### \(md(text[.bestMap]))\n\n![\(md(c.best.title))](\(MarkdownText.destination(best)))\n" }
        if let diagram { out += "\n### \(md(text[.gaps]))\n\n![\(md(text[.gapsAlt]))](\(MarkdownText.destination(diagram)))\n" }
        let gaps = c.findings.filter(\.kind.isGap)
        out += "\n" + (gaps.isEmpty ? "\(text[.noGaps])\n" : "\(text[.findings]): " + c.gapCountPhrases(in: language).joined(separator: ", ") + ".\n")
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        for kind in Finding.Kind.allCases {
            let group = groups[kind] ?? []
            guard !group.isEmpty else { continue }
            out += "\n### \(CompareReport.heading(kind, group.count, language: language))\n\n_\(md(kind.why(in: language)))_\n\n"
            for finding in group {
                out += "- \(md(finding.summary))" + (kind.isGap ? "  \n  \(text[.whatToDo]): \(md(finding.action))" : "") + "\n"
            }
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
