import EcomapCore
import EcomapRender

/// The parts of a report that the live preview (`ecomap serve`) puts on its
/// page and replaces as the map changes, made by the same code as the report,
/// so the two look alike.
///
/// Made in pieces so that a save redoes only what it changed: the map's
/// figure, and with a comparison the gaps and the findings; the best-practice
/// map's drawing depends on that map alone, so the preview keeps it
/// (``liveBestDrawing()``). The report's side-by-side overview is not made:
/// the page has the map's own figure.
extension Report {
    /// A drawing made for a page, with the diagram it was drawn from.
    package struct LiveDrawing: Sendable {
        package let diagram: Diagram
        package let svg: [UInt8]
    }

    /// The map's figure alone (a `live` one: focusing on a node asks the
    /// page), without working out the report's numbers (which a large map
    /// would wait seconds for), and where its nodes went: the next drawing of
    /// the map starts from there (``RenderOptions/places``), so an edit leaves
    /// the rest of the drawing in place.
    package static func liveFigure(_ map: CheckedMap, showing part: CheckedMap?,
                                   options: RenderOptions) throws(Diagnostic) -> (figure: String, places: [String: Position]) {
        let diagram = Renderer.diagram(part ?? map, options: options)
        let drawn = try Diagnostic.naming(map.name) { () throws(Diagnostic) in
            try Renderer.pageSVGAndPlaces(diagram, deadline: Deadline(seconds: options.timeout))
        }
        let figure = HTMLPage.figure(diagram, svg: drawn.svg, map: map.map, language: options.language, caption: diagram.summary,
                                     live: true, focused: part != nil)
        return (figure, drawn.places)
    }

    /// The best-practice map's drawing in the comparison section.
    package func liveBestDrawing() throws(Diagnostic) -> LiveDrawing {
        guard let comparison else { throw Diagnostic(.layoutFailed, "there is no best-practice map to draw", at: .none) }
        let diagram = Renderer.diagram(comparison.bestMap, options: bestOptions)
        return LiveDrawing(diagram: diagram, svg: try Diagnostic.naming(comparison.bestMap.name) { () throws(Diagnostic) in
            try Renderer.pageSVG(diagram, deadline: Deadline(seconds: options.timeout))
        })
    }

    /// The comparison section: the numbers side by side, `best` (from
    /// ``liveBestDrawing()``), the map with its gaps marked and the findings.
    /// The gaps are drawn from the options' places when it has them (the
    /// map's figure's), so the map's nodes sit where its own figure has them.
    package func liveComparison(best: LiveDrawing) throws(Diagnostic) -> String {
        guard let comparison else { return "" }
        let diagram = Renderer.gapDiagram(comparison, options: gapOptions, showing: part)
        let svg = try Diagnostic.naming(map.name) { () throws(Diagnostic) in try Renderer.pageSVG(diagram, deadline: Deadline(seconds: options.timeout)) }
        return comparisonPiece(comparison, best: (best.diagram, best.svg), gaps: (diagram, svg))
    }

    /// The comparison section as the report makes it: the numbers side by
    /// side, the best-practice map and the gaps drawn, then every finding.
    func comparisonPiece(_ comparison: Comparison, best: (Diagram, [UInt8]), gaps: (Diagram, [UInt8])) -> String {
        let piece = LiveComparison(heading: words { $0[.compared] }, numbers: numbersTable(comparison),
                                   drawings: [drawing(best, comparison.bestMap.map) { $0[.bestMap] }, drawing(gaps, map.map) { $0[.gaps] }],
                                   findings: findingsSection(comparison))
        return Templates.render("comparison", piece)
    }
}
