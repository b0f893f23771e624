import EcomapCore
import EcomapRender
import EcomapInterchange

extension Report {
    /// One self-contained HTML page: SVG, style and script inline, nothing from the network.
    public func html() throws(Diagnostic) -> String {
        let drawings = try diagrams()
        // A directory of communities opens on what its sponsor asks: the audit, then the directory.
        let opening = leadsWithAudit
        let audit = opening ? Audit(map) : nil
        let body = ReportBody(
            header: header(), audit: audit.map(auditSection), directoryFirst: opening ? directorySection(level: 2) : nil,
            summary: summary(drawings), findings: comparison.map(findingsSection),
            maps: mapsSection(drawings), analysts: analystsSection(directory: !opening), notes: notesSection(),
            footer: "\(text[.madeWith]) \(version) · \(map.name)")
        return Templates.render("report", ReportPage(page: PageHead(title: title, language: text), report: body))
    }

    // MARK: Sections

    private func header() -> Header {
        var meta: [(Language) -> String] = []
        // The source and the description in each language: the Welsh partner (source-cy, description-cy) in Welsh.
        let attributes = self.attributes
        if attributes.text(AttributeName.source) != nil {
            meta.append { "\($0[.source]): \(attributes.text(AttributeName.source, in: $0) ?? "")" }
        }
        if let date = attributes.text(AttributeName.date) { meta.append { "\($0[.date]): \(date)" } }
        return Header(title: title,
                      meta: meta.isEmpty ? [] : paragraphs({ language in meta.map { $0(language) }.joined(separator: " · ") }, class: "meta"),
                      description: attributes.text(AttributeName.description) == nil ? []
                          : paragraphs { attributes.text(AttributeName.description, in: $0) ?? "" })
    }

    /// The one page a director reads: the headline, the numbers, the picture, what matters most.
    private func summary(_ drawings: Drawings) -> Summary {
        var summary = Summary(heading: words { $0[.inBrief] }, headline: paragraphs({ headline(in: $0) }, class: "headline"))
        guard let comparison else {
            summary.figure = HTMLPage.figureValues(drawings.map.0, svg: drawings.map.1, map: map.map, language: text,
                                                   caption: drawings.map.0.summary, alsoIn: secondLanguage)
            return summary
        }
        let leading = leadingFindings.map { finding in
            let count = comparison.findings(finding.kind).count
            return Leading(
                title: words { finding.kind.counted(count, in: $0) },
                summary: paragraphs { finding.summary(in: $0) + (count > 1 ? " (" + $0[.andMoreOfKind, count - 1] + ")" : "") },
                action: paragraphs({ "\($0[.whatToDo]): \(finding.action(in: $0))" }, class: "action"))
        }
        // The numbers and the picture side by side on paper: the summary fits one page.
        summary.glance = Glance(
            numbers: numbersTable(comparison),
            overview: drawings.sideBySide.map { Overview(svg: String(decoding: $0, as: UTF8.self), caption: words { $0[.bothMaps] }) },
            mostImportant: words { $0[.mostImportant] }, leading: leading,
            seeAll: paragraphs({ $0[.seeAll, comparison.gapCounts.map(\.count).reduce(0, +)] }, class: "note"))
        return summary
    }

    /// The two maps' numbers side by side, labelled in every language.
    func numbersTable(_ c: Comparison) -> Table {
        let rows = said { (language: Language) -> [[String]] in CompareReport.rows(c, language: language) }
        let first = rows[0].1
        let head = (0..<3).map { column in
            Cell(Said(rows.map { ($0.0, $0.1[0][column]) }, marked: false), classes: column > 0 ? "number" : nil)
        }
        let body = (1..<first.count).map { r in
            Row(cells: [Cell(Said(rows.map { ($0.0, $0.1[r][0]) }, marked: false)),
                        Cell(first[r][1], classes: "number"), Cell(first[r][2], classes: "number")])
        }
        return Table(classes: "numbers", head: Row(cells: head), rows: body)
    }

    /// Every finding, by kind, with why it matters and what to do.
    func findingsSection(_ c: Comparison) -> FindingsSection {
        // The patterns the findings come to, in every language (as many in each).
        let patterns = c.patternSummaries().indices.flatMap { i in paragraphs({ c.patternSummaries(in: $0)[i] }, class: "pattern") }
        let groups = Dictionary(grouping: c.findings, by: \.kind)
        let kinds = Finding.Kind.allCases.compactMap { kind -> FindingGroup? in
            guard let group = groups[kind] else { return nil }
            return FindingGroup(
                heading: words { CompareReport.heading(kind, group.count, language: $0) },
                why: paragraphs({ kind.why(in: $0) }, class: "why"),
                items: group.map { finding in
                    FindingItem(summary: paragraphs { finding.summary(in: $0) },
                                action: kind.isGap ? paragraphs({ "\($0[.whatToDo]): \(finding.action(in: $0))" }, class: "action") : [])
                })
        }
        return FindingsSection(heading: words { $0[.findingsInFull] },
                               matching: paragraphs({ CompareReport.matchingSentence(c, language: $0) }, class: "note"),
                               patterns: patterns, groups: kinds)
    }

