/// Welsh grammar where words meet, in one place: the mutation a word causes
/// in the word after it, the forms some words take before a vowel or the
/// article ("ac", "ag", "i'r", "yng"), and nouns after a number.
///
/// The phrase table's Welsh goes through here (``Language``'s subscript), so
/// a sentence that puts a name after "i" writes "i Ofal Cymdeithasol Cymru",
/// and a count writes "3 phlatfform" or "12 o blatfformau". The rules, their
/// exceptions and their sources are in docs/language.md ("Welsh grammar").
///
/// Everything here is linear in the length of the words it is given.
package enum Welsh {
    /// The three Welsh mutations of a word's first consonant.
    package enum Mutation: Sendable, Hashable {
        /// Treiglad meddal: p→b, t→d, c→g, b→f, d→dd, g→(dropped), m→f, ll→l, rh→r.
        case soft
        /// Soft, but ll and rh stay (after predicative "yn" and "mor": "yn llawn", "yn rhad").
        case softSparingLlRh
        /// Treiglad trwynol: p→mh, t→nh, c→ngh, b→m, d→n, g→ng.
        case nasal
        /// Treiglad llaes: p→ph, t→th, c→ch.
        case aspirate
    }

    /// A word that changes the next one: what it does, and the form it takes
    /// itself before a vowel ("a" → "ac"). (Any word ending in a vowel joins
    /// the article of a name after it: "i'r Urdd", "mae'r Urdd".)
    package struct Trigger: Sendable {
        package var mutation: Mutation
        /// Its form before a vowel, where it has one.
        package var beforeVowel: String?
        /// "h" before a vowel after it ("ei henw", her name).
        package var addsH = false
    }

    /// The words that cause a mutation, as the phrase table puts names and
    /// words after them. "a" is the conjunction (and), which the table puts
    /// before names; "ei" is "his" (soft); "yn" before a name is "in" (nasal).
    /// Predicative "yn" (soft, sparing ll and rh) is ``predicative(_:)``.
    package static let triggers: [String: Trigger] = {
        var t: [String: Trigger] = [:]
        for word in ["i", "o", "am", "ar", "at", "gan", "heb", "dan", "tan", "dros", "tros", "drwy", "trwy", "wrth", "hyd",
                     "dy", "ei", "neu", "pa", "dau", "dwy"] {
            t[word] = Trigger(mutation: .soft)
        }
        t["mor"] = Trigger(mutation: .softSparingLlRh)
        t["a"] = Trigger(mutation: .aspirate, beforeVowel: "ac")
        t["â"] = Trigger(mutation: .aspirate, beforeVowel: "ag")
        t["na"] = Trigger(mutation: .aspirate, beforeVowel: "nac")
        t["gyda"] = Trigger(mutation: .aspirate, beforeVowel: "gydag")
        t["tua"] = Trigger(mutation: .aspirate)
        t["tri"] = Trigger(mutation: .aspirate)
        t["chwe"] = Trigger(mutation: .aspirate)
        t["fy"] = Trigger(mutation: .nasal)
        t["yn"] = Trigger(mutation: .nasal)
        return t
    }()

    // MARK: Mutations

    /// `word` with its first consonant mutated, keeping its case ("Gofal" →
    /// "Ofal", "llwyfan" → "lwyfan"). A word that doesn't begin with a
    /// consonant the mutation changes is returned as it is, and so are the
    /// digraphs ch, ph and th and the borrowed ts ("Tsieina").
    package static func mutate(_ word: String, _ mutation: Mutation) -> String {
        let scalars = Array(word.unicodeScalars.prefix(3))
        guard let first = scalars.first else { return word }
        let lower = Character(first).lowercased()
        let second = scalars.count > 1 ? Character(scalars[1]).lowercased() : ""
        let upper = Character(first).isUppercase
        // The letter after the first, with its case, for "G" → "O" in "Gofal".
        func rest(dropping n: Int) -> Substring { Substring(word.unicodeScalars.dropFirst(n)) }
        func cased(_ replacement: String, dropping n: Int) -> String {
            let tail = rest(dropping: n)
            guard upper else { return replacement + tail }
            if replacement.isEmpty {
                // Soft "g" goes: the next letter takes the capital.
                guard let next = tail.first else { return "" }
                return next.uppercased() + tail.dropFirst()
            }
            return replacement.prefix(1).uppercased() + replacement.dropFirst() + tail
        }
        if ["h"].contains(second), ["c", "p", "t"].contains(lower) { return word }   // ch, ph, th
        if lower == "t", second == "s" { return word }                                // ts, tsh
        switch mutation {
        case .soft, .softSparingLlRh:
            let spare = mutation == .softSparingLlRh
            if lower == "l", second == "l" { return spare ? word : cased("l", dropping: 2) }
            if lower == "r", second == "h" { return spare ? word : cased("r", dropping: 2) }
            if lower == "d", second == "d" { return word }
            switch lower {
            case "p": return cased("b", dropping: 1)
            case "t": return cased("d", dropping: 1)
            case "c": return cased("g", dropping: 1)
            case "b": return cased("f", dropping: 1)
            case "d": return cased("dd", dropping: 1)
            case "g": return scalars.count > 1 ? cased("", dropping: 1) : word
            case "m": return cased("f", dropping: 1)
            default: return word
            }
        case .nasal:
            if lower == "n", second == "g" { return word }
            switch lower {
            case "p": return cased("mh", dropping: 1)
            case "t": return cased("nh", dropping: 1)
            case "c": return cased("ngh", dropping: 1)
            case "b": return cased("m", dropping: 1)
            case "d": return cased("n", dropping: 1)
            case "g": return cased("ng", dropping: 1)
            default: return word
            }
        case .aspirate:
            switch lower {
            case "p": return cased("ph", dropping: 1)
            case "t": return cased("th", dropping: 1)
            case "c": return cased("ch", dropping: 1)
            default: return word
            }
        }
    }

    /// An adjective or noun after predicative "yn": soft mutation, but ll and
    /// rh stay ("yn dda", "yn llawn", "yn rhad"); "yn" joins a vowel as "'n"
    /// only in speech, so it is written in full.
    package static func predicative(_ word: String) -> String { "yn " + mutate(word, .softSparingLlRh) }

    /// "in" a place: the nasal mutation, with "yn" itself becoming "ym"
    /// before m and "yng" before ng ("yng Nghaerdydd", "ym Mangor",
    /// "ym Machynlleth", "yn Nhrefynwy", "yn Llanelli").
    package static func inPlace(_ name: String) -> String {
        let mutated = mayMutate(name) ? mutate(name, .nasal) : name
        return nasalYn(before: mutated) + " " + mutated
    }

    /// "yn", "ym" or "yng", as the word after it begins.
    static func nasalYn(before word: String) -> String {
        let lower = word.lowercased()
        if lower.hasPrefix("ng") { return "yng" }
        if lower.hasPrefix("m") { return "ym" }
        return "yn"
    }

    /// "h" before a vowel, after "ei" (her), "ein" and "eu": "ei henw".
    package static func withH(_ word: String) -> String {
        guard let first = word.first, Welsh.vowels.contains(first.lowercased()) else { return word }
        return (first.isUppercase ? "H" + first.lowercased() : "h" + String(first)) + word.dropFirst()
    }

    // MARK: Names

    /// Whether a name may be mutated, as Welsh writers treat names: yes for
    /// Welsh names of bodies, groups and places ("i Ofal Cymdeithasol
    /// Cymru", "i Lywodraeth Cymru"), no for what a mutation would
    /// disfigure: a name in quotes or brackets, one that starts with a digit,
    /// an acronym or code ("GIG", "CDPS", "B2B"), a word with a capital
    /// inside it ("LinkedIn"), a borrowing whose spelling isn't Welsh
    /// ("Yammer", "Google", "Microsoft": see ``looksBorrowed(_:)``), and
    /// the few borrowings that resist mutation ("gêm", "gôl", "garej",
    /// "grŵp"). A node whose Welsh label is its English one ("Padlet") is
    /// a name in both languages and is not mutated either (``Node``); a map
    /// says the rest itself: `mutate: no` on a node.
    package static func mayMutate(_ name: String) -> Bool {
        let word = name.prefix { !$0.isWhitespace && $0 != "-" }
        guard let first = word.first, first.isLetter else { return false }
        let letters = word.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return false }
        if word.contains(where: \.isNumber) { return false }
        if word.dropFirst().contains(where: \.isUppercase) { return false }
        if looksBorrowed(String(word)) { return false }
        return !resisting.contains(String(word).lowercased())
    }

    /// Borrowings that keep their first letter after words that mutate.
    static let resisting: Set<String> = ["gêm", "gemau", "gôl", "garej", "grŵp", "grwpiau", "gang", "golff"]

    /// A word whose spelling is not Welsh, and so a borrowing or a name from
    /// another language that Welsh writers leave unmutated: it holds a letter
    /// the Welsh alphabet lacks (j, k, q, v, x, z), a doubled consonant
    /// Welsh never doubles, a pair Welsh never writes ("oo", "ee", "ou",
    /// "ck", "sh", "wh", "ph" inside a word, "ft" after a single "f", "ea"
    /// before most consonants).
    package static func looksBorrowed(_ word: String) -> Bool {
        // Letter by letter rather than with Foundation's substring search:
        // every Welsh name in a sentence passes here, and on a map of
        // 100,000 nodes the searches were an eighth of `compare`'s time.
        let c = Array(word.lowercased())
        if c.contains(where: { "jkqvxz".contains($0) }) { return true }
        var seenFT = false, seenEA = false
        for i in c.indices.dropLast() {
            switch (c[i], c[i + 1]) {
            case ("p", "h") where i > 0: return true
            case ("f", "t") where !seenFT:
                seenFT = true
                if i == 0 || c[i - 1] != "f" { return true }
            case ("b", "b"), ("c", "c"), ("g", "g"), ("m", "m"), ("p", "p"), ("s", "s"), ("t", "t"),
                 ("o", "o"), ("e", "e"), ("o", "u"), ("c", "k"), ("s", "h"), ("w", "h"):
                return true
            case ("e", "a") where !seenEA:
                // "ea" is Welsh in "dealltwriaeth" and "eang"; only "ea" before a
                // consonant other than "ll" and "ng" ("Teams", "Health") is English.
                seenEA = true
                let after = c[(i + 2)...]
                if !(after.isEmpty || after.starts(with: ["l", "l"]) || after.starts(with: ["n", "g"])) { return true }
            default: break
            }
        }
        return false
    }

    static let vowels: Set<String> = ["a", "e", "i", "o", "u", "w", "y", "â", "ê", "î", "ô", "û", "ŵ", "ŷ", "á", "é", "í", "ó", "ú", "ẃ", "ý",
                                      "à", "è", "ì", "ò", "ù", "ẁ", "ỳ", "ä", "ë", "ï", "ö", "ü", "ẅ", "ÿ"]

    /// A name as it reads inside a sentence: its article in lower case
    /// ("yr Urdd", in a list after a comma); other names as they are.
    package static func inSentence(_ name: String) -> String {
        guard let (article, rest) = article(of: name) else { return name }
        return article.lowercased() + " " + rest
    }

    /// The article at the start of a name ("Y Lolfa", "Yr Urdd"), with the
    /// rest of the name; nil when the name doesn't start with one.
    static func article(of name: String) -> (article: String, rest: Substring)? {
        for article in ["Yr ", "Y ", "yr ", "y "] where name.hasPrefix(article) {
            return (String(article.dropLast()), name.dropFirst(article.count))
        }
        return nil
    }
}
