import Foundation
import EcomapCore
import EcomapRender
import EcomapReport

/// What a page of the preview shows at one moment, as the HTML of each part
/// it replaces: sent whole as each event, and put into the page when it is first served.
package struct PreviewUpdate: Encodable, Sendable {
    /// A drawing of a map's last good reading, with the comparison when there is one.
    package struct Drawing: Sendable {
        /// The map's figure; nil when there is nothing to draw (never a good reading, or a view it can't show).
        package var figure: String?
        package var comparison: String?
        /// Problems met drawing it: the view's, or Graphviz's.
        package var problems: [Diagnostic]
        /// Names the drawing, so a page that has it already keeps it as it is.
        package var key: String
        /// Where its nodes went, for the next drawing to start from.
        package var places: [String: Position]

        package init(figure: String?, comparison: String?, problems: [Diagnostic], key: String, places: [String: Position]) {
            (self.figure, self.comparison, self.problems, self.key, self.places) = (figure, comparison, problems, key, places)
        }
    }

    package var version: Int
    package var title: String
    /// The map's figure: SVG, data and details panel; nil keeps the one the page has.
    package var drawing: String?
    package var drawingKey: String
    package var summary: String
    /// The problems in the map, or "" when there are none.
    package var problems: String
    package var comparison: String?
    /// Whether the map reads without errors now.
    package var good: Bool

    private enum CodingKeys: String, CodingKey {
        case version, title, drawing, drawingKey, summary, problems, comparison, good
    }

    init(version: Int, entry: Preview.Entry, best: Preview.Entry?, options: PreviewOptions, drawing: Drawing) {
        let text = options.language
        self.version = version
        title = entry.good?.title(in: text) ?? (entry.path as NSString).lastPathComponent
        self.drawing = drawing.figure
        drawingKey = drawing.key
        comparison = drawing.comparison
        let fileProblems = entry.diagnostics + (best?.diagnostics.filter { $0.severity == .error } ?? [])
        good = !fileProblems.hasErrors
        // The drawing's caption gives its own numbers; for part of the map, the whole map's go beside them.
        var summary = ""
        if let map = entry.good, !options.view.isWholeMap {
            summary = "<p class=\"summary\">\(HTMLText.escape(text[.wholeMap, map.summary.sentence(in: text)]))</p>"
        }
        self.summary = summary
        let all = fileProblems + drawing.problems
        problems = all.isEmpty ? "" : PreviewUpdate.problems(all, entry: entry, best: best, stale: !good && entry.good != nil,
                                                             none: drawing.figure == nil && entry.good == nil, language: text)
    }

    /// The problems as a list, each as the command line prints it (file:line:column, the line, a caret, the hint).
    static func problems(_ all: [Diagnostic], entry: Preview.Entry, best: Preview.Entry?, stale: Bool, none: Bool,
                         language: Language) -> String {
        var sources: [String: SourceText] = [:]
        if let source = entry.source { sources[entry.path] = source }
        if let source = best?.source { sources[source.name] = source }
        let formatter = DiagnosticFormatter()
        var out = "<h2>\(HTMLText.escape(language[.problems]))</h2>"
        if stale { out += "<p class=\"note\">\(HTMLText.escape(language[.lastGoodDrawing]))</p>" }
        if none { out += "<p class=\"note\">\(HTMLText.escape(language[.noDrawingYet]))</p>" }
        out += "<ul class=\"diagnostics\">"
        for d in all.prefix(50) {
            out += "<li class=\"\(d.severity.rawValue)\" data-code=\"\(HTMLText.escape(d.code.name))\" data-line=\"\(d.range.line)\" data-column=\"\(d.range.column)\">"
            out += "<pre>\(HTMLText.escape(formatter.format(d, source: sources[d.file])))</pre></li>"
        }
        if all.count > 50 { out += "<li>… \(all.count - 50)</li>" }
        return out + "</ul>"
    }

    /// Draws the last good reading with `options`, starting from `places`
    /// (the page's last drawing) so that an edit moves little. Called on the
    /// drawing queue's worker: Graphviz blocks.
    ///
    /// With a best-practice map, only what a save changes is drawn again:
    /// the map and its gaps (laid out from the map's new places, so no
    /// layout is done twice), the numbers and findings; the best-practice
    /// map's drawing is kept in `bestDrawings` until that map or the options change.
    static func draw(_ entry: Preview.Entry, best: Preview.Entry?, options: PreviewOptions, places: [String: Position]?,
                     bestDrawings: BestDrawings) -> Drawing {
        let key = [entry.content?.tag ?? "", best?.content?.tag ?? "", options.query].joined(separator: "|")
        guard let map = entry.good else { return Drawing(figure: nil, comparison: nil, problems: [], key: key, places: [:]) }
        let view = options.view
        let problems = view.problems(in: map)
        if !problems.isEmpty { return Drawing(figure: nil, comparison: nil, problems: problems, key: key, places: [:]) }
        do throws(Diagnostic) {
            let part = view.isWholeMap ? nil : try view.apply(to: map)
            var drawingOptions = options.renderOptions
            drawingOptions.places = places
            let (figure, placed) = try Report.liveFigure(map, showing: part, options: drawingOptions)
            guard let bestMap = best?.good, let bestContent = best?.content else {
                return Drawing(figure: figure, comparison: nil, problems: [], key: key, places: placed)
            }
            var comparisonOptions = options.renderOptions
            comparisonOptions.places = placed
            let report = Report(map, comparedWith: bestMap, options: comparisonOptions, showing: part)
            let bestDrawing = try bestDrawings.drawing(bestContent, options: options) { () throws(Diagnostic) in try report.liveBestDrawing() }
            return Drawing(figure: figure, comparison: try report.liveComparison(best: bestDrawing), problems: [], key: key, places: placed)
        } catch {
            return Drawing(figure: nil, comparison: nil, problems: [error], key: key, places: [:])
        }
    }
}

/// The best-practice map's drawings, by its content and the options: made
/// once, not on each save of the map compared with it. Used from the
/// drawing queue's worker; the lock is for the compiler's sake.
final class BestDrawings: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [DrawingQueue.Key: Report.LiveDrawing] = [:]

    func drawing(_ content: MapContent, options: PreviewOptions,
                 make: () throws(Diagnostic) -> Report.LiveDrawing) throws(Diagnostic) -> Report.LiveDrawing {
        let key = DrawingQueue.Key(map: content, best: nil, options: options)
        lock.lock()
        let known = kept[key]
        lock.unlock()
        if let known { return known }
        let made = try make()
        lock.lock()
        // A handful of option sets is plenty; past that, start again.
        if kept.count >= 16 { kept = [:] }
        kept[key] = made
        lock.unlock()
        return made
    }
}
