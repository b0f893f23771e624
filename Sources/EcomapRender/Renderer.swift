import Foundation
import EcomapCore

/// Draws checked maps and comparisons: the render layer's front door.
///
/// Every drawing goes the same way: a diagram (pure Swift), then DOT text
/// written in Swift, or a layout and drawing by libgvc in-process, finished in
/// one place (SVG titles and ids, a fixed date in PDFs). One deadline, from
/// ``RenderOptions/timeout``, covers every Graphviz call a drawing makes.
///
/// ```swift
/// let svg = try Renderer.render(map, as: .svg)
/// ```
public enum Renderer {
    /// Draws a map.
    /// - Throws: a `Diagnostic` naming the map's file when Graphviz fails or runs out of time.
    public static func render(_ map: CheckedMap, as format: OutputFormat,
                              options: RenderOptions = RenderOptions()) throws(Diagnostic) -> [UInt8] {
        try Diagnostic.naming(map.name) { () throws(Diagnostic) in
            try checkCentre(map, options)
            return try output(diagram(map, options: options), as: format, options: options)
        }
    }

    /// The summary that a drawing of `map` with `options` shows in place of
    /// the whole map, or nil when it draws every node.
    ///
    /// A map is summarised when the automatic layout is asked for, the drawing
    /// is made for a page, and the whole map's labels would read smaller there
    /// than 8 pt on a slide or 6.5 pt on A4. Each of the summary's groups
    /// with a ``MapOverview/Group/focus`` can then be drawn alone, at full
    /// size: `render(try MapView(focus: [id]).apply(to: map), ...)`.
    ///
    /// This is the most detailed summary the drawing tries: if its labels,
    /// laid out, come out smaller than the target, the drawing shows a
    /// summary that merges more (the drawing's `<desc>` says how many shapes it has).
    public static func overview(of map: CheckedMap, options: RenderOptions = RenderOptions()) -> MapOverview? {
        DrawingChoice.ladder(for: map, options: options).first
    }

    /// An eco-map's centre must be a node of the map.
    package static func checkCentre(_ map: CheckedMap, _ options: RenderOptions) throws(Diagnostic) {
        guard options.ecoMap, let centre = options.centre, map.position(of: centre) == nil else { return }
        let near = Suggestion.closest(to: centre, in: map.map.nodes.lazy.map(\.id))
        throw Diagnostic(.unknownCentre, "the centre '\(centre)' is not a node of the map",
                         hint: near.map { "did you mean '\($0)'?" } ?? "give the id of one of the map's nodes", at: .none)
    }

    /// Draws the current map of a comparison with its gaps marked: open
    /// arrowheads where a link should flow both ways, dashed links and ghost
    /// nodes for what is missing, and a key for each mark.
    ///
    /// With `part` (a ``MapView`` of the current map), only that part is drawn and marked.
    public static func renderGaps(_ comparison: Comparison, as format: OutputFormat,
                                  options: RenderOptions = RenderOptions(), showing part: CheckedMap? = nil) throws(Diagnostic) -> [UInt8] {
        try Diagnostic.naming(comparison.currentMap.name) { () throws(Diagnostic) in
            try checkCentre(comparison.currentMap, options)
            return try output(GapDiagram.diagram(comparison, options: options, showing: part), as: format, options: options)
        }
    }

    /// Draws both maps of a comparison side by side as SVG, with one key and
    /// the nodes they share in the same places.
    public static func renderSideBySide(_ comparison: Comparison, options: RenderOptions = RenderOptions()) throws(Diagnostic) -> [UInt8] {
        try renderSideBySide(comparison, as: .svg, options: options)
    }

    /// Draws both maps of a comparison as SVG, PNG or PDF (DOT has no
    /// side-by-side form: it is drawn as SVG), beside each other or one
    /// above the other, whichever reads larger on the page.
    public static func renderSideBySide(_ comparison: Comparison, as format: OutputFormat,
                                        options: RenderOptions = RenderOptions()) throws(Diagnostic) -> [UInt8] {
        try Diagnostic.naming(comparison.currentMap.name) { () throws(Diagnostic) in
            try checkCentre(comparison.currentMap, options)
            let bytes = try SideBySide.render(comparison, format: format == .dot ? .svg : format, options: options,
                                              deadline: Deadline(seconds: options.timeout))
            return format == .pdf ? PDFDate.fix(bytes) : bytes
        }
    }

