import EcomapCore

/// A `funded` cell as people fill it in: a yes or no, often with how after
/// it ("Yes - £5k", "Yes (central L&D budget)", "Partly: bid pending"), or
/// only an amount ("£5k"). The yes or no is `funded`; what follows is
/// `funding`.
enum FundedCell: Equatable {
    /// Nothing to say: empty, "n/a", "-" (the audit counts it missing).
    case nothing
    /// The value, and what the cell says after it, if anything.
    case value(Funded, rest: String?)
    /// Words that say neither yes nor no ("Seeking funding"): the import's error, at the cell.
    case unclear(String)

    /// The words each value may start with, longest first within a value so
    /// that "not funded" is read before "no".
    private static let words: [(Funded, [String])] = [
        (.unknown, ["not known", "don't know", "dont know", "unknown", "unsure", "tbc", "tbd", "n/k", "?"]),
        (.no, ["not funded", "unfunded", "false", "none", "nil", "no", "n"]),
        (.partly, ["part-funded", "part funded", "partially", "partial", "partly", "some", "part"]),
        (.yes, ["fully funded", "funded", "true", "yes", "y"]),
    ]

    static func read(_ cell: CellValue) -> FundedCell {
        if case .boolean(let b) = cell { return .value(b ? .yes : .no, rest: nil) }
        let text = CellText.clean(cell.text)
        let lower = text.lowercased()
        if lower.isEmpty || ["n/a", "na", "-", "–", "—"].contains(lower) { return .nothing }
        for (value, starts) in words {
            for start in starts where lower.hasPrefix(start) {
                let after = lower.dropFirst(start.count)
                // A whole word: "no" is not the start of "November", nor "y" of "yearly".
                guard after.isEmpty || after.first.map(separates) == true else { continue }
                return .value(value, rest: rest(of: text, after: start.count))
            }
        }
        // An amount alone says it is funded, and how much: "£5k", "5000"; nothing at all says no.
        if let first = lower.unicodeScalars.first, "£$€0123456789".unicodeScalars.contains(first) {
            let digits = lower.filter(\.isNumber)
            if !digits.isEmpty, digits.allSatisfy({ $0 == "0" }), lower.count <= 4 { return .value(.no, rest: nil) }
            return .value(.yes, rest: text)
        }
        return .unclear(text)
    }

    private static func separates(_ c: Character) -> Bool {
        c.isWhitespace || "-–—:;,(/.".contains(c)
    }

    /// The text after the first `count` characters, without the separators
    /// and brackets around it; nil when nothing is left.
    private static func rest(of text: String, after count: Int) -> String? {
        var rest = Substring(text.dropFirst(count))
        rest = rest.drop { separates($0) }
        if text.dropFirst(count).contains("("), rest.last == ")" { rest = rest.dropLast() }
        let out = rest.trimmingCharacters(in: .whitespaces)
        return out.isEmpty ? nil : out
    }
}
