import EcomapCore

/// How alike two names are, from 0 to 1, and why: the way a person reads
/// "Data Science CoP" and "Data Science Community of Practice" as one group,
/// and "Data Science CoP" and "Data Engineering CoP" as two.
///
/// The words that say what each group is about are paired up: the same
/// word, an acronym and the words it is the initials of (`DDaT`, "Digital,
/// Data and Technology"), words written as one or apart (`PowerBI`, "Power
/// BI"), forms of one word ("Scientists", "Science"), a letter out
/// ("Sceince"), a short form ("Tech", "Technical"), another name the sector
/// uses for one thing ("Pride", "LGBT+"; ``Lexicon/synonyms``). The score is the share of
/// the two names' weight that pairs up (a weighted Dice coefficient): a word
/// about the topic weighs 1, a weak word (``Lexicon/weakWords``) a quarter,
/// an organisation's name 0.3, a word for the kind of group nothing, so
/// that "network" and "community" neither make two names alike nor tell
/// them apart. Different words for the group cost a little; different
/// organisations halve the score, and so do different numbers.
///
/// Cost: O(w²) for names of w words, a few microseconds.
struct Likeness {
    var score: Double
    var why: [Audit.Why]

    /// What a weak word weighs against a word about the topic.
    static let weakWeight = 0.25
    /// What an organisation's name weighs, when the other name has none.
    static let organisationWeight = 0.3
    /// The score's factor when both names have a word for the group and they differ ("network", "forum").
    static let groupFactor = 0.95
    /// The score's factor when the names name different organisations.
    static let organisationFactor = 0.5
    /// The score's factor when two names' topic words are the same two in the other order.
    static let reversedFactor = 0.8

    /// How each kind of pairing scores.
    static let wordFormScore = 0.9, numeronymScore = 0.9, spellingScore = 0.85, spellingTwoScore = 0.8, shortFormScore = 0.75

    static func compare(_ a: NameForm, _ b: NameForm) -> Likeness {
        if !a.key.isEmpty, a.key == b.key {
            return Likeness(score: 1, why: [a.label == b.label ? .identical(a.label) : .sameWords(a.label, b.label)])
        }
        var pairing = Pairing(a, b)
        pairing.acronyms()
        pairing.joinedWords()
        pairing.words()
        return pairing.result()
    }

    /// The folded stem of a word, its endings of form taken off
    /// ("scientists" and "science" give "scient" and "scienc").
    static func stem(_ word: String) -> String {
        for suffix in stemEndings where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    private static let stemEndings = ["ologists", "ologist", "icians", "ations", "ology", "ician", "ation", "ments", "ities", "ships",
                                      "ment", "ship", "ists", "isms", "ians", "ings", "ness", "ance", "ence", "ist", "ism", "ian",
                                      "ing", "ics", "ers", "ors", "ity", "ent", "ive", "er", "or", "al", "ed", "y", "e", "s"]

    /// Whether two words are forms of one: the same stem, or stems that
    /// share their first five letters and four fifths of the shorter (of the
    /// longer, for words joined from others: "neurodiversity", "neurodivergent").
    static func sameWordForm(_ s: String, _ t: String, ofLonger: Bool = false) -> Bool {
        // Both tests below need the first letter shared; most pairs of words
        // differ there, and stemming is what an audit of 1,000 groups spends its time on.
        guard s.first == t.first else { return false }
        let (p, q) = (stem(s), stem(t))
        let common = zip(p, q).prefix { $0 == $1 }.count
        let length = ofLonger ? max(p.count, q.count) : min(p.count, q.count)
        return p == q || (common >= 5 && Double(common) >= 0.8 * Double(length))
    }

    /// How alike two words are that aren't the same, and why; nil when not alike.
    static func words(_ x: NameForm.Word, _ y: NameForm.Word) -> (Double, Kind)? {
        let (s, t) = (x.text, y.text)
        if s == t { return (1, .same) }
        // Every likeness below keeps the first letter (a form of the word, a
        // misspelling, a short form, a numeronym): most pairs stop here.
        guard s.first == t.first else { return nil }
        guard x.role != .organisation, y.role != .organisation,
              !x.isNumber, !y.isNumber, !s.isEmpty, !t.isEmpty else { return nil }
        if Initials.isNumeronym(s, of: t) || Initials.isNumeronym(t, of: s) { return (numeronymScore, .shortForm) }
        // "policy" and "police" differ in their last letter alone: two words, not one misspelt.
        let lastOnly = s.count == t.count && s.dropLast() == t.dropLast()
        if !lastOnly, !x.isAcronym, !y.isAcronym, s.count >= 4, t.count >= 4 {
            if sameWordForm(s, t) { return (wordFormScore, .wordForm) }
        }
        if !lastOnly, s.first == t.first, s.count >= 6, t.count >= 6 {
            let limit = min(s.count, t.count) >= 9 ? 2 : 1
            if let d = Suggestion.distance(Array(s.unicodeScalars), Array(t.unicodeScalars), limit: limit) {
                return (d == 1 ? spellingScore : spellingTwoScore, .spelling)
            }
        }
        let (short, long) = s.count < t.count ? (s, t) : (t, s)
        // Four letters at least: "Tech" is short for "Technology", "Men" is not for "Menopause".
        if short.count >= 4, long.count >= short.count + 2, long.hasPrefix(short) { return (shortFormScore, .shortForm) }
        return nil
    }

    /// How two words were paired.
    enum Kind { case same, wordForm, spelling, shortForm }
}

/// The pairing of two names' words as it is worked out: which are paired, how
/// much weight each side has, and the reasons found on the way.
private struct Pairing {
    let a: NameForm, b: NameForm
    var usedA: [Bool], usedB: [Bool]
    /// Each word's weight; an acronym paired with the words it stands for weighs what they do.
    var weightA: [Double], weightB: [Double]
    var paired = 0.0
    /// What of `paired` is not an organisation's name.
    var pairedTopic = 0.0
    var why: [Audit.Why] = []
    /// The words paired one to one by ``words()``, (a's, b's).
    var wordPairs: [(Int, Int)] = []

