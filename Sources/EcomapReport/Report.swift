import Plot
import EcomapCore
import EcomapRender

/// `ecomap report`: a map, its numbers, its directory and (with a best-practice
/// map) its gaps, in one self-contained HTML page or a Markdown file.
public struct Report: Sendable {
    public let map: CheckedMap
    /// The comparison with a best-practice map, when the report has one.
    public let comparison: Comparison?
    /// How the drawings are made; its language is the report's, and its
    /// timeout covers every drawing in the report together.
    public let options: RenderOptions
    /// The network numbers, worked out once for every table that shows them.
    let stats: NetworkStats

    /// Maps larger than this get sampled centralities in a report: it is a picture, not an audit.
    static let exactLimit = 20_000

    public init(_ map: CheckedMap, comparedWith best: CheckedMap? = nil, options: RenderOptions = RenderOptions()) {
        self.map = map
        comparison = best.map { Comparison(current: map, best: $0) }
        self.options = options
        stats = NetworkStats(map, validSample: map.nodes.count > Report.exactLimit ? 500 : nil)
    }

    var text: EcomapCore.Language { options.language }
    var title: String { map.title(in: options.language) }

    /// The drawings a report holds, as SVG for a page, each with its own ids.
    struct Drawings {
        var map: (Diagram, [UInt8])
        /// With a comparison: the best-practice map, and the current map with its gaps.
        var best: (Diagram, [UInt8])?
        var gaps: (Diagram, [UInt8])?
    }

    func diagrams() throws(Diagnostic) -> Drawings {
        let deadline = Deadline(seconds: options.timeout)
        func draw(_ diagram: Diagram) throws(Diagnostic) -> (Diagram, [UInt8]) {
            do throws(Diagnostic) {
                return (diagram, try Renderer.pageSVG(diagram, deadline: deadline))
            } catch {
                var located = error
                if located.file.isEmpty { located.file = map.name }
                throw located
            }
        }
        do throws(Diagnostic) {
            try Renderer.checkCentre(map, options)
        } catch {
            var located = error
            located.file = map.name
            throw located
        }
        let drawing = try draw(Renderer.diagram(map, options: options))
        guard let comparison else { return Drawings(map: drawing) }
        let best = comparison.bestMap
        var bestOptions = options
        // Two maps with the same id would share element ids on the page.
        bestOptions.prefix = best.identifier == map.identifier ? "\(best.identifier)-best" : best.identifier
        var gapOptions = options
        gapOptions.prefix = "\(map.identifier)-gaps"
        return Drawings(map: drawing, best: try draw(Renderer.diagram(best, options: bestOptions)),
                        gaps: try draw(Renderer.gapDiagram(comparison, options: gapOptions)))
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

    /// Map-level numbers, labelled.
    func mapNumbers(_ stats: NetworkStats) -> [(String, String)] {
        let people = stats.nodesByKind[.person] ?? 0
        // Named as the rest of the report names them: the Welsh label under --lang cy.
        let central = stats.mostCentral.filter { $0.betweenness > 0 }.map(name)
        let brokers = stats.byBetweenness.filter(\.broker).map(name)
        return [
            (text[.density], Figures.fixed(stats.density, 3)),
            (text[.reciprocity], Figures.percent(stats.reciprocity)),
            (text[.components], "\(stats.weakComponents)"),
            (text[.platformReach], people == 0 ? text[.none] : Figures.percent(stats.platformReach)),
            (text[.peopleLinks], people == 0 ? text[.none] : Figures.fixed(stats.peopleLinksPerPerson, 2)),
            (text[.mostCentral], central.isEmpty ? text[.none] : central.joined(separator: ", ")),
            (text[.brokers], brokers.isEmpty ? text[.none] : brokers.joined(separator: ", ")),
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
        map.nodes.compactMap { node -> DirectoryEntry? in
            guard node.kind == .organisation || node.kind == .community else { return nil }
            func known(_ key: String) -> String? {
                guard let value = node.attributes.text(key)?.trimmingCharacters(in: .whitespaces), !value.isEmpty,
                      value.lowercased() != "unknown" else { return nil }
                return value
            }
            var funded = known(AttributeName.funded).map(options.language.funded)
            if let how = known(AttributeName.funding) { funded = (funded.map { "\($0): " } ?? "") + how }
            return DirectoryEntry(name: node.label(in: options.language), kind: options.language.kind(node.kind), fields: [
                (text[.description], known(AttributeName.description)),
                (text[.sponsor], known(AttributeName.sponsor)),
                (text[.funded], funded),
                (text[.leads], known(AttributeName.leads)),
                (text[.contacts], known(AttributeName.contacts)),
            ])
        }
    }
}

import Foundation