    /// The drawings at full size, and what is in the map.
    private func mapsSection(_ drawings: Drawings) -> MapsSection {
        var shown: [Drawing] = []
        if let comparison, let best = drawings.best, let gaps = drawings.gaps {
            shown = [drawing(drawings.map, map.map) { $0[.theMap] }, drawing(best, comparison.bestMap.map) { $0[.bestMap] },
                     drawing(gaps, map.map) { $0[.gaps] }]
        }
        // A summarised map: the inside of its largest groups, each on a page of its own.
        for inside in drawings.groups {
            shown.append(drawing(inside.drawing, map.map) { $0[.insideGroup, inside.name.name(in: $0)] })
        }
        if let last = shown.indices.last, drawings.groupsNotDrawn > 0 {
            shown[last].note = paragraphs({ $0[.moreGroupsToOpen, drawings.groupsNotDrawn] }, class: "note")
        }
        let whoHead = said { (l: Language) -> [String] in [l[.kind], l[.number], l[.links]] }
        return MapsSection(
            heading: words { $0[.theMapsAndNumbers] }, drawings: shown,
            whoIsInIt: words { $0[.whoIsInIt] }, whoTable: table(header: whoHead, rows: kindRows, numeric: [1, 2]),
            networkNumbers: words { $0[.networkNumbers] },
            numbersTable: table(header: nil, rows: mapNumbers(stats).map { [$0.0, $0.1] }, numeric: []))
    }

    /// A drawing under its heading, on a page of its own when printed.
    func drawing(_ part: (Diagram, [UInt8]), _ map: EcosystemMap, _ heading: (Language) -> String) -> Drawing {
        Drawing(heading: words(heading),
                figure: HTMLPage.figureValues(part.0, svg: part.1, map: map, language: text, caption: part.0.summary,
                                              alsoIn: secondLanguage))
    }

    /// The per-node numbers and (unless the report opened with it) the directory: for the analyst, at the end.
    private func analystsSection(directory: Bool) -> AnalystsSection {
        let nodes = stats.byBetweenness.map { node in
            NodeRow(name: name(node), kind: text.kind(node.kind), degree: "\(node.degree)", twoWay: "\(node.twoWay)",
                    betweenness: Figures.fixed(node.betweenness, 3), closeness: Figures.fixed(node.closeness, 3),
                    broker: node.broker ? text[.yes] : "")
        }
        let columns = said { (l: Language) -> [String] in
            [l[.node], l[.kind], l[.neighbours], l[.twoWayNeighbours], l[.betweenness], l[.closeness], l[.brokerColumn]]
        }
        return AnalystsSection(
            heading: words { $0[.forAnalysts] }, nodesHead: headerRow(columns, numeric: [2, 3, 4, 5]), nodes: nodes,
            metricsNote: paragraphs({ $0[.metricsNote] }, class: "note"), directory: directory ? directorySection(level: 3) : nil)
    }

    /// The directory of communities and organisations, what is missing marked.
    private func directorySection(level: Int) -> DirectorySection {
        let entries = self.directory.map { entry in
            DirectoryRow(name: entry.name, kind: entry.kind, fields: entry.fields.map { field in
                DirectoryField(text: field.value ?? text[.notRecorded], missing: field.value == nil)
            })
        }
        let header = said { (l: Language) -> [String] in Report.directoryHeads.map { l[$0] } }
        return DirectorySection(level: level, heading: words { $0[.directory] }, note: paragraphs({ $0[.directoryNote] }, class: "note"),
                                entriesHead: headerRow(header, numeric: []), entries: entries)
    }

    /// The community audit (``Audit``): the likely duplicates with their score
    /// and reasons, then what each community lacks to be found, the fields
    /// missing most first.
    private func auditSection(_ audit: Audit) -> AuditSection {
        let figures = ReportAudit(audit)
        let pairs = figures.pairs.map { pair in
            AuditPair(names: words { pairTitle(pair, in: $0) }, reasons: paragraphs({ pairReasons(pair, in: $0) }, class: "reason"))
        }
        let rows = auditRows(figures)
        let head = said { (l: Language) -> [String] in [l[.name], l[.reportMissingColumn]] }
        return AuditSection(
            heading: words { auditHeading(audit, in: $0) },
            intro: paragraphs { $0[.reportAuditIntro] },
            duplicatesHeading: words { $0[.auditDuplicates, audit.duplicates.count] },
            noDuplicates: audit.duplicates.isEmpty ? paragraphs { $0[.auditNoneFound] } : [],
            pairs: pairs.isEmpty ? nil : PairList(items: pairs),
            morePairs: figures.notShown > 0 ? paragraphs({ $0[.reportMorePairs, figures.notShown] }, class: "note") : [],
            missingHeading: words { $0[.auditMissing, audit.gaps.count, audit.audited.count] },
            missingMost: paragraphs { missingMost(figures, in: $0) },
            missing: rows.isEmpty ? nil : table(header: head, rows: rows, numeric: []))
    }

    /// What the reader should know about the report's words.
    private func notesSection() -> NotesSection? {
        let names = namesWithoutWelsh
        guard !names.isEmpty else { return nil }
        return NotesSection(heading: words { $0[.notes] }, sentences: paragraphs { $0[.noWelshNames, names.joined(separator: ", ")] })
    }

    private func headerRow(_ header: [(Language, [String])], numeric: Set<Int>) -> Row {
        Row(cells: (header.first?.1.indices ?? 0..<0).map { column in
            Cell(Said(header.map { ($0.0, $0.1[column]) }, marked: false), classes: numeric.contains(column) ? "number" : nil)
        })
    }

    private func table(header: [(Language, [String])]?, rows: [[String]], numeric: Set<Int>) -> Table {
        Table(classes: nil, head: header.map { headerRow($0, numeric: numeric) },
              rows: rows.map { row in Row(cells: row.enumerated().map { Cell($1, classes: numeric.contains($0) ? "number" : nil) }) })
    }
}