    init(_ a: NameForm, _ b: NameForm) {
        self.a = a
        self.b = b
        usedA = a.words.map { $0.role == .group }
        usedB = b.words.map { $0.role == .group }
        weightA = a.words.map(\.weight)
        weightB = b.words.map(\.weight)
    }

    /// An acronym on either side against the words whose initials it is.
    mutating func acronyms() {
        for (x, y, flipped) in [(a, b, false), (b, a, true)] {
            for i in x.words.indices where x.words[i].isAcronym && x.words[i].role != .group && !used(i, flipped) {
                guard let run = Initials.run(x.words[i].text, in: y.tokens) ?? Pairing.withoutGroupInitial(x.words[i].text, in: y) else { continue }
                let js = y.words.indices.filter { run.contains(y.words[$0].tokens.lowerBound) && !used($0, !flipped) }
                guard !js.isEmpty else { continue }
                // An organisation's letters (`RPA`) spell another organisation's name. They spell
                // "Robotic Process Automation" only as all a name says about its topic, for the same
                // kind of group, against a name with no organisation: "RPA CoP" may be about robots,
                // "RPA Data Community" and "RPA Staff Network" are the agency's.
                let spellsTopic = !js.allSatisfy { y.words[$0].role == .organisation }
                if x.words[i].role == .organisation, spellsTopic,
                   y.words.contains(where: { $0.role == .organisation }) || x.words.indices.contains(where: { $0 != i && x.words[$0].role != .group })
                    || Set(x.words.filter { $0.role == .group }.map(\.text)).isDisjoint(with: y.words.filter { $0.role == .group }.map(\.text)) { continue }
                let weight = js.reduce(0) { $0 + y.words[$1].weight }
                setWeight(i, flipped, weight)
                use(i, flipped)
                for j in js { use(j, !flipped) }
                paired += weight
                if spellsTopic { pairedTopic += weight }
                why.append(.acronym(short: x.words[i].original, long: y.written[run].joined(separator: " ")))
            }
        }
    }

    /// `YPN` against "Young Professionals Group": an acronym whose last
    /// letter stands for the kind of group (network, group, community,
    /// forum) spells the other name's words before its own group word.
    static func withoutGroupInitial(_ letters: String, in other: NameForm) -> Range<Int>? {
        guard letters.count >= 3, let last = letters.last, "ngcf".contains(last),
              let group = other.words.last(where: { $0.role == .group }) else { return nil }
        return Initials.run(String(letters.dropLast()), in: Array(other.tokens[..<group.tokens.lowerBound]))
    }

