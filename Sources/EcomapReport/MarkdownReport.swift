import EcomapCore
import EcomapRender
import EcomapInterchange

extension Report {
    /// The report as Markdown, with its diagrams as SVG files beside it: the
    /// files to write, the Markdown last. `base` names the diagrams
    /// (`report` gives `report-map.svg`, `report-best.svg`, `report-gaps.svg`,
    /// and for a map drawn as a summary `report-inside-1.svg` and on, its largest groups).
    public func markdown(base: String) throws(Diagnostic) -> [(name: String, bytes: [UInt8])] {
        let drawings = try diagrams()
        let md = MarkdownText.escape
        // Files are written at `base`; links are relative to the report, which sits beside them.
        let local = base.lastIndex(of: "/").map { String(base[base.index(after: $0)...]) } ?? base
        var files: [(String, [UInt8])] = [("\(base)-map.svg", drawings.map.1)]
        var out = "# \(md(title))\n\n"
        var meta: [(EcomapCore.Language) -> String] = []
        // The source and the description in each language: the Welsh partner (source-cy, description-cy) in Welsh.
        let attributes = self.attributes
        if attributes.text(AttributeName.source) != nil {
            meta.append { "\($0[.source]): \(attributes.text(AttributeName.source, in: $0) ?? "")" }
        }
        if let date = attributes.text(AttributeName.date) { meta.append { "\($0[.date]): \(date)" } }
        if !meta.isEmpty { out += "_\(md(said { l in meta.map { $0(l) }.joined(separator: " · ") }.map(\.1).joined(separator: " / ")))_\n\n" }
        if attributes.text(AttributeName.description) != nil { out += paragraphs { attributes.text(AttributeName.description, in: $0) ?? "" } }
        // A directory of communities opens on what its sponsor asks: the audit, then the directory.
        let opening = leadsWithAudit
        if opening {
            let figures = ReportAudit(Audit(map))
            out += heading(2, { auditHeading(figures.audit, in: $0) }) + paragraphs { $0[.reportAuditIntro] }
            out += heading(3, { $0[.auditDuplicates, figures.audit.duplicates.count] })
            if figures.pairs.isEmpty { out += paragraphs { $0[.auditNoneFound] } }
            for pair in figures.pairs {
                out += "- **\(md(said { pairTitle(pair, in: $0) }.map(\.1).joined(separator: " / ")))**  \n"
                out += said { pairReasons(pair, in: $0) }.map { "  _\(md($0.1))_" }.joined(separator: "  \n") + "\n"
            }
            if !figures.pairs.isEmpty { out += "\n" }
            if figures.notShown > 0 { out += paragraphs { $0[.reportMorePairs, figures.notShown] } }
            out += heading(3, { $0[.auditMissing, figures.audit.gaps.count, figures.audit.audited.count] })
            out += paragraphs { missingMost(figures, in: $0) }
            let rows = auditRows(figures)
            if !rows.isEmpty { out += table(headers { [$0[.name], $0[.reportMissingColumn]] }, rows, numeric: []) + "\n" }
            out += directoryMarkdown(level: 2)
        }

        out += heading(2, { $0[.inBrief] }) + paragraphs { headline(in: $0) }
        if let comparison, let both = drawings.sideBySide, let best = drawings.best, let gaps = drawings.gaps {
            files.append(("\(base)-both.svg", both))
            files.append(("\(base)-best.svg", best.1))
            files.append(("\(base)-gaps.svg", gaps.1))
            let rows = said { (l: EcomapCore.Language) -> [[String]] in CompareReport.rows(comparison, language: l) }
            let first = rows[0].1
            let header = first[0].indices.map { column in rows.map { $0.1[0][column] }.filter { !$0.isEmpty }.joined(separator: " / ") }
            let body = first.indices.dropFirst().map { r in [rows.map { $0.1[r][0] }.joined(separator: " / "), first[r][1], first[r][2]] }
            out += table(header, body, numeric: [1, 2]) + "\n"
            out += image(said { $0[.bothMaps] }.map(\.1).joined(separator: " / "), "\(local)-both.svg")
            out += heading(3, { $0[.mostImportant] })
            for (i, finding) in leadingFindings.enumerated() {
                let count = comparison.findings(finding.kind).count
                out += "\(i + 1). **\(md(said { finding.kind.counted(count, in: $0) }.map(\.1).joined(separator: " / ")))**  \n"
                for (n, part) in said({ (l: EcomapCore.Language) -> String in
                    finding.summary(in: l) + (count > 1 ? " (" + l[.andMoreOfKind, count - 1] + ")" : "") + ". \(l[.whatToDo]): \(finding.action(in: l))"
                }).enumerated() {
                    out += "   " + (n == 0 ? md(part.1) : "_\(md(part.1))_") + "  \n"
                }
                out += "\n"
            }
            out += paragraphs { $0[.seeAll, comparison.gapCounts.map(\.count).reduce(0, +)] }
            out += heading(2, { $0[.findingsInFull] })
            out += CompareReport.findingsMarkdown(comparison, languages: languages)
            out += heading(2, { $0[.theMapsAndNumbers] })
            out += heading(3, { $0[.theMap] }) + image(drawings.map.0.summary, "\(local)-map.svg")
            out += heading(3, { $0[.bestMap] }) + image(best.0.summary, "\(local)-best.svg")
            out += heading(3, { $0[.gaps] }) + image(text[.gapsAlt], "\(local)-gaps.svg")
        } else {
            out += image(drawings.map.0.summary, "\(local)-map.svg")
            out += heading(2, { $0[.theMapsAndNumbers] })
        }
        // A summarised map: the inside of its largest groups.
        for inside in drawings.groups {
            files.append(("\(base)-inside-\(inside.rank).svg", inside.drawing.1))
            out += heading(3, { $0[.insideGroup, inside.name.name(in: $0)] })
                + image(inside.drawing.0.summary, "\(local)-inside-\(inside.rank).svg")
        }
        if drawings.groupsNotDrawn > 0 { out += paragraphs { "_\($0[.moreGroupsToOpen, drawings.groupsNotDrawn])_" } }
        out += heading(3, { $0[.whoIsInIt] }) + table(headers { [$0[.kind], $0[.number], $0[.links]] }, kindRows, numeric: [1, 2])
        out += "\n" + heading(3, { $0[.networkNumbers] }) + table(["", ""], mapNumbers(stats).map { [$0.0, $0.1] }, numeric: [])

        out += "\n" + heading(2, { $0[.forAnalysts] })
        out += table(headers { [$0[.node], $0[.kind], $0[.neighbours], $0[.twoWayNeighbours], $0[.betweenness], $0[.closeness], $0[.brokerColumn]] },
                     stats.byBetweenness.map { node in
                         [name(node), text.kind(node.kind), "\(node.degree)", "\(node.twoWay)",
                          Figures.fixed(node.betweenness, 3), Figures.fixed(node.closeness, 3), node.broker ? text[.yes] : ""]
                     }, numeric: [2, 3, 4, 5])
        out += "\n" + paragraphs { "_\($0[.metricsNote])_" }
        if !opening { out += directoryMarkdown(level: 3) }
        if !namesWithoutWelsh.isEmpty {
            out += "\n" + heading(2, { $0[.notes] }) + paragraphs { $0[.noWelshNames, namesWithoutWelsh.joined(separator: ", ")] }
        }
        out += "\n---\n\n\(md(text[.madeWith])) \(version)\n"
        files.append(("\(base).md", Array(out.utf8)))
        return files
    }

