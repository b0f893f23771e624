/// The key drawn in the diagram: only what the map uses.
public struct Legend: Sendable {
    public struct KindEntry: Sendable {
        public var kind: NodeKind
        public var label: String
        public var attributes: [GVAttribute]
    }

    public struct LineEntry: Sendable {
        public var label: String
        /// Used in element ids and classes: `direction-one-way`, `strength-weak`.
        public var key: String
        public var attributes: [GVAttribute]
    }

    /// A sample node for something other than a kind (a broker's double outline).
    public struct MarkEntry: Sendable {
        public var key: String
        public var label: String
        public var attributes: [GVAttribute]
    }

    public var title: String
    public var kinds: [KindEntry]
    public var marks: [MarkEntry] = []
    /// Directions, then strengths, in a fixed order.
    public var lines: [LineEntry]
    /// Link types used, in a fixed order (built-in types first), as one line of text.
    public var types: String?
    /// Lines of text after the samples ("Larger nodes: higher betweenness").
    public var notes: [String] = []
    public var textColour: Colour
    public var background: Colour
    public var outline: Colour

    public var isEmpty: Bool { kinds.isEmpty && marks.isEmpty && lines.isEmpty && types == nil && notes.isEmpty }

    /// The key's element ids with the text each stands for; the SVG uses them
    /// as hover text, and ``LegendPlacer`` names its elements by them.
    public func elements(prefix: String) -> [(id: String, text: String)] {
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
