import Foundation
import Testing
import EcomapCore
import EcomapRender
import EcomapTestSupport

/// Drawings that keep their nodes where an earlier drawing had them
/// (`RenderOptions.places`): an edited map, and two maps drawn to line up
/// (`render B --places-from A`).
@Suite(.tags(.launchesBinary)) struct PlacesCLITests {
    /// Each node's centre in a drawing, by its map id.
    static func centres(_ svg: String, prefix: String) throws -> [String: (x: Double, y: Double)] {
        let nodes = DrawnGeometry.nodes(try EcomapTestSupport.XMLElement.parse(Array(svg.utf8)), idPrefix: "\(prefix)-node-")
        var out: [String: (x: Double, y: Double)] = [:]
        for (id, rect) in nodes { out[String(id.dropFirst(prefix.count + 6))] = rect.centre }
        return out
    }

    /// The median distance between the shared nodes' places, the two drawings
    /// laid over each other by the shared nodes' middle (a drawing's frame
    /// moves with what it holds; the reader compares the nodes).
    static func apart(_ a: [String: (x: Double, y: Double)], _ b: [String: (x: Double, y: Double)]) -> (median: Double, shared: Int) {
        let shared = a.keys.filter { b[$0] != nil }.sorted()
        guard !shared.isEmpty else { return (.infinity, 0) }
        func middle(_ p: [String: (x: Double, y: Double)]) -> (Double, Double) {
            (shared.map { p[$0]!.x }.reduce(0, +) / Double(shared.count), shared.map { p[$0]!.y }.reduce(0, +) / Double(shared.count))
        }
        let (ma, mb) = (middle(a), middle(b))
        let d = shared.map { id -> Double in
            let dx = (a[id]!.x - ma.0) - (b[id]!.x - mb.0), dy = (a[id]!.y - ma.1) - (b[id]!.y - mb.1)
            return (dx * dx + dy * dy).squareRoot()
        }.sorted()
        return (d[d.count / 2], shared.count)
    }

    static func render(_ arguments: [String], in scratch: Scratch, to name: String) throws -> String {
        let run = try Run(["render"] + arguments + ["-o", scratch.path(name)])
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOfFile: scratch.path(name), encoding: .utf8)
    }

    /// Today's map and best practice, drawn to line up: the six nodes they
    /// share sit as today's drawing has them.
    @Test func aMapDrawnFromAnothersPlacesLinesUpWithIt() throws {
        let scratch = try Scratch()
        let today = try Self.centres(try Self.render(["Maps/scw-current.ecomap"], in: scratch, to: "today.svg"), prefix: "scw-current")
        let lined = try Self.centres(try Self.render(["Maps/scw-best-practice.ecomap", "--places-from", "Maps/scw-current.ecomap"],
                                                     in: scratch, to: "lined.svg"), prefix: "scw-best-practice")
        let alone = try Self.centres(try Self.render(["Maps/scw-best-practice.ecomap"], in: scratch, to: "alone.svg"), prefix: "scw-best-practice")
        let (kept, shared) = Self.apart(today, lined)
        #expect(shared == 6)
        #expect(kept < 40, "the shared nodes are a median of \(kept) points from today's places")
        #expect(Self.apart(today, alone).median > kept * 2, "drawn alone, they are elsewhere")
    }

    /// A node added to a map: every other node keeps its place exactly, and
    /// the new one takes room beside its partners without covering any.
    @Test func anAddedNodeLeavesTheOthersWhereTheyWere() throws {
        let text = try String(contentsOfFile: Package.path("Maps/scw-current.ecomap"), encoding: .utf8)
        let before = try #require(MapDocument(name: "a.ecomap", text: text).checked)
        let after = try #require(MapDocument(name: "b.ecomap", text: text + "person newcomer \"A new person\"\nnewcomer -> scw : asks\n"
                                                + "social-workers -> newcomer : informs\n").checked)
        var options = RenderOptions()
        let first = String(decoding: try Renderer.render(before, as: .svg, options: options), as: UTF8.self)
        options.places = try Renderer.places(of: before, options: options)
        #expect(options.places?.count == 12)
        let second = String(decoding: try Renderer.render(after, as: .svg, options: options), as: UTF8.self)
        let (moved, shared) = Self.apart(try Self.centres(first, prefix: "scw-current"), try Self.centres(second, prefix: "scw-current"))
        #expect(shared == 12 && moved < 0.5, "moved a median of \(moved) points")
        let boxes = Array(DrawnGeometry.nodes(try EcomapTestSupport.XMLElement.parse(Array(second.utf8)), idPrefix: "scw-current-node-").values)
        #expect(boxes.count == 13)
        for i in boxes.indices { for j in boxes.indices where j > i { #expect(!boxes[i].inset(1).intersects(boxes[j].inset(1))) } }
        // Drawn afresh, the same edit reshuffled the map.
        let fresh = String(decoding: try Renderer.render(after, as: .svg), as: UTF8.self)
        #expect(Self.apart(try Self.centres(first, prefix: "scw-current"), try Self.centres(fresh, prefix: "scw-current")).median > 20)
    }

    /// The layouts that don't keep places refuse the option rather than ignore it.
    @Test(arguments: ["eco", "dot", "sfdp", "circo", "twopi"])
    func placesFromNeedsALayoutThatKeepsThem(_ layout: String) throws {
        let run = try Run(["render", "Maps/scw-best-practice.ecomap", "--places-from", "Maps/scw-current.ecomap", "--layout", layout, "-o", "-"])
        #expect(run.status == 2 && run.stderr.contains("--places-from keeps the places of neato's drawings"))
    }
}
