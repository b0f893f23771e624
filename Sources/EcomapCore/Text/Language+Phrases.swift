import Foundation

/// Every word comes from the one table (`Phrase`); the accessors here give
/// the common ones a name and a type.
extension Language {
    /// A phrase in this language, with `{1}`, `{2}`, ... filled in from `arguments`.
    /// In Welsh each is put in as the grammar asks (``Welsh``): a ``Filler``
    /// that may mutate takes the mutation of the word before it, and that
    /// word takes its form before a vowel or the article ("ac", "ag", "i'r").
    package subscript(_ phrase: Phrase, _ arguments: any CustomStringConvertible...) -> String {
        guard !arguments.isEmpty else { return self == .cy ? phrase.text.cy : phrase.text.en }
        guard self == .cy else {
            let values = arguments.map(\.description)
            return Language.fill(Language.counts(in: phrase.text.en, values, .en), values)
        }
        return Language.fillWelsh(Language.counts(in: phrase.text.cy, arguments.map(\.description), .cy), arguments)
    }

    /// The template with each `{k:one/many}` written out as `n` of the noun
    /// in `language` (``count(_:one:many:)``); a template without one is
    /// returned as it is, at the cost of one search for ":".
    static func counts(in template: String, _ values: [String], _ language: Language) -> String {
        // Bytes, not Foundation's substring search: this runs for every
        // sentence, hundreds of thousands in a large comparison.
        guard template.utf8.contains(UInt8(ascii: ":")) else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let inside = rest[rest.index(after: open)...]
            guard let k = inside.first?.wholeNumberValue, (1...values.count).contains(k),
                  inside.dropFirst().first == ":", let close = inside.firstIndex(of: "}"),
                  case let nouns = inside[inside.index(inside.startIndex, offsetBy: 2)..<close].split(separator: "/"), nouns.count == 2,
                  let n = Int(values[k - 1]) else {
                out += "{"
                rest = inside
                continue
            }
            out += language.count(n, one: String(nouns[0]), many: String(nouns[1]))
            rest = inside[inside.index(after: close)...]
        }
        return out + rest
    }

    /// `n` of a noun given in this language's words.
    func count(_ n: Int, one: String, many: String) -> String {
        self == .cy ? Welsh.count(n, one: one, many: many) : "\(n) " + (n == 1 ? one : many)
    }

    /// `n` of a noun, as each language counts: "1 missing platform", "3
    /// missing platforms"; "1 platfform ar goll", "3 phlatfform ar goll",
    /// "12 o blatfformau ar goll" (``Welsh/count(_:one:many:)``).
    package func count(_ n: Int, _ one: Phrase, _ many: Phrase) -> String {
        self == .cy ? count(n, one: one.text.cy, many: many.text.cy) : count(n, one: one.text.en, many: many.text.en)
    }

    /// Fills a Welsh template placeholder by placeholder, looking at the
    /// word each follows: linear in the template and what goes in.
    static func fillWelsh(_ template: String, _ arguments: [any CustomStringConvertible]) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 64)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let digit = rest.index(after: open)
            guard digit < rest.endIndex, let k = rest[digit].wholeNumberValue, (1...9).contains(k), k <= arguments.count,
                  rest.index(after: digit) < rest.endIndex, rest[rest.index(after: digit)] == "}" else {
                out += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            out += rest[..<open]
            rest = rest[rest.index(digit, offsetBy: 2)...]
            let argument = arguments[k - 1]
            let filler = argument as? Filler ?? Filler(argument.description, mutable: false)
            out += Language.afterTrigger(filler, in: &out)
        }
        out += rest
        return out
    }

    /// What goes in after the text so far, as the last word of `out`
    /// (the word before the placeholder) asks; that word is changed in place
    /// where its own form depends on what follows ("a" → "ac", "i" → "i'r").
    static func afterTrigger(_ filler: Filler, in out: inout String) -> String {
        if Welsh.article(of: filler.text) != nil { return afterWord(article: filler.text, in: &out) }
        guard out.last == " " else { return filler.text }
        let beforeSpace = out.index(before: out.endIndex)
        let wordStart = out[..<beforeSpace].lastIndex { !($0.isLetter || $0 == "'") }.map { out.index(after: $0) } ?? out.startIndex
        let word = out[wordStart..<beforeSpace]
        guard !word.isEmpty, let trigger = Welsh.triggers[word.lowercased()] else { return filler.text }
        let capital = word.first!.isUppercase
        func replaceWord(_ form: String) {
            let cased = capital ? form.prefix(1).uppercased() + form.dropFirst() : form
            out.replaceSubrange(wordStart..<beforeSpace, with: cased)
        }
        var text = filler.text
        if filler.mutable { text = Welsh.mutate(text, trigger.mutation) }
        if trigger.addsH { text = Welsh.withH(text) }
        if let vowelForm = trigger.beforeVowel, Welsh.startsWithVowel(text) { replaceWord(vowelForm) }
        if word.lowercased() == "yn", trigger.mutation == .nasal { replaceWord(Welsh.nasalYn(before: text)) }
        return text
    }

    /// A word and the name or word after it, as the language puts them
    /// together: in Welsh, the name takes the word's mutation and the word
    /// its form before a vowel ("â" and "Cymuned ymarfer" give "â",
    /// "Chymuned ymarfer"; "â" and "Academyddion" give "ag", "Academyddion").
    /// For text written around markup, where the table's placeholders can't go.
    package func put(_ filler: Filler, after word: String) -> (word: String, text: String) {
        guard self == .cy else { return (word, filler.text) }
        var out = word + " "
        let text = Language.afterTrigger(filler, in: &out)
        return (String(out.dropLast()), text)
    }

    /// A name that starts with the article ("Yr Urdd", "Y Lolfa"), after the
    /// text so far: as written at the start of a sentence; joined to a word
    /// ending in a vowel as "'r" ("i'r Urdd", "a'r Urdd", "Mae'r Urdd");
    /// else with the article in lower case ("gan yr Urdd", "→ yr Urdd").
    static func afterWord(article name: String, in out: inout String) -> String {
        guard let (article, rest) = Welsh.article(of: name) else { return name }
        let before = out.reversed().drop { $0 == " " }
        guard let last = before.first, !".!?\n".contains(last) else { return name }
        if out.last == " ", Welsh.vowels.contains(String(last).lowercased()) {
            out.removeLast()
            out += "'r "
            return String(rest)
        }
        return article.lowercased() + " " + rest
    }

    /// Replaces `{1}` ... `{9}` in one pass over the template's bytes, so
    /// that text put in can't be read as a placeholder. On the hot path: a
    /// comparison words hundreds of thousands of findings.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        var out: [UInt8] = []
        var template = template
        template.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + 64)
            var start = 0, i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "{"), i + 2 < bytes.count, bytes[i + 2] == UInt8(ascii: "}"),
                   (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[i + 1]), Int(bytes[i + 1] - UInt8(ascii: "0")) <= arguments.count {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    out.append(contentsOf: arguments[Int(bytes[i + 1] - UInt8(ascii: "1"))].utf8)
                    i += 3
                    start = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The title of a drawing's key.
    public var key: String { self[.key] }

    /// A kind's name, for the key and tooltips ("Platform or technology").
    public func kind(_ kind: NodeKind) -> String {
        switch kind {
        case .organisation: self[.organisation]
        case .platform: self[.platform]
        case .person: self[.person]
        case .community: self[.community]
        }
    }

    /// A kind's plural, in lower case ("organisations", "sefydliadau").
    public func plural(_ kind: NodeKind) -> String {
        switch kind {
        case .organisation: self[.organisations]
        case .platform: self[.platforms]
        case .person: self[.people]
        case .community: self[.communities]
        }
    }

    /// "3 organisations" in English, "3 sefydliad" (or "12 o sefydliadau") in Welsh.
    public func counted(_ kind: NodeKind, _ n: Int) -> String {
        let one: Phrase = switch kind {
        case .organisation: .organisationWord
        case .platform: .platformWord
        case .person: .personOne
        case .community: .communityWord
        }
        return count(n, one, Language.pluralPhrase(kind))
    }

    private static func pluralPhrase(_ kind: NodeKind) -> Phrase {
        switch kind {
        case .organisation: .organisations
        case .platform: .platforms
        case .person: .people
        case .community: .communities
        }
    }

    public func strength(_ strength: Strength) -> String {
        switch strength {
        case .strong: self[.strong]
        case .normal: self[.normal]
        case .weak: self[.weak]
        case .stressful: self[.stressful]
        case .broken: self[.broken]
        }
    }

    public func direction(_ direction: LinkDirection) -> String {
        switch direction {
        case .oneWay: self[.oneWay]
        case .twoWay: self[.twoWay]
        case .undirected: self[.undirected]
        }
    }

    /// A built-in link type in this language; other types are shown as written.
    public func type(_ type: String) -> String {
        guard self == .cy else { return type }
        return Language.welshTypes[type] ?? type
    }

    /// The built-in link types (``LinkType/builtIn``) in Welsh.
    private static let welshTypes = [
        "informs": "hysbysu", "meets": "cyfarfod", "uses": "defnyddio", "funds": "ariannu",
        "hosts": "cynnal", "partners": "partneru", "participates": "cymryd rhan", "consults": "ymgynghori",
    ]

    /// A `frequency:` that is one of the words ecomap knows (weekly,
    /// quarterly, ...) in this language; other frequencies as written (their
    /// Welsh is `frequency-cy:`).
    public func frequency(_ word: String) -> String {
        Language.frequencyPhrases[word].map { self[$0] } ?? word
    }

    /// The frequencies ecomap writes in Welsh itself.
    package static var frequencyWords: Set<String> { Set(frequencyPhrases.keys) }

    private static let frequencyPhrases: [String: Phrase] = Dictionary(uniqueKeysWithValues: [
        Phrase.daily, .weekly, .fortnightly, .monthly, .quarterly, .yearly, .annually, .occasionally, .once, .regularly,
    ].map { ($0.text.en, $0) })

    /// A `funded:` word (yes, no, partly) in this language; other words as written.
    public func funded(_ word: String) -> String {
        switch word {
        case "yes": self[.fundedYes]
        case "no": self[.fundedNo]
        case "partly": self[.fundedPartly]
        default: word
        }
    }
}
