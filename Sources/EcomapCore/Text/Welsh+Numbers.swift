import Foundation

/// Nouns after numbers. Welsh takes the singular after a numeral, mutated as
/// the numeral read aloud mutates it, and for larger numbers "o" with the
/// plural, soft-mutated: figures are read as words, so they are written so.
extension Welsh {
    /// Nouns of the phrase table that are feminine: they mutate after "un"
    /// (one) and take "tair" (no mutation) rather than "tri" after three.
    /// The rest of the table's counted nouns are masculine.
    static let feminine: Set<String> = [
        "cymuned", "sgwrs", "ffynhonnell", "llinell", "rhan", "ffordd", "sianel", "tudalen", "colofn", "rhes", "gwers", "carfan",
    ]

    /// `n` of a noun phrase, given its singular and its plural (`one` and
    /// `many`: "platfform ar goll", "platfformau ar goll"). The first word of
    /// each is the noun; what follows it is kept.
    ///
    /// - 0: "dim" and the plural ("dim platfformau ar goll").
    /// - 1: the singular, soft-mutated if it is feminine, but not ll or rh
    ///   ("1 platfform", "1 gymuned", "1 llinell"): "un".
    /// - 2: soft mutation ("2 blatfform", "2 gymuned"): "dau", "dwy".
    /// - 3: aspirate mutation if masculine ("3 phlatfform", "3 cymuned"): "tri", "tair".
    /// - 6: aspirate mutation ("6 phlatfform"): "chwe".
    /// - 4, 5, 7 to 10: the singular as it is ("5 platfform").
    /// - 11 and more: "o" and the plural, soft-mutated ("12 o blatfformau",
    ///   "100 o gymunedau"), as Welsh writes larger numbers.
    ///
    /// For `n` from 2 to 10 the words after a masculine noun come from `many`
    /// (the sense is plural: "2 gyswllt i'w cryfhau", not "i'w gryfhau"); after
    /// a feminine noun from `one`, whose adjectives agree with the singular
    /// ("2 gymuned gref").
    package static func count(_ n: Int, one: String, many: String) -> String {
        let (noun, oneRest) = split(one)
        let feminine = Welsh.feminine.contains(noun.lowercased())
        let manyRest = feminine ? oneRest : split(many).1
        switch n {
        case ...0: return "dim " + many
        case 1: return "1 " + (feminine ? mutate(String(noun), .softSparingLlRh) : String(noun)) + oneRest
        case 2: return "2 " + mutate(String(noun), .soft) + manyRest
        case 3: return "3 " + (feminine ? String(noun) : mutate(String(noun), .aspirate)) + manyRest
        case 6: return "6 " + mutate(String(noun), .aspirate) + manyRest
        case 4...10: return "\(n) " + noun + manyRest
        default: return "\(n) o " + mutate(many, .soft)
        }
    }

    /// A phrase's first word and the rest, its leading space kept.
    private static func split(_ phrase: String) -> (Substring, Substring) {
        let noun = phrase.prefix { $0 != " " }
        return (noun, phrase[noun.endIndex...])
    }

    /// Whether a word (or a number, as it is read in Welsh) begins with a
    /// vowel: 1 "un", 11 to 19 "un deg ...", 8, 80s, 800s ... "wyth".
    package static func startsWithVowel(_ word: some StringProtocol) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        if ("0"..."9").contains(first) {
            let digits = String(word.prefix { ($0.isASCII && $0.isNumber) || $0 == "," }).filter { $0 != "," }
            if digits.first == "1" { return digits.count == 1 || (digits.count == 2 && digits != "10") }
            return digits.first == "8" && digits.count <= 6
        }
        let letter = String(first).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return ["a", "e", "i", "o", "u", "w", "y"].contains(letter)
    }
}
