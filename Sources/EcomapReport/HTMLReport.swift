import Plot
import EcomapCore
import EcomapRender

extension Report {
    /// One self-contained HTML page: SVG, style and script inline, nothing from the network.
    public func html() throws(Diagnostic) -> String {
        let drawings = try diagrams()
        var body = header() + summarySection(drawings)
        if let comparison { body += findingsSection(comparison) }
        body += mapsSection(drawings) + analystsSection() + notesSection()
        body += "<footer>" + HTMLText.escape("\(text[.madeWith]) \(version) · \(map.name)") + "</footer>"
        return HTMLPage.render(title: title, language: text, body: [.raw(body)])
    }

    // MARK: Words in the report's languages

    /// A heading: in a bilingual report, the second language on its own line under the first.
    private func heading(_ tag: String, _ words: (EcomapCore.Language) -> String, id: String? = nil) -> String {
        "<\(tag)\(id.map { " id=\"\($0)\"" } ?? "")>" + inline(words) + "</\(tag)>"
    }

    /// Text inside an element, first language then the second (marked, for the eye and for screen readers).
    private func inline(_ words: (EcomapCore.Language) -> String) -> String {
        said(words).enumerated().map { i, part in
            i == 0 ? HTMLText.escape(part.1) : "<span class=\"second\" lang=\"\(part.0.rawValue)\">\(HTMLText.escape(part.1))</span>"
        }.joined()
    }

    /// A paragraph per language.
    private func paragraphs(_ words: (EcomapCore.Language) -> String, class name: String? = nil) -> String {
        said(words).enumerated().map { i, part in
            let classes = ([name] + [i == 0 ? nil : "second"]).compactMap { $0 }.joined(separator: " ")
            let lang = i == 0 ? "" : " lang=\"\(part.0.rawValue)\""
            return "<p\(classes.isEmpty ? "" : " class=\"\(classes)\"")\(lang)>\(HTMLText.escape(part.1))</p>"
        }.joined()
    }

    // MARK: Sections

    private func header() -> String {
        var meta: [(EcomapCore.Language) -> String] = []
        // The source and the description in each language: the Welsh partner (source-cy, description-cy) in Welsh.
        let attributes = self.attributes
        if attributes.text(AttributeName.source) != nil {
            meta.append { "\($0[.source]): \(attributes.text(AttributeName.source, in: $0) ?? "")" }
        }
        if let date = attributes.text(AttributeName.date) { meta.append { "\($0[.date]): \(date)" } }
        var out = "<header><h1>" + HTMLText.escape(title) + "</h1>"
        if !meta.isEmpty { out += paragraphs({ language in meta.map { $0(language) }.joined(separator: " · ") }, class: "meta") }
        if attributes.text(AttributeName.description) != nil {
            out += paragraphs { attributes.text(AttributeName.description, in: $0) ?? "" }
        }
        return out + "</header>"
    }

    /// The one page a director reads: the headline, the numbers, the picture, what matters most.
    private func summarySection(_ drawings: Drawings) -> String {
        var out = "<section class=\"summary\">" + heading("h2", { $0[.inBrief] })
        out += paragraphs({ headline(in: $0) }, class: "headline")
        if let comparison {
            // The numbers and the picture side by side on paper: the summary fits one page.
            out += "<div class=\"glance\">" + numbersTable(comparison)
            if let both = drawings.sideBySide {
                out += "<figure class=\"ecomap overview\">" + String(decoding: both, as: UTF8.self)
                    + "<figcaption>" + inline { $0[.bothMaps] } + "</figcaption></figure>"
            }
            out += "</div>"
            out += heading("h3", { $0[.mostImportant] })
            out += "<ol class=\"leading\">"
            for finding in leadingFindings {
                let count = comparison.findings(finding.kind).count
                out += "<li><strong>" + inline { finding.kind.counted(count, in: $0) } + "</strong>"
                out += paragraphs { finding.summary(in: $0) + (count > 1 ? " (" + $0[.andMoreOfKind, count - 1] + ")" : "") }
                out += paragraphs({ "\($0[.whatToDo]): \(finding.action(in: $0))" }, class: "action")
                out += "</li>"
            }
            out += "</ol>"
            out += paragraphs({ $0[.seeAll, comparison.gapCounts.map(\.count).reduce(0, +)] }, class: "note")
        } else {
            out += HTMLPage.figure(drawings.map.0, svg: drawings.map.1, map: map.map, language: text, caption: drawings.map.0.summary)
        }
        return out + "</section>"
    }

    /// The two maps' numbers side by side, labelled in every language.
    private func numbersTable(_ c: Comparison) -> String {
        let rows: [(EcomapCore.Language, [[String]])] = said { (language: EcomapCore.Language) -> [[String]] in CompareReport.rows(c, language: language) }
        let first = rows[0].1
        var out = "<div class=\"table\"><table class=\"numbers\"><thead><tr>"
        for column in 0..<3 {
            out += "<th\(column > 0 ? " class=\"number\"" : "")>" + rows.enumerated().map { i, part in
                i == 0 ? HTMLText.escape(part.1[0][column]) : "<span class=\"second\">\(HTMLText.escape(part.1[0][column]))</span>"
            }.joined() + "</th>"
        }
        out += "</tr></thead><tbody>"
        for r in 1..<first.count {
            out += "<tr><td>" + rows.enumerated().map { i, part in
                i == 0 ? HTMLText.escape(part.1[r][0]) : "<span class=\"second\">\(HTMLText.escape(part.1[r][0]))</span>"
            }.joined() + "</td><td class=\"number\">\(HTMLText.escape(first[r][1]))</td><td class=\"number\">\(HTMLText.escape(first[r][2]))</td></tr>"
        }
        return out + "</tbody></table></div>"
    }

    /// Every finding, by kind, with why it matters and what to do.
    private func findingsSection(_ c: Comparison) -> String {
        var out = "<section class=\"findings\">" + heading("h2", { $0[.findingsInFull] })
        out += paragraphs({ CompareReport.matchingSentence(c, language: $0) }, class: "note")
        // The patterns the findings come to, in every language (as many in each).
        for i in c.patternSummaries().indices {
            out += paragraphs({ c.patternSummaries(in: $0)[i] }, class: "pattern")
        }
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        for kind in Finding.Kind.allCases {
            guard let group = groups[kind] else { continue }
            out += heading("h3", { CompareReport.heading(kind, group.count, language: $0) })
            out += paragraphs({ kind.why(in: $0) }, class: "why")
            out += "<ul class=\"findings\">"
            for finding in group {
                out += "<li>" + paragraphs { finding.summary(in: $0) }
                if kind.isGap { out += paragraphs({ "\($0[.whatToDo]): \(finding.action(in: $0))" }, class: "action") }
                out += "</li>"
            }
            out += "</ul>"
        }
        return out + "</section>"
    }

    /// The drawings at full size, and what is in the map.
    private func mapsSection(_ drawings: Drawings) -> String {
        var out = "<section class=\"maps\">" + heading("h2", { $0[.theMapsAndNumbers] })
        if let comparison, let best = drawings.best, let gaps = drawings.gaps {
            out += drawing(drawings.map, map.map) { $0[.theMap] }
            out += drawing(best, comparison.bestMap.map) { $0[.bestMap] }
            out += drawing(gaps, map.map) { $0[.gaps] }
        }
        // Short tables are kept whole with their headings in print: split,
        // a table's last rows or its heading would stand alone on a page.
        out += "<div class=\"keep\">" + heading("h3", { $0[.whoIsInIt] })
            + table(header: said { (l: EcomapCore.Language) -> [String] in [l[.kind], l[.number], l[.links]] }, rows: kindRows, numeric: [1, 2])
            + "</div>"
        out += "<div class=\"keep\">" + heading("h3", { $0[.networkNumbers] })
            + table(header: nil, rows: mapNumbers(stats).map { [$0.0, $0.1] }, numeric: []) + "</div>"
        return out + "</section>"
    }

    /// A drawing under its heading, on a page of its own when printed.
    private func drawing(_ part: (Diagram, [UInt8]), _ map: EcosystemMap, _ words: (EcomapCore.Language) -> String) -> String {
        "<div class=\"drawing\">" + heading("h3", words)
            + HTMLPage.figure(part.0, svg: part.1, map: map, language: text, caption: part.0.summary) + "</div>"
    }

    /// The comparison as the live preview (`ecomap serve`) shows it, made as
    /// the report makes it: the numbers side by side, the best-practice map
    /// and the gaps drawn, then every finding.
    func comparisonPiece(_ c: Comparison, best: (Diagram, [UInt8]), gaps: (Diagram, [UInt8])) -> String {
        "<section class=\"diagram\">" + heading("h2", { $0[.compared] }) + numbersTable(c)
            + drawing(best, c.bestMap.map) { $0[.bestMap] } + drawing(gaps, map.map) { $0[.gaps] } + "</section>"
            + findingsSection(c)
    }

    /// The per-node numbers and the directory: for the analyst, at the end.
    private func analystsSection() -> String {
        var out = "<section class=\"analysts\">" + heading("h2", { $0[.forAnalysts] })
        let rows = stats.byBetweenness.map { node in
            [name(node), text.kind(node.kind), "\(node.degree)", "\(node.twoWay)",
             Figures.fixed(node.betweenness, 3), Figures.fixed(node.closeness, 3), node.broker ? text[.yes] : ""]
        }
        let columns = said { (l: EcomapCore.Language) -> [String] in
            [l[.node], l[.kind], l[.neighbours], l[.twoWayNeighbours], l[.betweenness], l[.closeness], l[.brokerColumn]]
        }
        out += table(header: columns, rows: rows, numeric: [2, 3, 4, 5], wide: true)
        out += paragraphs({ $0[.metricsNote] }, class: "note")
        out += heading("h3", { $0[.directory] })
        out += paragraphs({ $0[.directoryNote] }, class: "note")
        let entries = directory
        var body = ""
        for entry in entries {
            body += "<tr><td>\(HTMLText.escape(entry.name))</td><td>\(HTMLText.escape(entry.kind))</td>"
            for field in entry.fields {
                body += field.value.map { "<td>\(HTMLText.escape($0))</td>" } ?? "<td class=\"missing\">\(HTMLText.escape(text[.notRecorded]))</td>"
            }
            body += "</tr>"
        }
        let header = said { (l: EcomapCore.Language) -> [String] in
            [l[.name], l[.kind], l[.description], l[.sponsor], l[.funded], l[.leads], l[.contacts]]
        }
        out += "<div class=\"table\"><table class=\"wide directory\"><thead><tr>" + headerCells(header, numeric: []) + "</tr></thead><tbody>"
            + body + "</tbody></table></div>"
        return out + "</section>"
    }

    /// What the reader should know about the report's words.
    private func notesSection() -> String {
        let names = namesWithoutWelsh
        guard !names.isEmpty else { return "" }
        return "<section class=\"notes\">" + heading("h2", { $0[.notes] })
            + paragraphs { $0[.noWelshNames, names.joined(separator: ", ")] } + "</section>"
    }

    private func headerCells(_ header: [(EcomapCore.Language, [String])], numeric: Set<Int>) -> String {
        guard let first = header.first else { return "" }
        return first.1.indices.map { column in
            "<th\(numeric.contains(column) ? " class=\"number\"" : "")>" + header.enumerated().map { i, part in
                i == 0 ? HTMLText.escape(part.1[column]) : "<span class=\"second\">\(HTMLText.escape(part.1[column]))</span>"
            }.joined() + "</th>"
        }.joined()
    }

    /// A table whose text wraps: in print no column is cut and nothing scrolls.
    private func table(header: [(EcomapCore.Language, [String])]?, rows: [[String]], numeric: Set<Int>, wide: Bool = false) -> String {
        var out = "<div class=\"table\"><table\(wide ? " class=\"wide\"" : "")>"
        if let header { out += "<thead><tr>" + headerCells(header, numeric: numeric) + "</tr></thead>" }
        out += "<tbody>"
        for row in rows {
            out += "<tr>" + row.enumerated().map { i, cell in
                "<td\(numeric.contains(i) ? " class=\"number\"" : "")>\(HTMLText.escape(cell))</td>"
            }.joined() + "</tr>"
        }
        return out + "</tbody></table></div>"
    }
}