    /// Words one name writes as one and the other apart: "PowerBI" and "Power BI".
    mutating func joinedWords() {
        for (x, y, flipped) in [(a, b, false), (b, a, true)] {
            for j in y.words.indices where !used(j, !flipped) && y.words[j].role != .group {
                let target = y.words[j].text
                for length in 2...3 {
                    for start in 0..<max(0, x.words.count - length + 1) {
                        let part = start..<(start + length)
                        // Each test below keeps the first letter; most runs of words differ there.
                        guard x.words[start].text.first == target.first else { continue }
                        guard part.allSatisfy({ !used($0, flipped) && x.words[$0].role != .group }) else { continue }
                        let joined = part.map { x.words[$0].text }.joined()
                        guard joined == target || NameForm.singular(joined) == target || joined == NameForm.singular(target)
                                || (joined.count >= 6 && Likeness.sameWordForm(joined, target, ofLonger: true)) else { continue }
                        let weight = y.words[j].weight
                        for k in part { setWeight(k, flipped, weight / Double(length)); use(k, flipped) }
                        use(j, !flipped)
                        paired += weight
                        pairedTopic += weight
                        why.append(.joined(one: y.words[j].original, apart: part.map { x.words[$0].original }.joined(separator: " ")))
                        break
                    }
                    if used(j, !flipped) { break }
                }
            }
        }
    }

    /// The other words, the most alike pairs first.
    mutating func words() {
        var candidates: [(i: Int, j: Int, score: Double, kind: Likeness.Kind)] = []
        for i in a.words.indices where !usedA[i] {
            for j in b.words.indices where !usedB[j] {
                if let (score, kind) = Likeness.words(a.words[i], b.words[j]) { candidates.append((i, j, score, kind)) }
            }
        }
        candidates.sort { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) }
        // Each short form's words on the other side, by their place there: "DDaT" is
        // short for all of "Digital Data Technology", not for the first word paired.
        var expansions: [(short: String, words: [(at: Int, text: String)])] = []
        for c in candidates where !usedA[c.i] && !usedB[c.j] {
            usedA[c.i] = true
            usedB[c.j] = true
            wordPairs.append((c.i, c.j))
            paired += c.score * min(weightA[c.i], weightB[c.j])
            if a.words[c.i].role != .organisation { pairedTopic += c.score * min(weightA[c.i], weightB[c.j]) }
            let (x, y) = (a.words[c.i], b.words[c.j])
            switch c.kind {
            case .same where x.sameAs != y.sameAs:
                // "Pride" against "LGBT+": another name for one thing, told once however many words it means.
                let (other, one) = x.sameAs == nil ? (x, y.sameAs!) : (y, x.sameAs!)
                if !why.contains(where: { if case .sameMeaning(one, _) = $0 { true } else { false } }) {
                    why.append(.sameMeaning(one, other.sameAs ?? other.expandedFrom ?? other.original))
                }
            case .same:
                if let short = x.expandedFrom ?? y.expandedFrom, x.expandedFrom != y.expandedFrom,
                   !why.contains(where: { if case .shortFor(short, _) = $0 { true } else { false } }) {
                    let long = x.expandedFrom == nil ? (at: c.i, text: x.original) : (at: c.j, text: y.original)
                    if let k = expansions.firstIndex(where: { $0.short == short }) {
                        expansions[k].words.append(long)
                    } else {
                        expansions.append((short, [long]))
                    }
                }
            case .wordForm: why.append(.wordForms(x.original, y.original))
            case .spelling: why.append(.spelling(x.original, y.original))
            case .shortForm:
                let (short, long) = x.original.count < y.original.count ? (x.original, y.original) : (y.original, x.original)
                why.append(.shortFor(short: short, long: long))
            }
        }
        for expansion in expansions {
            why.append(.shortFor(short: expansion.short, long: expansion.words.sorted { $0.at < $1.at }.map(\.text).joined(separator: " ")))
        }
    }

