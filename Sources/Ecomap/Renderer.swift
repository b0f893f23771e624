/// What ecomap can write a map as.
public enum OutputFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf

    /// The format a file name implies (`.gv` is DOT too).
    public init?(fileName: String) {
        let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if ext == "gv" { self = .dot; return }
        self.init(rawValue: ext)
    }
}

extension MapDocument {
    /// The diagram for this map: the first step of rendering, pure Swift.
    public func diagram(_ options: RenderOptions = RenderOptions()) -> Diagram {
        DiagramBuilder.build(map, identifier: identifier, options: options, ends: ends)
    }

    /// Draws the map. DOT is written in Swift; SVG, PNG and PDF are laid out
    /// and drawn by libgvc in-process.
    /// - Parameter embed: for SVG, drop the prolog and comments and make the width follow the page.
    public func render(_ format: OutputFormat, options: RenderOptions = RenderOptions(), embed: Bool = false,
                       timeout: Double = GraphvizRenderer.defaultTimeout) throws(Diagnostic) -> [UInt8] {
        let diagram = diagram(options)
        do throws(Diagnostic) {
            switch format {
            case .dot:
                return Array(DOTWriter.write(diagram).utf8)
            case .svg:
                return SVGFinisher.finish(try GraphvizRenderer.render(diagram, format: .svg, timeout: timeout),
                                          diagram: diagram, embed: embed)
            case .png:
                return try GraphvizRenderer.render(diagram, format: .png, timeout: timeout)
            case .pdf:
                return PDFDate.fix(try GraphvizRenderer.render(diagram, format: .pdf, timeout: timeout))
            }
        } catch {
            var located = error
            located.file = source.name
            throw located
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

import Foundation