    /// Where each node of `map` goes when it is drawn with `options`, by id,
    /// in the layout's points: give them to another drawing as
    /// ``RenderOptions/places`` to draw it with its nodes where these are
    /// (`render B --places-from A`). Empty for layouts that don't use places
    /// (``RenderOptions/places`` says which do).
    /// - Throws: a `Diagnostic` naming the map's file when Graphviz fails or runs out of time.
    public static func places(of map: CheckedMap, options: RenderOptions = RenderOptions()) throws(Diagnostic) -> [String: Position] {
        try Diagnostic.naming(map.name) { () throws(Diagnostic) in
            try checkCentre(map, options)
            let diagram = DiagramBuilder.build(map, options: options)
            guard CompactLayout.applies(to: diagram), diagram.ecoCentre == nil else { return [:] }
            return try CompactLayout.place(diagram, deadline: Deadline(seconds: options.timeout)).places
        }
    }

    /// A diagram drawn as SVG for a web page, and where its nodes went (see
    /// ``places(of:options:)``): the live preview starts the next drawing of
    /// a map from them.
    package static func pageSVGAndPlaces(_ diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> (svg: [UInt8], places: [String: Position]) {
        let drawn = try GraphvizRenderer.renderWithPlaces(diagram, deadline: deadline)
        return (SVGFinisher.finish(drawn.svg, diagram: diagram, embed: true), drawn.places)
    }

    /// The diagram of a map, before layout (reports use it beside the
    /// drawing): the whole map, or its summary (``overview(of:options:)``),
    /// or for ``Layout/full`` every node with lines into shared platforms bundled.
    package static func diagram(_ map: CheckedMap, options: RenderOptions) -> Diagram {
        let ladder = DrawingChoice.ladder(for: map, options: options)
        if var first = ladder.first.map({ OverviewDiagram.build($0, of: map, options: options) }) {
            first.alternatives = ladder.dropFirst().map { OverviewDiagram.build($0, of: map, options: options) }
            first.minimumLabel = DrawingChoice.target(options.page)
            return first
        }
        if options.layout == .full { return FullDiagram.build(map, options: options) }
        return DiagramBuilder.build(map, options: options)
    }

    /// The diagram of a comparison's current map with its gaps marked.
    package static func gapDiagram(_ comparison: Comparison, options: RenderOptions, showing part: CheckedMap? = nil) -> Diagram {
        GapDiagram.diagram(comparison, options: options, showing: part)
    }

    /// A diagram drawn as SVG for a web page, by `deadline` (a document with
    /// several drawings gives them one deadline between them).
    package static func pageSVG(_ diagram: Diagram, deadline: Deadline) throws(Diagnostic) -> [UInt8] {
        SVGFinisher.finish(try GraphvizRenderer.render(diagram, format: .svg, deadline: deadline), diagram: diagram, embed: true)
    }

    /// The one place a diagram becomes bytes.
    private static func output(_ diagram: Diagram, as format: OutputFormat, options: RenderOptions) throws(Diagnostic) -> [UInt8] {
        let deadline = Deadline(seconds: options.timeout)
        switch format {
        case .dot:
            return Array(DOTWriter.write(diagram).utf8)
        case .svg:
            return SVGFinisher.finish(try GraphvizRenderer.render(diagram, format: .svg, deadline: deadline),
                                      diagram: diagram, embed: options.forWebPage)
        case .png:
            return try GraphvizRenderer.render(diagram, format: .png, deadline: deadline)
        case .pdf:
            return PDFDate.fix(try GraphvizRenderer.render(diagram, format: .pdf, deadline: deadline))
        }
    }
}

/// Cairo stamps PDFs with the time they were made, so the same map would give
/// different bytes each run. The stamp is replaced, at the same length (so the
/// file's offsets stay right), by SOURCE_DATE_EPOCH when set (the
/// reproducible-builds convention), else by a fixed date.
enum PDFDate {
    static func fix(_ pdf: [UInt8]) -> [UInt8] {
        let marker = Array("/CreationDate (D:".utf8)
        guard let at = pdf.firstRange(of: marker)?.upperBound, at + 14 <= pdf.count else { return pdf }
        var out = pdf
        out.replaceSubrange(at..<(at + 14), with: Array(stamp().utf8))
        return out
    }

    /// "YYYYMMDDHHMMSS" in UTC.
    static func stamp() -> String {
        var seconds = 946_684_800  // 2000-01-01
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) { seconds = epoch }
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d%02d%02d%02d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
