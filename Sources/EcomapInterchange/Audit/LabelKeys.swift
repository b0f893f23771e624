import Foundation

/// The forms of a label the audit compares: its words with case, accents,
/// punctuation, word order and plurals set aside, and its initials with any
/// acronym in it spelt out.
struct LabelKeys {
    /// Significant words, lower case, accents removed, plurals made singular, sorted.
    var words: [String]
    /// `words` joined: labels with the same key say the same thing.
    var key: String
    /// The first letters of the significant words, an acronym (`ED&I`) giving
    /// its own letters: "ED&I network" and "Equality, Diversity and Inclusion
    /// Network" both give "edin".
    var initials: String
    /// Whether the label holds an acronym (a word of two or more capitals, such as HR or OD&D).
    var hasAcronym: Bool
    /// The number of significant words.
    var wordCount: Int

    /// Words that say nothing about which group is meant, in English and Welsh.
    static let stopWords: Set<String> = ["and", "the", "of", "for", "a", "an", "in", "on", "to", "at", "y", "yr", "ac", "a'r"]

    init(_ label: String) {
        var significant: [String] = []
        var initials = ""
        var hasAcronym = false
        for raw in label.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "/" || $0 == "(" || $0 == ")" || $0 == "-" }) {
            let letters = raw.filter { $0.isLetter || $0.isNumber }
            guard !letters.isEmpty else { continue }
            let isAcronym = letters.count >= 2 && letters.allSatisfy { $0.isUppercase || $0.isNumber } && letters.contains { $0.isLetter }
            let folded = LabelKeys.fold(String(letters))
            if isAcronym {
                hasAcronym = true
                initials += folded
                significant.append(folded)
                continue
            }
            guard !LabelKeys.stopWords.contains(folded) else { continue }
            significant.append(LabelKeys.singular(folded))
            if let first = folded.first { initials.append(first) }
        }
        words = significant.sorted()
        key = words.joined(separator: " ")
        self.initials = initials
        self.hasAcronym = hasAcronym
        wordCount = significant.count
    }

    /// Lower case without accents: "Ŵyl" and "wyl" are one word.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// "networks" → "network", but "business" stays.
    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") else { return word }
        return String(word.dropLast())
    }
}
