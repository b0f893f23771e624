import EcomapCore

/// A map written as a tidy `.ecomap` file: the header, then the nodes
/// grouped by kind (organisations, platforms, people, communities), then the
/// links, each group under a comment naming the sheet it came from.
/// Reading the text back gives the same map (the import tests check it).
/// Large maps are written in pieces side by side, one per core.
enum EcomapWriter {
    /// The map's text, and its lines that are too long for the language to
    /// read back (``SourceText/maximumLineLength``), which the importer reports.
    struct Text: Sendable {
        var bytes: [UInt8]
        var tooLong: [LongLine] = []
    }

    /// A line longer than the language reads: the header's, a node's or a link's (by its place in the map).
    struct LongLine: Sendable, Equatable {
        enum Statement: Sendable, Equatable { case header, node(Int), link(Int) }
        var statement: Statement
        var length: Int
    }

    /// The text of `map`, made from `files`; `source(line)` names where the
    /// node or link whose range is on `line` came from, for the comments.
    static func text(_ map: EcosystemMap, files: [String] = [],
                            source: @Sendable (Int) -> String? = { _ in nil }) -> Text {
        var head = TextBuffer(capacity: map.nodes.count * 80)
        var tooLong: [LongLine] = []
        let names = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        head.write("# Imported by ecomap\(names.isEmpty ? "" : " from " + names.joined(separator: ", ")).\n")
        let headerStart = head.bytes.count
        head.write("map" + (map.title.map { " " + quoted($0) } ?? "") + attributeList(map.attributes) + "\n")
        measure(head, from: headerStart, .header, into: &tooLong)
        var group: (NodeKind, String?)?
        for (i, node) in map.nodes.enumerated() {
            let from = source(node.range.line)
            if group == nil || group!.0 != node.kind || group!.1 != from {
                let plural = Language.en.plural(node.kind)
                let heading = plural.prefix(1).uppercased() + plural.dropFirst()
                head.write("\n# \(heading)\(from.map { ", from \($0)" } ?? "")\n")
                group = (node.kind, from)
            }
            let start = head.bytes.count
            head.write(node.kind.rawValue)
            head.write(" ")
            head.write(node.id)
            head.write(" ")
            head.write(quoted(node.label))
            head.write(attributeList(node.attributes))
            head.write("\n")
            measure(head, from: start, .node(i), into: &tooLong)
        }
        let links = map.links
        let parts = pieces(links.count)
        let bodies = Parallel.map(parts.count) { k -> (text: TextBuffer, tooLong: [LongLine]) in
            var out = TextBuffer(capacity: parts[k].count * 48)
            var tooLong: [LongLine] = []
            var current: String?? = parts[k].lowerBound == 0 ? nil : .some(source(links[parts[k].lowerBound - 1].fromRange.line))
            for j in parts[k] {
                let link = links[j]
                let from = source(link.fromRange.line)
                if current == nil || current! != from {
                    out.write("\n# Connections\(from.map { ", from \($0)" } ?? "")\n")
                    current = .some(from)
                }
                let start = out.bytes.count
                out.write(link.from)
                out.write(" ")
                out.write(link.direction.symbol)
                out.write(" ")
                out.write(link.to)
                if let type = link.type { out.write(" : "); out.write(type) }
                if let label = link.label { out.write(" "); out.write(quoted(label)) }
                if !link.attributes.isEmpty { out.write(attributeList(link.attributes)) }
                out.write("\n")
                measure(out, from: start, .link(j), into: &tooLong)
            }
            return (out, tooLong)
        }
        return Text(bytes: TextBuffer.joined([head] + bodies.map(\.text)), tooLong: tooLong + bodies.flatMap(\.tooLong))
    }

    /// Notes the statement just written from `start` (its line feed last)
    /// when it is too long: each length is taken as it is written, with no
    /// second pass over the text.
    private static func measure(_ buffer: TextBuffer, from start: Int, _ statement: LongLine.Statement, into list: inout [LongLine]) {
        let length = buffer.bytes.count - start - 1
        if length > SourceText.maximumLineLength { list.append(LongLine(statement: statement, length: length)) }
    }

    /// ` [key: value, ...]`, or nothing when there are no attributes.
    static func attributeList(_ attributes: Attributes) -> String {
        guard !attributes.isEmpty else { return "" }
        return " [" + attributes.all.map { "\($0.key): \(value($0.value))" }.joined(separator: ", ") + "]"
    }

    static func value(_ value: AttributeValue) -> String {
        switch value {
        case .text(let s): item(s)
        case .list(let items): "[" + items.map(item).joined(separator: ", ") + "]"
        }
    }

    /// A value bare when the language reads it back unchanged (`2019-11`,
    /// `https://x.org`), else quoted.
    static func item(_ s: String) -> String {
        guard let first = s.utf8.first, isAlphanumeric(first), s.utf8.allSatisfy({ isAlphanumeric($0) || bare.contains($0) }) else {
            return quoted(s)
        }
        return s
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b &- 0x30) < 10 || ((b | 0x20) &- 0x61) < 26
    }

    /// `-_./:@+%?=&~`: characters a bare value may hold besides letters and digits.
    private static let bare: Set<UInt8> = Set("-_./:@+%?=&~".utf8)

    /// A quoted string with the language's three escapes.
    static func quoted(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 == 0x0A }) { return "\"" + s + "\"" }
        let escaped = s.escaped {
            switch $0 {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }
}
