import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// `ecomap compare`: lining maps up, the findings, and their outputs.
@Suite struct CompareTests {
    func documents(_ current: String, _ best: String) throws -> (CheckedMap, CheckedMap) {
        (try checked(current, name: "current.ecomap"), try checked(best, name: "best.ecomap"))
    }

    func socialCareWalesPair() throws -> Comparison {
        Comparison(current: try checked(path: Package.path("Maps/scw-current.ecomap")),
                   best: try checked(path: Package.path("Maps/scw-best-practice.ecomap")))
    }

    /// Social Finance's study of Social Care Wales (2022): "limited one-way communication with attendees".
    @Test func findsOneWayCommunicationFromTheOrganisation() throws {
        let c = try socialCareWalesPair()
        // The pattern is a summary of the findings, said first and never counted.
        let headline = try #require(c.patternSummaries().first)
        #expect(headline.hasPrefix("Communication between organisations and people flows both ways in 0% of links here, 100% in best practice"))
        #expect(headline.contains("Social Care Wales → Social workers"))
        // Each finding is about one link, so the count is of links.
        let twoWay = c.findings(.missingTwoWay)
        #expect(twoWay.count == 6)
        #expect(twoWay.allSatisfy { $0.nodes.count == 2 })
        #expect(Set(twoWay.map(\.nodes)).count == twoWay.count)
        #expect(twoWay[0].summary() == "Improvement and development managers → Forums and networks (hosts) flows one way; in best practice it flows both ways")
        #expect(c.current.numbers.twoWayShare == 0 && c.best.numbers.twoWayShare > 0.6)
    }

    /// Social Finance's study of Social Care Wales (2022): "Technology or platforms aren't systemically used": no platform between meetings.
    @Test func findsNoPlatformBetweenMeetings() throws {
        let c = try socialCareWalesPair()
        let platforms = c.findings(.missingPlatform)
        #expect(platforms.map(\.nodes) == [["community-platform"], ["newsletter"]])
        #expect(platforms[0].summary().contains("Social workers"))
        #expect(c.current.numbers.platformReach < c.best.numbers.platformReach)
    }

    /// Social Finance's study of Social Care Wales (2022): "little to support interaction between participants outside of discrete meetings".
    @Test func findsParticipantsNotLinkedToEachOther() throws {
        let c = try socialCareWalesPair()
        let isolated = c.findings(.isolatedParticipants)
        #expect(isolated.map(\.nodes) == [["social-workers"], ["team-leaders"], ["consultants"], ["academics"]])
        #expect(!isolated.contains { $0.nodes.contains("managers") }, "the host's own staff are not participants")
        #expect(c.findings(.missingLink).contains { $0.nodes == ["social-workers", "team-leaders"] && $0.direction == .twoWay })
        #expect(c.current.numbers.peopleLinksPerPerson == 0)
    }

    /// Social Finance's study of Social Care Wales (2022): "Relationships with other organisations are also much closer".
    @Test func findsOrganisationsShouldBeCloser() throws {
        let c = try socialCareWalesPair()
        #expect(c.findings(.distance).map(\.nodes) == [["scw", "universities"], ["scw", "employers"]])
    }

    @Test func matchingCascade() throws {
        let (c, b) = try documents("""
            organisation scw "Social Care Wales" [role: host]
            person p "Social-care  practitioners"
            platform v "Video"
            scw -> p
            p -> v
            """, """
            organisation host "Host" [role: host]
            person q "social care practitioners."
            platform v "Video calls"
            host <-> q
            q -> v
            """)
        let matching = NodeMatching(current: c, best: b)
        #expect(matching.count == 3)
        #expect(matching.rule[0] == .role && matching.rule[1] == .label && matching.rule[2] == .id)
        #expect(NodeMatching(current: c, best: b, rules: [.id]).count == 1)
        #expect(NodeMatching(current: c, best: b, rules: [.label]).count == 1)
        let comparison = Comparison(current: c, best: b)
        #expect(comparison.findings(.missingTwoWay).contains { $0.nodes == ["scw", "p"] })
        #expect(comparison.onlyCurrent.isEmpty && comparison.onlyBest.isEmpty)
    }

    @Test func oneWayNodesAndExtras() throws {
        let (c, b) = try documents("""
            community forum
            person a
            person b
            person extra
            a -> forum
            b -> forum
            extra -> a
            """, """
            community forum
            person a
            person b
            a <-> forum
            b <-> forum
            a <-> b
            """)
        let comparison = Comparison(current: c, best: b)
        #expect(comparison.findings(.oneWayNode).map(\.nodes).contains(["forum"]))
        #expect(comparison.findings(.extra).map(\.nodes) == [["extra"]])
        #expect(comparison.findings(.missingLink).map(\.nodes) == [["a", "b"]])
    }

