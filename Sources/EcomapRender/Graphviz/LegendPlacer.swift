import EcomapCore

/// Puts the key into a laid-out map's graph, at fixed positions (points, y upwards).
///
/// The key is one column at 10 pt, as small as it can be while it reads: a
/// sample and its words per row, and the link types (when the lines carry
/// them) wrapped to a short paragraph. ``size(of:)`` says how much room it
/// takes, so that it can be placed where it costs the drawing least.
enum LegendPlacer {
    static let row = 24.0
    static let padding = 8.0
    /// The width the link types' paragraph is wrapped to.
    static let paragraph = 180.0
    static let textSize = 10.0
    static let lineHeight = 12.5
    /// Room for the title under the frame's top edge.
    static let titleRoom = 20.0

    /// The room the key takes, frame included.
    static func size(of legend: Legend) -> Size {
        let plan = Plan(legend)
        return Size(width: plan.width, height: plan.height)
    }

    /// What goes where, relative to the key's top-left corner (y downwards).
    private struct Plan {
        enum Entry {
            case sample(key: String, attributes: [GVAttribute], classes: String, label: String)
            case line(key: String, attributes: [GVAttribute], label: String)
            case text(key: String, lines: [String])
        }
        var entries: [(Entry, y: Double)]
        var width: Double
        var height: Double

        init(_ legend: Legend) {
            var entries: [(Entry, y: Double)] = []
            var y = LegendPlacer.titleRoom + LegendPlacer.row / 2
            var widest = textWidth(legend.title, size: 11) + 2 * LegendPlacer.padding
            let textLeft = LegendPlacer.padding + 44
            // A bilingual entry is two lines (first language above): its row is taller.
            func add(_ entry: Entry, label: String) {
                let lines = label.split(separator: "\n")
                let height = max(LegendPlacer.row, Double(lines.count) * LegendPlacer.lineHeight + 6)
                y += (height - LegendPlacer.row) / 2
                entries.append((entry, y))
                for line in lines {
                    widest = max(widest, textLeft + textWidth(String(line), size: LegendPlacer.textSize) + LegendPlacer.padding)
                }
                y += LegendPlacer.row + (height - LegendPlacer.row) / 2
            }
            for entry in legend.kinds {
                add(.sample(key: entry.kind.rawValue, attributes: entry.attributes, classes: entry.kind.rawValue, label: entry.label), label: entry.label)
            }
            for entry in legend.marks {
                add(.sample(key: entry.key, attributes: entry.attributes, classes: entry.key, label: entry.label), label: entry.label)
            }
            for entry in legend.lines { add(.line(key: entry.key, attributes: entry.attributes, label: entry.label), label: entry.label) }
            var paragraphs: [(String, String)] = []
            if let types = legend.types { paragraphs.append(("types", types)) }
            for (i, note) in legend.notes.enumerated() { paragraphs.append(("note-\(i + 1)", note)) }
            y -= LegendPlacer.row / 2
            for (key, text) in paragraphs {
                let lines = text.split(separator: "\n").flatMap {
                    LegendPlacer.wrap(String($0), width: max(LegendPlacer.paragraph, widest - 2 * LegendPlacer.padding))
                }
                let height = Double(lines.count) * LegendPlacer.lineHeight
                entries.append((.text(key: key, lines: lines), y + 4 + height / 2))
                widest = max(widest, (lines.map { textWidth($0, size: LegendPlacer.textSize) }.max() ?? 0) + 2 * LegendPlacer.padding)
                y += height + 4
            }
            self.entries = entries
            width = widest.rounded(.up)
            height = (y + LegendPlacer.padding).rounded(.up)
        }
    }

