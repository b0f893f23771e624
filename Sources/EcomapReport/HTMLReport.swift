import Plot
import EcomapCore
import EcomapRender

extension Report {
    /// One self-contained HTML page: SVG, style and script inline, nothing from the network.
    public func html() throws(Diagnostic) -> String {
        let drawings = try diagrams()
        let stats = self.stats
        var body: [Plot.Node<HTML.BodyContext>] = [header(), mapSection(drawings.map), kindsSection(), numbersSection(stats), directorySection()]
        if let best = drawings.best, let gaps = drawings.gaps, let comparison {
            body.append(compareSection(comparison, best: best, gaps: gaps))
        }
        body.append(.footer(.raw(HTMLText.escape("\(text[.madeWith]) \(version) · \(map.name)"))))
        return HTMLPage.render(title: title, language: options.language, body: body)
    }

    private func header() -> Plot.Node<HTML.BodyContext> {
        var meta: [String] = []
        if let source = attributes.text(AttributeName.source) { meta.append("\(text[.source]): \(source)") }
        if let date = attributes.text(AttributeName.date) { meta.append("\(text[.date]): \(date)") }
        return .header(
            .h1(.raw(HTMLText.escape(title))),
            .if(!meta.isEmpty, .p(.class("meta"), .raw(HTMLText.escape(meta.joined(separator: " · "))))),
            .unwrap(attributes.text(AttributeName.description)) { .p(.raw(HTMLText.escape($0))) }
        )
    }

    private func mapSection(_ part: (Diagram, [UInt8])) -> Plot.Node<HTML.BodyContext> {
        .section(.class("diagram"), .h2(.raw(HTMLText.escape(text[.theMap]))),
                 .raw(HTMLPage.figure(part.0, svg: part.1, map: map.map, language: options.language, caption: part.0.summary)))
    }

    private func kindsSection() -> Plot.Node<HTML.BodyContext> {
        .section(.h2(.raw(HTMLText.escape(text[.whoIsInIt]))),
                 HTMLPage.table(header: [text[.kind], text[.number], text[.links]], rows: kindRows, numeric: [1, 2]))
    }

    private func numbersSection(_ stats: NetworkStats) -> Plot.Node<HTML.BodyContext> {
        let rows = stats.byBetweenness.map { node in
            [name(node), options.language.kind(node.kind), "\(node.degree)", "\(node.twoWay)",
             Figures.fixed(node.betweenness, 3), Figures.fixed(node.closeness, 3), node.broker ? text[.yes] : ""]
        }
        return .section(
            .h2(.raw(HTMLText.escape(text[.networkNumbers]))),
            HTMLPage.table(header: nil, rows: mapNumbers(stats).map { [$0.0, $0.1] }, numeric: []),
            HTMLPage.table(header: [text[.node], text[.kind], text[.neighbours], text[.twoWayNeighbours], text[.betweenness], text[.closeness], text[.brokerColumn]],
                           rows: rows, numeric: [2, 3, 4, 5]),
            .p(.class("note"), .raw(HTMLText.escape(text[.metricsNote])))
        )
    }

    private func directorySection() -> Plot.Node<HTML.BodyContext> {
        let entries = directory
        let header = [text[.name], text[.kind]] + (entries.first?.fields.map(\.label) ?? [])
        let rows: [[(String, Bool)]] = entries.map { entry in
            [(entry.name, false), (entry.kind, false)] + entry.fields.map { ($0.value ?? text[.notRecorded], $0.value == nil) }
        }
        return .section(
            .h2(.raw(HTMLText.escape(text[.directory]))),
            .p(.class("note"), .raw(HTMLText.escape(text[.directoryNote]))),
            .div(.class("scroll"), .table(
                .thead(.tr(.forEach(header) { .th(.raw(HTMLText.escape($0))) })),
                .tbody(.forEach(rows) { row in
                    .tr(.forEach(row) { cell in
                        cell.1 ? .td(.class("missing"), .raw(HTMLText.escape(cell.0))) : .td(.raw(HTMLText.escape(cell.0)))
                    })
                })
            ))
        )
    }

