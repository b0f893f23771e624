import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// `ecomap render` end to end.
@Suite(.tags(.launchesBinary)) struct RenderCLITests {
    @Test func rendersTheSocialCareWalesMapInTheStudysColours() throws {
        let scratch = try Scratch()
        let out = scratch.path("scw.svg")
        let run = try Run(["render", "Maps/scw-current.ecomap", "-o", out])
        #expect(run.status == 0)
        #expect(run.stderr == "Wrote \(out)\n")
        let root = try XMLElement.parse(try Data(contentsOf: URL(fileURLWithPath: out)))
        let fills = Set(root.groups("node").compactMap { group in
            group.descendants.first { ["ellipse", "polygon", "path"].contains($0.name) }?.attributes["fill"]
        })
        // Grey organisations, green platforms, red individuals (as in Social Finance's study), and the key.
        #expect(fills.isSuperset(of: ["#b0b0b0", "#6fbf73", "#e8645a"]))
        #expect(root.element(id: "scw-current-key") != nil)
        #expect(root.children.first?.text == "Social Care Wales communities: current")
    }

    @Test func formatFollowsTheExtension() throws {
        let scratch = try Scratch()
        let cases: [(String, [UInt8])] = [("m.png", [0x89] + Array("PNG".utf8)), ("m.pdf", Array("%PDF".utf8)),
                                          ("m.svg", Array("<?xml".utf8)), ("m.dot", Array("digraph".utf8)), ("m.gv", Array("digraph".utf8))]
        for (name, magic) in cases {
            let path = scratch.path(name)
            #expect(try Run(["render", "Maps/scw-current.ecomap", "-o", path]).status == 0)
            let head = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(magic.count)
            #expect(Array(head) == magic, "\(name)")
        }
    }

    @Test func standardOutput() throws {
        let svg = try Run(["render", "Maps/scw-current.ecomap", "-o", "-"])
        #expect(svg.status == 0 && svg.stdout.hasPrefix("<?xml"))
        #expect(svg.stderr == "")
        let dot = try Run(["render", "-", "--format", "dot"], input: Data("person a\nperson b\na -> b\n".utf8))
        #expect(dot.status == 0 && dot.stdout.hasPrefix("digraph \"map\" {"))
        let explicit = try Run(["render", "Maps/scw-current.ecomap", "-o", "-", "--format", "png"])
        #expect(explicit.stdoutBytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func defaultOutputIsNamedAfterTheMap() throws {
        let scratch = try Scratch()
        let run = try Run(["render", Package.path("Maps/cdps-communities.ecomap")], in: scratch.url.path)
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.path("cdps-communities.svg")))
    }

    @Test(arguments: [
        ["render", "Maps/scw-current.ecomap", "-o", "x.jpg"],
        ["render", "Maps/scw-current.ecomap", "--theme", "neon"],
        ["render", "Maps/scw-current.ecomap", "--layout", "ortho"],
        ["render", "Maps/scw-current.ecomap", "--lang", "fr"],
        ["render", "Maps/scw-current.ecomap", "--timeout", "0"],
    ])
    func usageErrors(_ arguments: [String]) throws {
        let run = try Run(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
    }

    /// `fdp` is Graphviz users' name for a force-directed drawing with boxes;
    /// ecomap draws it with neato and its own boxes, and says so.
    @Test func fdpIsDrawnWithNeatoAndBoxes() throws {
        let fdp = try Run(["render", "Maps/scw-current.ecomap", "-o", "-", "--layout", "fdp"])
        let neato = try Run(["render", "Maps/scw-current.ecomap", "-o", "-", "--layout", "neato"])
        #expect(fdp.status == 0)
        #expect(fdp.stdoutBytes == neato.stdoutBytes)
        #expect(fdp.stderr.hasPrefix("note: --layout fdp is drawn with neato and ecomap's membership boxes"))
        #expect(neato.stderr == "")
    }

    @Test func brokenMapDrawsNothing() throws {
        let scratch = try Scratch()
        let map = try scratch.write("bad.ecomap", "person a\na -> b\n")
        let out = try scratch.write("bad.svg", "old")
        let run = try Run(["render", map, "-o", out])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown node 'b'"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old")
    }

    /// A layout that runs too long is stopped with a clear message and no output.
    @Test(.tags(.wallClock)) func timeout() throws {
        let scratch = try Scratch()
        var text = ""
        for i in 0..<600 { text += "person p\(i)\n" }
        for i in 0..<600 { for k in [1, 37, 211] { text += "p\(i) -> p\((i + k) % 600)\n" } }
        let map = try scratch.write("big.ecomap", text)
        let out = try scratch.write("big.svg", "old")
        let start = Date()
        let run = try Run(["render", map, "--layout", "dot", "--timeout", "0.5", "-o", out])
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(run.status == 1)
        #expect(run.stderr.contains("laying out the map with dot took longer than 0.5 s [layout-timeout]"))
        #expect(run.stderr.contains("hint: dot is slow on large maps"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func themesAndWelshFromTheCommandLine() throws {
        let dark = try Run(["render", "Maps/scw-current.ecomap", "-o", "-", "--theme", "dark", "--lang", "cy", "--embed"])
        #expect(dark.status == 0)
        let root = try XMLElement.parse(dark.stdoutBytes)
        #expect(root.first("polygon")?.attributes["fill"] == Theme.dark.background.hex)
        #expect(root.children.first?.text == "Cymunedau Gofal Cymdeithasol Cymru: presennol")
        let scw = try #require(root.element(id: "scw-current-node-scw"))
        #expect(scw.all("text").map(\.allText).joined(separator: " ") == "Gofal Cymdeithasol Cymru")
        #expect(root.all("text").contains { $0.allText == "Allwedd" })
    }

    /// Same map, same bytes, from two separate runs of the program (a run
    /// could depend on memory addresses or the time; two processes show it).
    @Test(arguments: ["svg", "png", "pdf", "dot"])
    func sameBytesAcrossProcesses(_ format: String) throws {
        let arguments = ["render", "Maps/scw-best-practice.ecomap", "--format", format, "-o", "-"]
        let first = try Run(arguments), second = try Run(arguments)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdoutBytes.count > 1_000)
        #expect(first.stdoutBytes == second.stdoutBytes)
    }

    /// Problems Graphviz has: a layout that runs too long (in a process of its
    /// own, since a timed-out layout keeps running until the process ends), and
    /// a failure with Graphviz's own words.
    @Test func renderProblems() throws {
        let scratch = try Scratch()
        var text = ""
        for i in 0..<600 { text += "person p\(i)\n" }
        for i in 0..<600 { for k in [1, 37, 211] { text += "p\(i) -> p\((i + k) % 600)\n" } }
        try scratch.write("big.ecomap", text)
        let run = try Run(["render", "big.ecomap", "--layout", "dot", "--timeout", "0.2", "-o", "big.svg"], in: scratch.url.path)
        var failure = GraphvizRenderer.failure("Graphviz could not draw the map as SVG")
        failure.file = "big.ecomap"
        Golden.assertMatches(run.stderr + DiagnosticFormatter().format(failure, source: nil), "diagnostics/render-problems.txt")
    }

    /// Membership nested 50,000 deep: DOT that grows linearly (not with the
    /// square of the depth), no recursion anywhere, and a drawing with boxes
    /// nested as deep as a drawing can show.
    @Test func deepNesting() throws {
        let scratch = try Scratch()
        var text = "map \"Deep\" [id: deep]\norganisation o0\n"
        for i in 1..<50_000 { text += "organisation o\(i) [in: o\(i - 1)]\n" }
        text += "person p [in: o49999]\np -> o0\n"
        let map = try scratch.write("deep.ecomap", text)
        let dot = try Run(["render", map, "--layout", "dot", "--format", "dot", "-o", "-"])
        #expect(dot.status == 0)
        #expect(dot.stdoutBytes.count < 200 * 50_000, "\(dot.stdoutBytes.count) bytes of DOT")
        let lines: [Substring] = dot.stdout.split(separator: "\n")
        let depth = lines.map { line in line.prefix { $0 == " " }.count }.max() ?? 0
        #expect(depth <= 2 * DOTWriter.deepestIndent + 2)
        #expect(dot.stdout.components(separatedBy: "id=\"deep-group-").count - 1 == Clusters.maximumDepth)

        var shallow = "map \"Deep\" [id: deep]\norganisation o0\n"
        for i in 1..<2_000 { shallow += "organisation o\(i) [in: o\(i - 1)]\n" }
        try scratch.write("shallow.ecomap", shallow + "person p [in: o1999]\np -> o0\n")
        let drawn = try Run(["render", "shallow.ecomap", "--layout", "dot", "-o", "shallow.svg"], in: scratch.url.path)
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let root = try XMLElement.parse(try Data(contentsOf: scratch.url.appendingPathComponent("shallow.svg")))
        #expect(root.groups("cluster").filter { $0.attributes["id"]?.hasPrefix("deep-group-") == true }.count == Clusters.maximumDepth)
    }
}