    /// Two different ecosystems: nothing matches, so kinds are compared, and the output says so.
    @Test func nothingInCommon() throws {
        let (c, b) = try documents("""
            organisation one
            person alpha
            one -> alpha
            """, """
            organisation two
            person beta
            person gamma
            two <-> beta
            two <-> gamma
            """)
        let comparison = Comparison(current: c, best: b)
        #expect(comparison.nothingMatched)
        #expect(CompareReport.text(comparison).contains("The two maps have no nodes in common (by id, role or label)"))
        let pattern = try #require(comparison.patternSummaries().first)
        #expect(pattern.hasPrefix("Communication between organisations and people flows both ways in 0% of links here, 100% in best practice"))
        #expect(comparison.findings(.missingTwoWay).isEmpty, "nothing lines up, so no link can be said to be missing its way back")
        #expect(comparison.findings(.missingNode).count == 3)
    }

    @Test func jsonFollowsItsSchema() throws {
        let c = try socialCareWalesPair()
        let text = CompareReport.json(c)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["ecomap", "current", "best", "matches", "onlyCurrent", "onlyBest", "patterns", "summaries", "counts", "findings"])
        #expect(json["ecomap"] as? Int == 1)
        for side in ["current", "best"] {
            let map = try #require(json[side] as? [String: Any])
            #expect(Set(map.keys) == ["file", "id", "title", "numbers"])
            #expect(Set((map["numbers"] as? [String: Any])?.keys ?? [:].keys) == ["nodes", "links", "twoWayShare", "platformReach", "peopleLinksPerPerson", "density"])
        }
        let matches = try #require(json["matches"] as? [[String: String]])
        #expect(matches.allSatisfy { Set($0.keys) == ["current", "best", "rule"] && MatchRule(rawValue: $0["rule"]!) != nil })
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(Set(counts.keys) == Set(Finding.Kind.allCases.map(\.rawValue)))
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == c.findings.count)
        for finding in findings {
            #expect(Set(finding.keys).isSubset(of: ["kind", "nodes", "summary", "why", "action", "edit", "line", "direction"]))
            #expect(Finding.Kind(rawValue: try #require(finding["kind"] as? String)) != nil)
        }
        let patterns = try #require(json["patterns"] as? [[String: Any]])
        #expect(patterns.allSatisfy { Set($0.keys) == ["kinds", "current", "best"] })
        // Stable: the same comparison gives the same bytes.
        #expect(CompareReport.json(try socialCareWalesPair()) == text)
    }

    @Test func markdownKeepsLabelsAsText() throws {
        let (c, b) = try documents("""
            organisation org "<script>alert(1)</script> & *bold* [x](y)" [role: host]
            person p
            org -> p
            """, """
            organisation host [role: host]
            person p
            host <-> p
            """)
        let markdown = CompareReport.markdown(Comparison(current: c, best: b))
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\> &amp; \\*bold\\* \\[x\\](y)"))
        #expect(markdown.hasPrefix("## Compared with best practice\n"))
        #expect(markdown.contains("| two-way share | 0% | 100% |"))
    }

    /// A node in two findings (academics: one-way and isolated) is marked once, its tooltip naming both.
    @Test func nodeInTwoFindingsMarkedOnce() throws {
        let maps = try CompareCLITests.pair.map { try checked(path: Package.path($0)) }
        let comparison = Comparison(current: maps[0], best: maps[1])
        let diagram = GapDiagram.diagram(comparison)
        let academics = try #require(diagram.nodes.first { $0.name == "academics" })
        #expect(academics.attributes.filter { $0.name == .penwidth }.count == 1, "\(academics.attributes)")
        #expect(academics.tooltip.components(separatedBy: " — ").count == 3, "\(academics.tooltip)")
    }
}

