/// Acronyms read as people read them: the letters of `DDaT` are the
/// initials of "Digital, Data and Technology", where a small word ("and",
/// "of") may give its letter or not (`CoP` is "Community of Practice",
/// `KIM` "Knowledge and Information Management"); `a11y` is the 11
/// letters between the a and the y of "accessibility".
enum Initials {
    /// The tokens, a contiguous run of `tokens`, whose initials spell
    /// `letters`; nil when none do. A run starts and ends with a word that
    /// counts (not a small word). Backtracks over small words only, so the
    /// cost is about O(tokens × letters).
    static func run(_ letters: String, in tokens: [String]) -> Range<Int>? {
        let letters = Array(letters)
        guard letters.count >= 2, letters.allSatisfy(\.isLetter) else { return nil }
        for start in tokens.indices where tokens[start].first == letters[0] && !Lexicon.stopWords.contains(tokens[start]) {
            if let end = match(letters, 0, tokens, start) { return start..<end }
        }
        return nil
    }

    /// Where a run that spells `letters[l...]` from token `t` ends, if it can.
    private static func match(_ letters: [Character], _ l: Int, _ tokens: [String], _ t: Int) -> Int? {
        if l == letters.count { return Lexicon.stopWords.contains(tokens[t - 1]) ? nil : t }
        guard t < tokens.count else { return nil }
        let token = tokens[t]
        if token.first == letters[l], let end = match(letters, l + 1, tokens, t + 1) { return end }
        if Lexicon.stopWords.contains(token), l > 0 { return match(letters, l, tokens, t + 1) }
        return nil
    }

    /// Whether `short` is a numeronym of `word`: `a11y` of "accessibility",
    /// `i18n` of "internationalisation".
    static func isNumeronym(_ short: String, of word: String) -> Bool {
        let chars = Array(short)
        guard chars.count >= 3, let first = chars.first, let last = chars.last, first.isLetter, last.isLetter,
              let n = Int(String(chars[1..<(chars.count - 1)])) else { return false }
        return word.count == n + 2 && word.first == first && word.last == last
    }

    /// Whether a word is shaped like a numeronym: a letter, digits, a letter (`a11y`).
    static func isNumeronymShape(_ word: String) -> Bool {
        let chars = Array(word)
        guard chars.count >= 3, chars.first!.isLetter, chars.last!.isLetter else { return false }
        return chars.dropFirst().dropLast().allSatisfy(\.isNumber)
    }
}
