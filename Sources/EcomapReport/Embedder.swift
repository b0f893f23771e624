import Foundation
import Ink
import EcomapCore
import EcomapRender

/// `ecomap embed`: a Markdown document whose fenced blocks marked `ecomap` and
/// image links to `.ecomap` files become drawings, so a report writer keeps
/// each map's text inside the report that shows it.
///
/// Made in two steps, as a map is: making one finds every map in the document
/// and checks it (``diagnostics``); ``render(to:)`` then draws them.
public struct Embedder: Sendable {
    public let source: SourceText
    public let options: RenderOptions
    /// Every problem in the document's maps, each at its line in the document
    /// (or in the map file an image link names).
    public let diagnostics: [Diagnostic]
    /// The texts the diagnostics point into, by file name.
    public let sources: [String: SourceText]
    private let blocks: [Block]

    public init(_ source: SourceText, options: RenderOptions = RenderOptions()) {
        self.source = source
        self.options = options
        let lines = (1...max(source.lineCount, 1)).map { source.line($0) }
        (blocks, diagnostics, sources) = Embedder.find(lines, in: source)
    }

    /// A map found in the document: its text (or file) and where it was.
    struct Block: Sendable {
        var range: Range<Int>          // the document's lines it replaces (0-based)
        var document: MapDocument
        var alt: String
    }

    /// The files to write for `output` (`.html`, `.htm` or `.md`): for HTML, the
    /// page; for Markdown, an SVG per diagram beside it (`out-1.svg`, ...) and the
    /// document, last.
    /// - Throws: the first error in ``diagnostics`` if there is one (nothing is
    ///   drawn from a broken map), or a `Diagnostic` when Graphviz fails.
    public func render(to output: String) throws(Diagnostic) -> [(name: String, bytes: [UInt8])] {
        if let problem = diagnostics.first(where: { $0.severity == .error }) { throw problem }
        let html = !output.lowercased().hasSuffix(".md")
        let base = output.lastIndex(of: ".").map { String(output[..<$0]) } ?? output
        let lines = (1...max(source.lineCount, 1)).map { source.line($0) }
        let stem = GraphvizText.elementID(base.split(separator: "/").last.map(String.init) ?? base)
        let deadline = Deadline(seconds: options.timeout)
        var out: [String] = []
        var files: [(String, [UInt8])] = []
        var diagrams: [(Int, String)] = []
        var next = 0
        for (n, block) in blocks.enumerated() {
            out += lines[next..<block.range.lowerBound]
            next = block.range.upperBound
            guard let map = block.document.checked else { continue }
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
                out.append("")
                out.append("ECOMAP-DIAGRAM-\(n + 1)")
                out.append("")
                diagrams.append((n + 1, HTMLPage.figure(diagram, svg: svg, map: map.map, language: options.language,
                                                        caption: caption)))
            } else {
                let name = "\(base)-\(n + 1).svg"
                files.append((name, svg))
                let file = name.split(separator: "/").last.map(String.init) ?? name
                out.append("![\(MarkdownText.escape(caption))](\(file))")
            }
        }
        out += lines[next...]
        let markdown = out.joined(separator: "\n") + "\n"
        guard html else { return files + [(output, Array(markdown.utf8))] }
        var page = MarkdownParser().html(from: markdown)
        for (n, figure) in diagrams {
            page = page.replacingOccurrences(of: "<p>ECOMAP-DIAGRAM-\(n)</p>", with: figure)
        }
        let title = lines.first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) } ?? stem
        return [(output, Array(HTMLPage.page(title: title, language: options.language, bodyHTML: page).utf8))]
    }

    /// The map blocks and linked maps, checked; every problem in every block at once.
    private static func find(_ lines: [String], in source: SourceText) -> ([Block], [Diagnostic], [String: SourceText]) {
        var blocks: [Block] = []
        var problems: [Diagnostic] = []
        var sources: [String: SourceText] = [source.name: source]
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let fence = Embedder.fence(trimmed), trimmed.dropFirst(fence.count).trimmingCharacters(in: .whitespaces) == "ecomap" {
                var end = i + 1
                while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix(fence) { end += 1 }
                guard end < lines.count else {
                    problems.append(Diagnostic(.error, "syntax", "this ecomap block has no closing \(fence)",
                                               hint: "end the map with a line of \(fence)", file: source.name,
                                               at: SourceRange(line: i + 1, column: 1, length: fence.count)))
                    break
                }
                let text = lines[(i + 1)..<end].joined(separator: "\n")
                let document = MapDocument(name: source.name, text: text)
                // The map's diagnostics, moved to the Markdown file's lines.
                problems += document.diagnostics.map { d in
                    var moved = d
                    moved.range = SourceRange(line: d.range.line + i + 1, column: d.range.column, length: d.range.length)
                    return moved
                }
                blocks.append(Block(range: i..<(end + 1), document: document, alt: ""))
                i = end + 1
                continue
            }
            if let link = Embedder.mapLink(trimmed) {
                let path = Embedder.resolve(link.path, beside: source.name)
                do {
                    let document = try MapDocument.read(path: path)
                    problems += document.diagnostics
                    sources[path] = document.source
                    blocks.append(Block(range: i..<(i + 1), document: document, alt: link.alt))
                } catch {
                    var located = error
                    located.file = source.name
                    located.range = SourceRange(line: i + 1, column: line.distance(from: line.startIndex, to: line.firstIndex(of: "!") ?? line.startIndex) + 1,
                                                length: trimmed.count)
                    located.message = "can't read the map '\(link.path)': " + error.message
                    problems.append(located)
                }
            }
            i += 1
        }
        return (blocks, problems, sources)
    }

    /// "```" or "~~~" (or longer) at the start of a line.
    static func fence(_ line: String) -> String? {
        for mark in ["`", "~"] {
            let run = line.prefix { String($0) == mark }
            if run.count >= 3 { return String(run) }
        }
        return nil
    }

    /// `![alt](path.ecomap)` alone on a line.
    static func mapLink(_ line: String) -> (alt: String, path: String)? {
        guard line.hasPrefix("!["), line.hasSuffix(")"), let close = line.range(of: "]("),
              line[close.upperBound...].dropLast().hasSuffix(".ecomap") else { return nil }
        let alt = String(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound])
        return (alt, String(line[close.upperBound...].dropLast()))
    }

    static func resolve(_ path: String, beside document: String) -> String {
        guard !path.hasPrefix("/"), let slash = document.lastIndex(of: "/") else { return path }
        return String(document[...slash]) + path
    }
}

extension HTMLPage {
    /// A page around HTML that is already written (an embedded document).
    static func page(title: String, language: Language, bodyHTML: String) -> String {
        render(title: title, language: language, body: [.raw(bodyHTML)])
    }
}
