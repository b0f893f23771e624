import EcomapCore

/// A cell's value as the map holds it.
enum CellText {
    /// The text of a cell: trimmed, line breaks made `\n` (Windows writes
    /// CR LF inside cells), and control characters, which no map can hold,
    /// made spaces.
    static func clean(_ text: String) -> String {
        // Most cells need nothing done: check the bytes first, copying nothing.
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        // ASCII letters, digits and marks at both ends are no white space, whatever the middle holds.
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F, !utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            return text
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return trimmed }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in trimmed.unicodeScalars {
            defer { previousCR = s == "\r" }
            if s == "\n" && previousCR { continue }
            if s == "\r" || s == "\n" { out.append("\n"); continue }
            if s == "\t" { out.append(s); continue }
            out.append(s.value < 0x20 || s.value == 0x7F ? " " : s)
        }
        return String(out)
    }

    /// The items of a `|`-separated cell, each trimmed, empty ones dropped.
    static func items(_ text: String) -> [String] {
        if !text.utf8.contains(0x7C) {
            let one = clean(text)
            return one.isEmpty ? [] : [one]
        }
        return text.split(separator: "|").map { clean(String($0)) }.filter { !$0.isEmpty }
    }

    /// A link's direction from Kumu's words (directed, mutual, undirected) or ecomap's.
    static func direction(_ text: String) -> LinkDirection? {
        switch text {
        case "directed": return .oneWay
        case "mutual": return .twoWay
        case "undirected": return .undirected
        default: break
        }
        return switch clean(text).lowercased() {
        case "", "directed", "one-way", "one way", "->": .oneWay
        case "mutual", "two-way", "two way", "bidirectional", "<->": .twoWay
        case "undirected", "none", "--": .undirected
        default: nil
        }
    }
}
