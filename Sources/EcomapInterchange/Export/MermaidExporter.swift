import EcomapCore

/// A map as a Mermaid flowchart, so it shows on Git hosts that draw Mermaid
/// in Markdown: one `classDef` per kind in the theme's colours (or the map's
/// `style` colours), a shape per kind, an arrow per link (`-->` one-way,
/// `<-->` two-way, `---` undirected) labelled with its type and label.
///
/// Nodes are named `n0`, `n1`, ... in map order, because Mermaid reads `-`
/// and `.` in a name as parts of an arrow, and some words (`end`) as syntax.
/// Labels are always quoted, with the characters Mermaid reads specially
/// written as its entity codes (`"` is `#quot;`).
public enum MermaidExporter {
    /// The flowchart's text, in `theme`'s colours where the map sets none of its own.
    public static func flowchart(_ checked: CheckedMap, theme: Theme = .standard) -> String {
        let map = checked.map
        var out = ""
        if let title = map.title {
            out += "---\ntitle: \"\(title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: " "))\"\n---\n"
        }
        out += "flowchart LR\n"
        for kind in NodeKind.allCases where map.nodes.contains(where: { $0.kind == kind }) {
            let fill = map.colour(of: kind) ?? theme.fill(kind)
            out += "    classDef \(kind.rawValue) fill:\(fill.hex),stroke:\(theme.outline.hex),color:\(theme.text(on: fill).hex)\n"
        }
        var names: [String: String] = [:]
        for (i, node) in map.nodes.enumerated() where names[node.id] == nil {
            names[node.id] = "n\(i)"
            let (open, close) = shape(node.kind)
            out += "    n\(i)\(open)\"\(escape(node.label))\"\(close):::\(node.kind.rawValue)\n"
        }
        for link in map.links {
            guard let a = names[link.from], let b = names[link.to] else { continue }
            let arrow = switch link.direction { case .oneWay: "-->"; case .twoWay: "<-->"; case .undirected: "---" }
            let text = [link.type, link.label].compactMap { $0 }.joined(separator: ": ")
            out += text.isEmpty ? "    \(a) \(arrow) \(b)\n" : "    \(a) \(arrow)|\"\(escape(text))\"| \(b)\n"
        }
        return out
    }

    /// Organisations rounded boxes, platforms hexagons, people stadiums, communities subroutine boxes.
    static func shape(_ kind: NodeKind) -> (String, String) {
        switch kind {
        case .organisation: ("(", ")")
        case .platform: ("{{", "}}")
        case .person: ("([", "])")
        case .community: ("[[", "]]")
        }
    }

    /// Text for inside a quoted Mermaid label: `"`, `#`, `<`, `>`, `&`, `|`
    /// and backticks as entity codes, line breaks as `<br>`.
    static func escape(_ text: String) -> String {
        text.escaped { c in
            switch c {
            case "\"": "#quot;"
            case "#": "#35;"
            case "<": "#lt;"
            case ">": "#gt;"
            case "&": "#amp;"
            case "|": "#124;"
            case "`": "#96;"
            case "\n": "<br>"
            default: c.value < 0x20 ? " " : nil
            }
        }
    }
}
