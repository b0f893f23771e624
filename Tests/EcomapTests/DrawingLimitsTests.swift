import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
import EcomapTestSupport

/// Drawings at the edges of what Graphviz can do (issue 15): deep nesting
/// with every layout, maps of thousands of separate parts, PNGs too large
/// for a bitmap. Each draws, or says why not, in bounded time.
@Suite struct DrawingLimitsTests {
    /// `in:` nested `depth` deep, with one person at the bottom linked to the top.
    static func chain(_ depth: Int) -> String {
        var text = "map \"Deep\" [id: deep]\norganisation o0\n"
        for i in 1..<depth { text += "organisation o\(i) [in: o\(i - 1)]\n" }
        return text + "person p [in: o\(depth - 1)]\np -> o0\n"
    }

    /// Many separate parts are packed in rows; a map with a few keeps Graphviz's own packing.
    @Test func manyPartsArePackedInRows() throws {
        var text = "map \"Parts\" [id: parts]\n"
        for i in 0..<300 { text += "person a\(i)\nperson b\(i)\na\(i) -> b\(i)\n" }
        let many = try checked(text, name: "parts.ecomap")
        // Every node drawn (the default would summarise 600 people as one list).
        var every = RenderOptions()
        every.layout = .neato
        let dot = String(decoding: try Renderer.render(many, as: .dot, options: every), as: UTF8.self)
        #expect(dot.contains("  pack=\"true\"\n  packmode=\"array\"\n"))
        let real = try checked(path: Package.path("Maps/scw-current.ecomap"))
        #expect(!String(decoding: try Renderer.render(real, as: .dot), as: UTF8.self).contains("packmode"))
        let drawn = try XMLElement.parse(try Renderer.render(many, as: .svg, options: every))
        #expect(drawn.groups("node").filter { $0.attributes["id"]?.hasPrefix("parts-node-") == true }.count == 600)
    }
}

/// The same limits as the command line meets them: the built binary, bounded in time and memory.
@Suite(.tags(.launchesBinary)) struct DrawingLimitsCLITests {
    /// Membership 5,000 deep, drawn with every layout. Engines that draw no
    /// boxes see 5,000 separate nodes, which Graphviz's packing took past
    /// the 120 s limit with each of them; they are now packed in rows.
    @Test(.tags(.wallClock), arguments: ["default", "dot", "neato", "sfdp", "circo", "twopi", "fdp"])
    func fiveThousandDeepWithEveryLayout(_ layout: String) throws {
        let scratch = try Scratch()
        try scratch.write("deep.ecomap", DrawingLimitsTests.chain(5_000))
        let run = try Measured(["render", "deep.ecomap", "-o", "deep.svg"] + (layout == "default" ? [] : ["--layout", layout]),
                               in: scratch.url.path, seconds: 120)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.cpuSeconds < 30 && run.peakMemory < 1 << 30, "\(run.cpuSeconds) s of processor time, \(run.peakMemory >> 20) MB")
        let svg = try Data(contentsOf: scratch.url.appendingPathComponent("deep.svg"))
        if layout == "default" {
            // The default summarises a map too large to read on a slide, and says what it stands for.
            #expect(String(decoding: svg, as: UTF8.self).contains("5,001 nodes drawn as "))
        } else {
            let root = try XMLElement.parse(svg)
            #expect(root.groups("node").filter { $0.attributes["id"]?.hasPrefix("deep-node-") == true }.count == 5_001)
        }
    }

    /// The issue's worst case, 50,000 deep: it asked for a 5.1 GB allocation,
    /// then crashed in `dot` and ran into the time limit with the rest.
    @Test func fiftyThousandDeep() throws {
        let scratch = try Scratch()
        try scratch.write("deep.ecomap", DrawingLimitsTests.chain(50_000))
        for layout in ["sfdp", "dot"] {
            let run = try Measured(["render", "deep.ecomap", "--layout", layout, "-o", "deep.svg"], in: scratch.url.path, seconds: 300)
            #expect(run.status == 0, "\(layout): \(run.stderr)")
            #expect(run.peakMemory < 2 << 30, "\(layout): \(run.peakMemory >> 20) MB")
        }
    }

    /// A PNG over 32,767 pixels a side: Graphviz shrank it and printed its
    /// own message ("(null): graph is too large for cairo-renderer bitmaps");
    /// now a diagnostic with a hint, and nothing written. SVG and PDF draw,
    /// and so does a PNG on a page, which is fitted to the page.
    @Test func pngTooLargeForABitmap() throws {
        let scratch = try Scratch()
        try scratch.write("wide.ecomap", "map \"Wide\"\nperson a \"\(String(repeating: "x", count: 10_000))\"\nperson b\na -> b\n")
        let run = try Run(["render", "wide.ecomap", "--page", "none", "-o", "wide.png"], in: scratch.url.path)
        #expect(run.status == 1)
        #expect(!run.stderr.contains("(null)") && !run.stderr.contains("cairo"))
        Golden.assertMatches(run.stderr, "diagnostics/drawing-too-large.txt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["wide.ecomap"])
        for format in ["svg", "pdf", "png"] {
            let drawn = try Run(["render", "wide.ecomap", "-o", "wide.\(format)"], in: scratch.url.path)
            #expect(drawn.status == 0 && drawn.stderr == "Wrote wide.\(format)\n", "\(drawn.stderr)")
        }
    }
}
