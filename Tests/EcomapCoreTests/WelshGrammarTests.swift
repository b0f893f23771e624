import Testing
@testable import EcomapCore

/// Welsh "a" (and) and "â" (with) before a vowel: "ac", "ag". A sentence
/// with "a Academyddion" or "a 1 arall" reads as a machine wrote it.
@Suite struct WelshGrammarTests {
    @Test(arguments: [
        ("Academyddion", "Gofal ac Academyddion"), ("Gofal Cymdeithasol Cymru", "Gofal a Gofal Cymdeithasol Cymru"),
        ("Ymchwilwyr", "Gofal ac Ymchwilwyr"), ("Élan", "Gofal ac Élan"), ("", "Gofal a "),
    ])
    func andBeforeAVowel(_ second: String, _ expected: String) {
        #expect(Language.cy[.andJoin, "Gofal", second] == expected)
    }

    @Test(arguments: [(1, "ac"), (8, "ac"), (11, "ac"), (18, "ac"), (80, "ac"), (800, "ac"),
                      (2, "a"), (10, "a"), (100, "a"), (1_000, "a"), (5, "a"), (20, "a")])
    func andBeforeANumber(_ n: Int, _ word: String) {
        #expect(Language.cy[.andMore, "Gofal", n] == "Gofal \(word) \(n) arall")
        #expect(Language.cy[.moreFindings, n] == "... \(word) \(n) arall")
    }

    @Test func withBeforeAVowel() {
        let sentence = Language.cy[.closerAction, "Gofal", "Academyddion"]
        #expect(sentence.hasPrefix("Dewch â Gofal ac Academyddion "), "\(sentence)")
        #expect(Language.cy[.closerAction, "Academyddion", "Gofal"].hasPrefix("Dewch ag Academyddion a Gofal "))
    }

    @Test func englishIsUntouched() {
        #expect(Language.en[.andJoin, "Social Care Wales", "Academics"] == "Social Care Wales and Academics")
    }
}