    func result() -> Likeness {
        let totalA = a.words.indices.reduce(0.0) { $0 + (a.words[$1].role == .group ? 0 : weightA[$1]) }
        let totalB = b.words.indices.reduce(0.0) { $0 + (b.words[$1].role == .group ? 0 : weightB[$1]) }
        guard totalA > 0, totalB > 0 else { return Likeness(score: 0, why: []) }
        var score = 2 * paired / (totalA + totalB)
        // Sharing only an organisation, with other words besides ("RPA Data
        // Community", "RPA Staff Network"), says where two groups are, not that
        // they are one; so does sharing only an organisation as different kinds
        // of group ("RPA CoP", "RPA Staff Network").
        let unpaired = usedA.contains(false) || usedB.contains(false)
        let groupA = a.words.filter { $0.role == .group }, groupB = b.words.filter { $0.role == .group }
        let groupsDiffer = !groupA.isEmpty && !groupB.isEmpty && Set(groupA.map(\.text)).isDisjoint(with: groupB.map(\.text))
        if pairedTopic == 0, unpaired || groupsDiffer { score *= Likeness.organisationFactor }
        // "Research Operations" and "Operational Research" share their words, but each is a kind of
        // its last word: a name says what a group is by its last topic word, and these differ.
        if reversedCompound { score *= Likeness.reversedFactor }
        var why = self.why
        if let x = groupA.first, let y = groupB.first {
            if groupsDiffer {
                score *= Likeness.groupFactor
                why.append(.groupWords(x.original, y.original))
            } else if let same = groupA.first(where: { g in groupB.contains { $0.text == g.text && NameForm.fold($0.original) != NameForm.fold(g.original) } }),
                      let other = groupB.first(where: { $0.text == same.text }) {
                let (short, long) = same.original.count < other.original.count ? (same.original, other.original) : (other.original, same.original)
                why.insert(.shortFor(short: short, long: long), at: 0)
            }
        }
        let orgsA = a.words.indices.filter { a.words[$0].role == .organisation && !usedA[$0] }
        let orgsB = b.words.indices.filter { b.words[$0].role == .organisation && !usedB[$0] }
        if let i = orgsA.first, let j = orgsB.first {
            score *= Likeness.organisationFactor
            why.append(.differentOrganisations(a.words[i].original, b.words[j].original))
        }
        // Names numbered apart ("Community 4", "Community 46"; "Cohort 2023",
        // "Cohort 2024") are numbered to tell groups apart.
        let numbersA = a.words.indices.filter { !usedA[$0] && a.words[$0].isNumber }
        let numbersB = b.words.indices.filter { !usedB[$0] && b.words[$0].isNumber }
        if let i = numbersA.first, let j = numbersB.first {
            score *= Likeness.organisationFactor
            why.append(.differentNumbers(a.words[i].original, b.words[j].original))
        }
        // One name's every word is in the other, which says more: "Agile CoP", "Agile Delivery CoP".
        let leftA = a.words.indices.filter { !usedA[$0] }, leftB = b.words.indices.filter { !usedB[$0] }
        if leftA.isEmpty != leftB.isEmpty, score > 0 {
            let (shorter, longer, extra) = leftA.isEmpty ? (a, b, leftB.map { b.words[$0].original }) : (b, a, leftA.map { a.words[$0].original })
            why.append(.fewerWords(shorter: shorter.label, longer: longer.label, extra: extra.joined(separator: " ")))
        }
        return Likeness(score: min(1, score), why: why)
    }

    /// Whether each name's last topic word is paired with a word before the
    /// other's last: "Research Operations", "Operational Research".
    var reversedCompound: Bool {
        guard let lastA = a.words.lastIndex(where: { $0.role == .topic }),
              let lastB = b.words.lastIndex(where: { $0.role == .topic }) else { return false }
        let partnerOfA = wordPairs.first { $0.0 == lastA }?.1, partnerOfB = wordPairs.first { $0.1 == lastB }?.0
        guard let j = partnerOfA, let i = partnerOfB else { return false }
        return j < lastB && i < lastA
    }

    private func used(_ k: Int, _ flipped: Bool) -> Bool { flipped ? usedB[k] : usedA[k] }
    private mutating func use(_ k: Int, _ flipped: Bool) { if flipped { usedB[k] = true } else { usedA[k] = true } }
    private mutating func setWeight(_ k: Int, _ flipped: Bool, _ w: Double) { if flipped { weightB[k] = w } else { weightA[k] = w } }
}
