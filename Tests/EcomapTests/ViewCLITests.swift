import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
import EcomapTestSupport

/// Part of a map on the command line (`--focus`, `--depth`, `--only`,
/// `--hide`) in `render`, `report` and `compare --diagram`, and what the
/// drawing says it leaves out.
@Suite(.tags(.launchesBinary)) struct ViewCLITests {
    /// The map ids of the nodes drawn in an SVG (from their titles, which name them by label: the ids are in `id`).
    func drawnNodes(_ svg: XMLElement, prefix: String) -> Set<String> {
        let start = "\(prefix)-node-"
        return Set(svg.groups("node").compactMap { g -> String? in
            guard let id = g.attributes["id"], id.hasPrefix(start) else { return nil }
            return String(id.dropFirst(start.count))
        })
    }

    @Test func renderFocus() throws {
        let run = try Run(["render", "Maps/scw-current.ecomap", "--focus", "team-leaders", "-o", "-", "--format", "svg"])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try XMLElement.parse(run.stdoutBytes)
        #expect(drawnNodes(svg, prefix: "scw-current") == ["scw", "team-leaders", "forums", "employers"])
        #expect(svg.first("desc")?.text == "4 nodes (2 organisations, 1 person, 1 community), 4 links, 0% two-way. 8 nodes and 11 links not shown.")
        // In the key, as a line of its own.
        let note = try #require(svg.element(id: "scw-current-key-note-1-text"))
        #expect(note.first("text")?.text == "8 nodes and 11 links not shown")
        // A focused box brings its inside: Social Care Wales's team and managers.
        let box = try Run(["render", "Maps/scw-current.ecomap", "--focus", "scw", "--depth", "0", "-o", "-", "--format", "svg"])
        #expect(drawnNodes(try XMLElement.parse(box.stdoutBytes), prefix: "scw-current") == ["scw", "rdi", "managers"])
    }

    @Test func renderOnlyInWelshAndAsDOT() throws {
        let welsh = try Run(["render", "Maps/defra-communities.ecomap", "--only", "community", "--lang", "cy", "-o", "-", "--format", "svg"])
        #expect(welsh.status == 0)
        let svg = try XMLElement.parse(welsh.stdoutBytes)
        #expect(drawnNodes(svg, prefix: "defra-communities") == ["cops", "staff-networks", "professions", "yammer-groups"])
        #expect(svg.first("desc")?.text.hasSuffix("18 o nodau a 23 o gysylltiadau heb eu dangos.") == true)
        let dot = try Run(["render", "Maps/defra-communities.ecomap", "--only", "community", "--hide", "tag:none-such", "-o", "-", "--format", "dot"])
        #expect(dot.status == 1 && dot.stderr.contains("[view-unknown-tag]"))
        let dot2 = try Run(["render", "Maps/defra-communities.ecomap", "--focus", "yammer", "--depth", "0", "-o", "-", "--format", "dot"])
        #expect(dot2.status == 0 && dot2.stdout.contains("not shown"))
    }

    @Test func problemsWithAViewExitOne() throws {
        let run = try Run(["render", "Maps/scw-current.ecomap", "--focus", "socialworkers,scw", "--only", "peple", "-o", "-"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
            Maps/scw-current.ecomap: error: there is no node 'socialworkers' in the map to focus on [view-unknown-node]
            hint: did you mean 'social-workers'?
            Maps/scw-current.ecomap: error: 'peple' is not a kind of node [view-unknown-kind]
            hint: did you mean 'people'? the kinds are organisation, platform, person and community; 'tag:NAME' picks nodes by a tag

            """)
        #expect(try Run(["render", "Maps/scw-current.ecomap", "--focus", "scw", "--depth", "-1"]).status == 2)
    }

    @Test func reportFocus() throws {
        let scratch = try Scratch()
        let out = scratch.path("part.html")
        let run = try Run(["report", "Maps/scw-current.ecomap", "--compare", "Maps/scw-best-practice.ecomap", "--focus", "forums", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        // The drawing and the gaps show the part; the tables stay the whole map's.
        #expect(html.components(separatedBy: "links not shown").count >= 3)
        #expect(html.contains("Consultant social workers and practitioners"))
        #expect(html.contains("data-focus=\"Focus on this and its neighbours\""))
    }

    @Test func compareDiagramFocus() throws {
        let scratch = try Scratch()
        let out = scratch.path("gaps.svg")
        let run = try Run(["compare", "Maps/scw-current.ecomap", "Maps/scw-best-practice.ecomap", "--diagram", out, "--focus", "video"])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try XMLElement.parse(try Data(contentsOf: URL(fileURLWithPath: out)))
        let nodes = drawnNodes(svg, prefix: "scw-current")
        #expect(nodes == ["video", "managers", "scw"])
        #expect(svg.first("desc")?.text.contains("links not shown") == true)
        #expect(try Run(["compare", "Maps/scw-current.ecomap", "Maps/scw-best-practice.ecomap", "--focus", "video"]).status == 2)
    }
}

/// What a drawing says it leaves out, in process.
@Suite struct ViewDrawingTests {
    /// The renderer says nothing of a whole map, and a view's part is drawn like any map.
    @Test func wholeMapsSayNothingLeftOut() throws {
        let map = try checked(path: Package.path("Maps/scw-current.ecomap"))
        let diagram = DiagramBuilder.build(map)
        #expect(!diagram.summary.contains("not shown"))
        #expect(diagram.legend?.notes.isEmpty == true)
        let part = try MapView(hide: [.kind(.platform)]).apply(to: map)
        #expect(DiagramBuilder.build(part).legend?.notes == ["2 nodes and 2 links not shown"])
    }
}