    func compareSection(_ c: Comparison, best: (Diagram, [UInt8]), gaps part: (Diagram, [UInt8])) -> Plot.Node<HTML.BodyContext> {
        let rows = CompareReport.rows(c, language: options.language)
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        return .section(
            .class("diagram"),
            .h2(.raw(HTMLText.escape(text[.compared]))),
            .p(.raw(HTMLText.escape("\(c.current.title) · \(c.best.title)"))),
            .p(.raw(HTMLText.escape(CompareReport.matchingSentence(c, language: options.language)))),
            HTMLPage.table(header: rows[0], rows: Array(rows.dropFirst()), numeric: [1, 2]),
            // Each drawing with its heading, on a page of its own when printed.
            .div(.class("drawing"), .h3(.raw(HTMLText.escape(text[.bestMap]))),
                 .raw(HTMLPage.figure(best.0, svg: best.1, map: c.bestMap.map, language: options.language, caption: best.0.summary))),
            .div(.class("drawing"), .h3(.raw(HTMLText.escape(text[.gaps]))),
                 .raw(HTMLPage.figure(part.0, svg: part.1, map: map.map, language: options.language, caption: part.0.summary))),
            .h3(.raw(HTMLText.escape("\(text[.findings]): " + c.gapCountPhrases(in: options.language).joined(separator: ", ")))),
            .forEach(Finding.Kind.allCases.filter { groups[$0] != nil }) { kind in
                .group(
                    .h3(.raw(HTMLText.escape(CompareReport.heading(kind, groups[kind]!.count, language: options.language)))),
                    .p(.class("why"), .raw(HTMLText.escape(kind.why(in: text)))),
                    .ul(.class("findings"), .forEach(groups[kind]!) { finding in
                        .li(.raw(HTMLText.escape(finding.summary)),
                            .if(kind.isGap, .group(.br(), .strong(.raw(HTMLText.escape(text[.whatToDo] + ": "))), .raw(HTMLText.escape(finding.action)))))
                    })
                )
            }
        )
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
    package static func figure(_ diagram: Diagram, svg: [UInt8], map: EcosystemMap, language: EcomapCore.Language, caption: String,
                               live: Bool = false, focused: Bool = false) -> String {
        let id = "\(diagram.prefix)-figure"
        let text = language
        let kinds = NodeKind.allCases.filter { kind in diagram.nodes.contains { $0.attributes[.class] == kind.rawValue } }
        var out = "<figure class=\"ecomap\" id=\"\(HTMLText.escape(id))\"\(live ? " data-live" : "")\(focused ? " data-focused" : "")>"
        out += String(decoding: svg, as: UTF8.self)
        out += "<figcaption>\(HTMLText.escape(caption))</figcaption>"
        out += "<fieldset class=\"filters\" hidden><legend>\(HTMLText.escape(text[.show]))</legend>"
        for kind in kinds {
            out += "<label><input type=\"checkbox\" checked data-kind=\"\(kind.rawValue)\"> \(HTMLText.escape(language.kind(kind)))</label>"
        }
        out += "</fieldset>"
        out += "<div class=\"details\" aria-live=\"polite\" data-hint=\"\(HTMLText.escape(text[.details]))\""
            + " data-focus=\"\(HTMLText.escape(text[.focusOnNode]))\" data-whole=\"\(HTMLText.escape(text[.showWholeMap]))\"></div>"
        out += "</figure>"
        out += Interactivity(diagram, map: map, language: language).script(for: id)
        return out
    }

    static func table(header: [String]?, rows: [[String]], numeric: Set<Int>) -> Plot.Node<HTML.BodyContext> {
        .div(.class("scroll"), .table(
            .unwrap(header) { header in
                .thead(.tr(.forEach(Array(header.enumerated())) { i, cell in
                    numeric.contains(i) ? .th(.class("number"), .raw(HTMLText.escape(cell))) : .th(.raw(HTMLText.escape(cell)))
                }))
            },
            .tbody(.forEach(rows) { row in
                .tr(.forEach(Array(row.enumerated())) { i, cell in
                    numeric.contains(i) ? .td(.class("number"), .raw(HTMLText.escape(cell))) : .td(.raw(HTMLText.escape(cell)))
                })
            })
        ))
    }
}
