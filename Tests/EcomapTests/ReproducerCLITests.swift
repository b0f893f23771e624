import Foundation
import Testing
import EcomapTestSupport

/// The robustness reproducers: inputs that once hung, crashed or ran out of
/// memory, each run as a new user would run it: the command line, in a fresh
/// folder, bounded in time and memory, leaving nothing behind but what it was
/// asked to write. `make test` runs them on the debug build and `make
/// reproducers` (in CI) on the release build (`ECOMAP_BIN=.build/release/ecomap`).
///
/// The leak in checking is held by SoakCLITests, signals, links and file modes
/// by FaultCLITests, and the runs under valgrind by ValgrindTests.
@Suite(.tags(.launchesBinary, .wallClock)) struct ReproducerCLITests {
    /// A fresh folder holding `files`, where `arguments` run within `seconds`
    /// of processor time and `memory`; a run that hangs is killed after four
    /// times as long (a minute at least) by the clock.
    @discardableResult
    func run(_ arguments: [String], files: [String: [UInt8]], seconds: Double = 30, memory: Int = 1 << 30,
             leaves expected: Set<String>? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> (Measured, Scratch) {
        let scratch = try Scratch()
        for (name, bytes) in files { try scratch.write(name, bytes: bytes) }
        let run = try Measured(arguments, in: scratch.url.path, seconds: max(seconds * 4, 60))
        #expect(!run.timedOut && run.cpuSeconds < seconds, "\(arguments): \(run.cpuSeconds) s of processor time, \(run.seconds) s in all",
                sourceLocation: sourceLocation)
        #expect(run.peakMemory < memory, "\(arguments): \(run.peakMemory >> 20) MB", sourceLocation: sourceLocation)
        #expect(run.signal == nil && !run.stderr.contains("Fatal error"), "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path))
        #expect(left == Set(files.keys).union(expected ?? []), "\(arguments) left \(left)", sourceLocation: sourceLocation)
        return (run, scratch)
    }

    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let block = "```ecomap\nperson a\nperson b\na -> b\n```\n"

    /// `embed` to HTML never ended on a line starting with an unclosed `<p`.
    @Test(arguments: ["<p", "<p class=\"x\"", "<pre"])
    func embedEndsOnAnUnclosedTag(_ text: String) throws {
        let (run, _) = try self.run(["embed", "d.md", "-o", "d.html"], files: ["d.md": bytes(text)], seconds: 5, leaves: ["d.html"])
        #expect(run.status == 0 && run.stderr == "Wrote d.html\n")
    }

    /// `embed` took time doubling with each nested `[`: 22 took 8.7 s.
    @Test func embedOfNestedBracketsIsQuick() throws {
        let (run, _) = try self.run(["embed", "b.md", "-o", "b.html"], files: ["b.md": bytes(String(repeating: "[", count: 22) + "x\n")],
                                    seconds: 2, leaves: ["b.html"])
        #expect(run.status == 0)
    }

    /// `embed` dropped the diagrams after an unclosed inline tag, kept raw
    /// HTML live, and read any `.ecomap` on the disk that a link named.
    @Test func embedKeepsDiagramsEscapesHTMLAndReadsOnlyItsFolder() throws {
        for prose in ["a <br> b", "Use <ecomap> tags", "<div>"] {
            let (run, scratch) = try self.run(["embed", "d.md", "-o", "d.html"], files: ["d.md": bytes("\(prose)\n\n\(Self.block)")], leaves: ["d.html"])
            #expect(run.status == 0)
            let page = try String(contentsOfFile: scratch.path("d.html"), encoding: .utf8)
            #expect(page.components(separatedBy: "<svg ").count == 2 && !page.contains("ECOMAP-DIAGRAM"), "\(prose)")
        }
        let (script, scratch) = try self.run(["embed", "d.md", "-o", "d.html"], files: ["d.md": bytes("<script>alert(1)</script>\n\n" + Self.block)], leaves: ["d.html"])
        #expect(script.status == 0)
        #expect(try String(contentsOfFile: scratch.path("d.html"), encoding: .utf8).contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let (anyFile, _) = try self.run(["embed", "d.md", "-o", "d.html"], files: ["d.md": bytes("![x](/any/path.ecomap)\n")])
        #expect(anyFile.status == 1 && anyFile.stderr.contains("[map-outside-folder]"))
    }

    /// A file that ends inside a statement was read one byte past its end.
    @Test(arguments: ["person a [in:", "person", "a ->", "a -> b :"])
    func fileEndingInsideAStatementIsAnError(_ text: String) throws {
        let (run, _) = try self.run(["check", "f.ecomap"], files: ["f.ecomap": bytes(text)])
        #expect(run.status == 1 && run.stderr.contains("f.ecomap:1:"))
        let (embedded, _) = try self.run(["embed", "d.md", "-o", "d.html"], files: ["d.md": bytes("```ecomap\n\(text)\n```")])
        #expect(embedded.status == 1)
    }

    /// A failed write to standard output or error crashed (SIGILL, 132).
    @Test func fullDiskIsAnErrorNotACrash() throws {
        let map = try Data(contentsOf: URL(fileURLWithPath: Package.path("Maps/scw-current.ecomap")))
        let scratch = try Scratch()
        let path = try scratch.write("m.ecomap", bytes: Array(map))
        let out = try Run(["check", path], outputTo: "/dev/full")
        #expect(out.status == 1 && out.stderr.contains("no space left"))
        #expect(try Run(["check", path], errorsTo: "/dev/full").status == 0, "nothing to say on standard error")
        #expect(try Run(["check", path, "x.ecomap"], errorsTo: "/dev/full").status == 1)
        #expect(try Run(["render", path, "-o", scratch.path("x.svg")], errorsTo: "/dev/full").status == 1)
    }

    /// DOT grew with the square of the nesting; 50,000 deep crashed `dot` and timed out the rest.
    @Test func deepNestingDraws() throws {
        func chain(_ depth: Int) -> [UInt8] {
            var text = "map \"Deep\" [id: deep]\norganisation o0\n"
            for i in 1..<depth { text += "organisation o\(i) [in: o\(i - 1)]\n" }
            return bytes(text + "person p [in: o\(depth - 1)]\np -> o0\n")
        }
        let (dot, _) = try run(["render", "d.ecomap", "--format", "dot", "-o", "d.dot"], files: ["d.ecomap": chain(5_000)], leaves: ["d.dot"])
        #expect(dot.status == 0)
        let deep = chain(50_000)
        for layout in ["dot", "sfdp"] {
            let (run, _) = try self.run(["render", "d.ecomap", "--layout", layout, "-o", "d.svg"], files: ["d.ecomap": deep],
                                        seconds: 60, memory: 2 << 30, leaves: ["d.svg"])
            #expect(run.status == 0, "\(layout): \(run.stderr)")
        }
    }

    /// `check` took 60 times the input's size in memory: now under 10 times
    /// with the release build. A debug build (`make test`'s) holds more
    /// temporaries: it is held to 15 times.
    @Test func checkMemoryIsAFewTimesTheInput() throws {
        let times = ProcessInfo.processInfo.environment["ECOMAP_BIN"]?.contains("/release/") == true ? 10 : 15
        let line = "organisation scw \"Social Care Wales\"\n"
        let repeated = bytes("map \"R\"\n" + String(repeating: line, count: 20_000_000 / line.utf8.count))
        let (run, _) = try self.run(["check", "r.ecomap"], files: ["r.ecomap": repeated], memory: times * repeated.count)
        #expect(run.status == 1 && run.stderr.contains("540539 errors and 1 warning in all"), "\(run.stderr.suffix(200))")
        var unique = "map \"U\"\n"
        for i in 0..<500_000 { unique += "organisation scw\(i) \"Social Care Wales\"\n" }
        let (distinct, _) = try self.run(["check", "u.ecomap"], files: ["u.ecomap": bytes(unique)], memory: times * unique.utf8.count)
        #expect(distinct.status == 0)
    }

    /// Control characters passed `check` and made SVG that was not XML.
    @Test func controlCharactersAreRefusedAndSVGStaysXML() throws {
        let (run, _) = try self.run(["check", "c.ecomap"], files: ["c.ecomap": bytes("person a \"A\u{01}\"\nperson b \"\u{FFFE}\"\na -> b\n")])
        #expect(run.status == 1 && run.stderr.contains("U+0001") && run.stderr.contains("U+FFFE"))
        // What may stay (tab, a line break written \n, DEL, C1 controls, U+FFFD, marks) makes SVG that xmllint reads.
        let odd = "map \"T\tab\u{7F}\" [description: \"\u{85}\u{9F}\"]\nperson a \"A\tB\\nC \u{FFFD} e\u{301} \u{200F}\u{202E}x\"\nperson b \"<b>&amp;\"\na -> b \"\u{2028}\"\n"
        for format in ["svg", "svg --embed"] {
            let arguments = ["render", "o.ecomap", "-o", "o.svg"] + format.split(separator: " ").dropFirst().map(String.init)
            let (drawn, scratch) = try self.run(arguments, files: ["o.ecomap": bytes(odd)], leaves: ["o.svg"])
            #expect(drawn.status == 0, "\(drawn.stderr)")
            let lint = try Run(["--noout", scratch.path("o.svg")], program: "/usr/bin/xmllint")
            #expect(lint.status == 0 && lint.stderr.isEmpty, "xmllint: \(lint.stderr)")
        }
    }

    /// An output name with a space broke the report's Markdown links.
    @Test func outputNameWithASpaceKeepsMarkdownLinks() throws {
        let map = Array(try Data(contentsOf: URL(fileURLWithPath: Package.path("Maps/scw-current.ecomap"))))
        let (run, scratch) = try self.run(["report", "m.ecomap", "-o", "my report.md"], files: ["m.ecomap": map],
                                          leaves: ["my report.md", "my report-map.svg"])
        #expect(run.status == 0)
        #expect(try String(contentsOfFile: scratch.path("my report.md"), encoding: .utf8).contains("](<my report-map.svg>)"))
    }

    /// A report's timeout named no file; Graphviz's own message leaked for a PNG of a long label.
    @Test func timeoutNamesTheFileAndPNGTooLargeIsADiagnostic() throws {
        var big = ""
        for i in 0..<600 { big += "person p\(i)\n" }
        for i in 0..<600 { for k in [1, 37, 211] { big += "p\(i) -> p\((i + k) % 600)\n" } }
        let (slow, _) = try run(["report", "big.ecomap", "--layout", "dot", "--timeout", "0.3", "-o", "r.md"], files: ["big.ecomap": bytes(big)])
        #expect(slow.status == 1 && slow.stderr.hasPrefix("big.ecomap: error: laying out the map with dot took longer than 0.3 s [layout-timeout]"))
        let wide = bytes("person a \"\(String(repeating: "x", count: 10_000))\"\nperson b\na -> b\n")
        let (png, _) = try run(["render", "w.ecomap", "--page", "none", "-o", "w.png"], files: ["w.ecomap": wide])
        #expect(png.status == 1 && png.stderr.contains("[drawing-too-large]") && !png.stderr.contains("(null)"))
    }
}
