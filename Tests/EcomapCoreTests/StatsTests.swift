import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// The metrics of docs/metrics.md, on small graphs worked out by hand.
@Suite struct StatsTests {
    func stats(_ text: String) throws -> NetworkStats {
        try NetworkStats(try checked(text, name: "s.ecomap"))
    }

    func node(_ s: NetworkStats, _ id: String) -> NetworkStats.NodeMetrics {
        s.nodes.first { $0.id == id }!
    }

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test func path() throws {
        let s = try stats("person a\nperson b\nperson c\na -> b\nb -> c\n")
        #expect(close(node(s, "b").betweenness, 0.5))
        #expect(close(node(s, "a").betweenness, 0) && close(node(s, "c").betweenness, 0))
        #expect(close(node(s, "a").closeness, 2.0 / 3.0))
        #expect(close(node(s, "b").closeness, 0.5))
        #expect(close(node(s, "c").closeness, 0))
        let degrees: [Int] = [node(s, "a").inDegree, node(s, "a").outDegree, node(s, "b").degree]
        #expect(degrees == [0, 1, 2])
        #expect(close(s.density, 2.0 / 6.0) && close(s.reciprocity, 0))
        #expect(s.weakComponents == 1 && s.strongComponents == 3)
        #expect(s.nodes.filter(\.broker).map(\.id) == ["b"])
    }

    @Test func star() throws {
        let s = try stats("person s\n" + (1...4).map { "person x\($0)\ns <-> x\($0)\n" }.joined())
        #expect(close(node(s, "s").betweenness, 1))
        #expect(close(node(s, "s").closeness, 1))
        #expect(close(node(s, "x1").closeness, 4.0 / 7.0))
        #expect(close(node(s, "x1").betweenness, 0))
        #expect(node(s, "s").twoWay == 4 && node(s, "s").degree == 4)
        #expect(close(s.reciprocity, 1) && close(s.density, 8.0 / 20.0))
        #expect(s.nodes.filter(\.broker).map(\.id) == ["s"])
        #expect(s.mostCentral.first?.id == "s")
    }

    @Test func cycle() throws {
        let s = try stats("person a\nperson b\nperson c\nperson d\na -> b\nb -> c\nc -> d\nd -> a\n")
        for id in ["a", "b", "c", "d"] {
            #expect(close(node(s, id).betweenness, 0.5))
            #expect(close(node(s, id).closeness, 0.5))
        }
        #expect(s.strongComponents == 1 && s.nodes.allSatisfy { !$0.broker })
    }

    @Test func twoWayAndUndirectedLinks() throws {
        let s = try stats("person a\nperson b\nperson c\na <-> b\nb -- c\n")
        #expect(s.arcs == 4)
        #expect(close(node(s, "b").betweenness, 1))
        #expect(close(node(s, "a").closeness, 2.0 / 3.0) && close(node(s, "b").closeness, 1))
        #expect(node(s, "b").twoWay == 2)
        #expect(close(s.reciprocity, 1))
    }

    @Test func disconnected() throws {
        let s = try stats("person a\nperson b\nperson c\nperson d\na -> b\nc -> d\n")
        #expect(s.weakComponents == 2 && s.strongComponents == 4)
        #expect(close(node(s, "a").closeness, 1.0 / 3.0))
        #expect(s.nodes.allSatisfy { close($0.betweenness, 0) && !$0.broker })
        #expect(close(s.density, 2.0 / 12.0))
    }

