import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// Comparison findings that count things once and understand the map
/// language: types, `via:`, strength, closeness, peer links (issue 11).
@Suite struct FindingsTests {
    static let fixtures = Package.path("Tests/EcomapCoreTests/Fixtures")

    func dswPair() throws -> Comparison {
        Comparison(current: try checked(path: Self.fixtures + "/dsw-current.ecomap"),
                   best: try checked(path: Self.fixtures + "/dsw-best.ecomap"))
    }

    /// Every headline count is a count of distinct links or nodes: a link
    /// finding names two ends, a node finding one, and no two name the same.
    @Test(arguments: ["dsw", "scw"])
    func countsAreOfDistinctThings(_ pair: String) throws {
        let c = pair == "dsw" ? try dswPair()
            : Comparison(current: try checked(path: Package.path("Maps/scw-current.ecomap")),
                         best: try checked(path: Package.path("Maps/scw-best-practice.ecomap")))
        for (kind, count) in c.gapCounts {
            let findings = c.findings(kind)
            #expect(findings.count == count)
            let about = findings.map { $0.nodes + [$0.edit ?? ""] }
            #expect(Set(about).count == count, "\(kind): \(about)")
            let size = [.oneWayNode, .missingNode, .missingPlatform, .isolatedParticipants].contains(kind) ? 1 : 2
            #expect(findings.allSatisfy { $0.nodes.count == size }, "\(kind)")
        }
        // The summaries of patterns are not findings and are not counted.
        #expect(!c.patternSummaries().isEmpty)
        #expect(c.gapCounts.map(\.count).reduce(0, +) == c.findings.filter(\.kind.isGap).count)
    }

    /// `via:` in best practice: a direct conversation today is one to move onto the platform.
    @Test func viaMovesConversationsOntoThePlatform() throws {
        let c = try dswPair()
        let moves = c.findings(.moveToPlatform)
        #expect(moves.count == 8)
        #expect(moves.contains { $0.nodes == ["cm", "members"] && $0.summary().hasSuffix("in best practice this conversation goes through Slack workspace") })
        #expect(moves.contains { $0.nodes == ["members", "members"] && $0.summary() == "Network members talk among themselves directly (meets); in best practice they talk through Slack workspace" })
        #expect(moves.allSatisfy { $0.action() == "Move this conversation onto Slack workspace, where others can see it and join in between meetings." })
        // The same link already through its platform (video calls) is no finding; nothing calls Slack "extra".
        #expect(!moves.contains { $0.nodes == ["cm", "cop"] })
        #expect(!c.findings(.extra).contains { $0.nodes.contains("slack") })
    }

    /// A platform best practice uses only through `via:` is not "extra" where today links it directly.
    @Test func directLinkToAPlatformUsedThroughViaIsNotExtra() throws {
        let current = try checked("person a\nperson b\nplatform slack\na -- slack\nb -> a\n")
        let best = try checked("person a\nperson b\nplatform slack\na <-> b [via: slack]\n")
        let c = Comparison(current: current, best: best)
        #expect(c.findings(.extra).isEmpty, "\(c.findings(.extra).map { $0.summary() })")
        #expect(c.findings(.moveToPlatform).map(\.nodes) == [["b", "a"]])
        #expect(c.findings(.missingTwoWay).map(\.nodes) == [["b", "a"]])
    }

    /// Types: a one-way `funds` link is not told to become two-way because
    /// best practice has a two-way `informs` link between the same pair: the
    /// `informs` link is missing.
    @Test func linksAreMatchedByType() throws {
        let c = try dswPair()
        #expect(!c.findings(.missingTwoWay).contains { Set($0.nodes) == ["cds", "cm"] })
        let missing = try #require(c.findings(.missingLink).first { Set($0.nodes) == ["cds", "cm"] })
        #expect(missing.summary().hasSuffix("(informs)") && missing.direction == .twoWay)
        #expect(missing.edit == "cds <-> cm : informs")
        // Untyped links match links of any type.
        let untyped = Comparison(current: try checked("person a\nperson b\na -> b\n"),
                                 best: try checked("person a\nperson b\na <-> b : informs\n"))
        #expect(untyped.findings(.missingTwoWay).count == 1 && untyped.findings(.missingLink).isEmpty)
    }

