/// The keys by which the audit groups names before comparing them: two names
/// are compared only when they share a key, so that an audit of n names
/// costs about the pairs within groups, not n² pairs. Each key is a way two
/// names can be alike (``Likeness``), so that blocking loses no pair the
/// comparison would find, except a word misspelt in its first three letters.
enum BlockKeys {
    /// The keys of one name: the first three letters of each word's stem,
    /// each acronym's letters, the initials of each run of its words (which
    /// an acronym in another name may spell), and each word's numeronym
    /// (`a11y`).
    static func of(_ form: NameForm) -> Set<String> {
        var keys = Set<String>()
        for word in form.words where word.role != .group {
            let stem = Likeness.stem(word.text)
            keys.insert("w:" + String(stem.prefix(3)))
            if word.isAcronym {
                keys.insert("i:" + word.text)
                // `YPN`, whose N is the network's: also the letters of the words before it.
                if word.text.count >= 3, let last = word.text.last, "ngcf".contains(last) { keys.insert("i:" + word.text.dropLast()) }
            }
            if word.text.count >= 5, let first = word.text.first, let last = word.text.last {
                keys.insert("n:\(first)\(word.text.count - 2)\(last)")
            }
            if Initials.isNumeronymShape(word.text), let first = word.text.first, let last = word.text.last {
                keys.insert("n:\(first)\(word.text.dropFirst().dropLast())\(last)")
            }
        }
        // Initials of runs of 2 to 6 tokens, small words given or not: what `DDaT` spells.
        let tokens = form.tokens
        for start in tokens.indices where !Lexicon.stopWords.contains(tokens[start]) {
            var withSmall = "", withoutSmall = ""
            for t in start..<min(tokens.count, start + 8) {
                guard let first = tokens[t].first else { continue }
                withSmall.append(first)
                if !Lexicon.stopWords.contains(tokens[t]) { withoutSmall.append(first) }
                guard !Lexicon.stopWords.contains(tokens[t]) else { continue }
                if (2...6).contains(withSmall.count) { keys.insert("i:" + withSmall) }
                if (2...6).contains(withoutSmall.count) { keys.insert("i:" + withoutSmall) }
            }
        }
        return keys
    }
}
