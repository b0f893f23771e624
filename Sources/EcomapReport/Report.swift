import EcomapCore
import EcomapRender

/// `ecomap report`: a map, its numbers, its directory and (with a best-practice
/// map) its gaps, in one self-contained HTML page or a Markdown file.
///
/// It opens with what a director needs on one page (the headline, the numbers
/// before and after, the picture, the findings that matter most, each with
/// what to do), then the findings in full, then the maps and their numbers,
/// and the directory and analysts' tables last. In Welsh every sentence is
/// Welsh; bilingual, each heading and sentence is followed by its English.
public struct Report: Sendable {
    public let map: CheckedMap
    /// The comparison with a best-practice map, when the report has one.
    public let comparison: Comparison?
    /// How the drawings are made; its language is the report's first, and its
    /// timeout covers every drawing in the report together.
    public let options: RenderOptions
    /// The report's languages, first to last: one, or Welsh then English.
    public let languages: [EcomapCore.Language]
    /// The network numbers, worked out once for every table that shows them.
    let stats: NetworkStats
    /// The part of the map the drawings show (a ``MapView`` of it), if not the whole.
    public let part: CheckedMap?

    /// Maps larger than this get sampled centralities in a report: it is a picture, not an audit.
    static let exactLimit = 20_000

    /// - Parameters:
    ///   - map: the map the report is about.
    ///   - best: a best-practice map to compare it with.
    ///   - options: the drawings' look and the report's language (`options.language`).
    ///   - part: a ``MapView`` of `map`: the drawings of the map and of its
    ///     gaps show that part and say what they leave out; the tables and
    ///     findings are the whole map's.
    ///   - second: a second language, for a bilingual report: each heading and
    ///     sentence in `options.language`, then in this one.
    public init(_ map: CheckedMap, comparedWith best: CheckedMap? = nil, options: RenderOptions = RenderOptions(),
                showing part: CheckedMap? = nil, alsoIn second: EcomapCore.Language? = nil) {
        self.map = map
        self.part = part
        comparison = best.map { Comparison(current: map, best: $0) }
        var options = options
        if options.page == .a4, options.room == nil { options.room = Report.printedRoom }
        self.options = options
        languages = [options.language] + (second.map { $0 == options.language ? [] : [$0] } ?? [])
        stats = NetworkStats(map, validSample: map.nodes.count > Report.exactLimit ? 500 : nil)
    }

    /// Where a drawing goes on a printed A4 page of the report (report.css):
    /// the text block's width (210 mm less 12 mm each side, 186 mm) by the
    /// height a drawing may take beside its headings and caption (224 mm).
    /// The key goes where the drawing fills this largest: beside a tall map
    /// rather than below it, whose labels then print larger.
    static let printedRoom = Size(width: 527, height: 635)

    /// The first language: of the drawings, the node names and the tables.
    var text: EcomapCore.Language { options.language }
    var title: String { map.title(in: options.language) }
    var isBilingual: Bool { languages.count > 1 }
    /// The second language of a bilingual report, for the words of each figure's controls.
    var secondLanguage: EcomapCore.Language? { languages.dropFirst().first }

    /// Something said in each of the report's languages, first to last.
    func said<Words>(_ words: (EcomapCore.Language) -> Words) -> [(EcomapCore.Language, Words)] { languages.map { ($0, words($0)) } }

    /// The drawings a report holds, as SVG for a page, each with its own ids.
    struct Drawings {
        var map: (Diagram, [UInt8])
        /// With a comparison: both maps side by side, the best-practice map,
        /// and the current map with its gaps.
        var sideBySide: [UInt8]?
        var best: (Diagram, [UInt8])?
        var gaps: (Diagram, [UInt8])?
        /// When the map is drawn as a summary: the inside of its largest
        /// groups, each drawn alone at full size (``Report/groupsDrawn``).
        var groups: [Inside] = []
        /// How many more groups the summary could open than are drawn.
        var groupsNotDrawn = 0
    }

    /// One group of a summarised map, drawn alone: its name, its place
    /// among the groups drawn (1 for the largest), which names its element
    /// ids and its file (ids may differ only in case, or one be another's
    /// prefix), and the drawing.
    struct Inside {
        var name: Node
        var rank: Int
        var drawing: (Diagram, [UInt8])
    }

    /// The most groups of a summarised map a report draws one by one, the
    /// largest first: a department's agencies are a few dozen, and a director
    /// reads the largest; `ecomap render --focus ID` draws any other. A large
    /// group's inside is a summary of its own, 1.5 to 3.5 s to draw at 1,000
    /// groups: three, drawn two at a time, keep the report of such a map under 10 s.
    static let groupsDrawn = 3

