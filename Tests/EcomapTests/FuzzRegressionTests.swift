import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// Inputs the fuzzers found (`make fuzz`), kept in `Regressions/` and run
/// the way their harness ran them: `dot-*` through FuzzDOT's path, `embed-*`
/// through FuzzEmbed's.
@Suite struct FuzzRegressionTests {
    static let folder = Package.path("Tests/EcomapTests/Regressions")

    static func inputs(_ prefix: String) throws -> [(String, [UInt8])] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted().filter { $0.hasPrefix(prefix) }.map {
            ($0, Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))))
        }
    }

    /// A label with a tab: written into DOT as it is, where FuzzDOT's first
    /// rule (no control characters at all) wrongly refused it. Graphviz
    /// reads the label back whole.
    @Test func dot() throws {
        let found = try Self.inputs("dot-")
        #expect(!found.isEmpty)
        for (name, bytes) in found {
            let checked = try #require(MapDocument(source: SourceText(name: name, bytes: bytes)).checked, "\(name)")
            let dot = String(decoding: try Renderer.render(checked, as: .dot, options: RenderOptions(legend: false)), as: UTF8.self)
            let read = try #require(GraphvizRenderer.readBack(dot, attributes: ["label"]), "\(name): Graphviz can't read the DOT")
            for node in checked.nodes {
                #expect(read[node.id]?["label"] == GraphvizText.label(node.label), "\(name): \(node.id)")
            }
        }
    }

    /// Markdown through the whole of embed's reading, and through the HTML
    /// pass with a figure for each map whatever its maps hold. The first was
    /// found by the prototype's fuzzer: an image paragraph whose alt text
    /// held HTML was freed before that HTML was converted.
    @Test func embed() throws {
        let found = try Self.inputs("embed-")
        #expect(!found.isEmpty)
        for (name, bytes) in found {
            let embedder = Embedder(SourceText(name: name, bytes: bytes))
            let figures = (0..<embedder.mapCount).map { "<figure id=\"f\($0)\"></figure>" }
            for allowHTML in [false, true] {
                let html = try Markdown.html(bytes, figures: figures, allowHTML: allowHTML, deadline: Deadline(seconds: 10))
                #expect(allowHTML || !html.contains("<script"), "\(name)")
                #expect(html.components(separatedBy: "<figure id=\"f").count - 1 == figures.count, "\(name)")
            }
        }
    }
}
