import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// A report's HTML page, made in process.
private func html(_ text: String, best: String? = nil, language: Language = .en) throws -> String {
    let map = try checked(text, name: "h.ecomap")
    let bestMap = try best.map { try checked($0, name: "b.ecomap") }
    return try Report(map, comparedWith: bestMap, options: RenderOptions(language: language)).html()
}

/// `ecomap report` and `ecomap embed`.
@Suite struct ReportTests {
    static let hostile = """
        map "<script>alert('title')</script> & Co" [id: hostile, source: "\\"quoted\\" <b>source</b>"]
        organisation org "<script>alert(1)</script>" [role: host, sponsor: "</script><script>alert(2)</script>"]
        community c "&amp; & <i>x</i>" [description: "a ]]> b --> c"]
        person p "Person"
        org -> p : informs
        p <-> c
        """

    /// The community audit: what is recorded, and what is missing, marked.
    @Test func directoryFlagsWhatIsMissing() throws {
        let defra = try String(contentsOfFile: Package.path("Maps/defra-communities.ecomap"), encoding: .utf8)
        let page = try html(defra)
        let missing = page.components(separatedBy: "<td class=\"missing\">not recorded</td>").count - 1
        #expect(missing > 20, "the Defra audit has many gaps (\(missing))")
        #expect(page.contains("<td>Communities of practice</td>"))
        let directory = Report(try checked(defra, name: "d.ecomap")).directory
        let cops = try #require(directory.first { $0.name == "Communities of practice" })
        // "unknown" counts as missing: the audit's question is still open.
        #expect(cops.fields.filter { $0.value == nil }.map(\.label) == ["Description", "Sponsor", "Funded", "Leads", "Contacts"])
    }

    /// Labels with markup appear as text, never as markup.
    @Test func markupStaysTextInHTML() throws {
        let page = try html(Self.hostile)
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("</script><script>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&amp;amp; &amp; &lt;i&gt;x&lt;/i&gt;"))
        // The data for the script can't close its own element.
        let data = try #require(page.components(separatedBy: "<script type=\"application/json\"").dropFirst().first)
        let block = try #require(data.components(separatedBy: "</script>").first)
        #expect(!block.contains("<") && block.contains("\\u003c/script\\u003e"))
        // Exactly our one script runs.
        #expect(page.components(separatedBy: "<script>").count == 2)
    }

    @Test func markupStaysTextInMarkdown() throws {
        let files = try Report(try checked(Self.hostile, name: "h.ecomap")).markdown(base: "out/report")
        #expect(files.map(\.name) == ["out/report-map.svg", "out/report.md"])
        let md = String(decoding: try #require(files.last).bytes, as: UTF8.self)
        #expect(md.hasPrefix("# \\<script\\>alert('title')\\</script\\> &amp; Co\n"))
        #expect(!md.contains("<script>") && !md.contains("<i>"))
        #expect(!md.contains("](out/report-map.svg)"), "links are relative to the report")
        #expect(md.contains("![") && md.contains("](report-map.svg)"))
    }
}

