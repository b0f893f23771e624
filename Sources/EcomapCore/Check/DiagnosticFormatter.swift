/// Writes diagnostics the way the Swift compiler does:
///
/// ```
/// Maps/scw.ecomap:12:8: error: unknown node 'practioners' [unknown-node]
/// scw -> practioners : informs "one-way updates"
///        ^~~~~~~~~~~
/// hint: did you mean 'practitioners'?
/// ```
public struct DiagnosticFormatter: Sendable {
    /// Colour with ANSI escapes (only when writing to a terminal).
    public var colour: Bool
    /// Source lines wider than this are shown as a window around the caret.
    public var width: Int
    /// Said after "and N more" when some are left out: how the reader can see
    /// them (a command line names its own option here).
    public var howToSeeMore: String?

    public init(colour: Bool = false, width: Int = 120, howToSeeMore: String? = nil) {
        self.colour = colour
        self.width = width
        self.howToSeeMore = howToSeeMore
    }

    /// One diagnostic, with its source line when `source` has it. Ends with a newline.
    public func format(_ d: Diagnostic, source: SourceText?) -> String {
        let place = location(d)
        var out = (place.isEmpty ? "" : bold(printable(place)) + " ") + severity(d.severity) + " "
            + bold(shortened(printable(d.message))) + " [\(d.code)]\n"
        // A binary file's "line" is noise; its message says all there is to say.
        if let source, d.range.line >= 1, d.range.line <= source.lineCount, d.code != .binaryFile {
            out += excerpt(source, d.range)
        }
        if let hint = d.hint { out += paint("hint:", "36") + " " + shortened(printable(hint)) + "\n" }
        return out
    }

    /// Many diagnostics, at most `limit` of them: errors are kept before
    /// warnings when some must be left out, and a last line says how many were.
    /// `totals` counts every problem found when `all` lists only some of them
    /// (``MapDocument/errorCount`` and ``MapDocument/warningCount``).
    public func format(_ all: [Diagnostic], sources: [String: SourceText], limit: Int,
                       totals: (errors: Int, warnings: Int)? = nil) -> String {
        var shown = all
        if all.count > limit {
            let errors = all.filter { $0.severity == .error }
            let warnings = all.filter { $0.severity == .warning }
            let notes = all.filter { $0.severity == .note }
            shown = (Array(errors.prefix(limit)) + Array(warnings.prefix(max(0, limit - errors.count)))
                + Array(notes.prefix(max(0, limit - errors.count - warnings.count)))).sortedByPlace()
        }
        var out = shown.map { format($0, source: sources[$0.file]) }.joined()
        let errors = max(totals?.errors ?? 0, all.errorCount), warnings = max(totals?.warnings ?? 0, all.warningCount)
        let notes = all.noteCount
        if errors + warnings + notes > shown.count {
            let rest = errors + warnings + notes - shown.count
            out += "... and \(rest) more (\(count(errors, "error")) and \(count(warnings, "warning"))"
                + (notes == 0 ? "" : ", \(count(notes, "note"))") + " in all"
                + (howToSeeMore.map { "; \($0)" } ?? "") + ")\n"
        }
        return out
    }

    /// `file:line:column:`, `file: Sheet!B7:` for a spreadsheet's cell, or
    /// `file:` for a whole file; nothing for a problem with no file at all (a
    /// library call given a value it can't use).
    private func location(_ d: Diagnostic) -> String {
        if d.range.line >= 1 { return "\(d.file):\(d.range.line):\(d.range.column):" }
        // A spreadsheet has no lines: its problems are placed by cell.
        if let cell = d.cell { return "\(d.file): \(cell):" }
        return d.file.isEmpty ? "" : "\(d.file):"
    }

    private func severity(_ s: Diagnostic.Severity) -> String {
        switch s {
        case .error: paint("error:", "1;31")
        case .warning: paint("warning:", "1;35")
        case .note: paint("note:", "1;36")
        }
    }

    /// The source line and a caret line under `range`, trimmed to `width` columns around the caret.
    private func excerpt(_ source: SourceText, _ range: SourceRange) -> String {
        let window = source.window(line: range.line, around: range.column, width: width)
        let prefix = window.cutBefore ? "..." : ""
        let body = printable(window.text)
        let text = prefix + body + (window.cutAfter ? "..." : "")
        let column = prefix.count + window.column - 1
        // Tabs in the line stay tabs under it, so the caret lines up in any terminal.
        let lead = text.unicodeScalars.prefix(column).map { $0 == "\t" ? "\t" : " " }.joined()
        let span = max(1, min(range.length, body.unicodeScalars.count - (window.column - 1)))
        let marker = "^" + String(repeating: "~", count: span - 1)
        return text + "\n" + lead + paint(marker, "1;32") + "\n"
    }

    /// Control characters from a file must not reach the terminal (they could
    /// move the cursor or change its title); each becomes U+FFFD. Tabs stay.
    private func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            out.append((s.value < 0x20 && s != "\t") || s.value == 0x7F ? "\u{FFFD}" : s)
        }
        return String(out)
    }

    /// Messages quote the file's words; a 10,000-letter id must not make a 10,000-letter message.
    private func shortened(_ text: String) -> String {
        let limit = 2 * width
        guard text.unicodeScalars.count > limit else { return text }
        var out = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit - 3)))
        out += "..."
        return out
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String { paint(text, "1") }
}
