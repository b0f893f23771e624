import Foundation
import Ink

/// `ecomap embed`: a Markdown document whose ```` ```ecomap ```` blocks and
/// image links to `.ecomap` files become drawings, so a report writer keeps
/// each map's text inside the report that shows it.
public struct Embedder {
    public let source: SourceText
    public let options: RenderOptions
    public let timeout: Double

    public init(_ source: SourceText, options: RenderOptions = RenderOptions(), timeout: Double = GraphvizRenderer.defaultTimeout) {
        self.source = source
        self.options = options
        self.timeout = timeout
    }

    /// A map found in the document: its text (or file) and where it was.
    struct Block {
        var range: Range<Int>          // the document's lines it replaces (0-based)
        var document: MapDocument
        var alt: String
    }

    /// The files to write for `output` (`.html`, `.htm` or `.md`): for HTML, the
    /// page; for Markdown, an SVG per diagram beside it (`out-1.svg`, ...) and the
    /// document, last. Throws the problems with any map, each pointing at its line.
    public func render(to output: String) throws(EmbedFailure) -> [(name: String, bytes: [UInt8])] {
        let html = !output.lowercased().hasSuffix(".md")
        let base = output.lastIndex(of: ".").map { String(output[..<$0]) } ?? output
        let lines = (1...source.lineCount).map { source.line($0) }
        let blocks = try find(lines)
        let stem = GraphvizText.elementID(base.split(separator: "/").last.map(String.init) ?? base)
        var out: [String] = []
        var files: [(String, [UInt8])] = []
        var diagrams: [(Int, String)] = []
        var next = 0
        for (n, block) in blocks.enumerated() {
            out += lines[next..<block.range.lowerBound]
            next = block.range.upperBound
            var blockOptions = options
            // Ids unique on the page, whatever maps the blocks hold.
            blockOptions.prefix = "\(stem)-\(n + 1)"
            let diagram = block.document.diagram(blockOptions)
            let raw: [UInt8]
            do { raw = try GraphvizRenderer.render(diagram, format: .svg, timeout: timeout) } catch {
                var located = error
                located.file = source.name
                throw EmbedFailure(diagnostics: [located], sources: [:])
            }
            let svg = SVGFinisher.finish(raw, diagram: diagram, embed: html)
            // The writer's alt text, else the map's title, else what it shows (never a file name).
            let caption = !block.alt.isEmpty ? block.alt : block.document.map.title != nil ? diagram.title : diagram.summary
            if html {
                out.append("")
                out.append("ECOMAP-DIAGRAM-\(n + 1)")
                out.append("")
                diagrams.append((n + 1, HTMLPage.figure(diagram, svg: svg, map: block.document.map, language: options.language,
                                                        caption: caption)))
            } else {
                let name = "\(base)-\(n + 1).svg"
                files.append((name, svg))
                let file = name.split(separator: "/").last.map(String.init) ?? name
                out.append("![\(CompareReport.md(caption))](\(file))")
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
    private func find(_ lines: [String]) throws(EmbedFailure) -> [Block] {
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
        if problems.hasErrors { throw EmbedFailure(diagnostics: problems.filter { $0.severity == .error }, sources: sources) }
        return blocks
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

/// Why `embed` wrote nothing: the problems, and the texts they point into.
public struct EmbedFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public var sources: [String: SourceText]
}

extension HTMLPage {
    /// A page around HTML that is already written (an embedded document).
    static func page(title: String, language: DiagramLanguage, bodyHTML: String) -> String {
        render(title: title, language: language, body: [.raw(bodyHTML)])
    }
}