    /// The directory of communities and organisations, what is missing marked.
    private func directoryMarkdown(level: Int) -> String {
        heading(level, { $0[.directory] }) + paragraphs { $0[.directoryNote] }
            + table(headers { l in Report.directoryHeads.map { l[$0] } },
                    directory.map { entry in [entry.name, entry.kind] + entry.fields.map { $0.value ?? "_\(text[.notRecorded])_" } },
                    numeric: [], escapedAlready: true)
    }

    /// A heading in each language: "Canfyddiadau · Findings".
    private func heading(_ level: Int, _ words: (EcomapCore.Language) -> String) -> String {
        String(repeating: "#", count: level) + " " + said(words).map { MarkdownText.escape($0.1) }.joined(separator: " · ") + "\n\n"
    }

    /// A paragraph in each language, the second in italics.
    private func paragraphs(_ words: (EcomapCore.Language) -> String) -> String {
        said(words).enumerated().map { i, part in
            let text = part.1.hasPrefix("_") ? part.1 : MarkdownText.escape(part.1)
            return (i == 0 || part.1.hasPrefix("_") ? text : "_\(text)_") + "\n\n"
        }.joined()
    }

    /// Column headings, in each language ("Nod / Node").
    private func headers(_ words: (EcomapCore.Language) -> [String]) -> [String] {
        let all = said(words)
        return all[0].1.indices.map { column in all.map { $0.1[column] }.joined(separator: " / ") }
    }

    /// An image link whose destination is a file name: in angle brackets, so
    /// a name with spaces or brackets stays one link (CommonMark).
    private func image(_ alt: String, _ file: String) -> String {
        "![\(MarkdownText.escape(alt))](\(MarkdownText.destination(file)))\n\n"
    }

    /// A Markdown table; cells are escaped so labels stay text.
    private func table(_ header: [String], _ rows: [[String]], numeric: Set<Int>, escapedAlready: Bool = false) -> String {
        let md = MarkdownText.escape
        var out = "| " + header.map(md).joined(separator: " | ") + " |\n"
        out += "| " + header.indices.map { numeric.contains($0) ? "---:" : "---" }.joined(separator: " | ") + " |\n"
        for row in rows {
            out += "| " + row.map { cell in
                // Cells already marked up (a missing field in italics) keep their marks; the rest is escaped.
                escapedAlready && cell.hasPrefix("_") && cell.hasSuffix("_") ? "_\(md(String(cell.dropFirst().dropLast())))_" : md(cell)
            }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
