import EcomapCore

/// Puts the key beside a laid-out map, at fixed positions (points, y upwards).
enum LegendPlacer {
    static let row = 22.0
    static let gap = 28.0
    static let padding = 10.0

    /// Adds the key's nodes with their top-left corner at (`left`, `top`).
    static func place(_ legend: Legend, left: Double, top: Double, prefix: String, in graph: GraphBuilder) throws(Diagnostic) {
        let textLeft = left + padding + 44
        var y = top - padding - 26
        var widest = estimateWidth(legend.title, size: 11) + 2 * padding
        func text(_ key: String, _ label: String, at y: Double, x: Double = textLeft) throws(Diagnostic) {
            let width = estimateWidth(label, size: 10)
            widest = max(widest, x - left + width + padding)
            try graph.node("key:\(key):text", [
                .init(.id, Legend.textID(prefix, key)), .init(.class, "key-text"), .init(.shape, "plaintext"),
                .init(.label, GraphvizText.label(label) + "\\l"), .init(.fontname, DiagramBuilder.font),
                .init(.fontsize, "10"), .init(.fontcolor, legend.textColour.hex),
                .init(.width, format(width / 72)), .init(.height, "0.2"), .init(.fixedsize, "true"),
                .init(.pos, "\(format(x + width / 2)),\(format(y))"),
            ])
        }
        for entry in legend.kinds {
            try graph.node("key:\(entry.kind.rawValue)", entry.attributes + [
                .init(.id, Legend.sampleID(prefix, entry.kind.rawValue)), .init(.class, "key-sample \(entry.kind.rawValue)"),
                .init(.pos, "\(format(left + padding + 18)),\(format(y))"),
            ])
            try text(entry.kind.rawValue, entry.label, at: y)
            y -= row + 4
        }
        for entry in legend.marks {
            try graph.node("key:\(entry.key)", entry.attributes + [
                .init(.id, Legend.sampleID(prefix, entry.key)), .init(.class, "key-sample \(entry.key)"),
                .init(.pos, "\(format(left + padding + 18)),\(format(y))"),
            ])
            try text(entry.key, entry.label, at: y)
            y -= row + 4
        }
        for entry in legend.lines {
            let point: [GVAttribute] = [.init(.shape, "point"), .init(.width, "0.01"), .init(.style, "invis")]
            let x1 = left + padding, x2 = left + padding + 36
            let a = try graph.node("key:\(entry.key):a", point + [.init(.pos, "\(format(x1)),\(format(y))")])
            let b = try graph.node("key:\(entry.key):b", point + [.init(.pos, "\(format(x2)),\(format(y))")])
            try graph.edge(a, b, entry.attributes + [
                .init(.id, Legend.sampleID(prefix, entry.key)), .init(.class, "key-sample \(entry.key)"),
                .init(.pos, spline(from: x1, to: x2, y: y, direction: entry.attributes[.dir] ?? "none")),
            ])
            try text(entry.key, entry.label, at: y)
            y -= row
        }
        if let types = legend.types {
            try text("types", types, at: y - 2, x: left + padding)
            y -= row
        }
        for (i, note) in legend.notes.enumerated() {
            try text("note-\(i + 1)", note, at: y - 2, x: left + padding)
            y -= row
        }
        let bottom = y + row - 12
        try graph.subgraph("cluster_key", [
            .init(.id, "\(prefix)-key"), .init(.class, "key"), .init(.label, GraphvizText.label(legend.title)),
            .init(.labeljust, "l"), .init(.labelloc, "t"), .init(.fontname, DiagramBuilder.font), .init(.fontsize, "11"),
            .init(.fontcolor, legend.textColour.hex), .init(.style, "rounded,filled"),
            .init(.fillcolor, legend.background.hex), .init(.color, legend.outline.hex), .init(.penwidth, "1"),
            .init(.bb, "\(format(left)),\(format(bottom)),\(format(left + widest)),\(format(top))"),
        ])
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

    /// A generous estimate of text width in points (DejaVu Sans averages about
    /// 0.6 em per letter), for sizing the key's frame.
    static func estimateWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.62 + 4
    }

    static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

import Foundation