    func diagrams() throws(Diagnostic) -> Drawings {
        let deadline = Deadline(seconds: options.timeout)
        func located<T>(_ work: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
            try Diagnostic.naming(map.name, in: work)
        }
        func draw(_ diagram: Diagram) throws(Diagnostic) -> (Diagram, [UInt8]) {
            try located { () throws(Diagnostic) in (diagram, try Renderer.pageSVG(diagram, deadline: deadline)) }
        }
        try located { () throws(Diagnostic) in try Renderer.checkCentre(map, options) }
        let drawing = try draw(Renderer.diagram(part ?? map, options: options))
        var groups: [Inside] = []
        var notDrawn = 0
        if part == nil, let overview = Renderer.overview(of: map, options: options) {
            // A box the summary opened is drawn as its parts; its own inside would repeat most of the map.
            let opened: Set<Int> = Set(overview.groups.compactMap(\.parent))
            var openable: [MapOverview.Group] = []
            for (i, group) in overview.groups.enumerated() where !opened.contains(i) && group.isGroup && group.focus != nil {
                openable.append(group)
            }
            openable.sort { a, b in a.members.count != b.members.count ? a.members.count > b.members.count : a.id < b.id }
            let whole = map, look = options
            let chosen = openable.prefix(Report.groupsDrawn).compactMap { group in group.focus.flatMap { whole[$0] } }
            // Drawn two at a time: half of each drawing is ecomap's own layout work, which
            // runs beside the other's Graphviz calls (those take one lock in turn).
            let drawn = Parallel.map(chosen.count) { k -> Result<(Diagram, [UInt8]), Diagnostic> in
                Result { () throws(Diagnostic) in
                    try Diagnostic.naming(whole.name) { () throws(Diagnostic) in
                        let inside = try MapView(focus: [chosen[k].id]).apply(to: whole)
                        var groupOptions = look
                        groupOptions.prefix = "\(whole.identifier)-inside-\(k + 1)"
                        groupOptions.places = nil
                        let diagram = Renderer.diagram(inside, options: groupOptions)
                        return (diagram, try Renderer.pageSVG(diagram, deadline: deadline))
                    }
                }
            }
            for (k, result) in drawn.enumerated() { groups.append(Inside(name: chosen[k], rank: k + 1, drawing: try result.get())) }
            notDrawn = openable.count - groups.count
        }
        guard let comparison else { return Drawings(map: drawing, groups: groups, groupsNotDrawn: notDrawn) }
        let best = comparison.bestMap
        var bothOptions = options
        bothOptions.prefix = "\(map.identifier)-both"
        bothOptions.forWebPage = true
        bothOptions.timeout = max(0.001, deadline.remaining)
        let both = try located { () throws(Diagnostic) in try Renderer.renderSideBySide(comparison, options: bothOptions) }
        return Drawings(map: drawing, sideBySide: both, best: try draw(Renderer.diagram(best, options: bestOptions)),
                        gaps: try draw(Renderer.gapDiagram(comparison, options: gapOptions, showing: part)),
                        groups: groups, groupsNotDrawn: notDrawn)
    }

    /// How the best-practice map is drawn beside the map: its own ids, and
    /// laid out afresh (never from the map's places: its drawing is its own).
    var bestOptions: RenderOptions {
        var out = options
        let best = comparison?.bestMap.identifier ?? ""
        // Two maps with the same id would share element ids on the page.
        out.prefix = best == map.identifier ? "\(best)-best" : best
        out.places = nil
        return out
    }

    /// How the map is drawn with its gaps marked: its own ids.
    var gapOptions: RenderOptions {
        var out = options
        out.prefix = "\(map.identifier)-gaps"
        return out
    }

    /// The findings a director reads first: the first of each kind that
    /// matters most, up to five, in this order.
    var leadingFindings: [Finding] {
        guard let comparison else { return [] }
        let order: [Finding.Kind] = [.missingTwoWay, .missingPlatform, .isolatedParticipants, .moveToPlatform, .distance,
                                     .strengthen, .oneWayNode, .missingLink, .missingNode]
        return Array(order.compactMap { kind in comparison.findings.first { $0.kind == kind } }.prefix(5))
    }

    /// The report's first sentence: the headline figure, before and after.
    func headline(in language: EcomapCore.Language) -> String {
        guard let comparison else { return map.summary.sentence(in: language) }
        return language[.headlineCompared, Figures.percent(comparison.current.numbers.twoWayShare),
                        Figures.percent(comparison.best.numbers.twoWayShare),
                        comparison.gapCounts.map(\.count).reduce(0, +)]
    }

    /// Nodes the report names by their English label in Welsh, having no Welsh one.
    var namesWithoutWelsh: [String] {
        guard languages.contains(.cy) else { return [] }
        let maps = [map] + (comparison.map { [$0.bestMap] } ?? [])
        var seen = Set<String>()
        return maps.flatMap(\.nodes).filter { $0.welshLabel == nil }.map(\.label).filter { seen.insert($0).inserted }
    }