    /// Changes of quality: broken to working, weak to strong, distant to close, for any kinds.
    @Test func strengthAndClosenessChanges() throws {
        let c = try dswPair()
        let stronger = c.findings(.strengthen)
        #expect(stronger.map { $0.summary() } == [
            "Digital service teams — User research team: broken here, working in best practice",
            "Network members → Slack workspace (uses): weak here, strong in best practice",
        ])
        #expect(stronger[0].action().hasPrefix("Repair it") && stronger[1].action().hasPrefix("Strengthen it"))
        #expect(c.findings(.distance).map(\.nodes) == [["dsw", "ur"], ["dsw", "councils"]])
        // An undirected link says nothing of which way it flows: no two-way finding for `--`.
        #expect(!c.findings(.missingTwoWay).contains { $0.nodes.contains("ur") })
        let people = Comparison(current: try checked("person a\nperson b\na -> b [strength: weak, closeness: distant]\n"),
                                best: try checked("person a\nperson b\na -> b [closeness: close]\n"))
        #expect(people.findings(.strengthen).count == 1 && people.findings(.distance).count == 1)
    }

    /// Peer links: allowed on people and communities, counted, compared.
    @Test func peerLinks() throws {
        let map = try checked("person members\ncommunity forum\nmembers <-> members : meets \"peer support\"\nmembers -> forum\n")
        #expect(MapDocument(name: "p", text: "person m\nm <-> m\n").diagnostics.isEmpty, "a peer link is no warning")
        #expect(map.summary.peoplePairs == 1 && map.summary.peopleLinksPerPerson == 1)
        #expect(map.summary.directedLinks == 2 && map.summary.twoWayLinks == 1)
        let stats = try NetworkStats(map)
        #expect(stats.summary.arcs == 1, "a peer link changes no path")
        let c = Comparison(current: try checked("person members\ncommunity forum\nmembers -> forum\n"), best: map)
        let missing = try #require(c.findings(.missingLink).first)
        #expect(missing.nodes == ["members", "members"])
        #expect(missing.summary() == "members don't interact among themselves; in best practice they do (meets)")
        #expect(missing.action() == "Give members ways to meet and talk with each other: peer sessions, a shared space on a platform.")
    }

    /// A platform reached only through `via:` connects the nodes that use it.
    @Test func viaConnectsThePlatform() throws {
        let map = try checked("person a\nperson b\nplatform slack\na <-> b [via: slack]\n")
        let stats = try NetworkStats(map)
        #expect(stats.weakComponents == 1)
        #expect(stats.nodes.first { $0.id == "slack" }?.degree == 2)
        #expect(map.summary.platformReach == 1)
    }
    /// Most pairs are settled at a glance, without grouping their links; the
    /// glance must never hide a finding. Two revisions of a map with every
    /// kind of change (types, strengths, closeness, `via:`, directions, peer
    /// links) give the same findings with and without it.
    @Test func theGlanceChangesNothing() throws {
        var random = SeededGenerator(seed: 11)
        let kinds = ["organisation", "platform", "person", "community"]
        let nodes = (0..<120).map { "\(kinds[$0 % 4]) n\($0) \"Node \($0)\"" }
        func revision() -> String {
            var lines = nodes
            for _ in 0..<600 {
                let (a, b) = (random.next(120), random.next(5) == 0 ? nil : random.next(120))
                let arrow = ["->", "<->", "--", "<-"][random.next(4)]
                let type = ["", " : informs", " : funds"][random.next(3)]
                var attributes: [String] = []
                if random.next(3) == 0 { attributes.append("strength: " + ["weak", "strong", "broken", "stressful", "normal"][random.next(5)]) }
                if random.next(4) == 0 { attributes.append("closeness: " + ["close", "distant"][random.next(2)]) }
                if random.next(4) == 0 { attributes.append("via: n\(1 + 4 * random.next(30))") }
                let list = attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]"
                lines.append("n\(a) \(arrow) n\(b ?? a)\(type)\(list)")
            }
            return lines.joined(separator: "\n") + "\n"
        }
        let (current, best) = (try checked(revision(), name: "now.ecomap"), try checked(revision(), name: "best.ecomap"))
        let builder = FindingBuilder(current: current, best: best, matching: NodeMatching(current: current, best: best))
        let (quick, full) = (builder.all(), builder.all(atAGlance: false))
        #expect(quick.count > 100)
        #expect(Set(quick.map(\.kind)).count >= 6)
        #expect(quick.count == full.count)
        let differ = quick.indices.first { $0 < full.count && quick[$0] != full[$0] }
        #expect(differ == nil, "first difference: \(differ.map { full[$0].summary() } ?? "")")
    }
}
