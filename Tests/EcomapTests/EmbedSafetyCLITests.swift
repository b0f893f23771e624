import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// `ecomap embed` on documents from other people (issue 15): Markdown that
/// hung or blew up the old parser, raw HTML, links that reach out of the
/// document's folder, and the bounds on size and time.
@Suite(.tags(.launchesBinary)) struct EmbedSafetyCLITests {
    static let block = "```ecomap\nperson a\nperson b\na -> b\n```\n"

    /// Runs `embed` on `text` written as `doc.md` in a fresh folder, bounded
    /// in memory, and killed if it hangs; the tests hold its processor time.
    func embed(_ text: String, _ extra: [String] = [], output: String = "out.html", seconds: Double = 60) throws -> (Measured, Scratch) {
        let scratch = try Scratch()
        try scratch.write("doc.md", text)
        let run = try Measured(["embed", "doc.md", "-o", output] + extra, in: scratch.url.path, seconds: seconds)
        #expect(!run.timedOut && run.peakMemory < 512 << 20, "\(run.cpuSeconds) s of processor time, \(run.peakMemory >> 20) MB")
        #expect(run.signal == nil && !run.stderr.contains("Fatal error"))
        return (run, scratch)
    }

    func page(_ scratch: Scratch, _ name: String = "out.html") throws -> String {
        try String(contentsOfFile: scratch.path(name), encoding: .utf8)
    }

    /// A line starting with an unclosed `<p` never ended (memory grew 140 MB/s).
    @Test(.tags(.wallClock), arguments: ["<p", "<p class=\"x\"", "<pre", "<p\n\n" + block])
    func unclosedTagsEnd(_ text: String) throws {
        let (run, scratch) = try embed(text)
        #expect(run.status == 0 && run.cpuSeconds < 5, "\(run.cpuSeconds) s: \(run.stderr)")
        #expect(try page(scratch).contains("&lt;p") || page(scratch).contains("&lt;pre"))
    }

    /// Nested `[` took time doubling with each one: 22 took 8.7 s.
    @Test(.tags(.wallClock), arguments: [22, 10_000])
    func nestedBracketsAreLinear(_ count: Int) throws {
        let (run, scratch) = try embed(String(repeating: "[", count: count) + "x\n")
        #expect(run.status == 0 && run.cpuSeconds < 5, "\(run.cpuSeconds) s")
        #expect(try page(scratch).contains(String(repeating: "[", count: min(count, 100)) + ""))
    }

    /// An unclosed inline tag in the prose swallowed the diagrams (the page
    /// held the placeholder text ECOMAP-DIAGRAM-1 and exit status 0).
    @Test(arguments: ["a <br> b", "Use <ecomap> tags", "<div>", "a <!-- never closed", "a <span title=\"x"])
    func diagramsSurviveUnclosedTags(_ prose: String) throws {
        let (run, scratch) = try embed("# T\n\n\(prose)\n\n\(Self.block)\nafter\n")
        #expect(run.status == 0, "\(run.stderr)")
        let html = try page(scratch)
        #expect(html.components(separatedBy: "<svg ").count == 2, "one drawing")
        #expect(!html.contains("ECOMAP-DIAGRAM"))
    }

    /// Raw HTML in the prose is shown as text, in safe mode; `--allow-html`
    /// keeps it for a document the user trusts (GFM's tag filter still
    /// disables `<script>`).
    @Test func rawHTMLIsTextUnlessAllowed() throws {
        let text = "# T\n\nInline <script>alert(1)</script> and <b>bold</b>.\n\n<script>\nalert(2)\n</script>\n\n"
            + "<div onclick=\"x()\">block</div>\n\n[link](javascript:alert(3))\n\n![alt <img src=x onerror=alert(4)>](pic.png)\n\n" + Self.block
        let (run, scratch) = try embed(text)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try page(scratch)
        let body = try #require(html.components(separatedBy: "<main").last)
        #expect(!body.contains("<script>alert") && !body.contains("<script>\nalert"), "no script of the user's in the page")
        #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && body.contains("&lt;b&gt;bold&lt;/b&gt;"))
        #expect(body.contains("&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;"))
        #expect(!body.contains("javascript:") && !body.contains("<img src=x"))
        #expect(html.components(separatedBy: "<svg ").count == 2)

        let (trusted, scratch2) = try embed(text, ["--allow-html"])
        #expect(trusted.status == 0)
        let kept = try page(scratch2)
        #expect(kept.contains("<b>bold</b>") && kept.contains("<div onclick=\"x()\">block</div>"))
        #expect(kept.contains("&lt;script>alert(1)&lt;/script>"), "GFM's tag filter still disables scripts")
    }

    /// Image links read maps only from the document's folder and below, or from `--root`.
    @Test func imageLinksStayInTheirFolder() throws {
        let scratch = try Scratch()
        let inside = scratch.path("docs")
        try FileManager.default.createDirectory(atPath: inside + "/maps", withIntermediateDirectories: true)
        let map = "person a\nperson b\na -> b\n"
        try scratch.write("outside.ecomap", map)
        try scratch.write("docs/maps/ok.ecomap", map)
        try FileManager.default.createSymbolicLink(atPath: inside + "/maps/sneaky.ecomap", withDestinationPath: "../../outside.ecomap")
        try scratch.write("docs/doc.md", """
            # Links

            ![fine](maps/ok.ecomap)

            ![up](../outside.ecomap)

            ![through a link](maps/sneaky.ecomap)

            ![web](https://example.org/x.ecomap)

            ![encoded](%2E%2E/outside.ecomap)

            """)
        let run = try Run(["embed", "docs/doc.md", "-o", "out.html"], in: scratch.url.path)
        #expect(run.status == 1)
        #expect(run.stderr.components(separatedBy: "[map-outside-folder]").count == 5, "\(run.stderr)")
        #expect(!run.stderr.contains("ok.ecomap"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out.html")))
        Golden.assertMatches(run.stderr, "diagnostics/embed-outside.txt")
        try scratch.write("docs/absolute.md", "![absolute](\(scratch.path("outside.ecomap")))\n")
        let absolute = try Run(["embed", "docs/absolute.md", "-o", "out.html"], in: scratch.url.path)
        #expect(absolute.status == 1 && absolute.stderr.contains("[map-outside-folder]"))
        // A root that holds them all lets every file link through (the web address stays refused).
        try scratch.write("docs/local.md", "![a](maps/ok.ecomap)\n\n![b](../outside.ecomap)\n\n![c](maps/sneaky.ecomap)\n")
        let rooted = try Run(["embed", "docs/local.md", "--root", ".", "-o", "out.html"], in: scratch.url.path)
        #expect(rooted.status == 0, "\(rooted.stderr)")
        #expect(try String(contentsOfFile: scratch.path("out.html"), encoding: .utf8).components(separatedBy: "<svg ").count == 4)
        #expect(try Run(["embed", "docs/local.md", "--root", "nowhere", "-o", "x.html"], in: scratch.url.path).status == 2)
    }

    /// Inputs that are slow for cmark-gfm 0.29 are refused before parsing,
    /// and a deadline covers the rest: the command never runs for minutes.
    @Test(.tags(.wallClock)) func boundsOnSizeTablesAndTime() throws {
        let wideTable = String(repeating: "|a", count: 2_000) + "|\n" + String(repeating: "|-", count: 2_000) + "|\n"
            + String(repeating: "x\n", count: 2_000)
        let (table, _) = try embed(wideTable)
        #expect(table.status == 1 && table.cpuSeconds < 5)
        #expect(table.stderr.contains("a table of 2000 columns in a document of 2002 lines could hold more than 500000 cells [table-too-large]"))
        let (pipes, _) = try embed(String(repeating: "|", count: 100_000) + "\n")
        #expect(pipes.status == 1 && pipes.stderr.contains("[table-too-large]"))
        let (big, _) = try embed(String(repeating: "Some prose that goes on.\n", count: 100_000))
        #expect(big.status == 1 && big.stderr.contains("too large for a document to embed maps in [file-too-large]"), "\(big.stderr)")
        // Quadratic in cmark-gfm 0.29: 960 KB of these took over 20 s.
        let (slow, _) = try embed(String(repeating: "![[]()", count: 150_000) + "\n", ["--timeout", "1"])
        #expect(slow.status == 1 && slow.cpuSeconds < 5, "\(slow.cpuSeconds) s")
        #expect(slow.stderr.contains("reading the document as Markdown took longer than 1 s [markdown-timeout]"))
        #expect(slow.stderr.contains("(--timeout SECONDS)"))
        Golden.assertMatches([table, pipes, big, slow].map(\.stderr).joined(), "diagnostics/embed-limits.txt")
    }

    /// Markdown around the maps stays as written: in a list or a quotation
    /// the image keeps the marks, and a map's problems point at its place there.
    @Test func mapsInListsAndQuotations() throws {
        let text = "# T\n\n- item\n  ```ecomap\n  person a\n  person b\n  a -> b\n  ```\n\n> ```ecomap\n> person c\n> person d\n> c -> d\n> ```\n"
        let (run, scratch) = try embed(text, output: "out.md")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try page(scratch, "out.md") == "# T\n\n- item\n  ![2 nodes (2 people), 1 link, 0% two-way](out-1.svg)\n\n"
            + "> ![2 nodes (2 people), 1 link, 0% two-way](out-2.svg)\n")
        let (broken, _) = try embed("- item\n  ```ecomap\n  person a\n  a -> nobody\n  ```\n\n~~~ecomap\nperson x\n")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("doc.md:4:8: error: unknown node 'nobody'"), "\(broken.stderr)")
        #expect(broken.stderr.contains("doc.md:7:1: error: this ecomap block has no closing ~~~ [syntax]"))
    }

    /// The page's title is its first heading, as text.
    @Test func titleFromTheFirstHeading() throws {
        let (run, scratch) = try embed("Intro\n\n# The *real* <i>title</i>\n\n# Second\n\n" + Self.block)
        #expect(run.status == 0)
        #expect(try page(scratch).contains("<title>The real &lt;i&gt;title&lt;/i&gt;</title>"))
    }

    /// Quotations and lists nested thousands deep made cmark-gfm's time grow
    /// with the nesting times the brackets after them: a line of k '>' then
    /// a line of k/2 '[' took 0.14 s at 7.5 KB, 6 s at 30 KB and 35 s at 60 KB.
    /// Refused before parsing now, at once; nesting people write still reads.
    @Test func deepNestingIsRefusedBeforeParsing() throws {
        var said = ""
        for k in [5_000, 20_000, 40_000] {
            let (run, _) = try embed(String(repeating: ">", count: k) + "\n" + String(repeating: "[", count: k / 2) + "\n")
            #expect(run.status == 1 && run.seconds < 2, "\(k): \(run.seconds) s")
            #expect(run.stderr.contains("[document-too-deep]"))
            if k == 5_000 { said += run.stderr }
        }
        let (lists, _) = try embed(String(repeating: "- ", count: 10_000) + String(repeating: "[", count: 10_000) + "\n")
        #expect(lists.status == 1 && lists.seconds < 2 && lists.stderr.contains("[document-too-deep]"), "\(lists.seconds) s")
        said += lists.stderr
        Golden.assertMatches(said, "diagnostics/document-too-deep.txt")
        // Thirty-two levels, and a map inside them, still read; so does a thematic break.
        let deep = String(repeating: "> ", count: 32) + "Quoted\n\n" + String(repeating: "1. ", count: 16) + "Listed\n\n* * *\n\n" + Self.block
        let (fine, _) = try embed(deep)
        #expect(fine.status == 0, "\(fine.stderr)")
        #expect(Embedder.nesting(Array("> - 1. 12) + x".utf8)[...]) == 5)
        #expect(Embedder.nesting(Array("-x >".utf8)[...]) == 0)
    }

    /// An image link to a named pipe gets a diagnostic at once: reading it
    /// would wait for a writer for ever (it hung `embed --timeout 3` past 15 s).
    @Test func anImageOfANamedPipeIsADiagnostic() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "# Pipes\n\n![a pipe](pipe.ecomap)\n")
        #expect(mkfifo(scratch.path("pipe.ecomap"), 0o600) == 0)
        let run = try Measured(["embed", "doc.md", "--timeout", "3", "-o", "out.html"], in: scratch.url.path, seconds: 15)
        #expect(!run.timedOut && run.seconds < 5, "\(run.seconds) s")
        #expect(run.status == 1 && run.stderr.contains("is a named pipe (FIFO), not a file") && run.stderr.contains("[not-a-file]"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out.html")))
    }
}
