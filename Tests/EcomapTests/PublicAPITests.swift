import Foundation
import Testing
// The public API only: no @testable here, so this file sees what a program using ecomap sees.
import EcomapCore
import EcomapRender
import EcomapReport
import EcomapTestSupport

/// A map built in code, checked, drawn and compared through the public API alone.
@Suite struct PublicAPITests {
    func ecosystem(twoWay: Bool, platform: Bool) -> EcosystemMap {
        var map = EcosystemMap(title: twoWay ? "Best practice" : "Today", attributes: ["id": .text(twoWay ? "best" : "today")])
        map.add(Node(id: "host", kind: .organisation, label: "Social Care Wales", attributes: ["role": .text("host")]))
        map.add(Node(id: "members", kind: .person, label: "Social workers"))
        map.add(Node(id: "leads", kind: .person, label: "Team leaders"))
        map.add(Link(from: "host", to: "members", direction: twoWay ? .twoWay : .oneWay, type: "informs"))
        map.add(Link(from: "host", to: "leads", direction: twoWay ? .twoWay : .oneWay, type: "informs"))
        if platform {
            map.add(Node(id: "forum", kind: .platform, label: "Online forum"))
            map.add(Link(from: "members", to: "forum", direction: .twoWay, type: "uses"))
            map.add(Link(from: "leads", to: "forum", direction: .twoWay, type: "uses"))
        }
        return map
    }

    @Test func buildCheckDrawCompare() throws {
        let today = try #require(MapDocument(map: ecosystem(twoWay: false, platform: false), name: "today").checked)
        let best = try #require(MapDocument(map: ecosystem(twoWay: true, platform: true), name: "best").checked)
        #expect(today.summary.twoWayShare == 0 && best.summary.twoWayShare == 1)

        let svg = try Renderer.render(today, as: .svg)
        let root = try XMLElement.parse(svg)
        #expect(root.groups("node").count >= 3)
        #expect(root.children.first?.text == "Today")

        let comparison = Comparison(current: today, best: best)
        #expect(comparison.findings(.missingTwoWay).count >= 1)
        #expect(comparison.findings(.missingPlatform).map(\.nodes) == [["forum"]])
        let gaps = try XMLElement.parse(try Renderer.renderGaps(comparison, as: .svg))
        #expect(gaps.descendants.contains { $0.classes.contains("ghost") })
        #expect(try Report(today, comparedWith: best).html().contains("Social Care Wales"))
    }

    /// A mistake in a map built in code is a diagnostic, and there is no checked map to draw.
    @Test func brokenMapInCode() {
        var map = ecosystem(twoWay: false, platform: false)
        map.add(Link(from: "host", to: "nobody"))
        let document = MapDocument(map: map, name: "broken")
        #expect(document.checked == nil)
        #expect(document.diagnostics.map(\.code.name) == ["unknown-node"])
    }
}
