import EcomapCore
import EcomapRender

/// The parts of a report that the live preview (`ecomap serve`) puts on its
/// page and replaces as the map changes, made by the same code as the report,
/// so the two look alike.
extension Report {
    /// The map's figure (a `live` one: focusing on a node asks the page) and,
    /// with a comparison, the comparison section with both drawings and the findings.
    package func livePieces() throws(Diagnostic) -> (figure: String, comparison: String?) {
        let drawings = try diagrams()
        let figure = HTMLPage.figure(drawings.map.0, svg: drawings.map.1, map: map.map, language: options.language,
                                     caption: drawings.map.0.summary, live: true, focused: part != nil)
        guard let best = drawings.best, let gaps = drawings.gaps, let comparison else { return (figure, nil) }
        // Made as the report makes it: the numbers side by side, the
        // best-practice map and the gaps drawn, then every finding.
        let piece = LiveComparison(heading: words { $0[.compared] }, numbers: numbersTable(comparison),
                                   drawings: [drawing(best, comparison.bestMap.map) { $0[.bestMap] }, drawing(gaps, map.map) { $0[.gaps] }],
                                   findings: findingsSection(comparison))
        return (figure, Templates.render("comparison", piece))
    }

    /// The map's figure alone, without working out the report's numbers (which
    /// a large map would wait seconds for).
    package static func liveFigure(_ map: CheckedMap, showing part: CheckedMap?, options: RenderOptions) throws(Diagnostic) -> String {
        let diagram = Renderer.diagram(part ?? map, options: options)
        let svg: [UInt8]
        do throws(Diagnostic) {
            svg = try Renderer.pageSVG(diagram, deadline: Deadline(seconds: options.timeout))
        } catch {
            var located = error
            if located.file.isEmpty { located.file = map.name }
            throw located
        }
        return HTMLPage.figure(diagram, svg: svg, map: map.map, language: options.language, caption: diagram.summary,
                               live: true, focused: part != nil)
    }
}
