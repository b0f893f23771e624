import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// `ecomap stats` end to end, and metrics drawn into maps.
@Suite(.tags(.launchesBinary)) struct StatsCLITests {
    /// The numbers of every map in Maps/, pinned.
    @Test(arguments: MapsTests.maps)
    func numbersOfEveryMapMatchTheirGolden(_ name: String) throws {
        let run = try Run(["stats", "Maps/\(name)", "--format", "json"])
        #expect(run.status == 0)
        Golden.assertMatches(run.stdout, "stats/\(name.replacingOccurrences(of: ".ecomap", with: ".json"))")
    }

    @Test func table() throws {
        let run = try Run(["stats", "Maps/scw-current.ecomap"])
        #expect(run.status == 0 && run.stderr == "")
        Golden.assertMatches(run.stdout, "stats/scw-current.txt")
    }

    @Test func csvHasAStableHeaderAndQuoting() throws {
        let scratch = try Scratch()
        let map = try scratch.write("q.ecomap", "person a \"Smith, \\\"Jo\\\"\"\nperson b\na -> b\n")
        let run = try Run(["stats", map, "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines[0] == "id,label,kind,in_degree,out_degree,degree,two_way,betweenness,closeness,broker")
        #expect(lines.contains("a,\"Smith, \"\"Jo\"\"\",person,0,1,1,0,0.0,1.0,false"))
        #expect(try Run(["stats", map, "--format", "csv"]).stdoutBytes == run.stdoutBytes)
    }

    @Test func topAndSample() throws {
        let run = try Run(["stats", "Maps/ogn-wales.ecomap", "--format", "json", "--top", "3"])
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        #expect((json["nodes"] as? [Any])?.count == 3)
        let sampled = try Run(["stats", "Maps/ogn-wales.ecomap", "--format", "json", "--sample", "5"])
        let summary = try #require((try JSONSerialization.jsonObject(with: sampled.stdoutBytes) as? [String: Any])?["summary"] as? [String: Any])
        #expect(summary["sampledSources"] as? Int == 5)
        let table = try Run(["stats", "Maps/ogn-wales.ecomap", "--sample", "5"])
        #expect(table.stdout.contains("estimates       betweenness and closeness from 5 sampled sources"))
    }

    @Test func brokenMapGivesNoNumbers() throws {
        let scratch = try Scratch()
        let map = try scratch.write("bad.ecomap", "person a\na -> b\n")
        let run = try Run(["stats", map])
        #expect(run.status == 1 && run.stdout == "")
        #expect(run.stderr.contains("unknown node 'b'"))
        #expect(try Run(["stats", map, "--top", "0"]).status == 2)
    }

    /// `render --size-by betweenness` draws the central nodes larger; brokers get a double outline.
    @Test func sizeByAndBrokersInTheDrawing() throws {
        let run = try Run(["render", "Maps/defra-communities.ecomap", "-o", "-", "--size-by", "betweenness", "--highlight", "brokers"])
        #expect(run.status == 0)
        let root = try XMLElement.parse(run.stdoutBytes)
        func fontSize(_ id: String) -> Double? {
            root.element(id: "defra-communities-node-\(id)")?.first("text")?.attributes["font-size"].flatMap(Double.init)
        }
        let grower = try #require(fontSize("community-grower")), sponsor = try #require(fontSize("sponsor"))
        #expect(grower > sponsor + 8, "the most central node is drawn much larger")
        // A broker's shape is drawn twice (two outlines); other nodes once.
        func outlines(_ id: String) -> Int {
            root.element(id: "defra-communities-node-\(id)")?.descendants.filter { ["ellipse", "polygon", "path"].contains($0.name) }.count ?? 0
        }
        #expect(outlines("community-grower") == 2 && outlines("yammer") == 2)
        #expect(outlines("sponsor") == 1)
        let text = root.all("text").map(\.allText)
        #expect(text.contains("Broker: losing it would split the map"))
        #expect(text.contains("Larger: more often between others"))
    }
}
