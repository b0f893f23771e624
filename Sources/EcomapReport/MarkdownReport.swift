import EcomapCore
import EcomapRender

extension Report {
    /// The report as Markdown, with its diagrams as SVG files beside it: the
    /// files to write, the Markdown last. `base` names the diagrams
    /// (`report` gives `report-map.svg`, `report-best.svg`, `report-gaps.svg`).
    public func markdown(base: String) throws(Diagnostic) -> [(name: String, bytes: [UInt8])] {
        let drawings = try diagrams()
        let mapPart = drawings.map
        let stats = self.stats
        let md = MarkdownText.escape
        // Files are written at `base`; links are relative to the report, which sits beside them.
        let local = base.lastIndex(of: "/").map { String(base[base.index(after: $0)...]) } ?? base
        var files: [(String, [UInt8])] = [("\(base)-map.svg", mapPart.1)]
        var out = "# \(md(title))\n\n"
        var meta: [String] = []
        if let source = attributes.text(AttributeName.source) { meta.append("\(text[.source]): \(source)") }
        if let date = attributes.text(AttributeName.date) { meta.append("\(text[.date]): \(date)") }
        if !meta.isEmpty { out += "_\(md(meta.joined(separator: " · ")))_\n\n" }
        if let description = attributes.text(AttributeName.description) { out += md(description) + "\n\n" }
        out += "## \(md(text[.theMap]))\n\n![\(md(mapPart.0.summary))](\(MarkdownText.destination("\(local)-map.svg")))\n\n"
        out += "## \(md(text[.whoIsInIt]))\n\n" + table([text[.kind], text[.number], text[.links]], kindRows, numeric: [1, 2])
        out += "\n## \(md(text[.networkNumbers]))\n\n" + table(["", ""], mapNumbers(stats).map { [$0.0, $0.1] }, numeric: [])
        out += "\n" + table([text[.node], text[.kind], text[.neighbours], text[.twoWayNeighbours], text[.betweenness], text[.closeness], text[.brokerColumn]],
                            stats.byBetweenness.map { node in
                                [name(node), options.language.kind(node.kind), "\(node.degree)", "\(node.twoWay)",
                                 Figures.fixed(node.betweenness, 3), Figures.fixed(node.closeness, 3), node.broker ? text[.yes] : ""]
                            }, numeric: [2, 3, 4, 5])
        out += "\n_\(md(text[.metricsNote]))_\n"
        out += "\n## \(md(text[.directory]))\n\n\(md(text[.directoryNote]))\n\n"
        let entries = directory
        out += table([text[.name], text[.kind]] + (entries.first?.fields.map(\.label) ?? []), entries.map { entry in
            [entry.name, entry.kind] + entry.fields.map { $0.value ?? "_\(text[.notRecorded])_" }
        }, numeric: [], escapedAlready: true)
        if let best = drawings.best, let gaps = drawings.gaps, let comparison {
            files.append(("\(base)-best.svg", best.1))
            files.append(("\(base)-gaps.svg", gaps.1))
            out += "\n" + CompareReport.markdown(comparison, diagram: "\(local)-gaps.svg", best: "\(local)-best.svg",
                                                  language: options.language)
        }
        out += "\n---\n\n\(md(text[.madeWith])) \(version)\n"
        files.append(("\(base).md", Array(out.utf8)))
        return files
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
