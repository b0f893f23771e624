/// Text made safe for XML (GraphML, GEXF and the parts of an `.xlsx`).
enum XMLText {
    /// `&`, `<`, `>` and `"` escaped; in attributes, tabs and line breaks too,
    /// since a parser turns them into spaces there. Characters XML 1.0 can't
    /// hold at all (most control characters) are left out.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        // Most text needs nothing: check the bytes before building anything.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) {
            return text
        }
        return text.escaped { s in
            switch s {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"" where attribute: "&quot;"
            case "\n" where attribute: "&#10;"
            case "\t" where attribute: "&#9;"
            case "\r": "&#13;"
            case "\t", "\n": nil
            default: s.value < 0x20 || s.value == 0xFFFE || s.value == 0xFFFF ? "" : nil
            }
        }
    }
}

extension TextBuffer {
    /// `text` escaped for XML (see ``XMLText/escape(_:attribute:)``).
    mutating func writeXML(_ text: String, attribute: Bool = false) {
        write(XMLText.escape(text, attribute: attribute))
    }
}

/// What type a column of attribute values is, for formats that type their
/// keys (GraphML, GEXF) and JSON, where numbers stay numbers.
enum ValueType: String, Sendable {
    case integer, double, string

    /// A whole number written plainly (`13`, `-2`), as it would be read back.
    static func isInteger(_ v: String) -> Bool {
        guard let n = Int64(v) else { return false }
        return String(n) == v
    }

    /// A number written as a program writes it (`0.5`, `13`), not `0.50` or `1e3`,
    /// so that writing it as a number and reading it back gives the same text.
    static func isNumber(_ v: String) -> Bool {
        if isInteger(v) { return true }
        guard let d = Double(v), d.isFinite, v.first != "+", !v.contains("e"), !v.contains("E") else { return false }
        return String(d) == v
    }
}
