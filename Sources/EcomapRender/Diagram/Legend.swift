import EcomapCore

/// The key drawn in the diagram: only what the map uses.
package struct Legend: Sendable {
    package struct KindEntry: Sendable {
        package var kind: NodeKind
        package var label: String
        package var attributes: [GVAttribute]
    }

    package struct LineEntry: Sendable {
        package var label: String
        /// Used in element ids and classes: `direction-one-way`, `strength-weak`.
        package var key: String
        package var attributes: [GVAttribute]
    }

    /// A sample node for something other than a kind (a broker's double outline).
    package struct MarkEntry: Sendable {
        package var key: String
        package var label: String
        package var attributes: [GVAttribute]
    }

    package var title: String
    package var kinds: [KindEntry]
    package var marks: [MarkEntry] = []
    /// Directions, then strengths, in a fixed order.
    package var lines: [LineEntry]
    /// Link types used, in a fixed order (built-in types first), as one line of text.
    package var types: String?
    /// Lines of text after the samples ("Larger nodes: higher betweenness").
    package var notes: [String] = []
    package var textColour: Colour
    package var background: Colour
    package var outline: Colour

    package var isEmpty: Bool { kinds.isEmpty && marks.isEmpty && lines.isEmpty && types == nil && notes.isEmpty }

    /// The key's element ids with the text each stands for; the SVG uses them
    /// as hover text, and ``LegendPlacer`` names its elements by them.
    package func elements(prefix: String) -> [(id: String, text: String)] {
        var out: [(String, String)] = [("\(prefix)-key", title)]
        for entry in kinds {
            out.append((Legend.sampleID(prefix, entry.kind.rawValue), entry.label))
            out.append((Legend.textID(prefix, entry.kind.rawValue), entry.label))
        }
        for entry in marks {
            out.append((Legend.sampleID(prefix, entry.key), entry.label))
            out.append((Legend.textID(prefix, entry.key), entry.label))
        }
        for entry in lines {
            out.append((Legend.sampleID(prefix, entry.key), entry.label))
            out.append((Legend.textID(prefix, entry.key), entry.label))
        }
        if let types { out.append((Legend.textID(prefix, "types"), types)) }
        for (i, note) in notes.enumerated() { out.append((Legend.textID(prefix, "note-\(i + 1)"), note)) }
        return out
    }

    static func sampleID(_ prefix: String, _ key: String) -> String { "\(prefix)-key-\(key)" }
    static func textID(_ prefix: String, _ key: String) -> String { "\(prefix)-key-\(key)-text" }
}
