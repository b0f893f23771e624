import Foundation

/// Every word comes from the one table (`Phrase`); the accessors here give
/// the common ones a name and a type.
extension Language {
    /// A phrase in this language, with `{1}`, `{2}`, ... filled in from `arguments`.
    package subscript(_ phrase: Phrase, _ arguments: any CustomStringConvertible...) -> String {
        guard !arguments.isEmpty else { return self == .cy ? phrase.text.cy : phrase.text.en }
        let values = arguments.map(\.description)
        guard self == .cy else { return Language.fill(phrase.text.en, values) }
        return Language.fill(Language.welshConjunctions(phrase.text.cy, values), values)
    }

    /// In Welsh "a" (and) is "ac", and "â" (with) is "ag", before a vowel:
    /// "Gofal Cymdeithasol Cymru ac Academyddion", "ac 1 arall". The table
    /// writes "a {2}" and "â {2}"; this picks the form for what fills it.
    static func welshConjunctions(_ template: String, _ values: [String]) -> String {
        guard template.contains("a {") || template.contains("â {") else { return template }
        var out = template
        for (k, value) in values.enumerated().prefix(9) where startsWithVowel(value) {
            for (short, long) in [("a", "ac"), ("â", "ag")] {
                let placeholder = "\(short) {\(k + 1)}", replacement = "\(long) {\(k + 1)}"
                out = out.replacingOccurrences(of: " " + placeholder, with: " " + replacement)
                out = out.replacingOccurrences(of: "(" + placeholder, with: "(" + replacement)
                if out.hasPrefix(placeholder) { out = replacement + out.dropFirst(placeholder.count) }
            }
        }
        return out
    }

    /// Whether a word (or a number, as it is read in Welsh) begins with a
    /// vowel: 1 "un", 11 to 19 "un deg ...", 8, 80s, 800s ... "wyth".
    static func startsWithVowel(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        if ("0"..."9").contains(first) {
            let digits = word.prefix { ($0.isASCII && $0.isNumber) || $0 == "," }.filter { $0 != "," }
            if digits.first == "1" { return digits.count == 1 || (digits.count == 2 && digits != "10") }
            return digits.first == "8" && digits.count <= 6
        }
        let letter = String(first).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return ["a", "e", "i", "o", "u", "w", "y"].contains(letter)
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

    /// "3 organisations" in English, "sefydliadau: 3" in Welsh.
    public func counted(_ kind: NodeKind, _ n: Int) -> String {
        let noun = self == .en && n == 1 ? kind.rawValue : plural(kind)
        return self[.kindCount, n, noun]
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