/// The page around reports and embedded documents.
package enum HTMLPage {
    static func render(title: String, language: EcomapCore.Language, body: [Plot.Node<HTML.BodyContext>]) -> String {
        let html = HTML(
            .lang(language == .cy ? .welsh : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("generator"), .content("ecomap \(version)")),
                .element(named: "title", nodes: [Plot.Node<HTML.HeadContext>.raw(HTMLText.escape(title))]),
                .style(PageAssets.css)
            ),
            .body(.main(.group(body)), .script(.raw(PageAssets.script)))
        )
        return html.render(indentedBy: nil) + "\n"
    }

    /// A diagram with its data, a filter by kind and a details panel (the last two appear only with the script).
    /// A `live` figure (the preview's) asks its page to focus on a node rather
    /// than hiding the rest itself; a `focused` one already shows part of its map.
    /// - Parameter second: a second language, for a bilingual page: each control's words as "Welsh / English".
    package static func figure(_ diagram: Diagram, svg: [UInt8], map: EcosystemMap, language: EcomapCore.Language, caption: String,
                               live: Bool = false, focused: Bool = false, alsoIn second: EcomapCore.Language? = nil) -> String {
        let id = "\(diagram.prefix)-figure"
        let text = DrawingWords([language] + (second.map { $0 == language ? [] : [$0] } ?? []))
        let kinds = NodeKind.allCases.filter { kind in diagram.nodes.contains { $0.kind == kind && !$0.extra } }
        var out = "<figure class=\"ecomap\" id=\"\(HTMLText.escape(id))\"\(live ? " data-live" : "")\(focused ? " data-focused" : "")>"
        out += String(decoding: svg, as: UTF8.self)
        out += "<figcaption>\(HTMLText.escape(caption))</figcaption>"
        out += "<fieldset class=\"filters\" hidden><legend>\(HTMLText.escape(text.each(" / ") { $0[.show] }))</legend>"
        for kind in kinds {
            out += "<label><input type=\"checkbox\" checked data-kind=\"\(kind.rawValue)\"> \(HTMLText.escape(text.each(" / ") { $0.kind(kind) }))</label>"
        }
        out += "</fieldset>"
        func both(_ phrase: Phrase) -> String { HTMLText.escape(text.each(" / ") { $0[phrase] }) }
        out += "<div class=\"details\" aria-live=\"polite\" data-hint=\"\(both(.details))\""
            + " data-focus=\"\(both(.focusOnNode))\" data-whole=\"\(both(.showWholeMap))\"></div>"
        out += "</figure>"
        out += Interactivity(diagram, map: map, language: language).script(for: id)
        return out
    }
}
