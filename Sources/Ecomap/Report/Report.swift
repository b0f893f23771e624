import Plot

/// `ecomap report`: a map, its numbers, its directory and (with a best-practice
/// map) its gaps, in one self-contained HTML page or a Markdown file.
public struct Report {
    public let document: MapDocument
    public let comparison: (comparison: Comparison, best: MapDocument)?
    public let options: RenderOptions
    public let timeout: Double

    public init(_ document: MapDocument, comparedWith best: MapDocument? = nil, options: RenderOptions = RenderOptions(),
                timeout: Double = GraphvizRenderer.defaultTimeout) {
        self.document = document
        self.comparison = best.map { (Comparison(current: document, best: $0), $0) }
        self.options = options
        self.timeout = timeout
    }

    var text: ReportText { ReportText(language: options.language) }
    var map: EcosystemMap { document.map }
    var title: String {
        (options.language == .cy ? map.attributes.text(AttributeName.cy) : nil) ?? map.title ?? document.identifier
    }

    /// Maps larger than this get sampled centralities in a report: it is a picture, not an audit.
    static let exactLimit = 20_000

    var stats: NetworkStats {
        NetworkStats(map, ends: document.ends, sample: map.nodes.count > Report.exactLimit ? 500 : nil)
    }

    /// The drawings a report holds, as SVG for a page, each with its own ids.
    struct Drawings {
        var map: (Diagram, [UInt8])
        /// With a comparison: the best-practice map, and the current map with its gaps.
        var best: (Diagram, [UInt8])?
        var gaps: (Diagram, [UInt8])?
    }

    func diagrams() throws(Diagnostic) -> Drawings {
        func draw(_ diagram: Diagram) throws(Diagnostic) -> (Diagram, [UInt8]) {
            (diagram, SVGFinisher.finish(try GraphvizRenderer.render(diagram, format: .svg, timeout: timeout),
                                         diagram: diagram, embed: true))
        }
        let map = try draw(document.diagram(options))
        guard let (comparison, best) = comparison else { return Drawings(map: map) }
        var bestOptions = options
        // Two maps with the same id would share element ids on the page.
        bestOptions.prefix = best.identifier == document.identifier ? "\(best.identifier)-best" : best.identifier
        var gapOptions = options
        gapOptions.prefix = "\(document.identifier)-gaps"
        return Drawings(map: map, best: try draw(best.diagram(bestOptions)),
                        gaps: try draw(GapDiagram.diagram(comparison, current: document, best: best, options: gapOptions)))
    }

    // MARK: Sections shared by both formats

    /// Nodes per kind and links, for the "who is in the map" table.
    var kindRows: [[String]] {
        let counts = map.countsByKind
        let linkCounts = stats.nodes.reduce(into: [NodeKind: Int]()) { $0[$1.kind, default: 0] += $1.degree }
        return NodeKind.allCases.compactMap { kind in
            guard let n = counts[kind], n > 0 else { return nil }
            return [options.language.kind(kind), "\(n)", "\(linkCounts[kind] ?? 0)"]
        }
    }

    /// A node as the report names it: its Welsh label under `--lang cy`.
    func name(_ node: NetworkStats.NodeMetrics) -> String {
        map[node.id]?.label(in: options.language.rawValue) ?? node.label
    }

    /// Map-level numbers, labelled.
    func mapNumbers(_ stats: NetworkStats) -> [(String, String)] {
        let people = stats.nodesByKind[.person] ?? 0
        // Named as the rest of the report names them: the Welsh label under --lang cy.
        let central = stats.mostCentral.filter { $0.betweenness > 0 }.map(name)
        let brokers = stats.byBetweenness.filter(\.broker).map(name)
        return [
            (text.density, StatsReport.fixed(stats.density, 3)),
            (text.reciprocity, StatsReport.percent(stats.reciprocity)),
            (text.components, "\(stats.weakComponents)"),
            (text.platformReach, people == 0 ? text.none : StatsReport.percent(stats.platformReach)),
            (text.peopleLinks, people == 0 ? text.none : StatsReport.fixed(stats.peopleLinksPerPerson, 2)),
            (text.mostCentral, central.isEmpty ? text.none : central.joined(separator: ", ")),
            (text.brokers, brokers.isEmpty ? text.none : brokers.joined(separator: ", ")),
        ]
    }

    /// The community audit (seed 004): each organisation and community, with what is known and what is missing.
    struct DirectoryEntry {
        var name: String
        var kind: String
        var fields: [(label: String, value: String?)]
        var missing: Int { fields.filter { $0.value == nil }.count }
    }

    var directory: [DirectoryEntry] {
        map.nodes.enumerated().compactMap { position, node in
            guard map.nodeIndex[node.id] == position, node.kind == .organisation || node.kind == .community else { return nil }
            func known(_ key: String) -> String? {
                guard let value = node.attributes.text(key)?.trimmingCharacters(in: .whitespaces), !value.isEmpty,
                      value.lowercased() != "unknown" else { return nil }
                return value
            }
            var funded = known(AttributeName.funded).map(text.fundedValue)
            if let how = known(AttributeName.funding) { funded = (funded.map { "\($0): " } ?? "") + how }
            return DirectoryEntry(name: node.label(in: options.language.rawValue), kind: options.language.kind(node.kind), fields: [
                (text.description, known(AttributeName.description)),
                (text.sponsor, known(AttributeName.sponsor)),
                (text.funded, funded),
                (text.leads, known(AttributeName.leads)),
                (text.contacts, known(AttributeName.contacts)),
            ])
        }
    }
}

import Foundation
