import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
import EcomapTestSupport

/// Maps of a whole department (issue 23): 100 to 1,000 groups drawn as a
/// summary that reads on a slide and on A4, one agency's inside drawn
/// alone, every node drawn or counted, and small maps drawn as before.
/// Measured from the SVG by `Benchmarks/legibility.py`, as `PageTests` does.
@Suite(.serialized, .tags(.launchesBinary)) struct DepartmentMapCLITests {
    /// The map an import of a plain workbook gives (issue 23's: 100 groups
    /// in 12 agencies, three platforms, 100 links, most into Yammer).
    static let workbook = "Tests/EcomapTests/Fixtures/import-100.ecomap"

    /// A department map from the generator, written into `scratch`.
    static func department(_ groups: Int, in scratch: Scratch) throws -> String {
        let run = try Run(["--department", String(groups)], program: "ecomap-generate")
        try #require(run.status == 0, "\(run.stderr)")
        return try scratch.write("department-\(groups).ecomap", run.stdout)
    }

    static func measure(_ inputs: [String], pages: String = "default,a4") throws -> Legibility.Measures {
        try Legibility.measure(inputs, pages: pages)
    }

    /// The default drawing (a slide) and the A4 drawing of each department
    /// map keep issue 10's label sizes for maps of up to 40 nodes, with no
    /// overlap, no line through a node, no label cut, the key shown, and
    /// every node of the map drawn or counted in a shape that says so.
    @Test func departmentMapsReadOnASlideAndOnAPage() throws {
        let scratch = try Scratch()
        let maps = [Package.path(Self.workbook)] + (try [100, 300, 1000].map { try Self.department($0, in: scratch) })
        var sizes: [String: Int] = [:]
        for path in maps {
            sizes[URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent] = try checked(path: path).nodes.count
        }
        let measures = try Self.measure(maps)
        let slide = try #require(measures.pages["default"]), page = try #require(measures.pages["a4"])
        #expect(slide.count == maps.count && page.count == maps.count, "a map was not drawn")
        for r in slide + page {
            #expect(r.represented == sizes[r.map], "\(r.map): \(r.represented) nodes drawn or counted of \(sizes[r.map] ?? 0)")
            #expect(r.uncounted == 0, "\(r.map): \(r.uncounted) shapes don't say what they hold")
            #expect(r.nodes <= 40, "\(r.map): \(r.nodes) shapes")
            #expect(r.overlaps == 0 && r.through == 0 && r.cut == 0, "\(r.map): \(r.overlaps) overlaps, \(r.through) through, \(r.cut) cut")
            #expect(r.key, "\(r.map): no key")
        }
        for r in slide { #expect((r.slide ?? 0) >= 8, "\(r.map): \(r.slide ?? 0) pt on a slide") }
        for r in page { #expect((r.a4 ?? 0) >= 6.5, "\(r.map): \(r.a4 ?? 0) pt on A4") }
    }

    /// One agency's inside, drawn alone (`--focus`), reads as the whole does.
    @Test func oneAgencyReadsAlone() throws {
        let scratch = try Scratch()
        let map = try Self.department(1000, in: scratch)
        var drawings: [String] = []
        let drawn = [("mmo", "slide"), ("mmo", "a4"), ("ne", "slide"), ("ea", "slide")]
        for (agency, page) in drawn {
            let out = scratch.path("\(agency)-\(page).svg")
            let run = try Run(["render", map, "--focus", agency, "--page", page, "-o", out])
            #expect(run.status == 0, "\(run.stderr)")
            drawings.append(out)
        }
        let measures = try Self.measure(drawings)
        #expect(measures.drawings.count == drawn.count)
        for (r, (_, page)) in zip(measures.drawings, drawn) {
            let label = page == "slide" ? r.slide ?? 0 : r.a4 ?? 0
            #expect(label >= (page == "slide" ? 8 : 6.5), "\(r.map): \(label) pt")
            #expect(r.overlaps == 0 && r.cut == 0 && r.uncounted == 0, "\(r.map)")
            #expect(r.through == 0, "\(r.map): \(r.through) lines through a node")
        }
        // The key's way to see more names a group inside the agency, not the agency drawn already.
        for (out, (agency, _)) in zip(drawings, drawn) {
            let svg = try XMLElement.parse(Data(contentsOf: URL(fileURLWithPath: out)))
            let notes = svg.descendants.filter { ($0.attributes["id"] ?? "").contains("-key-note-") }.map(\.allText)
            let hint = try #require(notes.first { $0.contains("To see inside a group: --focus ") }, "\(agency): \(notes)")
            #expect(!hint.hasSuffix("--focus \(agency)"), "\(agency): \(hint)")
        }
        // The part names every group of the agency: its communities are listed, not counted.
        let svg = try XMLElement.parse(Data(contentsOf: URL(fileURLWithPath: drawings[0])))
        // A shape's lines as one text: a name may break across lines ("Race equality" / "network").
        let text = svg.groups("node").map { $0.all("text").map(\.allText).joined(separator: " ") }.joined(separator: "\n")
        let part = try MapView(focus: ["mmo"]).apply(to: try checked(path: map))
        let names = part.nodes.filter { $0.memberOf == ["mmo"] && $0.kind == .community }.map(\.label)
        #expect(names.count > 20)
        // Communities that hold communities of their own ("Race equality network") are named
        // too, in the shape that merges the small ones, not only counted.
        let missing = names.filter { !text.contains($0) }
        #expect(missing.isEmpty, "\(missing) not drawn")
    }

    /// The summary says how to see inside a group, with the command line's option.
    @Test func theKeySaysHowToSeeMore() throws {
        let run = try Run(["render", Self.workbook, "-o", "-", "--format", "svg"])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try XMLElement.parse(run.stdoutBytes)
        let notes = svg.descendants.filter { ($0.attributes["id"] ?? "").contains("-key-note-") }.map(\.allText)
        #expect(notes.contains { $0.contains("To see inside a group: --focus ") }, "\(notes)")
        #expect(svg.first("desc")?.text.contains("115 nodes drawn as") == true)
        // The live page's key says to click a group, in the page's language:
        // its reader has no command line to give an option to.
        let served = try Background(["serve", Self.workbook, "--port", "0"])
        defer { served.stop() }
        let port = try #require(served.servingPort(), "\(served.stderr)")
        for (query, click) in [("", "Click a group to see inside it"), ("?lang=cy", "Cliciwch ar grŵp i weld y tu mewn iddo")] {
            let page = try HTTPGet.get(port: port, "/\(query)")
            #expect(page.status == 200)
            #expect(page.body.contains(click), "\(query): the key doesn't say to click")
            #expect(!page.body.contains("--focus "), "\(query): the key names the command line's option")
        }
        // A named layout, or --layout full, draws every node.
        for layout in ["full", "sfdp"] {
            let whole = try Run(["render", Self.workbook, "--layout", layout, "-o", "-", "--format", "svg"])
            // The map's nodes: not the key's samples and texts, nor the dots where bundled lines meet.
            let drawn = try XMLElement.parse(whole.stdoutBytes).groups("node").filter { node in
                !node.classes.contains("junction") && !node.classes.contains { $0.hasPrefix("key") }
            }
            #expect(drawn.count == 115, "--layout \(layout): \(drawn.count) nodes")
        }
    }

    /// A report of a map drawn as a summary opens on the summary, then draws
    /// the inside of its three largest groups on pages of their own and
    /// says how to see the rest (issue 23); a map drawn whole gets none.
    @Test func theReportDrawsTheLargestGroupsInside() throws {
        let scratch = try Scratch()
        let run = try Run(["report", Self.workbook, "-o", scratch.path("r.html")])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: scratch.path("r.html"), encoding: .utf8)
        let insides = html.matches(of: /<h3>Inside ([^<]+)<\/h3>/).map { String($0.1) }
        #expect(insides.count == 3, "\(insides)")
        let figures = html.matches(of: /<figure class="ecomap" id="([^"]+)"/).map { String($0.1) }
        #expect(figures.count == 4 && Set(figures).count == 4, "the summary and three insides, each with its own ids: \(figures)")
        #expect(html.contains("drawn as") && html.contains("Groups not drawn here: "), "the summary, and what is left")
        // Each inside is what `render --focus` draws: the same nodes, said the same way.
        let largest = try #require(checked(path: Self.workbook).nodes.first { $0.label == insides.first })
        let summary = try #require(html.firstMatch(of: /id="[^"]+-inside-1-desc">([^<]+)</))
        let focus = try Run(["render", Self.workbook, "--focus", largest.id, "--page", "a4", "-o", "-", "--format", "svg"])
        #expect(try XMLElement.parse(focus.stdoutBytes).first("desc")?.text == String(summary.1))
        // Markdown: each inside a file beside the report, named by its rank (ids may differ only in case).
        let md = try Run(["report", Self.workbook, "-o", scratch.path("r.md")])
        #expect(md.status == 0, "\(md.stderr)")
        for rank in 1...3 { #expect(FileManager.default.fileExists(atPath: scratch.path("r-inside-\(rank).svg"))) }
        // Welsh: the heading mutates the group's name after "i".
        let cy = try Run(["report", Self.workbook, "--lang", "cy", "-o", scratch.path("cy.html")])
        #expect(cy.status == 0, "\(cy.stderr)")
        #expect(try String(contentsOfFile: scratch.path("cy.html"), encoding: .utf8).contains("<h3>Y tu mewn i "))
        let small = try Run(["report", "Maps/scw-current.ecomap", "-o", scratch.path("s.html")])
        #expect(small.status == 0, "\(small.stderr)")
        #expect(try !String(contentsOfFile: scratch.path("s.html"), encoding: .utf8).contains("<h3>Inside "))
    }

    /// `--layout full` bundles each agency's lines into a shared platform: one trunk each, with the count.
    @Test func fullLayoutBundlesLinesIntoSharedPlatforms() throws {
        let run = try Run(["render", Self.workbook, "--layout", "full", "-o", "-", "--format", "svg"])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try XMLElement.parse(run.stdoutBytes)
        let trunks = svg.groups("bundle")
        #expect(trunks.count >= 10, "\(trunks.count) trunks")
        let counted = trunks.compactMap { Int($0.first("text")?.text ?? "") }.reduce(0, +)
        // Most of the 100 links go into Yammer, each agency's as one trunk.
        #expect(counted >= 80, "\(counted) links in trunks")
    }

    /// Same map, same bytes, from separate runs.
    @Test(arguments: [["--page", "slide"], ["--page", "a4"], ["--layout", "full"]])
    func sameBytesAcrossProcesses(_ options: [String]) throws {
        let scratch = try Scratch()
        let map = try Self.department(300, in: scratch)
        let first = try Run(["render", map, "-o", "-", "--format", "svg"] + options)
        let second = try Run(["render", map, "-o", "-", "--format", "svg"] + options)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdoutBytes.count > 1000 && first.stdoutBytes == second.stdoutBytes)
    }
}

/// Which maps are summarised, in process.
@Suite struct DepartmentMapTests {
    /// The maps in `Maps/` and the hand-written map are drawn whole, as before, on every page.
    @Test func smallMapsAreDrawnWhole() throws {
        for name in MapFiles.names.map({ "Maps/\($0)" }) + ["Tests/EcomapTests/Fixtures/regional-network.ecomap"] {
            let map = try checked(path: Package.path(name))
            for page in Page.allCases {
                var options = RenderOptions()
                options.page = page
                #expect(Renderer.overview(of: map, options: options) == nil, "\(name) on \(page) is summarised")
            }
        }
    }
}