/// Whole reports of the Social Care Wales maps, with every drawing in them:
/// slow in a debug build, so `make test-fast` leaves them out.
@Suite(.tags(.drawsWholeMaps)) struct ReportDrawingTests {
    /// A drawing made for the room a report's page leaves (``Report/printedRoom``)
    /// fills that room at least as well as one made for the whole A4 page,
    /// and better where the room's shape puts the key elsewhere; the nodes
    /// stay where the A4 drawing has them (only the key moves). Each map in
    /// `Maps/`, in English and in both languages, either first.
    @Test func drawnForTheRoomThePrintedPageLeaves() throws {
        var gains: [String: Double] = [:]
        for file in MapFiles.names {
            let map = try checked(path: Package.path("Maps/\(file)"))
            let name = String(file.dropLast(".ecomap".count))
            for (first, second) in [(EcomapCore.Language.en, nil), (.en, EcomapCore.Language.cy), (.cy, .en)] {
                var options = RenderOptions(language: first)
                options.secondLanguage = second
                options.page = .a4
                func drawn(_ options: RenderOptions) throws -> (fill: Double, svg: String) {
                    let svg = try Renderer.render(map, as: .svg, options: options)
                    let root = try XMLElement.parse(svg)
                    let box = (root.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
                    try #require(box.count == 4)
                    let room = Report.printedRoom
                    return (min(room.width / box[2], room.height / box[3]), String(decoding: svg, as: UTF8.self))
                }
                let wholePage = try drawn(options)
                options.room = Report.printedRoom
                let room = try drawn(options)
                let what = "\(name) in \(first.rawValue)\(second.map { "+\($0.rawValue)" } ?? "")"
                #expect(room.fill >= wholePage.fill * 0.999, "\(what): drawn for the room \(room.fill), for the whole page \(wholePage.fill)")
                func places(_ svg: String) throws -> [String: (x: Double, y: Double)] {
                    let nodes = DrawnGeometry.nodes(try XMLElement.parse(Data(svg.utf8)))
                    return DrawnGeometry.relative(nodes, to: try #require(nodes.keys.min()))
                }
                let (here, there) = (try places(room.svg), try places(wholePage.svg))
                #expect(Set(here.keys) == Set(there.keys) && here.allSatisfy { id, p in
                    there[id].map { abs($0.x - p.x) <= 0.5 && abs($0.y - p.y) <= 0.5 } ?? false
                }, "\(what): the nodes moved")
                gains[what] = room.fill / wholePage.fill
            }
        }
        #expect(gains.values.contains { $0 > 1.1 }, "no map fills the room better drawn for it: \(gains)")
        // The report draws for the room by itself.
        #expect(Report(try checked(path: Package.path("Maps/scw-current.ecomap")),
                       options: { var o = RenderOptions(); o.page = .a4; return o }()).options.room == Report.printedRoom)
    }

    /// Everything inline: nothing the page would fetch.
    @Test func selfContained() throws {
        let current = try String(contentsOfFile: Package.path("Maps/scw-current.ecomap"), encoding: .utf8)
        let best = try String(contentsOfFile: Package.path("Maps/scw-best-practice.ecomap"), encoding: .utf8)
        let page = try html(current, best: best)
        #expect(page.hasPrefix("<!DOCTYPE html><html lang=\"en\">"))
        for fetch in ["<link", "<img", " src=", "@import", "url(", "<iframe", "<object"] {
            #expect(!page.contains(fetch), "the page would fetch something: \(fetch)")
        }
        #expect(page.components(separatedBy: "<svg ").count == 5, "both maps side by side, each map, and the gap diagram, inline")
        for figure in ["scw-current", "scw-best-practice", "scw-current-gaps"] {
            #expect(page.contains("id=\"\(figure)-figure\""), "\(figure)")
        }
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"))
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("Source: Social Finance for Social Care Wales, December 2022"))
        // What a director needs first; the analyst's tables last.
        let order = ["<h2>In brief</h2>", "What matters most", "<h2>The findings in full</h2>", "<h2>The maps and their numbers</h2>",
                     "<h2>For analysts</h2>", "<h3>Directory of communities and organisations</h3>"]
        let places = try order.map { heading in try #require(page.range(of: heading), "\(heading)").lowerBound }
        #expect(places == places.sorted())
        #expect(page.contains("Today 0% of the interactions with a direction flow both ways; in best practice 68%."))
        #expect(page.contains("Missing platforms (2)"))
        // No map syntax for readers.
        #expect(!page.contains("&lt;-&gt;") && !page.contains("In the map:"))
        // The same map gives the same page.
        #expect(try html(current, best: best) == page)
    }

    @Test func welsh() throws {
        let current = try String(contentsOfFile: Package.path("Maps/scw-current.ecomap"), encoding: .utf8)
        let page = try html(current, language: .cy)
        #expect(page.hasPrefix("<!DOCTYPE html><html lang=\"cy\">"))
        #expect(page.contains("<title>Cymunedau Gofal Cymdeithasol Cymru: presennol</title>"))
        for heading in ["Y map", "Pwy sydd yn y map", "Rhifau'r rhwydwaith", "Cyfeiriadur cymunedau a sefydliadau"] {
            #expect(page.contains(HTMLText.escape(heading)), "\(heading)")
        }
        #expect(page.contains("Gofal Cymdeithasol Cymru"))
        // The comparison's headings, table and every finding, too.
        let best = try String(contentsOfFile: Package.path("Maps/scw-best-practice.ecomap"), encoding: .utf8)
        let compared = try html(current, best: best, language: .cy)
        for text in ["Yn gryno", "Y canfyddiadau'n llawn", "Y map arfer gorau", "Y bylchau, wedi'u dangos ar y map", "cyfran ddwy ffordd",
                     "yn llifo un ffordd; mewn arfer gorau mae'n llifo'r ddwy ffordd"] {
            #expect(compared.contains(HTMLText.escape(text)), "\(text)")
        }
        let md = try Report(try checked(current, name: "c.ecomap"), comparedWith: try checked(best, name: "b.ecomap"),
                            options: RenderOptions(language: .cy)).markdown(base: "adroddiad")
        let text = String(decoding: try #require(md.last).bytes, as: UTF8.self)
        #expect(text.contains("## Yn gryno") && text.contains("|  | presennol | arfer gorau |"))
        #expect(text.contains("### Y map arfer gorau\n\n![") && text.contains("](adroddiad-best.svg)"))
        // Nodes by their Welsh labels in the tables, the summary, why each kind of finding matters.
        #expect(text.contains("| Gofal Cymdeithasol Cymru | Sefydliad | 5 |"))
        #expect(!text.contains("| Social Care Wales |"))
        #expect(text.contains("![12 o nodau (4 sefydliad, 2 blatfform, 5 person, 1 gymuned); 15 o gysylltiadau; dwy ffordd: 0%]"))
        #expect(text.contains("### Cysylltiadau dwy ffordd ar goll (6)\n\n_Mae cyfathrebu sy'n llifo un ffordd"))
        #expect(text.contains("Canfyddiadau: 6 chyswllt dwy ffordd ar goll, "))
        #expect(text.contains("Nodau presennol sy'n cyfateb i nodau arfer gorau: 11 o 12 (yn ôl id: 6, yn ôl rôl: 5)"))
        // The directory gives each text's Welsh partner (funding-cy), and the map's description-cy.
        #expect(text.contains("| ydy: Gofal Cymdeithasol Cymru |") && !text.contains("| ydy: Social Care Wales |"))
        #expect(text.contains("Sut mae Gofal Cymdeithasol Cymru yn ymwneud") && !text.contains("How Social Care Wales engages"))
    }
}

