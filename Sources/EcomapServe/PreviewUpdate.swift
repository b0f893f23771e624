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
        var figure: String?
        var comparison: String?
        /// Problems met drawing it: the view's, or Graphviz's.
        var problems: [Diagnostic]
        /// Names the drawing, so a page that has it already keeps it as it is.
        var key: String
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

    /// Draws the last good reading with `options`: on a thread of its own,
    /// since Graphviz blocks, and a page's event stream must not hold up the others.
    static func draw(_ entry: Preview.Entry, best: Preview.Entry?, options: PreviewOptions, key: String) async -> Drawing {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: drawNow(entry, best: best, options: options, key: key))
            }
        }
    }

    private static func drawNow(_ entry: Preview.Entry, best: Preview.Entry?, options: PreviewOptions, key: String) -> Drawing {
        guard let map = entry.good else { return Drawing(figure: nil, comparison: nil, problems: [], key: key) }
        let view = options.view
        let problems = view.problems(in: map)
        if !problems.isEmpty { return Drawing(figure: nil, comparison: nil, problems: problems, key: key) }
        do throws(Diagnostic) {
            let part = view.isWholeMap ? nil : try view.apply(to: map)
            if let bestMap = best?.good {
                let pieces = try Report(map, comparedWith: bestMap, options: options.renderOptions, showing: part).livePieces()
                return Drawing(figure: pieces.figure, comparison: pieces.comparison, problems: [], key: key)
            }
            let figure = try Report.liveFigure(map, showing: part, options: options.renderOptions)
            return Drawing(figure: figure, comparison: nil, problems: [], key: key)
        } catch {
            return Drawing(figure: nil, comparison: nil, problems: [error], key: key)
        }
    }
}