    /// Adds the key's nodes with its top-left corner at (`left`, `top`).
    static func place(_ legend: Legend, left: Double, top: Double, prefix: String, in graph: GraphBuilder) throws(Diagnostic) {
        let plan = Plan(legend)
        let textLeft = left + padding + 44
        func text(_ key: String, _ lines: [String], at y: Double, x: Double) throws(Diagnostic) {
            let width = lines.map { textWidth($0, size: textSize) }.max() ?? 0
            try graph.node("key:\(key):text", [
                .init(.id, Legend.textID(prefix, key)), .init(.class, "key-text"), .init(.shape, "plaintext"),
                .init(.label, lines.map { GraphvizText.label($0) + "\\l" }.joined()), .init(.fontname, DiagramBuilder.font),
                .init(.fontsize, format(textSize)), .init(.fontcolor, legend.textColour.hex), .init(.margin, "0"),
                .init(.width, format(width / 72)), .init(.height, format(Double(lines.count) * lineHeight / 72)),
                .init(.fixedsize, "true"), .init(.pos, "\(format(x + width / 2)),\(format(y))"),
            ])
        }
        for (entry, dy) in plan.entries {
            let y = top - dy
            switch entry {
            case .sample(let key, let attributes, let classes, let label):
                try graph.node("key:\(key)", attributes + [
                    .init(.id, Legend.sampleID(prefix, key)), .init(.class, "key-sample \(classes)"),
                    .init(.pos, "\(format(left + padding + 18)),\(format(y))"),
                ])
                try text(key, label.split(separator: "\n").map(String.init), at: y, x: textLeft)
            case .line(let key, let attributes, let label):
                let point: [GVAttribute] = [.init(.shape, "point"), .init(.width, "0.01"), .init(.style, "invis")]
                let x1 = left + padding, x2 = left + padding + 36
                let a = try graph.node("key:\(key):a", point + [.init(.pos, "\(format(x1)),\(format(y))")])
                let b = try graph.node("key:\(key):b", point + [.init(.pos, "\(format(x2)),\(format(y))")])
                try graph.edge(a, b, attributes + [
                    .init(.id, Legend.sampleID(prefix, key)), .init(.class, "key-sample \(key)"),
                    .init(.pos, spline(from: x1, to: x2, y: y, direction: attributes[.dir] ?? "none")),
                ])
                try text(key, label.split(separator: "\n").map(String.init), at: y, x: textLeft)
            case .text(let key, let lines):
                try text(key, lines, at: y, x: left + padding)
            }
        }
        try graph.subgraph("cluster_key", [
            .init(.id, "\(prefix)-key"), .init(.class, "key"), .init(.label, GraphvizText.label(legend.title)),
            .init(.labeljust, "l"), .init(.labelloc, "t"), .init(.fontname, DiagramBuilder.font), .init(.fontsize, "11"),
            .init(.fontcolor, legend.textColour.hex), .init(.style, "rounded,filled"),
            .init(.fillcolor, legend.background.hex), .init(.color, legend.outline.hex), .init(.penwidth, "1"),
            .init(.bb, "\(format(left)),\(format(top - plan.height)),\(format(left + plan.width)),\(format(top))"),
        ])
    }

    /// Words in lines no wider than `width` at the key's text size.
    static func wrap(_ text: String, width: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && textWidth(candidate, size: textSize) > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A straight line as a Graphviz spline, with room for arrowheads: every
    /// edge then has its route, so the "nop2" pass routes none (re-routing
    /// curved lines costs seconds on a large map).
    static func spline(from x1: Double, to x2: Double, y: Double, direction: String) -> String {
        let head = 7.0
        let start = direction == "both" ? x1 + head : x1
        let end = direction == "forward" || direction == "both" ? x2 - head : x2
        let third = (end - start) / 3
        var pos = ""
        if direction == "both" { pos += "s,\(format(x1)),\(format(y)) " }
        if direction == "forward" || direction == "both" { pos += "e,\(format(x2)),\(format(y)) " }
        pos += [start, start + third, end - third, end].map { "\(format($0)),\(format(y))" }.joined(separator: " ")
        return pos
    }

    /// Text width in points with a little to spare (Graphviz measures with the real font).
    static func textWidth(_ text: String, size: Double) -> Double {
        TextWidth.of(text, size: size) * 1.04 + 3
    }

    static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

extension Diagram {
    /// The room the map's own key takes in the largest of its languages
    /// (``Diagram/ownKeys``): what its layout leaves beside or below it.
    var keyRoom: Size? {
        let sizes = ownKeys.map(LegendPlacer.size(of:))
        guard let width = sizes.map(\.width).max(), let height = sizes.map(\.height).max() else { return nil }
        return Size(width: width, height: height)
    }
}
