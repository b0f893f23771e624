import Foundation

/// A community's name as the audit compares it: its words in order, each
/// folded (case, accents, plurals, `'s`) and given a role, so that
/// "Line Managers' Network" and "line manager community" read alike.
///
/// Made once per node, in time linear in the label's length.
struct NameForm: Sendable {
    /// What a word does in a name.
    enum Role: Sendable, Equatable {
        /// Says what the group is about: "Data", "Science", "Agile".
        case topic
        /// Qualifies without telling groups apart: "staff", "delivery" (``Lexicon/weakWords``).
        case weak
        /// Names an organisation: "EA", "Defra", "Environment Agency".
        case organisation
        /// Names the kind of group: "network", "community", "CoP".
        case group
    }

    struct Word: Sendable {
        /// Folded: lower case, no accents, singular ("managers" is "manager").
        var text: String
        /// As the label writes it, for the reasons ("CoP", "Managers'").
        var original: String
        var role: Role
        /// Written in capitals (`DDaT`, `CoP`, `ED&I`): its letters may be the initials of other words.
        var isAcronym = false
        /// The tokens of ``NameForm/tokens`` it was read from.
        var tokens: Range<Int>
        /// Made from an abbreviation the sector writes (`UX`, `Comms`): the original it came from.
        var expandedFrom: String?
        /// Made from another name for the same thing (``Lexicon/synonyms``): the phrase as written ("Pride").
        var sameAs: String?

        /// Digits alone ("4", "2024"): a number, which no likeness of words pairs.
        var isNumber: Bool { !text.isEmpty && text.allSatisfy(\.isNumber) }

        /// How much the word counts: a topic word 1, others less (``Likeness``).
        var weight: Double {
            switch role {
            case .topic: 1
            case .weak: Likeness.weakWeight
            case .organisation: Likeness.organisationWeight
            case .group: 0
            }
        }
    }

    let label: String
    /// Every token in order, folded, small words included: what initials are read from.
    let tokens: [String]
    /// The tokens as written.
    let written: [String]
    /// The words that count, in order (small words left out).
    let words: [Word]
    /// The folded words sorted, small words and group-phrase reading aside:
    /// two labels with one key differ only in case, punctuation, order or plurals.
    let key: String

    init(_ label: String) {
        self.label = label
        let raw = NameForm.split(label)
        let shouting = !label.contains { $0.isLowercase }
        var tokens: [String] = [], written: [String] = [], acronym: [Bool] = []
        for token in raw {
            for part in NameForm.camelParts(token) {
                let isAcronym = NameForm.isAcronym(part, shouting: shouting)
                var folded = NameForm.fold(part)
                if isAcronym, folded.count > 2, folded.hasSuffix("s"), part.last == "s" { folded.removeLast() }  // ELMs
                tokens.append(folded)
                written.append(part)
                acronym.append(isAcronym)
            }
        }
        self.tokens = tokens
        self.written = written
        var words: [Word] = []
        var i = 0
        while i < tokens.count {
            if let (length, word) = NameForm.phrase(at: i, in: tokens) {
                words.append(word)
                i += length
                continue
            }
            if let synonym = NameForm.synonym(at: i, in: tokens) {
                let written = written[i..<(i + synonym.phrase.count)].joined(separator: " ")
                for text in synonym.means {
                    words.append(Word(text: text, original: written, role: NameForm.role(of: text), tokens: i..<(i + synonym.phrase.count),
                                      sameAs: written))
                }
                i += synonym.phrase.count
                continue
            }
            let token = tokens[i]
            defer { i += 1 }
            if Lexicon.stopWords.contains(token) { continue }
            if let expansion = Lexicon.abbreviations[token] {
                // "User Experience (UX)" says it twice: the spelt-out words are enough.
                let elsewhere = Set(tokens.indices.filter { $0 != i }.map { NameForm.singular(tokens[$0]) })
                if expansion.count > 1, expansion.allSatisfy(elsewhere.contains) { continue }
                for text in expansion {
                    // What an abbreviation stands for says what the group is about: the "user" of UX is no group word.
                    let role = NameForm.role(of: text) == .group ? .topic : NameForm.role(of: text)
                    words.append(Word(text: text, original: written[i], role: role, tokens: i..<(i + 1), expandedFrom: written[i]))
                }
                continue
            }
            let text = acronym[i] ? token : NameForm.singular(token)
            var role = NameForm.role(of: text)
            if acronym[i], role == .topic, Lexicon.organisationWords.contains(token) { role = .organisation }
            if !acronym[i], role == .organisation, token.count <= 3 { role = .topic }  // "ea" written small is no agency
            words.append(Word(text: text, original: written[i], role: role, isAcronym: acronym[i], tokens: i..<(i + 1)))
        }
        // "Deaf and Hard of Hearing" says one thing twice: once is enough.
        var seen = Set<String>()
        words = words.filter { $0.role == .group || seen.insert($0.text).inserted }
        self.words = NameForm.placeGroupWords(NameForm.withoutOwnAcronyms(words, tokens: tokens))
        key = tokens.filter { !Lexicon.stopWords.contains($0) }.map { NameForm.singular($0) }.sorted().joined(separator: " ")
    }

