import Foundation
import EcomapCore
import EcomapRender

/// `ecomap embed`: a Markdown document whose fenced blocks marked `ecomap` and
/// image links to `.ecomap` files become drawings, so a report writer keeps
/// each map's text inside the report that shows it.
///
/// Made in two steps, as a map is: making one reads the document (with
/// cmark-gfm, see `Markdown`), finds every map in it and checks it
/// (``diagnostics``); ``render(to:)`` then draws them. One deadline, from
/// the options' timeout, covers both steps: reading the document and every
/// drawing.
///
/// What a document can do is bounded, since documents come from other
/// people: raw HTML in its prose is shown as text unless ``allowHTML``; an
/// image link reads a map only from the document's folder or below (or
/// ``root``); a document over ``maximumDocumentSize``, with tables of
/// more than ``maximumTableCells`` cells, or nested deeper than
/// ``maximumNesting``, is refused before it is parsed.
public struct Embedder: Sendable {
    public let source: SourceText
    public let options: RenderOptions
    /// Every problem in the document and its maps, each at its line in the
    /// document (or in the map file an image link names).
    public let diagnostics: [Diagnostic]
    /// The texts the diagnostics point into, by file name.
    public let sources: [String: SourceText]
    /// The folder image links may read maps from (and below); by default the document's own.
    public let root: String
    /// Keep the document's own HTML (for documents the user trusts).
    public let allowHTML: Bool
    private let blocks: [Block]
    private let title: String?
    private let deadline: Deadline

    /// The largest document read: a long report in Markdown is a few hundred kilobytes.
    public static let maximumDocumentSize = 2 << 20

    /// The most table cells a document may ask for. cmark-gfm 0.29 fills
    /// every row of a table out to the width of its header, in time and
    /// memory that grow with rows times columns: 12 KB of Markdown (a
    /// header of 2,000 columns, then 2,000 one-letter lines) made 40 MB of
    /// HTML in 7 s. Counted before parsing, generously: the widest table's
    /// columns times the document's lines.
    public static let maximumTableCells = 500_000

    /// The most quotations and lists a document's line may open inside one
    /// another: documents people write nest a few; cmark-gfm's time grows
    /// with the nesting times the document's length.
    public static let maximumNesting = 32

    /// - Parameters:
    ///   - root: the folder image links may read maps from (default: the document's folder).
    ///   - allowHTML: keep the document's raw HTML instead of showing it as text.
    public init(_ source: SourceText, options: RenderOptions = RenderOptions(), root: String? = nil, allowHTML: Bool = false) {
        self.source = source
        self.options = options
        self.allowHTML = allowHTML
        self.root = root ?? Embedder.folder(of: source.name)
        deadline = Deadline(seconds: options.timeout)
        var sources = [source.name: source]
        var problems: [Diagnostic] = []
        var blocks: [Block] = []
        var title: String?
        do throws(Diagnostic) {
            try Embedder.refuseUnreadable(source)
            let scan = try Markdown.scan(source.bytes, deadline: deadline)
            title = scan.title
            for found in scan.found {
                blocks.append(Embedder.block(found, in: source, root: self.root, problems: &problems, sources: &sources))
            }
        } catch {
            var located = error
            located.file = source.name
            problems.append(located)
        }
        (self.blocks, self.title, self.diagnostics, self.sources) = (blocks, title, problems, sources)
    }

    /// A map found in the document, and its checked map when it could be read.
    struct Block: Sendable {
        var found: Markdown.Found
        var document: MapDocument?
        var alt: String
    }

    /// The files to write for `output` (`.html`, `.htm` or `.md`): for HTML, the
    /// page; for Markdown, an SVG per diagram beside it (`out-1.svg`, ...) and the
    /// document, last.
    /// - Throws: the first error in ``diagnostics`` if there is one (nothing is
    ///   drawn from a broken map), or a `Diagnostic` when Graphviz fails or the
    ///   deadline passes.
    public func render(to output: String) throws(Diagnostic) -> [(name: String, bytes: [UInt8])] {
        if let problem = diagnostics.first(where: { $0.severity == .error }) { throw problem }
        let html = !output.lowercased().hasSuffix(".md")
        let base = output.lastIndex(of: ".").map { String(output[..<$0]) } ?? output
        let stem = GraphvizText.elementID(base.split(separator: "/").last.map(String.init) ?? base)
        var figures: [String] = []
        var files: [(String, [UInt8])] = []
        var captions: [String] = []
        for (n, block) in blocks.enumerated() {
            guard let map = block.document?.checked else { continue }
            var blockOptions = options
            // Ids unique on the page, whatever maps the blocks hold.
            blockOptions.prefix = "\(stem)-\(n + 1)"
            let diagram = Renderer.diagram(map, options: blockOptions)
            let svg: [UInt8]
            do throws(Diagnostic) {
                svg = html ? try Renderer.pageSVG(diagram, deadline: deadline)
                    : try Renderer.render(map, as: .svg, options: blockOptions)
            } catch {
                var located = error
                located.file = source.name
                throw located
            }
            // The writer's alt text, else the map's title, else what it shows (never a file name).
            let caption = !block.alt.isEmpty ? block.alt : map.map.title != nil ? diagram.title : diagram.summary
            if html {
                figures.append(HTMLPage.figure(diagram, svg: svg, map: map.map, language: options.language, caption: caption,
                                               alsoIn: options.secondLanguage))
            } else {
                files.append(("\(base)-\(n + 1).svg", svg))
                captions.append(caption)
            }
        }
        guard html else {
            let names = files.map { $0.0.split(separator: "/").last.map(String.init) ?? $0.0 }
            return files + [(output, Array(markdown(images: names, captions: captions).utf8))]
        }
        let body = try located { () throws(Diagnostic) in
            try Markdown.html(source.bytes, figures: figures, allowHTML: allowHTML, deadline: deadline)
        }
        return [(output, Array(HTMLPage.page(title: title ?? stem, language: options.language, bodyHTML: body).utf8))]
    }

    /// The number of maps the document holds or links to.
    var mapCount: Int { blocks.count }

    /// The document with the lines of each map replaced by its image (file
    /// names relative to the document, and captions, in the maps' order):
    /// the rest stays exactly as written, its own HTML included, since a
    /// Markdown document goes on to a renderer (a Git host's) that decides.
    func markdown(images: [String], captions: [String]) -> String {
        var out: [String] = []
        var next = 1
        for (block, (image, caption)) in zip(blocks, zip(images, captions)) {
            let lines = block.found.lines
            guard lines.lowerBound >= next else { continue }
            // Inside a list or a quotation, the image keeps the marks that came before the map.
            let marks = String(decoding: Array(source.line(lines.lowerBound).utf8.prefix(block.found.column - 1)), as: UTF8.self)
            let line = marks + "![\(MarkdownText.escape(caption))](\(MarkdownText.destination(image)))"
            while next < lines.lowerBound { out.append(source.line(next)); next += 1 }
            out.append(line)
            next = lines.upperBound + 1
        }
        while next <= source.lineCount { out.append(source.line(next)); next += 1 }
        return out.joined(separator: "\n") + "\n"
    }

    private func located<T>(_ work: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        do throws(Diagnostic) { return try work() } catch {
            var located = error
            located.file = source.name
            throw located
        }
    }
}