    // MARK: Sections shared by both formats

    /// Nodes per kind and links, for the "who is in the map" table.
    var kindRows: [[String]] {
        let counts = map.summary.nodesByKind
        let linkCounts = stats.nodes.reduce(into: [NodeKind: Int]()) { $0[$1.kind, default: 0] += $1.degree }
        return NodeKind.allCases.compactMap { kind in
            guard let n = counts[kind], n > 0 else { return nil }
            return [options.language.kind(kind), "\(n)", "\(linkCounts[kind] ?? 0)"]
        }
    }

    /// A node as the report names it: its Welsh label under `--lang cy`.
    func name(_ node: NetworkStats.NodeMetrics) -> String {
        map[node.id]?.label(in: options.language) ?? node.label
    }

    /// The map's attributes (`source`, `date`, `description`, ...).
    var attributes: Attributes { map.map.attributes }

    /// Map-level numbers, labelled. A number that doesn't apply (no one-way
    /// links to share, no people to reach a platform, no one in the middle)
    /// is left out rather than written as "none" where a number belongs.
    func mapNumbers(_ stats: NetworkStats) -> [(String, String)] {
        let people = stats.nodesByKind[.person] ?? 0
        // Named as the rest of the report names them: the Welsh label under --lang cy.
        let central = stats.mostCentral.filter { $0.betweenness > 0 }.map(name)
        let brokers = stats.byBetweenness.filter(\.broker).map(name)
        let rows: [(String, String?)] = [
            (text[.twoWayShare], stats.summary.directedLinks == 0 ? nil : Figures.percent(stats.summary.twoWayShare)),
            (text[.density], Figures.fixed(stats.density, 3)),
            (text[.reciprocity], stats.summary.directedLinks == 0 ? nil : Figures.percent(stats.reciprocity)),
            (text[.components], "\(stats.weakComponents)"),
            (text[.platformReach], people == 0 ? nil : Figures.percent(stats.platformReach)),
            (text[.peopleLinks], people == 0 ? nil : Figures.fixed(stats.peopleLinksPerPerson, 2)),
            (text[.mostCentral], central.isEmpty ? nil : central.joined(separator: ", ")),
            (text[.brokers], brokers.isEmpty ? nil : brokers.joined(separator: ", ")),
        ]
        return rows.compactMap { label, value in value.map { (label, $0) } }
    }

    /// The most likely duplicates the report lists, the likeliest first: a
    /// sponsor acts on these; `ecomap audit` lists every pair.
    static let pairsShown = 30

    /// Whether the report opens on the community audit and the directory,
    /// before the drawings: the map says it is a directory (`directory: yes`,
    /// as an import of a list of groups writes), or it has ten or more
    /// communities, most of them with what the audit asks (a sponsor,
    /// funding, leads or contacts). A directory with no community has nothing to audit.
    var leadsWithAudit: Bool {
        let communities = map.nodes.filter { $0.kind == .community }
        if map.map.isDirectory { return !communities.isEmpty }
        let asked = [AttributeName.sponsor, AttributeName.funded, AttributeName.funding, AttributeName.leads, AttributeName.contacts]
        let audited = communities.filter { node in asked.contains { node.attributes.text($0) != nil } }.count
        return communities.count >= 10 && audited * 2 > communities.count
    }

    /// The community audit (seed 004): each organisation and community, with what is known and what is missing.
    struct DirectoryEntry {
        var name: String
        var kind: String
        var fields: [(label: String, value: String?)]
        var missing: Int { fields.filter { $0.value == nil }.count }
    }

    /// The directory's columns after the name and kind, in order: each
    /// entry's fields, and with ``directoryHeads`` the heads of its tables.
    static let directoryFields: [Phrase] = [.description, .sponsor, .funded, .leads, .contacts]
    /// The heads of a directory table, in HTML and in Markdown alike.
    static let directoryHeads: [Phrase] = [.name, .kind] + directoryFields

    var directory: [DirectoryEntry] {
        map.nodes.compactMap { node -> DirectoryEntry? in
            guard node.kind == .organisation || node.kind == .community else { return nil }
            // In Welsh, the Welsh partner (description-cy, ...) where the map gives one.
            func known(_ key: String) -> String? { Report.answered(node, key, in: options.language) }
            var funded = known(AttributeName.funded).map(options.language.funded)
            if let how = known(AttributeName.funding) { funded = (funded.map { "\($0): " } ?? "") + how }
            let values = [known(AttributeName.description), known(AttributeName.sponsor), funded, known(AttributeName.leads),
                          known(AttributeName.contacts)]
            return DirectoryEntry(name: node.label(in: options.language), kind: options.language.kind(node.kind),
                                  fields: zip(Report.directoryFields, values).map { (text[$0], $1) })
        }
    }
}

import Foundation