    /// The label cut into tokens at spaces and punctuation; `&` between
    /// letters joins them (`ED&I` is one token, `EDI`), `+` and apostrophes go.
    static func split(_ label: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(label)
        for (k, c) in chars.enumerated() {
            if c.isLetter || c.isNumber {
                current.append(c)
            } else if c == "&", k > 0, k + 1 < chars.count, chars[k - 1].isLetter, chars[k + 1].isLetter, !current.isEmpty {
                continue  // ED&I, OD&D, L&D: one acronym
            } else if c == "'" || c == "\u{2019}" || c == "+" || c == "#" {
                continue  // Women's, LGBT+, #OneTeamGov
            } else {
                if !current.isEmpty { out.append(current) }
                current = ""
                if c == "&" { out.append("and") }
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// `PowerBI` is `Power`, `BI`; `ResearchOps` is `Research`, `Ops`. A
    /// token that starts as a word (a capital, then two small letters) and
    /// has capitals further on; acronyms (`DDaT`, `CoP`) are left whole.
    static func camelParts(_ token: String) -> [String] {
        let chars = Array(token)
        guard chars.count >= 4, chars[0].isUppercase, chars[1].isLowercase, chars[2].isLowercase,
              chars.dropFirst().contains(where: \.isUppercase) else { return [token] }
        var parts: [String] = []
        var current = ""
        for (k, c) in chars.enumerated() {
            if c.isUppercase, k > 0, chars[k - 1].isLowercase, !current.isEmpty {
                parts.append(current)
                current = ""
            }
            current.append(c)
        }
        parts.append(current)
        return parts
    }

    /// Whether a token is written as an acronym: two capitals or more, and
    /// no more small letters than capitals (`CoP`, `DDaT`, `ELMs`, `bTB`).
    /// In a label written all in capitals only short tokens are.
    static func isAcronym(_ token: String, shouting: Bool) -> Bool {
        let upper = token.filter(\.isUppercase).count, lower = token.filter(\.isLowercase).count
        if shouting { return upper >= 2 && token.count <= 4 }
        return upper >= 2 && lower <= upper
    }

    /// Lower case without accents: "Ŵyl" and "wyl" are one word.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// "networks" → "network", "communities" → "community", "womens" →
    /// "women"; "business", "analysis", "status" stay.
    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s") else { return word }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("ics") { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "xes", "ches", "shes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }

    static func role(of text: String) -> Role {
        if Lexicon.groupWords.contains(text) { return .group }
        if Lexicon.weakWords.contains(text) { return .weak }
        if Lexicon.organisationWords.contains(text) { return .organisation }
        return .topic
    }

    /// A group phrase ("community of practice") or an organisation's name
    /// ("Environment Agency") starting at token `i`, as one word.
    static func phrase(at i: Int, in tokens: [String]) -> (Int, Word)? {
        func matches(_ words: [String]) -> Bool {
            i + words.count <= tokens.count && zip(words, tokens[i...]).allSatisfy { $0 == NameForm.singular($1) || $0 == $1 }
        }
        for (words, group) in Lexicon.groupPhrases where matches(words) {
            // "Yammer group" keeps its platform as a weak word beside the group.
            return (words.count, Word(text: group, original: tokens[i..<(i + words.count)].joined(separator: " "), role: .group,
                                      tokens: i..<(i + words.count)))
        }
        for words in Lexicon.organisationPhrases where matches(words) {
            return (words.count, Word(text: words.joined(separator: " "), original: tokens[i..<(i + words.count)].joined(separator: " "),
                                      role: .organisation, tokens: i..<(i + words.count)))
        }
        return nil
    }

    /// Another name for one thing (``Lexicon/synonyms``) starting at token `i`.
    static func synonym(at i: Int, in tokens: [String]) -> Lexicon.Synonym? {
        Lexicon.synonyms.first { synonym in
            let end = i + synonym.phrase.count
            guard end <= tokens.count, zip(synonym.phrase, tokens[i...]).allSatisfy({ $0 == $1 || $0 == NameForm.singular($1) }) else { return false }
            return synonym.before.isEmpty || (end < tokens.count && synonym.before.contains(NameForm.singular(tokens[end])))
        }
    }

    /// A group word names the group only last, or before "of"/"for", or
    /// beside another group word, or (a Welsh one) first; elsewhere it says
    /// what the group is about.
    static func placeGroupWords(_ words: [Word]) -> [Word] {
        var out = words
        for (k, word) in words.enumerated() where word.role == .group && word.expandedFrom == nil && word.tokens.count == 1 {
            let last = k == words.count - 1
            let beforeGroup = k + 1 < words.count && words[k + 1].role == .group
            let beforeSmallWord = k + 1 < words.count && words[k + 1].tokens.lowerBound > word.tokens.upperBound
            let welshFirst = k == 0 && Lexicon.welshGroupWords.contains(word.text)
            // "Analysis Function Network": a function is a group only last or beside another group word.
            let allowed = Lexicon.groupOnlyLast.contains(word.text) ? (last || beforeGroup) : (last || beforeGroup || beforeSmallWord || welshFirst)
            if !allowed { out[k].role = .topic }
        }
        // A name of group words alone ("Community Network") keeps its first as what it is about.
        if !out.isEmpty, out.allSatisfy({ $0.role == .group }) { out[0].role = .topic }
        return out
    }

    /// "User Experience (UX) Community" says UX twice: an acronym whose
    /// letters are the initials of the name's own words is left out.
    static func withoutOwnAcronyms(_ words: [Word], tokens: [String]) -> [Word] {
        words.filter { word in
            guard word.isAcronym, word.text.count >= 2 else { return true }
            let others = tokens.indices.filter { !word.tokens.contains($0) }
            return Initials.run(word.text, in: others.map { tokens[$0] }) == nil
        }
    }

    /// The weight of its words that count, topic and weak and organisation.
    var weight: Double { words.reduce(0) { $0 + $1.weight } }
}
