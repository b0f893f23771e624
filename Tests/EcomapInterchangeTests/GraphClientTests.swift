import EcomapCore
import EcomapTestSupport
import Foundation
import Testing
@testable import EcomapInterchange

/// GraphML and GEXF as the tools people use read them: networkx
/// (`read_graphml`, `read_gexf`) and python-igraph (`Graph.Read_GraphML`),
/// for every map in `Maps/`. The tests fail, not skip, when the modules are
/// missing (`make test` installs them).
@Suite struct GraphClientTests {
    struct Seen {
        var directed: Bool
        var nodes: [String: [String: Any]]
        var edges: [(from: String, to: String, data: [String: Any])]
    }

    func read(_ reader: String, _ text: String, ext: String) throws -> Seen {
        let scratch = try Scratch()
        let path = try scratch.write("map.\(ext)", text)
        let output = try Interchange.python("read_graph.py", [reader, path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let edges = try (json["edges"] as? [[Any]] ?? []).map { e in
            (from: try #require(e.first as? String), to: try #require(e.dropFirst().first as? String), data: e.last as? [String: Any] ?? [:])
        }
        return Seen(directed: json["directed"] as? Bool ?? false, nodes: json["nodes"] as? [String: [String: Any]] ?? [:], edges: edges)
    }

    /// What a client should see for an attribute: a number for a whole-number column, else the text.
    func expected(_ key: String, _ value: AttributeValue, among all: [Attributes]) -> String {
        let column = all.compactMap { $0[key].map(GraphMLExporter.text) }
        let text = GraphMLExporter.text(value)
        return column.reduce(ValueType.integer, ValueType.narrowest) == .integer ? Int(text).map(String.init) ?? "not a number: \(text)" : text
    }

    func describe(_ any: Any?) -> String {
        switch any {
        case let n as NSNumber: n.doubleValue == n.doubleValue.rounded() ? String(n.intValue) : "\(n)"
        case let s as String: s
        default: String(describing: any)
        }
    }

    func links(_ map: CheckedMap) -> [String] {
        map.links.map { "\($0.from) \($0.to) \($0.direction.rawValue) \($0.type ?? "") \($0.label ?? "")" }.sorted()
    }

    @Test(arguments: MapFiles.names)
    func graphmlInNetworkx(_ name: String) throws {
        let map = try Interchange.map(name)
        let seen = try read("networkx-graphml", GraphMLExporter.graphml(map), ext: "graphml")
        #expect(seen.nodes.count == map.nodes.count && seen.edges.count == map.links.count)
        #expect(seen.directed == map.links.contains { $0.direction != .undirected })
        for node in map.nodes {
            let data = try #require(seen.nodes[node.id])
            #expect(data["label"] as? String == node.label && data["kind"] as? String == node.kind.rawValue)
            for a in node.attributes.all {
                #expect(describe(data[a.key]) == expected(a.key, a.value, among: map.nodes.map(\.attributes)), "\(node.id).\(a.key)")
            }
        }
        let edges = seen.edges.map { "\($0.from) \($0.to) \($0.data["direction"] as? String ?? "") \($0.data["type"] as? String ?? "") \($0.data["label"] as? String ?? "")" }
        #expect(edges.sorted() == links(map))
    }

    @Test(arguments: MapFiles.names)
    func graphmlInIgraph(_ name: String) throws {
        let map = try Interchange.map(name)
        let seen = try read("igraph-graphml", GraphMLExporter.graphml(map), ext: "graphml")
        #expect(seen.nodes.count == map.nodes.count && seen.edges.count == map.links.count)
        #expect(seen.directed == map.links.contains { $0.direction != .undirected })
        for node in map.nodes {
            let data = try #require(seen.nodes[node.id])
            #expect(data["label"] as? String == node.label && data["kind"] as? String == node.kind.rawValue)
            if let cy = node.welshLabel { #expect(data["cy"] as? String == cy) }
        }
        let edges = seen.edges.map { "\($0.from) \($0.to) \($0.data["direction"] as? String ?? "") \($0.data["type"] as? String ?? "") \($0.data["label"] as? String ?? "")" }
        #expect(edges.sorted() == links(map))
    }

    @Test(arguments: MapFiles.names)
    func gexfInNetworkx(_ name: String) throws {
        let map = try Interchange.map(name)
        let seen = try read("networkx-gexf", GEXFExporter.gexf(map), ext: "gexf")
        let allUndirected = !map.links.isEmpty && map.links.allSatisfy { $0.direction == .undirected }
        // A mutual edge is an arc each way in a directed graph.
        let arcs = allUndirected ? map.links.count : map.links.reduce(0) { $0 + ($1.direction == .oneWay ? 1 : 2) }
        #expect(seen.directed == !allUndirected)
        #expect(seen.nodes.count == map.nodes.count && seen.edges.count == arcs)
        for node in map.nodes {
            let data = try #require(seen.nodes[node.id])
            #expect(data["label"] as? String == node.label && data["kind"] as? String == node.kind.rawValue)
            let colour = map.map.colour(of: node.kind) ?? Theme.standard.fill(node.kind)
            let viz = (data["viz"] as? [String: Any])?["color"] as? [String: Any]
            #expect([viz?["r"], viz?["g"], viz?["b"]].map(describe) == [colour.red, colour.green, colour.blue].map(String.init))
        }
        let oneWay = seen.edges.filter { $0.data["direction"] as? String == "one-way" }.map { "\($0.from) \($0.to)" }.sorted()
        #expect(oneWay == map.links.filter { $0.direction == .oneWay }.map { "\($0.from) \($0.to)" }.sorted())
    }

    /// The whole-number attributes GraphML declares `long` arrive as numbers.
    @Test func typedKeys() throws {
        let map = try Interchange.map("defra-communities.ecomap")
        let graphml = GraphMLExporter.graphml(map)
        #expect(graphml.contains("attr.name=\"count\" attr.type=\"long\""))
        #expect(graphml.contains("attr.name=\"sponsor\" attr.type=\"string\""))
        let seen = try read("networkx-graphml", graphml, ext: "graphml")
        #expect(seen.nodes["cops"]?["count"] as? Int == 13)
    }
}