/// `ecomap compare` end to end, and its drawings.
@Suite(.tags(.launchesBinary)) struct CompareCLITests {
    static let pair = ["Maps/scw-current.ecomap", "Maps/scw-best-practice.ecomap"]

    @Test func textGolden() throws {
        let run = try Run(["compare"] + Self.pair)
        #expect(run.status == 0 && run.stderr == "")
        Golden.assertMatches(run.stdout, "compare/scw.txt")
    }

    @Test func markdownGolden() throws {
        let run = try Run(["compare"] + Self.pair + ["--format", "markdown"])
        #expect(run.status == 0)
        Golden.assertMatches(run.stdout, "compare/scw.md")
    }

    @Test func failOn() throws {
        #expect(try Run(["compare"] + Self.pair + ["--fail-on", "missing-two-way,missing-link"]).status == 1)
        #expect(try Run(["compare"] + Self.pair + ["--fail-on", "missing-node"]).status == 0)
        #expect(try Run(["compare", "Maps/scw-best-practice.ecomap", "Maps/scw-best-practice.ecomap", "--fail-on", "missing-two-way"]).status == 0)
        #expect(try Run(["compare"] + Self.pair + ["--fail-on", "nonsense"]).status == 2)
        let named = try Run(["compare"] + Self.pair + ["--fail-on", "missing-two-way,bogus"])
        #expect(named.status == 2)
        #expect(named.stderr.hasPrefix("Error: --fail-on: 'bogus' is not a kind of finding; the kinds are missing-two-way, "))
    }

    @Test func brokenMapGivesNoComparison() throws {
        let scratch = try Scratch()
        let bad = try scratch.write("bad.ecomap", "person a\na -> b\n")
        let run = try Run(["compare", bad, Self.pair[1]])
        #expect(run.status == 1 && run.stdout == "")
        #expect(run.stderr.contains("unknown node 'b'"))
    }

    @Test func gapDiagramMarksAndKey() throws {
        let scratch = try Scratch()
        let out = scratch.path("gaps.svg")
        let run = try Run(["compare"] + Self.pair + ["--diagram", out, "--format", "json"])
        #expect(run.status == 0)
        let root = try XMLElement.parse(try Data(contentsOf: URL(fileURLWithPath: out)))
        let accent = Theme.standard.accent.hex
        // Links that should flow both ways: an open arrowhead in the accent colour.
        let twoWay = try #require(root.groups("link").first { $0.children.first { $0.name == "title" }?.text.contains("Should flow both ways") == true })
        #expect(twoWay.children.contains { $0.name == "path" && $0.attributes["stroke"] == accent })
        #expect(twoWay.children.contains { $0.name == "polygon" && $0.attributes["fill"] == "none" })
        // Missing links, dashed in the accent colour.
        let missing = root.groups("gap-missing-link")
        #expect(missing.count >= 7)
        #expect(missing.allSatisfy { $0.children.contains { $0.name == "path" && $0.attributes["stroke-dasharray"] == "5,2" && $0.attributes["stroke"] == accent } })
        // Missing platforms as ghosts with a dashed outline.
        let ghost = try #require(root.element(id: "scw-current-missing-community-platform"))
        #expect(ghost.classes.contains("ghost"))
        #expect(ghost.descendants.contains { $0.name == "polygon" && $0.attributes["stroke-dasharray"] == "5,2" })
        let key = root.all("text").map(\.allText)
        for entry in ["Should flow both ways", "Missing link", "Missing (from best practice)", "Should be stronger or closer", "One way only, or isolated"] {
            #expect(key.contains(entry), "\(entry)")
        }
    }

    /// The gap diagram as DOT, for Graphviz's own tools; an unknown extension is a usage error.
    @Test func gapDiagramAsDOT() throws {
        let scratch = try Scratch()
        let out = scratch.path("gaps.dot")
        #expect(try Run(["compare"] + Self.pair + ["--diagram", out, "-o", scratch.path("r.txt")]).status == 0)
        let dot = try String(contentsOfFile: out, encoding: .utf8)
        #expect(dot.hasPrefix("digraph \"scw-current\" {"))
        #expect(dot.contains("\"ghost:community-platform\"") && dot.contains("class=\"gap gap-missing-link\""))
        let bad = try Run(["compare"] + Self.pair + ["--diagram", scratch.path("gaps.txt")])
        #expect(bad.status == 2 && bad.stderr.contains("--diagram writes .svg, .png, .pdf or .dot"))
    }

    /// Both maps in one picture, common nodes in the same places.
    @Test func sideBySide() throws {
        let scratch = try Scratch()
        let out = scratch.path("both.svg")
        #expect(try Run(["compare"] + Self.pair + ["--side-by-side", out, "-o", scratch.path("report.txt")]).status == 0)
        let root = try XMLElement.parse(try Data(contentsOf: URL(fileURLWithPath: out)))
        func centre(_ id: String) throws -> (Double, Double) {
            let group = try #require(root.element(id: id), "no \(id)")
            let shape = try #require(group.descendants.first { $0.name == "ellipse" })
            return (Double(shape.attributes["cx"]!)!, Double(shape.attributes["cy"]!)!)
        }
        let left = try centre("scw-current-node-social-workers"), right = try centre("scw-best-practice-node-practitioners")
        #expect(abs(left.1 - right.1) < 0.01, "matched nodes sit at the same height")
        let leftAcademics = try centre("scw-current-node-academics"), rightAcademics = try centre("scw-best-practice-node-academics")
        #expect(abs((rightAcademics.0 - leftAcademics.0) - (right.0 - left.0)) < 0.01, "and the same distance apart")
        #expect(root.children.first?.text == "Social Care Wales communities: current compared with Best-practice community of practice")
        #expect(root.element(id: "scw-current-vs-scw-best-practice-key") != nil)
        // PNG and PDF are drawn too (CrossingTests); DOT has no side-by-side form.
        #expect(try Run(["compare"] + Self.pair + ["--side-by-side", scratch.path("x.dot")]).status == 2)
    }
}
