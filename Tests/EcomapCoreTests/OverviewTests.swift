import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// A large map summarised (`MapOverview`): which shape each node goes in,
/// what each shape says it holds, the lines that count links, and a view's
/// focus on a box that brings the box's inside.
@Suite struct OverviewTests {
    /// Two agencies with groups, a department holding one of them, a
    /// platform every group uses, a few people, and loose communities.
    static let text = """
        organisation dept "Department"
        organisation ea "Environment Agency" [cy: "Asiantaeth yr Amgylchedd"]
        organisation rpa "Rural Payments Agency"
        platform yammer "Yammer"
        platform wiki "Wiki"
        person ea-sponsor "Sponsor" [in: ea]
        community ea1 "Flood risk CoP" [in: ea]
        community ea2 "Agile CoP" [in: ea]
        community ea3 "Data network" [in: ea]
        community rpa1 "Agile community of practice" [in: rpa]
        community rpa2 "Payments network" [in: rpa]
        community free1 "Free one"
        community free2 "Free two"
        dept -> ea : funds
        dept -> rpa : funds
        ea-sponsor -> ea1 : funds
        ea-sponsor -> ea2 : funds
        ea1 -> yammer : uses
        ea2 -> yammer : uses
        ea3 -> yammer : uses
        rpa1 -> yammer : uses
        rpa2 -> yammer : uses
        ea2 <-> rpa1 : partners
        rpa2 -> wiki : uses
        free1 -> wiki : uses
        """

    func group(_ overview: MapOverview, _ id: String) throws -> MapOverview.Group {
        try #require(overview.groups.first { $0.id == id }, "no shape \(id) in \(overview.groups.map(\.id))")
    }

