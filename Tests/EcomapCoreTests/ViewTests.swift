import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// Part of a map: exact node sets from the maps in Maps/, what a part says it
/// leaves out, and every way a view can be wrong.
@Suite struct ViewTests {
    /// A map in Maps/, named as the command line would name it there.
    static func map(_ name: String) throws -> CheckedMap {
        let text = try String(contentsOfFile: Package.path("Maps/\(name).ecomap"), encoding: .utf8)
        return try checked(text, name: "Maps/\(name).ecomap")
    }

    func ids(_ part: CheckedMap) -> Set<String> { Set(part.nodes.map(\.id)) }

    @Test func focusTakesNeighboursBothWays() throws {
        let part = try MapView(focus: ["team-leaders"]).apply(to: Self.map("scw-current"))
        #expect(ids(part) == ["scw", "team-leaders", "forums", "employers"])
        #expect(part.links.count == 4)
        #expect(part.leftOut == LeftOut(nodes: 8, links: 11))
        #expect(part.leftOut?.sentence() == "8 nodes and 11 links not shown")
        #expect(part.leftOut?.sentence(in: .cy) == "8 nod ac 11 o gysylltiadau heb eu dangos")
        // The part keeps the whole map's names, so its drawing keeps its element ids.
        #expect(part.identifier == "scw-current" && part.title == "Social Care Wales communities: current")
    }

    @Test func depthZeroKeepsTheBoxesTheNodesSitIn() throws {
        let part = try MapView(focus: ["managers"], depth: 0).apply(to: Self.map("scw-current"))
        #expect(ids(part) == ["managers", "scw"])
        #expect(part["managers"]?.memberOf == ["scw"])
        #expect(part.container == [-1, 0] || part.container == [1, -1])
        #expect(part.links.isEmpty)
    }

    @Test func depthTwo() throws {
        let part = try MapView(focus: ["academics"], depth: 2).apply(to: Self.map("scw-current"))
        #expect(ids(part) == ["academics", "forums", "managers", "social-workers", "team-leaders", "consultants", "universities", "scw"])
    }

    @Test func severalFocusedNodes() throws {
        let part = try MapView(focus: ["video", "eventbrite"]).apply(to: Self.map("scw-current"))
        #expect(ids(part) == ["video", "eventbrite", "managers", "scw"])
    }

    @Test func onlyKinds() throws {
        let part = try MapView(only: MapView.Filter.list("people")).apply(to: Self.map("scw-current"))
        #expect(ids(part) == ["managers", "social-workers", "team-leaders", "consultants", "academics"])
        #expect(part.links.isEmpty)
        #expect(part.leftOut?.sentence() == "7 nodes and 15 links not shown")
        // A box whose organisation is left out goes with it.
        #expect(part["managers"]?.memberOf == [])
        let two = try MapView(only: MapView.Filter.list("organisation, community")).apply(to: Self.map("defra-communities"))
        #expect(two.nodes.allSatisfy { $0.kind == .organisation || $0.kind == .community })
    }

    @Test func onlyATagOnTheDefraMap() throws {
        let defra = try Self.map("defra-communities")
        let part = try MapView(only: [.tag("dr-mean")]).apply(to: defra)
        let expected = Set(defra.nodes.filter { $0.tags.contains("dr-mean") }.map(\.id))
        #expect(!expected.isEmpty && ids(part) == expected)
        let communities = try MapView(only: [.kind(.community)]).apply(to: defra)
        #expect(ids(communities) == ["cops", "staff-networks", "professions", "yammer-groups"])
        #expect(communities.leftOut?.sentence() == "18 nodes and 23 links not shown")
    }

    @Test func onlyATag() throws {
        let part = try MapView(only: MapView.Filter.list("tag:community-of-interest")).apply(to: Self.map("cdps-communities"))
        #expect(ids(part) == ["bilingual", "comms"])
    }

