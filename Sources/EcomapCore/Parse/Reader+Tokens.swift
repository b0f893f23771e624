/// The small tokens of the language: identifiers, link operators and quoted strings.
extension Reader {
    /// Whether an identifier starts under the cursor.
    func isAtIdentifier() -> Bool {
        guard let b = current else { return false }
        if b < 0x80 { return Identifier.isIdentifierByte(b) }
        return scalar(at: position).map(Identifier.isIdentifierScalar) ?? false
    }

    /// Reads an identifier: letters, digits and `_`, with single `-` or `.`
    /// between them (`social-care`, `team.a`), so that `a->b` still reads as a link.
    mutating func readIdentifier() -> (text: String, range: SourceRange)? {
        guard isAtIdentifier() else { return nil }
        let start = position
        while position < end {
            let b = bytes[position]
            if b < 0x80 {
                if Identifier.isIdentifierByte(b) { position += 1; continue }
                if b == UInt8(ascii: "-") || b == UInt8(ascii: ".") {
                    var next = self
                    next.position += 1
                    if next.isAtIdentifier() { position += 1; continue }
                }
                break
            }
            // Combining marks continue an id, so an accent typed as a letter
            // and a mark (e + U+0301, as some editors save it) is one id.
            guard let s = scalar(at: position), Identifier.isIdentifierScalar(s) || Identifier.isMark(s) else { break }
            position += scalarWidth(at: position)
        }
        return (text(start, position), range(start, position))
    }

    /// Reads a link operator: `->`, `<-`, `<->` or `--`.
    mutating func readOperator() -> (direction: LinkDirection, reversed: Bool, range: SourceRange)? {
        let start = position
        let a = byte(at: position), b = byte(at: position + 1), c = byte(at: position + 2)
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), dash = UInt8(ascii: "-")
        if a == lt, b == dash, c == gt {
            position += 3
            return (.twoWay, false, range(start, position))
        }
        if a == lt, b == dash {
            position += 2
            return (.oneWay, true, range(start, position))
        }
        if a == dash, b == gt {
            position += 2
            return (.oneWay, false, range(start, position))
        }
        if a == dash, b == dash {
            position += 2
            return (.undirected, false, range(start, position))
        }
        return nil
    }

    /// Whether a link operator starts under the cursor.
    func isAtOperator() -> Bool {
        let a = byte(at: position), b = byte(at: position + 1)
        return (a == UInt8(ascii: "<") && b == UInt8(ascii: "-"))
            || (a == UInt8(ascii: "-") && (b == UInt8(ascii: ">") || b == UInt8(ascii: "-")))
    }

    /// A hint for arrows people paste from word processors or other tools.
    func operatorLookalikeHint() -> String? {
        let ahead = text(position, min(end, position + 3))
        if ahead.hasPrefix("<=>") || ahead.hasPrefix("<>") { return "write '<->' for a two-way link" }
        if ahead.hasPrefix("=>") || ahead.hasPrefix(">") { return "write '->' for a one-way link" }
        if ahead.hasPrefix("<=") { return "write '<-' for a one-way link pointing back" }
        guard let s = scalar(at: position) else { return nil }
        switch s {
        case "→", "⟶", "➔": return "write '->' for a one-way link"
        case "←", "⟵": return "write '<-' for a one-way link pointing back"
        case "↔", "⟷": return "write '<->' for a two-way link"
        case "—", "–": return "write '--' for an undirected link, or '->' for a one-way one"
        case "=": return "links are written with '->', '<-', '<->' or '--'"
        default: return nil
        }
    }

    /// Whether a quoted string starts under the cursor, curly quotes included
    /// (they are reported, not silently misread).
    func isAtString() -> Bool {
        guard let b = current else { return false }
        if b == UInt8(ascii: "\"") { return true }
        return isAtCurlyQuote()
    }

    /// The error for finding something other than what was expected; curly
    /// quotes get their own explanation, since they look right to the writer.
    mutating func unexpected(_ message: String, hint: String? = nil) -> Diagnostic {
        if isAtCurlyQuote() {
            return Diagnostic(.curlyQuote, "curly quotes can't start a string or an id",
                          hint: "use straight quotes: \"like this\" (word processors often turn them curly)",
                          at: here())
        }
        return Diagnostic(.syntax, "\(message), found \(describeCurrent())",
                      hint: isAtInvisible() ? Reader.invisibleHint : hint, at: here())
    }

    func isAtCurlyQuote() -> Bool {
        guard let s = scalar(at: position) else { return false }
        return s == "\u{201C}" || s == "\u{201D}" || s == "\u{201E}" || s == "\u{2018}" || s == "\u{2019}"
    }

    /// Reads a quoted string. Escapes: `\"`, `\\` and `\n` (a line break).
    /// A string ends on the line it starts on.
    mutating func readString() throws(Diagnostic) -> (text: String, range: SourceRange) {
        if isAtCurlyQuote() { throw unexpected("expected a string") }
        let start = position
        position += 1
        var escaped = false
        var i = position
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { escaped = true; i += 1 }
            i += 1
        }
        guard i < end else {
            throw Diagnostic(.unterminatedString, "unterminated string",
                         hint: "close it with '\"' on the same line; write \\n for a line break inside a label",
                         at: range(start, start + 1))
        }
        position = i + 1
        try refuseUnshowable(start + 1, i)
        let content = escaped ? try unescape(start + 1, i) : text(start + 1, i)
        return (content, range(start, position))
    }

    private mutating func unescape(_ start: Int, _ stop: Int) throws(Diagnostic) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(stop - start)
        var i = start
        while i < stop {
            let b = bytes[i]
            guard b == UInt8(ascii: "\\") else { out.append(b); i += 1; continue }
            switch bytes[i + 1] {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "n"): out.append(0x0A)
            default:
                let width = scalarWidth(at: i + 1)
                throw Diagnostic(.unknownEscape, "unknown escape '\\\(text(i + 1, i + 1 + width))' in a string",
                             hint: "the escapes are \\\" (a quote), \\\\ (a backslash) and \\n (a line break)",
                             at: range(i, i + 1 + width))
            }
            i += 2
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Throws for the first character in bytes `start..<stop` that no drawing
    /// or page can hold: a control character other than tab (U+0001 to
    /// U+001F; NUL makes the file binary) or the non-characters U+FFFE and
    /// U+FFFF. XML 1.0 forbids them, so an SVG holding one is not XML and
    /// browsers refuse to show it; a line break in a label is written `\n`.
    mutating func refuseUnshowable(_ start: Int, _ stop: Int) throws(Diagnostic) {
        var i = start
        while i < stop {
            let b = bytes[i]
            let width: Int
            if b < 0x20, b != 0x09 {
                width = 1
            } else if b == 0xEF, i + 2 < stop, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
                width = 3
            } else {
                i += 1
                continue
            }
            let value = width == 1 ? UInt32(b) : 0xFFFE + UInt32(bytes[i + 2] - 0xBE)
            throw Reader.unshowable(value, at: range(i, i + width))
        }
    }

    /// The diagnostic for a character text can't hold, named by its code point.
    static func unshowable(_ value: UInt32, at range: SourceRange) -> Diagnostic {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
                                       0x0D: "carriage return", 0x1B: "escape"]
        let what = value >= 0xFFFE ? "\(code), which is not a character"
            : "the control character \(code)" + (names[value].map { " (\($0))" } ?? "")
        return Diagnostic(.invalidCharacter, "text can't hold \(what)",
                      hint: "delete it: no drawing or page can show it (text pasted from other programs sometimes carries such characters); write \\n for a line break",
                      at: range)
    }
}