    @Test func eachBoxIsOneShapeSayingWhatItHolds() throws {
        let map = try checked(Self.text)
        let overview = MapOverview(map)
        #expect(overview.groups.map(\.id) == ["dept", "ea", "rpa", "yammer", "wiki", "free1", "free2"])
        let ea = try group(overview, "ea")
        #expect(ea.holds == [.init(kind: .person, count: 1), .init(kind: .community, count: 3)])
        #expect(ea.members.count == 5 && ea.isGroup && ea.focus == "ea")
        #expect(try group(overview, "free1").isGroup == false)
        // Every node is in exactly one shape.
        #expect(overview.groups.flatMap(\.members).sorted() == Array(map.nodes.indices))
        for (p, g) in overview.groupOf.enumerated() { #expect(overview.groups[Int(g)].members.contains(p)) }
        // The overview is a map of its own, in the shapes' order, with the names in both languages.
        #expect(overview.map.nodes.map(\.id) == overview.groups.map(\.id))
        #expect(overview.map["ea"]?.welshLabel == "Asiantaeth yr Amgylchedd")
        #expect(MapOverview(map, options: .init(language: .cy)).groups[1].label == "Asiantaeth yr Amgylchedd")
        #expect(overview.sentence() == "13 nodes drawn as 7 shapes")
    }

    @Test func linesCountTheLinksBetweenShapes() throws {
        let overview = MapOverview(try checked(Self.text))
        func line(_ a: String, _ b: String) -> MapOverview.Line? {
            overview.lines.first { overview.groups[$0.from].id == a && overview.groups[$0.to].id == b }
        }
        // Three of the agency's groups use Yammer: one line that counts them, in their direction.
        #expect(line("ea", "yammer")?.links == 3 && line("ea", "yammer")?.direction == .oneWay)
        #expect(line("ea", "rpa")?.links == 1 && line("ea", "rpa")?.direction == .twoWay)
        #expect(line("dept", "ea")?.links == 1)
        // The sponsor's two links are inside the agency's shape.
        #expect(overview.linksInside == 2)
        #expect(overview.lines.reduce(0) { $0 + $1.links } + overview.linksInside + overview.linksCounted == 12)
    }

    /// A platform joined to many shapes says how many use it, and keeps no lines.
    @Test func aPlatformManyUseCountsItsUsers() throws {
        var text = "platform yammer \"Yammer\"\n"
        for k in 1...8 {
            text += "organisation o\(k) \"Agency \(k)\"\ncommunity g\(k) \"Group \(k)\" [in: o\(k)]\ncommunity h\(k) \"Other \(k)\" [in: o\(k)]\n"
            text += "g\(k) -> yammer : uses\nh\(k) -> yammer : uses\n"
        }
        text += "o1 -- o2\n"
        let overview = MapOverview(try checked(text))
        let yammer = try group(overview, "yammer")
        #expect(yammer.users == [.init(kind: .community, count: 16)])
        #expect(overview.lines.count == 1 && overview.linksCounted == 16)
    }

    /// The rest of a box that holds most of the map is listed by name.
    @Test func aBoxHoldingMostOfTheMapIsOpenedAndListed() throws {
        var text = "organisation ea \"Environment Agency\"\nplatform yammer \"Yammer\"\nperson staff \"Staff\" [in: ea]\n"
        for k in 1...12 { text += "community g\(k) \"Group \(k)\" [in: ea]\ng\(k) -> yammer : uses\n" }
        for k in 1...8 { text += "staff <-> g\(k) : participates\n" }
        let map = try checked(text)
        let overview = MapOverview(map)
        let lists = overview.groups.filter { $0.names != nil }
        #expect(lists.map(\.label) == ["12 communities"])
        #expect(lists[0].names?.prefix(3) == ["Group 1", "Group 10", "Group 11"] && lists[0].names?.count == 12)
        #expect(lists.allSatisfy { overview.groups[$0.parent!].id == "ea" })
        #expect(try group(overview, "ea").isGroup == false)
        // Without lists, the agency counts what it holds; a few of a kind are drawn as themselves.
        let counted = MapOverview(map, options: .init(lists: false))
        #expect(try group(counted, "ea").holds == [.init(kind: .community, count: 12)])
        #expect(try group(counted, "staff").isGroup == false)
    }

    /// Boxes holding few nodes merge by kind, and the shape names how many.
    @Test func smallBoxesMerge() throws {
        let overview = MapOverview(try checked(Self.text), options: .init(mergeBelow: 6, lists: false))
        let small = try group(overview, "~small-organisation")
        #expect(small.label == "2 smaller organisations")
        #expect(small.holds == [.init(kind: .person, count: 1), .init(kind: .community, count: 5)])
        #expect(small.members.count == 8 && small.focus == nil)
        // Counted only, without lists; with them, a few boxes merged are named as well.
        #expect(small.names == nil)
        let named = try group(MapOverview(try checked(Self.text), options: .init(mergeBelow: 6)), "~small-organisation")
        #expect(named.names == ["Environment Agency", "Rural Payments Agency"])
        #expect(named.holds == small.holds)
        let many = try group(MapOverview(try checked(Self.text), options: .init(mergeBelow: 6, singles: 1)), "~small-organisation")
        #expect(many.names == nil, "more boxes than are drawn one by one are counted, not named")
        #expect(MapOverview(try checked(Self.text), options: .init(mergeBelow: 6, language: .cy)).groups
            .contains { $0.label == "Sefydliadau llai: 2" })
    }

    /// `--focus` on a box draws its inside, and what that links to.
    @Test func focusOnABoxBringsItsInside() throws {
        let part = try MapView(focus: ["ea"]).apply(to: try checked(Self.text))
        #expect(Set(part.nodes.map(\.id)) == ["ea", "ea-sponsor", "ea1", "ea2", "ea3", "dept", "yammer", "rpa1", "rpa"])
        let only = try MapView(focus: ["ea"], depth: 0).apply(to: try checked(Self.text))
        #expect(Set(only.nodes.map(\.id)) == ["ea", "ea-sponsor", "ea1", "ea2", "ea3"])
    }

    @Test func numbersAreGrouped() {
        #expect(Figures.grouped(1020) == "1,020" && Figures.grouped(999) == "999" && Figures.grouped(1_000_000) == "1,000,000")
    }
}