@Suite(.tags(.launchesBinary)) struct ReportCLITests {
    @Test func htmlAndMarkdownReports() throws {
        let scratch = try Scratch()
        let html = scratch.path("report.html")
        let run = try Run(["report", "Maps/scw-current.ecomap", "--compare", "Maps/scw-best-practice.ecomap", "-o", html])
        #expect(run.status == 0 && run.stderr == "Wrote \(html)\n")
        let page = try Data(contentsOf: URL(fileURLWithPath: html))
        #expect(String(decoding: page, as: UTF8.self).contains("Social Care Wales communities: current"))
        // Another run, another process: the same bytes.
        #expect(try Run(["report", "Maps/scw-current.ecomap", "--compare", "Maps/scw-best-practice.ecomap", "-o", html]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: html)) == page)
        let md = scratch.path("report.md")
        #expect(try Run(["report", "Maps/scw-current.ecomap", "--compare", "Maps/scw-best-practice.ecomap", "-o", md]).status == 0)
        for file in ["report.md", "report-map.svg", "report-both.svg", "report-best.svg", "report-gaps.svg"] {
            #expect(FileManager.default.fileExists(atPath: scratch.path(file)), "\(file)")
        }
        let text = try String(contentsOfFile: md, encoding: .utf8)
        for link in ["report-map.svg", "report-both.svg", "report-best.svg", "report-gaps.svg"] {
            #expect(text.contains("](\(link))"), "\(link)")
        }
    }

    /// A report that fails writes nothing, and leaves what was there.
    @Test func neverHalfWritten() throws {
        let scratch = try Scratch()
        let bad = try scratch.write("bad.ecomap", "person a\na -> b\n")
        let old = try scratch.write("report.html", "old")
        #expect(try Run(["report", bad, "-o", old]).status == 1)
        #expect(try String(contentsOfFile: old, encoding: .utf8) == "old")
        var big = ""
        for i in 0..<600 { big += "person p\(i)\n" }
        for i in 0..<600 { for k in [1, 37, 211] { big += "p\(i) -> p\((i + k) % 600)\n" } }
        let slow = try scratch.write("big.ecomap", big)
        let run = try Run(["report", slow, "--layout", "dot", "--timeout", "0.3", "-o", scratch.path("r.md")])
        #expect(run.status == 1 && run.stderr.contains("[layout-timeout]"))
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        #expect(Set(left) == ["bad.ecomap", "report.html", "big.ecomap"], "\(left)")
    }

    /// When one of a Markdown report's files can't be written, none is.
    @Test func markdownReportAllOrNothing() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path("r-gaps.svg"), withIntermediateDirectories: false)
        let run = try Run(["report", Package.path("Maps/scw-current.ecomap"), "--compare",
                           Package.path("Maps/scw-best-practice.ecomap"), "-o", "r.md"], in: scratch.url.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("'r-gaps.svg' is a folder [unwritable-file]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["r-gaps.svg"])
    }

    @Test func usage() throws {
        #expect(try Run(["report", "Maps/scw-current.ecomap", "-o", "x.pdf"]).status == 2)
        #expect(try Run(["report", "Maps/scw-current.ecomap"]).status == 2)
        #expect(try Run(["embed", "Examples/Embed/two-maps.md", "-o", "Examples/Embed/two-maps.md"]).status == 2)
    }
}

