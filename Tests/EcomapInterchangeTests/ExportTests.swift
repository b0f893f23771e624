import EcomapCore
import EcomapTestSupport
import Foundation
import Testing
@testable import EcomapInterchange

/// The exports in Kumu's layout (CSV, XLSX, blueprint) give back the same
/// map through `ecomap import`; Mermaid is valid flowchart text; every
/// export is the same bytes for the same map.
@Suite struct ExportTests {
    /// Imports exported files and checks the map is the one exported.
    func roundTrip(_ map: EcosystemMap, _ files: [(name: String, bytes: [UInt8])], header: Bool,
                   sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = Importer.importFiles(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        let back = try #require(result.map, sourceLocation: sourceLocation)
        // Nodes come back grouped by kind, as the importer writes them.
        var sorted = EcosystemMap(title: map.title, attributes: map.attributes,
                                  nodes: NodeKind.allCases.flatMap { k in map.nodes.filter { $0.kind == k } }, links: map.links)
        sorted.styles = map.styles
        #expect(Same.map(sorted, back), sourceLocation: sourceLocation)
        if header {
            // A workbook with no connections comes back marked as a directory (`directory: yes`), as import marks any.
            var got = Same.attributes(back.attributes)
            if map.links.isEmpty, map.attributes[AttributeName.directory] == nil {
                #expect(got.removeValue(forKey: AttributeName.directory) == ["yes"], sourceLocation: sourceLocation)
            }
            #expect(back.title == map.title && got == Same.attributes(map.attributes), sourceLocation: sourceLocation)
        }
        // And what import writes reads back as that map, with no problems.
        let text = try #require(result.text, sourceLocation: sourceLocation)
        let document = MapDocument(name: "back.ecomap", text: text)
        #expect(Same.map(document.map, back) && document.diagnostics.filter { $0.code.name != "isolated-node" } == [],
                "\(document.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    }

    @Test(arguments: MapFiles.names)
    func csvRoundTrip(_ name: String) throws {
        let map = try Interchange.map(name)
        let csv = TableExporter.csv(map)
        try roundTrip(map.map, [("m-elements.csv", csv.elements), ("m-connections.csv", csv.connections)], header: false)
    }

    /// A map imported from the user's own list comes back with their
    /// column names, in their order ("Group name", "Owner / lead"), and
    /// reads back as the same map; a column named only by `--columns` keeps
    /// ecomap's name, since nothing else would read it back.
    @Test func ownColumnNamesComeBack() throws {
        let list = "Community list\n\nGroup name,Owner / lead,Funded?,Agency,Notes,Yammer\n"
            + "Data Science CoP,Sam Patel,Yes - £5k,Environment Agency,Meets monthly,https://example.org/ds\n"
            + "User Research Community,,No,Natural England,,\n"
        let imported = Importer.importFiles([("groups.csv", Array(list.utf8))], options: .init(columns: try ColumnMap(parsing: "Yammer=url")))
        #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics.map(\.message))")
        let map = try checked(try #require(imported.text), name: "groups.ecomap")
        let csv = TableExporter.csv(map)
        let header = String(decoding: csv.elements.dropFirst(3), as: UTF8.self).prefix { $0 != "\n" }
        #expect(header == "ID,Group name,Type,Owner / lead,Funded?,Agency,Notes,funding,url")
        try roundTrip(map.map, [("m-elements.csv", csv.elements), ("m-connections.csv", csv.connections)], header: false)
        try roundTrip(map.map, [("m.xlsx", TableExporter.xlsx(map))], header: true)
        // Kumu's blueprint keeps Kumu's names: Kumu reads no others.
        #expect(KumuJSONExporter.blueprint(map).contains("\"leads\""))
    }

    /// A map without links: its connections file or sheet is a header
    /// alone, which import read as an empty sheet and refused (FuzzImport's
    /// first finding).
    @Test func aMapWithoutLinksRoundTrips() throws {
        let map = try checked("map \"Lonely\"\norganisation a \"A\"\ncommunity b \"B\"\n", name: "lonely.ecomap")
        let csv = TableExporter.csv(map)
        try roundTrip(map.map, [("m-elements.csv", csv.elements), ("m-connections.csv", csv.connections)], header: false)
        try roundTrip(map.map, [("m.xlsx", TableExporter.xlsx(map))], header: true)
        try roundTrip(map.map, [("m.json", Array(KumuJSONExporter.blueprint(map).utf8))], header: false)
    }

    @Test(arguments: MapFiles.names)
    func xlsxRoundTrip(_ name: String) throws {
        let map = try Interchange.map(name)
        try roundTrip(map.map, [("m.xlsx", TableExporter.xlsx(map))], header: true)
    }

    @Test(arguments: MapFiles.names)
    func kumuRoundTrip(_ name: String) throws {
        let map = try Interchange.map(name)
        try roundTrip(map.map, [("m.json", Array(KumuJSONExporter.blueprint(map).utf8))], header: false)
    }

    /// A workbook ecomap writes opens in openpyxl, with Kumu's headers.
    @Test func xlsxInOpenpyxl() throws {
        let map = try Interchange.map("cdps-communities.ecomap")
        let scratch = try Scratch()
        let path = try scratch.write("m.xlsx", bytes: TableExporter.xlsx(map))
        let output = try Interchange.python("read_graph.py", ["openpyxl", path])
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [[Any]]])
        #expect(Set(sheets.keys) == ["Elements", "Connections", "ecomap (ignore)"])
        let elements = try #require(sheets["Elements"])
        #expect(elements.count == map.nodes.count + 1)
        #expect(elements[0].prefix(3).map { $0 as? String } == ["ID", "Label", "Type"])
        #expect(elements[1].prefix(3).map { $0 as? String } == ["cdps", "Centre for Digital Public Services", "organisation"])
        #expect(sheets["Connections"]?.count == map.links.count + 1)
        #expect(sheets["Connections"]?[0].prefix(5).map { $0 as? String } == ["From", "To", "Type", "Direction", "Label"])
    }

    @Test func blueprintKeepsNumbersAndLists() throws {
        let map = try Interchange.map("defra-communities.ecomap")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(KumuJSONExporter.blueprint(map).utf8)) as? [String: [[String: Any]]])
        let cops = try #require(json["elements"]?.first { $0["id"] as? String == "cops" })
        #expect(cops["count"] as? Int == 13 && cops["type"] as? String == "community")
        #expect(json["elements"]?.first { $0["id"] as? String == "defra" }?["tags"] as? [String] == ["dr-mean"])
        #expect(json["connections"]?.first?["direction"] as? String == "directed")
        #expect(Set(json["connections"]?.compactMap { $0["direction"] as? String } ?? []) == ["directed", "mutual"])
    }

    @Test func csvLayout() throws {
        let map = try Interchange.map("scw-current.ecomap")
        let csv = TableExporter.csv(map)
        let elements = String(decoding: csv.elements, as: UTF8.self)
        #expect(elements.hasPrefix("\u{FEFF}ID,Label,Type,Label (cy)"))
        #expect(elements.contains("\nscw,Social Care Wales,organisation,Gofal Cymdeithasol Cymru,"))
        let connections = String(decoding: csv.connections, as: UTF8.self)
        #expect(connections.hasPrefix("\u{FEFF}From,To,Type,Direction,Label"))
        #expect(connections.contains("\nscw,universities,partners,undirected,"))
    }

    @Test(arguments: MapFiles.names)
    func sameMapSameBytes(_ name: String) throws {
        let map = try Interchange.map(name), again = try Interchange.map(name)
        #expect(TableExporter.xlsx(map) == TableExporter.xlsx(again))
        #expect(GraphMLExporter.graphml(map) == GraphMLExporter.graphml(again))
        #expect(GEXFExporter.gexf(map) == GEXFExporter.gexf(again))
        #expect(MermaidExporter.flowchart(map) == MermaidExporter.flowchart(again))
    }

    @Test func goldenExports() throws {
        let text = """
            map "Tiny <map> & \\"friends\\"" [id: tiny]
            organisation scw "Social Care Wales" [cy: "Gofal Cymdeithasol Cymru", count: 3]
            person p "People \\"in\\" #1 | <all>\\nof them" [share: 0.5]
            community end "end"
            platform yammer "Yammer"
            scw -> p : informs "news & views"
            p <-> end : participates
            scw -- yammer
            """
        let map = try checked(text, name: "tiny.ecomap")
        #expect(map.identifier == "tiny")
        Golden.assertMatches(GraphMLExporter.graphml(map), "export/tiny.graphml")
        Golden.assertMatches(GEXFExporter.gexf(map), "export/tiny.gexf")
        Golden.assertMatches(MermaidExporter.flowchart(map), "export/tiny.mmd")
        Golden.assertMatches(KumuJSONExporter.blueprint(map), "export/tiny.json")
    }
}
