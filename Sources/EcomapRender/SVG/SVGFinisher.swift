import Foundation
import EcomapCore

/// Makes Graphviz's SVG fit to embed: a title and description for screen
/// readers, hover text that names things by their labels, every id prefixed
/// with the map's id and, for `--embed`, no prolog or comments and a width
/// that follows the page.
///
/// One pass over the bytes, so a 10 MB drawing costs milliseconds.
package enum SVGFinisher {
    static func finish(_ svg: [UInt8], diagram: Diagram, embed: Bool) -> [UInt8] {
        finish(svg, prefix: diagram.prefix, title: diagram.title, summary: diagram.summary, parts: [diagram], embed: embed)
    }

    /// Finishes a drawing made of several diagrams (set side by side):
    /// `prefix` names the whole, and hover text comes from every part.
    static func finish(_ svg: [UInt8], prefix: String, title: String, summary: String,
                              parts: [Diagram], embed: Bool) -> [UInt8] {
        var tooltips: [String: String] = [:]
        for part in parts { tooltips.merge(self.tooltips(part)) { first, _ in first } }
        let finished = svg.withUnsafeBufferPointer { bytes in
            finish(ByteScanner(bytes: bytes), prefix: prefix, title: title, summary: summary, tooltips: tooltips, embed: embed)
        } ?? svg
        return boldWeights(finished)
    }

    /// Graphviz writes a bold fontname (a box's named node) as a family of its
    /// own, `font-family="DejaVu Sans Bold"`, which no SVG reader matches to
    /// the bold face: the label would show in the regular one. Written here as
    /// the family and `font-weight="bold"`, which every reader draws in bold.
    private static func boldWeights(_ svg: [UInt8]) -> [UInt8] {
        let from = Array("font-family=\"\(DiagramBuilder.boldFont)\"".utf8)
        let to = Array("font-family=\"\(DiagramBuilder.font)\" font-weight=\"bold\"".utf8)
        var out: [UInt8] = []
        var start = 0, i = 0
        let last = svg.count - from.count
        while i <= last {
            if svg[i] == from[0], svg[i..<(i + from.count)].elementsEqual(from) {
                if out.isEmpty { out.reserveCapacity(svg.count + 256) }
                out += svg[start..<i]
                out += to
                i += from.count
                start = i
            } else {
                i += 1
            }
        }
        if start == 0 { return svg }
        out += svg[start...]
        return out
    }

    private static func finish(_ svg: ByteScanner, prefix: String, title: String, summary: String,
                               tooltips: [String: String], embed: Bool) -> [UInt8]? {
        let n = svg.bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(n + n / 8 + 512)
        // The root element: accessible name and description.
        guard let open = svg.find("<svg ", from: 0), let close = svg.next(UInt8(ascii: ">"), from: open) else { return nil }
        if !embed { svg.copy(0..<open, to: &out) }
        var tag = svg.text(open..<close)
        if embed { tag = responsive(tag) }
        tag += " role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\">"
        tag += "\n<title id=\"\(prefix)-title\">\(escape(title))</title>"
        tag += "\n<desc id=\"\(prefix)-desc\">\(escape(summary))</desc>"
        out += tag.utf8

        // Only groups (and, for --embed, comments) change: jump from one to the next.
        var i = close + 1
        var nextComment = embed ? svg.find("<!--", from: i) : nil
        while i < n {
            let group = svg.find("<g id=\"", from: i)
            if let comment = nextComment, comment < group ?? n {
                svg.copy(i..<comment, to: &out)
                // Comments go, with the line they sat on when they had it to themselves.
                i = svg.find("-->", from: comment + 4).map { $0 + 3 } ?? n
                if i < n, svg.bytes[i] == 0x0A, out.last == 0x0A || out.isEmpty { i += 1 }
                nextComment = svg.find("<!--", from: i)
                continue
            }
            guard let group else { svg.copy(i..<n, to: &out); break }
            let start = group + 7
            let quote = svg.next(UInt8(ascii: "\""), from: start) ?? n
            svg.copy(i..<start, to: &out)
            i = min(quote + 1, n)
            if svg.starts("a_", at: start) {
                // Graphviz wraps linked or titled nodes in <g id="a_ID">; keep the map's prefix first.
                svg.copy((start + 2)..<quote, to: &out)
                out += "&#45;a\"".utf8
                continue
            }
            svg.copy(start..<i, to: &out)
            // The group's <title> is the next element: replace its text with the hover text.
            guard let title = tooltips[svg.text(start..<quote)], let lt = svg.next(UInt8(ascii: "<"), from: i),
                  svg.starts("<title>", at: lt), let end = svg.find("</title>", from: lt) else { continue }
            svg.copy(i..<(lt + 7), to: &out)
            appendEscaped(title, to: &out)
            i = end
        }
        return out
    }

    /// Hover text for every element ecomap named: labels, not internal names.
    /// Keyed by the id as Graphviz writes it, with `-` as `&#45;`.
    private static func tooltips(_ diagram: Diagram) -> [String: String] {
        var out: [String: String] = [:]
        out.reserveCapacity(diagram.nodes.count + diagram.edges.count + diagram.clusters.count + 32)
        func add(_ id: String, _ text: String) { out[graphvizForm(id)] = text }
        for node in diagram.nodes { add(node.elementID, node.tooltip) }
        for edge in diagram.edges { add(edge.elementID, edge.tooltip) }
        for cluster in diagram.clusters { add(cluster.elementID, cluster.tooltip) }
        add(diagram.prefix, diagram.title)
        if let legend = diagram.legend {
            // The key is laid out as a graph of its own (GraphBuilder(legendOf:)), whose name would be its hover text.
            add("\(diagram.prefix)-key-graph", legend.title)
            for (id, text) in legend.elements(prefix: diagram.prefix) { add(id, text) }
        }
        return out
    }

    /// Graphviz writes `-` in ids as `&#45;` (so that `--` can't end a comment).
    private static func graphvizForm(_ id: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(id.utf8.count + 16)
        for byte in id.utf8 {
            if byte == UInt8(ascii: "-") { out += "&#45;".utf8 } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `width="400pt" height="300pt"` becomes a width that follows its container,
    /// no larger than the drawing's own size; the viewBox keeps the proportions.
    private static func responsive(_ tag: String) -> String {
        var tag = tag
        var natural = ""
        if let w = tag.range(of: #"width="[^"]*""#, options: .regularExpression) {
            natural = String(tag[w].dropFirst(7).dropLast())
            tag.replaceSubrange(w, with: "width=\"100%\"")
        }
        if let h = tag.range(of: #"\s*height="[^"]*""#, options: .regularExpression) { tag.removeSubrange(h) }
        return tag + " style=\"max-width:\(natural);height:auto\""
    }

    /// Text for XML: the five characters that could start markup or end an attribute.
    package static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` escaped for XML, working on its UTF-8 bytes (titles are
    /// written once per node and link, so this is on the hot path).
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