/// `ecomap embed` end to end.
@Suite(.tags(.launchesBinary)) struct EmbedCLITests {
    @Test func htmlWithTwoMapBlocks() throws {
        let scratch = try Scratch()
        let out = scratch.path("two.html")
        // The example links a map in Maps/, outside its own folder: --root names a folder that holds both.
        let run = try Run(["embed", "Examples/Embed/two-maps.md", "--root", ".", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.components(separatedBy: "<svg ").count == 4, "two blocks and one linked map")
        #expect(page.contains("<h1>Two ways to run a community</h1>"))
        #expect(page.contains("<title>Two ways to run a community</title>"))
        // Each diagram has its own ids: the two blocks both declare a node 'host'.
        // Graphviz writes '-' in ids as a character reference.
        #expect(page.contains("id=\"two&#45;1&#45;node&#45;host\"") && page.contains("id=\"two&#45;2&#45;node&#45;host\""))
        #expect(!page.contains("```ecomap"))
        #expect(!page.contains("ECOMAP-DIAGRAM"))
    }

    @Test func markdownWithSVGFilesBeside() throws {
        let scratch = try Scratch()
        let doc = try scratch.write("doc.md", "# Doc\n\n```ecomap\nperson a\nperson b\na -> b\n```\n\ntext after\n")
        let run = try Run(["embed", doc, "-o", scratch.path("out.md")])
        #expect(run.status == 0)
        #expect(try String(contentsOfFile: scratch.path("out.md"), encoding: .utf8) == "# Doc\n\n![2 nodes (2 people), 1 link, 0% two-way](out-1.svg)\n\ntext after\n")
        #expect(try XMLElement.parse(try Data(contentsOf: scratch.url.appendingPathComponent("out-1.svg"))).name == "svg")
        // The page goes exactly where -o says, whatever its extension.
        #expect(try Run(["embed", doc, "-o", scratch.path("page.htm")]).status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.path("page.htm")))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("page.html")))
    }

    /// A broken map block: its diagnostic points at the line in the Markdown file, and nothing is written.
    @Test func brokenBlockPointsIntoTheDocument() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", """
            # Report

            Some text.

            ```ecomap
            organisation scw "Social Care Wales"
            person practitioners "Practitioners"
            scw -> practioners : informs
            ```

            ![Missing](nowhere.ecomap)

            ~~~ecomap
            person a [strength: weak
            ~~~
            """)
        let out = scratch.path("out.html")
        let run = try Run(["embed", "doc.md", "-o", "out.html"], in: scratch.url.path)
        #expect(run.status == 1)
        Golden.assertMatches(run.stderr, "embed/broken.txt")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["doc.md"])
    }
}

/// The report of a directory of communities opens on what its sponsor asks.
@Suite struct DirectoryReportTests {
    /// Twelve groups in two agencies, most with a sponsor or leads, two pairs that are one group each.
    static let groups = """
        map "Agency groups" [id: groups]
        organisation ea "Environment Agency"
        organisation ne "Natural England"
        community ds1 "Data Science CoP" [in: ea, sponsor: "Chief Data Officer", funded: yes, leads: "Ann"]
        community ds2 "Data Science Community of Practice" [in: ea, sponsor: "Chief Data Officer"]
        community pbi1 "Power BI Community" [in: ne, leads: "Bob"]
        community pbi2 "PowerBI users" [in: ne, leads: "Bob"]
        community g1 "Flood risk forum" [in: ea, sponsor: "Director", description: "Flood risk", url: "https://example.org/flood"]
        community g2 "Soil health network" [in: ne, sponsor: "Director"]
        community g3 "Marine planning group" [in: ne, leads: "Cai"]
        community g4 "Women's network" [in: ea, sponsor: "Director"]
        community g5 "Race equality network" [in: ne, sponsor: "Director"]
        community g6 "Young professionals network" [in: ea, leads: "Dee"]
        community g7 "Carers network" [in: ne]
        community g8 "Armed forces network" [in: ea]
        """

    /// Whether each of `marks` is in `text`, each after the one before it.
    static func inOrder(_ text: String, _ marks: [String]) -> Bool {
        var rest = text[...]
        for mark in marks {
            guard let found = rest.range(of: mark) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    @Test func aDirectoryOpensOnTheAuditThenTheDirectoryThenTheDrawings() throws {
        let page = try html(Self.groups)
        #expect(Self.inOrder(page, ["<section class=\"audit\"><h2>Audit of Agency groups: 12 communities</h2>",
                                    "<section class=\"directory-first\">", "<h2>In brief</h2>"]))
        #expect(page.contains("<h3>Likely duplicates (2)</h3>"))
        #expect(page.contains("<strong>Data Science CoP (Environment Agency) and Data Science Community of Practice (Environment Agency) (score"))
        #expect(page.contains("<strong>Power BI Community (Natural England) and PowerBI users (Natural England) (score"))
        #expect(page.contains("<p class=\"reason\">&#39;CoP&#39; is short for &#39;community of practice&#39;; both have the same sponsor: Chief Data Officer</p>"),
                "each pair says why")
        #expect(page.contains("<h3>Missing to be found (12 of 12)</h3>"))
        #expect(page.contains("<td>Flood risk forum</td><td>funded, leads or contacts</td>"))
        // The directory is shown once, first; the analysts' section keeps only the numbers.
        #expect(page.components(separatedBy: "Directory of communities and organisations").count == 2)
    }

    @Test func theMarkdownReportOpensOnTheAuditToo() throws {
        let files = try Report(try checked(Self.groups, name: "g.ecomap")).markdown(base: "out/g")
        let md = String(decoding: try #require(files.last).bytes, as: UTF8.self)
        #expect(Self.inOrder(md, ["## Audit of Agency groups: 12 communities\n", "## Directory of communities and organisations", "## In brief"]))
        #expect(md.contains("- **Power BI Community (Natural England) and PowerBI users (Natural England) (score 1.00)**  \n"))
        #expect(md.contains("| Flood risk forum | funded, leads or contacts |"))
        #expect(md.components(separatedBy: "Directory of communities and organisations").count == 2, "the directory once")
    }

    @Test func noNumberIsWrittenAsNone() throws {
        let page = try html(Self.groups)
        #expect(!page.contains("<td>none</td>"), "a number that doesn't apply is left out")
        #expect(!page.contains("Most central") && !page.contains("People who reach a platform"))
        #expect(page.contains("<td>Density</td>"))
    }

    @Test func aMapThatIsNotADirectoryHasNoAudit() throws {
        let page = try html(String(contentsOfFile: Package.path("Maps/scw-current.ecomap"), encoding: .utf8))
        #expect(!page.contains("<section class=\"audit\">") && !page.contains("directory-first"))
        #expect(page.contains("Directory of communities and organisations"), "the directory stays with the analysts' tables")
    }

    @Test func theAuditIsInWelsh() throws {
        let page = try html(Self.groups, language: .cy)
        #expect(page.contains("<h2>Archwiliad o Agency groups: 12 o gymunedau</h2>"))
        #expect(page.contains("<h3>Dyblygion tebygol (2)</h3>"))
        #expect(page.contains("Gall pob pâr isod fod yn un gymuned"))
        #expect(!page.contains("Each pair below") && !page.contains("Likely duplicates") && !page.contains("<th>Missing"))
    }

    @Test func morePairsThanTheReportListsAreCounted() throws {
        let many = (1...(Report.pairsShown + 2)).map { k in
            "community a\(k) \"Team \(k) CoP\" [sponsor: \"S\(k)\"]\ncommunity b\(k) \"Team \(k) Community of Practice\" [sponsor: \"S\(k)\"]"
        }
        let page = try html("map \"Many\"\n" + many.joined(separator: "\n"))
        #expect(page.components(separatedBy: "<li><strong>").count - 1 == Report.pairsShown)
        #expect(page.contains("Not shown here: 2 pairs. ecomap audit lists every one."))
    }
}