    @Test func hide() throws {
        let part = try MapView(hide: [.kind(.platform)]).apply(to: Self.map("scw-current"))
        #expect(part.nodes.count == 10 && !ids(part).contains("video"))
        #expect(part.leftOut?.sentence() == "2 nodes and 2 links not shown")
        let tagged = try MapView(hide: [.tag("planned")]).apply(to: Self.map("cdps-communities"))
        #expect(!ids(tagged).contains("standards"))
    }

    @Test func focusedNodesStayWhateverTheFilters() throws {
        let part = try MapView(focus: ["team-leaders"], only: [.kind(.organisation)]).apply(to: Self.map("scw-current"))
        #expect(ids(part) == ["scw", "team-leaders", "employers"])
    }

    /// A focused box brings its inside (issue 23: `--focus BOX` draws one
    /// group's inside), and what that links to; the filters apply to them.
    @Test func focusOnABoxTakesItsInside() throws {
        let map = try Self.map("scw-current")
        let inside = try MapView(focus: ["scw"], depth: 0).apply(to: map)
        #expect(ids(inside) == ["scw", "rdi", "managers"])
        let part = try MapView(focus: ["scw"]).apply(to: map)
        #expect(part.leftOut == LeftOut(nodes: 1, links: 1))
        let people = try MapView(focus: ["scw"], only: [.kind(.person)]).apply(to: map)
        #expect(ids(people) == ["scw", "managers", "team-leaders", "consultants", "social-workers"])
    }

    /// `in:` and `via:` that name a node left out are dropped, so the part holds to a checked map's promises.
    @Test func partsStayConsistent() throws {
        let map = try checked("""
            organisation o1 "One"
            organisation o2 "Two"
            platform p "Forum"
            person a "A" [in: [o1, o2]]
            person b "B"
            a -> b : meets [via: p]
            o1 -- o2
            """)
        let part = try MapView(focus: ["b"]).apply(to: map)
        #expect(ids(part) == ["b", "a", "o1"])
        #expect(part["a"]?.memberOf == ["o1"])
        #expect(part.links.count == 1 && part.links[0].via == nil)
        #expect(MapDocument(map: part.map, name: "part").diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(part.leftOut?.sentence() == "2 nodes and 1 link not shown")
        #expect(MapView().isWholeMap)
        #expect(try MapView().apply(to: map).leftOut == nil)
    }

    @Test func filterWords() {
        #expect(MapView.Filter.list("person, tag:leads,,Platforms, groupz").map(\.description) == ["person", "tag:leads", "platform", "groupz"])
        #expect(MapView.Filter("TAG: x") == .tag("x"))
    }

    /// Each problem, as the command line prints it (Golden/diagnostics/view-*.txt).
    @Test(arguments: [
        ("view-unknown-node", MapView(focus: ["socialworkers", "Universities", "zzz"])),
        ("view-unknown-kind", MapView(only: [MapView.Filter("peple")], hide: [MapView.Filter("blah")])),
        ("view-unknown-tag", MapView(only: [.tag("plannd")], hide: [.tag("nothing-like-it")])),
        ("view-empty", MapView(only: [.kind(.person)], hide: [.kind(.person)])),
        ("view-depth", MapView(focus: ["scw"], depth: -1)),
    ])
    func problems(_ name: String, _ view: MapView) throws {
        let map = try Self.map(name == "view-unknown-tag" ? "cdps-communities" : "scw-current")
        let problems = view.problems(in: map)
        #expect(!problems.isEmpty)
        #expect(throws: Diagnostic.self) { try view.apply(to: map) }
        Golden.assertMatches(DiagnosticFormatter().format(problems, sources: [:], limit: 50), "diagnostics/\(name).txt")
    }

    @Test func tagsWithNoneInTheMap() throws {
        let problems = MapView(only: [.tag("x")]).problems(in: try Self.map("scw-current"))
        #expect(problems.map(\.hint) == ["no node in this map has tags; add them with [tags: [...]]"])
    }
}
