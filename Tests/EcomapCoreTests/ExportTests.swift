import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// `ecomap export --format json`: the schema of docs/json.md.
@Suite struct ExportTests {
    static let text = """
        map "SCW" [id: scw-current, source: "Social Finance, December 2022"]
        organisation scw "Social Care Wales" [cy: "Gofal Cymdeithasol Cymru", role: host]
        person practitioners "Social care practitioners" [tags: [a, b], owner: "Comms"]
        platform video
        scw -> practitioners : informs "one-way updates" [strength: weak]
        video <- practitioners : uses
        practitioners <-> scw
        scw -- video
        """

    func export() throws -> [String: Any] {
        let document = MapDocument(name: "scw.ecomap", text: Self.text)
        let json = MapJSON.encode(document.map, identifier: document.identifier)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func header() throws {
        let json = try export()
        #expect(json["ecomap"] as? Int == 1)
        let map = try #require(json["map"] as? [String: Any])
        #expect(map["id"] as? String == "scw-current")
        #expect(map["title"] as? String == "SCW")
        #expect((map["attributes"] as? [String: Any])?["source"] as? String == "Social Finance, December 2022")
    }

    @Test func nodes() throws {
        let nodes = try #require(try export()["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["scw", "practitioners", "video"])
        #expect(nodes.map { $0["kind"] as? String } == ["organisation", "person", "platform"])
        #expect(nodes.map { $0["label"] as? String } == ["Social Care Wales", "Social care practitioners", "video"])
        #expect(nodes.map { $0["line"] as? Int } == [2, 3, 4])
        let attributes = try #require(nodes[1]["attributes"] as? [String: Any])
        #expect(attributes["tags"] as? [String] == ["a", "b"])
        #expect(attributes["owner"] as? String == "Comms")
        #expect(Set(nodes[0].keys) == ["id", "kind", "label", "attributes", "line"])
    }

    @Test func links() throws {
        let links = try #require(try export()["links"] as? [[String: Any]])
        #expect(links.count == 4)
        #expect(links[0]["from"] as? String == "scw" && links[0]["to"] as? String == "practitioners")
        #expect(links[0]["direction"] as? String == "one-way")
        #expect(links[0]["type"] as? String == "informs" && links[0]["label"] as? String == "one-way updates")
        #expect((links[0]["attributes"] as? [String: Any])?["strength"] as? String == "weak")
        // `video <- practitioners` flows from practitioners to video.
        #expect(links[1]["from"] as? String == "practitioners" && links[1]["to"] as? String == "video")
        #expect(links[2]["direction"] as? String == "two-way")
        #expect(links[3]["direction"] as? String == "undirected")
        // Absent, not null, when not given.
        #expect(links[2]["type"] == nil && links[2]["label"] == nil)
        #expect(Set(links[3].keys) == ["from", "to", "direction", "attributes", "line"])
    }

    @Test func deterministic() throws {
        let document = MapDocument(name: "scw.ecomap", text: Self.text)
        let a = MapJSON.encode(document.map, identifier: "x")
        let b = MapJSON.encode(MapDocument(name: "scw.ecomap", text: Self.text).map, identifier: "x")
        #expect(a == b)
        Golden.assertMatches(a, "export/scw.json")
    }

    /// Every real map exports, and the export holds every node and link.
    @Test(arguments: MapFiles.names)
    func realMaps(_ name: String) throws {
        let document = try MapDocument.read(path: Package.path("Maps/\(name)"))
        let data = Data(MapJSON.encode(document.map, identifier: document.identifier).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((json["nodes"] as? [Any])?.count == document.map.nodes.count)
        #expect((json["links"] as? [Any])?.count == document.map.links.count)
    }
}
