import Foundation
import Testing
import EcomapTestSupport

/// The golden-file helper itself, in a folder of its own: a mismatch leaves
/// what the test got beside the golden file and shows how they differ.
@Suite struct GoldenTests {
    @Test func mismatchWritesTheGotFileAndADiff() throws {
        let scratch = try Scratch()
        let expected = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"
        try scratch.write("out.txt", expected)
        let actual = expected.replacingOccurrences(of: "line 6\n", with: "line six\n")
        let failure = try #require(Golden.compare(actual, "out.txt", in: scratch.url, acceptCommand: "ACCEPT"))
        #expect(try String(contentsOfFile: scratch.path("out.txt.got"), encoding: .utf8) == actual)
        #expect(try String(contentsOfFile: scratch.path("out.txt"), encoding: .utf8) == expected, "the golden file is left alone")
        #expect(failure.contains("""
            --- Golden/out.txt
            +++ got
            @@ -3,7 +3,7 @@
             line 3
             line 4
             line 5
            -line 6
            +line six
             line 7
             line 8
             line 9

            """), "\(failure)")
        #expect(!failure.contains("line 2\n") && !failure.contains("line 10\n"), "three lines of context, no more")
        #expect(failure.contains("Golden/out.txt.got") && failure.contains("make accept-goldens") && failure.contains("ACCEPT"))
        // Once the output matches again, the .got goes.
        #expect(Golden.compare(expected, "out.txt", in: scratch.url) == nil)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out.txt.got")))
    }

    @Test func missingFileIsRecordedAndFails() throws {
        let scratch = try Scratch()
        let failure = Golden.compare("new\n", "sub/new.txt", in: scratch.url)
        #expect(failure?.hasPrefix("recorded Golden/sub/new.txt") == true)
        #expect(try String(contentsOfFile: scratch.path("sub/new.txt"), encoding: .utf8) == "new\n")
        #expect(Golden.compare("new\n", "sub/new.txt", in: scratch.url) == nil)
    }

    @Test func recordingRewritesAChangedFile() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "old\n")
        #expect(Golden.compare("new\n", "a.txt", in: scratch.url, recording: true)?.hasPrefix("recorded") == true)
        #expect(try String(contentsOfFile: scratch.path("a.txt"), encoding: .utf8) == "new\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("a.txt.got")))
    }

    @Test func diffShowsAddedRemovedAndALastLineWithoutABreak() {
        #expect(LineDiff.unified("a\nb\n", "a\nb\n") == "")
        #expect(LineDiff.unified("a\nb\n", "a\nx\nb\nc\n") == "--- expected\n+++ got\n@@ -1,2 +1,4 @@\n a\n+x\n b\n+c\n")
        #expect(LineDiff.unified("", "a\n") == "--- expected\n+++ got\n@@ -0,0 +1,1 @@\n+a\n")
        #expect(LineDiff.unified("a\n", "a") == "--- expected\n+++ got\n@@ -1,1 +1,1 @@\n-a\n+a  (no line break at the end)\n")
    }

    /// The command printed to accept a test's goldens names that test.
    @Test func acceptCommandNamesThisTest() {
        #expect(Golden.acceptCommand(for: Test.current) == "ECOMAP_RECORD=1 swift test --filter 'EcomapCoreTests.GoldenTests/acceptCommandNamesThisTest'")
    }
}

/// `make test-fast` skips the slow suites by name: the Makefile and
/// `Slow.skipPattern` must say the same, and the pattern must catch each
/// kind of slow suite and nothing else.
@Suite struct SlowTestNamingTests {
    @Test func makefileSkipsWhatSlowSays() throws {
        let makefile = try String(contentsOfFile: Package.path("Makefile"), encoding: .utf8)
        #expect(makefile.contains("FAST_SKIP := \(Slow.skipPattern)\n"))
    }

    @Test func patternCatchesEachKindOfSlowSuite() {
        let skipped = { (id: String) in id.range(of: Slow.skipPattern, options: .regularExpression) != nil }
        for suffix in Slow.suffixes { #expect(skipped("EcomapTests.Render\(suffix)/draws()"), "\(suffix)") }
        #expect(skipped("EcomapTests.ValgrindTests/check()"))
        #expect(!skipped("EcomapTests.RenderTests/welsh()"))
        #expect(!skipped("EcomapTests.RenderTests/cliTestsAreNamedSo()"))
    }
}