    @Test func singleNodeAndEmptyMap() throws {
        let one = try NetworkStats(try #require(MapDocument(map: EcosystemMap(nodes: [Node(id: "a", kind: .person)])).checked))
        #expect(one.nodes.count == 1 && one.density == 0 && one.reciprocity == 0)
        #expect(one.nodes[0].betweenness == 0 && one.nodes[0].closeness == 0)
        #expect(one.weakComponents == 1 && one.strongComponents == 1)
        // A map with no nodes does not check; ecomap can still count one it makes itself.
        let none = NetworkStats(CheckedMap(trusted: EcosystemMap(), name: "x", identifier: "x"), validSample: nil)
        #expect(none.nodes.isEmpty && none.density == 0 && none.reciprocity == 0 && none.platformReach == 0)
        #expect(none.weakComponents == 0 && none.mostCentral.isEmpty)
        // Every number is finite: JSON can carry it.
        #expect(StatsReport.json(none, identifier: "x", title: nil, top: nil).contains("\"density\" : 0"))
    }

    @Test func repeatsAndSelfLinksCountOnce() throws {
        let s = try stats("person a\nperson b\na -> b : informs\na -> b : meets\nb <- a\na -> a\n")
        #expect(s.arcs == 1 && s.links == 4)
        #expect(node(s, "a").outDegree == 1 && node(s, "b").inDegree == 1)
    }

    /// Platform reach counts direct links and `via:`; people links count distinct pairs.
    @Test func peopleAndPlatforms() throws {
        let s = try stats("""
            platform video
            platform forum
            organisation org
            person a
            person b
            person c
            person d
            a -> video : uses
            b -> c [via: forum]
            b <-> c
            d -> org
            """)
        #expect(close(s.platformReach, 3.0 / 4.0))
        #expect(close(s.peopleLinksPerPerson, 1.0 / 4.0))
        #expect(s.linksByKinds == ["platform-person": 1, "person-person": 2, "organisation-person": 1])
    }

    /// Sampling every node gives the exact values; sampling fewer is deterministic for a seed.
    @Test func sampling() throws {
        var text = ""
        for i in 0..<200 { text += "person p\(i)\n" }
        for i in 0..<200 { text += "p\(i) -> p\((i * 7 + 3) % 200)\np\(i) -> p\((i + 1) % 200)\n" }
        let map = try checked(text, name: "s.ecomap")
        let exact = try NetworkStats(map)
        let all = try NetworkStats(map, sample: 200)
        for (x, y) in zip(exact.nodes, all.nodes) { #expect(close(x.betweenness, y.betweenness)) }
        let a = try NetworkStats(map, sample: 50, seed: 7)
        let b = try NetworkStats(map, sample: 50, seed: 7)
        #expect(a.nodes == b.nodes && a.sampled == 50)
        // An estimate, but a sensible one: the same scale as the exact values.
        let total = exact.nodes.map(\.betweenness).reduce(0, +), estimate = a.nodes.map(\.betweenness).reduce(0, +)
        #expect(abs(estimate - total) / total < 0.3)
    }

    /// A sample of no sources is a mistake, said as one, not a NaN or a crash.
    @Test func invalidSample() throws {
        let map = try checked("person a\nperson b\na -> b\n")
        for sample in [0, -3] {
            #expect(throws: Diagnostic.self) { try NetworkStats(map, sample: sample) }
        }
        do { _ = try NetworkStats(map, sample: 0) } catch {
            Golden.assertMatches(DiagnosticFormatter().format(error, source: nil), "diagnostics/invalid-argument.txt")
        }
    }

    /// A 100,000-node chain: the component and broker searches must not recurse.
    @Test func longChainHasNoRecursion() throws {
        let n = 100_000
        let graph = NetworkGraph(count: n, arcs: (1..<n).map { ($0 - 1, $0) })
        #expect(Set(Components.strong(graph)).count == n)
        #expect(Set(Components.weak(graph)).count == 1)
        let cut = Components.articulationPoints(graph)
        #expect(cut.filter { $0 }.count == n - 2)
    }
}

/// The same metrics against networkx, on the maps in Maps/ and random graphs.
/// `make test` installs networkx; without it these fail rather than pass
/// unseen (ECOMAP_SKIP_NETWORKX=1 skips them on purpose).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ECOMAP_SKIP_NETWORKX"] != "1"))
struct NetworkxTests {
    @Test func networkxIsThere() throws {
        #expect(NetworkxCheck.available, "python3 with networkx is needed: make test installs it (pip install networkx)")
    }

    @Test(arguments: MapFiles.names)
    func realMaps(_ name: String) throws {
        try #require(NetworkxCheck.available)
        let map = try checked(path: Package.path("Maps/\(name)"))
        try NetworkxCheck.compare(try NetworkStats(map), graph: NetworkGraph(map), ids: { map.nodes[$0].id })
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func randomGraphs(_ seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let n = 20 + Int(random.next() % 60)
        var text = ""
        for i in 0..<n { text += "person p\(i)\n" }
        let ops = ["->", "<-", "<->", "--"]
        for _ in 0..<(n * 2) {
            let a = Int(random.next() % UInt64(n)), b = Int(random.next() % UInt64(n))
            text += "p\(a) \(ops[Int(random.next() % 4)]) p\(b)\n"
        }
        try #require(NetworkxCheck.available)
        let map = try checked(text, name: "r.ecomap")
        try NetworkxCheck.compare(try NetworkStats(map), graph: NetworkGraph(map), ids: { map.nodes[$0].id })
    }
}

enum NetworkxCheck {
    static let available: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import networkx"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static func compare(_ stats: NetworkStats, graph: NetworkGraph, ids: (Int) -> String) throws {
        var arcs: [[String]] = []
        for i in 0..<graph.count {
            for j in graph.outNeighbours(i) { arcs.append([ids(i), ids(Int(j))]) }
        }
        let input = try JSONSerialization.data(withJSONObject: ["nodes": (0..<graph.count).map(ids), "arcs": arcs])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Package.path("Tests/EcomapCoreTests/networkx_check.py")]
        let inPipe = Pipe(), outPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        try process.run()
        inPipe.fileHandleForWriting.write(input)
        try inPipe.fileHandleForWriting.close()
        let data = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let reference = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let betweenness = try #require(reference["betweenness"] as? [String: Double])
        let closeness = try #require(reference["closeness"] as? [String: Double])
        let inDegree = try #require(reference["in"] as? [String: Int])
        let outDegree = try #require(reference["out"] as? [String: Int])
        for node in stats.nodes {
            #expect(abs(node.betweenness - betweenness[node.id]!) < 1e-9, "betweenness of \(node.id)")
            #expect(abs(node.closeness - closeness[node.id]!) < 1e-9, "closeness of \(node.id)")
            #expect(node.inDegree == inDegree[node.id] && node.outDegree == outDegree[node.id])
        }
        #expect(stats.nodes.filter(\.broker).map(\.id).sorted() == (reference["brokers"] as? [String])?.sorted())
        #expect(abs(stats.density - (try #require(reference["density"] as? Double))) < 1e-9)
        #expect(abs(stats.reciprocity - (try #require(reference["reciprocity"] as? Double))) < 1e-9)
        #expect(stats.weakComponents == reference["weak"] as? Int)
        #expect(stats.strongComponents == reference["strong"] as? Int)
    }
}
