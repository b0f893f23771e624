import Testing
@testable import EcomapCore
import EcomapTestSupport

@Suite struct FormatterTests {
    let source = SourceText(name: "f.ecomap", text: "person a\n\ta -> practioners [x: y]\n")

    @Test func caretUnderTheSpot() {
        let d = Diagnostic(.unknownNode, "unknown node 'practioners'", hint: "did you mean 'practitioners'?",
                           file: "f.ecomap", at: SourceRange(line: 2, column: 7, length: 11))
        #expect(DiagnosticFormatter().format(d, source: source) == """
            f.ecomap:2:7: error: unknown node 'practioners' [unknown-node]
            \ta -> practioners [x: y]
            \t     ^~~~~~~~~~~
            hint: did you mean 'practitioners'?

            """)
    }

    @Test func colourIsOptional() {
        let d = Diagnostic(.selfLink, "m", file: "f.ecomap", at: SourceRange(line: 1, column: 1))
        #expect(!DiagnosticFormatter(colour: false).format(d, source: source).contains("\u{1B}"))
        let coloured = DiagnosticFormatter(colour: true).format(d, source: source)
        #expect(coloured.contains("\u{1B}[1;35mwarning:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;32m^\u{1B}[0m"))
    }

    @Test func fileWideProblemsHaveNoLine() {
        let d = Diagnostic(.unreadableFile, "no such file 'x'", file: "x", at: .none)
        #expect(DiagnosticFormatter().format(d, source: nil) == "x: error: no such file 'x' [unreadable-file]\n")
    }

    /// Control characters in a map never reach the terminal.
    @Test func controlCharactersAreReplaced() {
        let evil = SourceText(name: "e.ecomap", text: "person a \"\u{1B}]0;pwned\u{07}\"\n")
        let d = Diagnostic(.syntax, "bad '\u{1B}[2J'", file: "e.ecomap", at: SourceRange(line: 1, column: 10))
        let text = DiagnosticFormatter().format(d, source: evil)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        #expect(text.contains("\u{FFFD}"))
    }

    /// A long line is shown as a window around the caret, with the caret still under its spot.
    @Test func longLinesAreWindowed() {
        let line = String(repeating: "ŵ", count: 300) + " target " + String(repeating: "b", count: 300)
        let long = SourceText(name: "l.ecomap", text: line + "\n")
        let d = Diagnostic(.syntax, "m", file: "l.ecomap", at: SourceRange(line: 1, column: 302, length: 6))
        let lines = DiagnosticFormatter(width: 60).format(d, source: long).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].hasPrefix("...ŵ") && lines[1].hasSuffix("..."))
        #expect(lines[1].count <= 66)
        let caret = lines[2].firstIndex(of: "^")!
        let offset = lines[2].distance(from: lines[2].startIndex, to: caret)
        #expect(String(Array(lines[1])[offset..<(offset + 6)]) == "target")
    }

    @Test func longMessagesAreShortened() {
        let d = Diagnostic(.syntax, "name '" + String(repeating: "x", count: 1_000) + "'", file: "f", at: .none)
        let text = DiagnosticFormatter(width: 50).format(d, source: nil)
        #expect(text.count < 150 && text.contains("...") )
    }

    /// When some must be left out, errors are kept before warnings.
    @Test func capKeepsErrorsFirst() {
        var all: [Diagnostic] = []
        for line in 1...10 {
            all.append(Diagnostic(line % 2 == 0 ? .syntax : .selfLink, "m\(line)", file: "f", at: SourceRange(line: line, column: 1)))
        }
        let text = DiagnosticFormatter(howToSeeMore: "--max-diagnostics N shows more").format(all, sources: [:], limit: 4)
        #expect(text.components(separatedBy: " error: ").count == 5)
        #expect(!text.contains(" warning: "))
        #expect(text.hasSuffix("... and 6 more (5 errors and 5 warnings in all; --max-diagnostics N shows more)\n"))
        // The library names no command-line option of its own accord.
        #expect(DiagnosticFormatter().format(all, sources: [:], limit: 4).hasSuffix("... and 6 more (5 errors and 5 warnings in all)\n"))
    }
}

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("practioners", ["practitioners", "managers"], "practitioners"),
        ("Practitioners", ["practitioners"], "practitioners"),
        ("strenght", ["strength", "frequency"], "strength"),
        ("infroms", LinkType.builtIn, "informs"),
        ("scv", ["scw", "universities"], "scw"),
        ("weeak", ["strong", "normal", "weak"], "weak"),
    ])
    func suggests(_ word: String, _ candidates: [String], _ expected: String) {
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test(arguments: [
        ("mentors", LinkType.builtIn),
        ("xy", ["scw"]),
        ("count", AttributeName.node),
        ("a", ["b"]),
    ])
    func staysQuietWhenNothingIsClose(_ word: String, _ candidates: [String]) {
        #expect(Suggestion.closest(to: word, in: candidates) == nil)
    }

    @Test func distanceCountsSwapsAsOne() {
        #expect(Suggestion.distance(Array("ab".unicodeScalars), Array("ba".unicodeScalars), limit: 2) == 1)
        #expect(Suggestion.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), limit: 3) == 3)
        #expect(Suggestion.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), limit: 2) == nil)
    }
}

@Suite struct SummaryTests {
    @Test func twoWayShare() throws {
        let summary = try checked("""
            person a
            person b
            person c
            a -> b
            b -> a
            a <-> c
            b -> c
            a -- c
            a -> a
            """).summary
        // a->b and b->a flow both ways; a<->c too; b->c does not; -- has no direction;
        // a->a is a peer link (people in one role interacting): it flows both ways.
        #expect(summary.directedLinks == 5)
        #expect(summary.twoWayLinks == 4)
        #expect(summary.twoWayShare == 0.8)
        #expect(summary.sentence() == "3 nodes (3 people), 6 links, 80% two-way")
    }

    @Test func emptyMapHasNoDivisionByZero() {
        let summary = CheckedMap(trusted: EcosystemMap(), name: "x", identifier: "x").summary
        #expect(summary.twoWayShare == 0)
        #expect(summary.sentence() == "0 nodes, 0 links, no directed links")
    }
}

@Suite struct ColourTests {
    @Test func parses() {
        #expect(Colour("#5B8C3A")?.hex == "#5b8c3a")
        #expect(Colour("#abc")?.hex == "#aabbcc")
        #expect(Colour("Teal")?.hex == "#008080")
        #expect(Colour("grey") == Colour("gray"))
        #expect(Colour("#12345") == nil)
        #expect(Colour("#gggggg") == nil)
        #expect(Colour("url(x)") == nil)
    }
}
