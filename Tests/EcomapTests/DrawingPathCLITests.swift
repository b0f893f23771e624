import Foundation
import Testing
import EcomapTestSupport

/// Every command that draws makes the drawing `render` makes with the same
/// options: one option group and one path, so `watch`, `serve`, `report`,
/// `embed` and `compare --diagram` can't drift from it. Each layout, page and
/// theme is tried in turn against the defaults; `watch` gives the same bytes,
/// the others (which put the drawing in a page, or mark gaps on it) put every
/// node of the map in the same place.
@Suite(.serialized, .tags(.launchesBinary)) struct DrawingPathCLITests {
    static let map = "Maps/scw-current.ecomap"
    static let best = "Maps/scw-best-practice.ecomap"

    /// One layout, page or theme at a time, the others at their defaults.
    static let variants: [[String]] =
        ["automatic", "eco", "neato", "fdp", "sfdp", "dot", "circo", "twopi"].map { ["--layout", $0] }
        + ["a4", "a4-landscape", "none"].map { ["--page", $0] }
        + ["colourblind", "print", "dark"].map { ["--theme", $0] }

    /// The centre of every node, relative to the Social Care Wales node, by the node's own id.
    static func places(_ svg: String) throws -> [String: (x: Double, y: Double)] {
        let root = try XMLElement.parse(Data(svg.utf8))
        var byID: [String: Rect] = [:]
        for (id, rect) in DrawnGeometry.nodes(root) {
            guard let range = id.range(of: "-node-", options: .backwards) else { continue }
            byID[String(id[range.upperBound...])] = rect
        }
        return DrawnGeometry.relative(byID, to: "scw")
    }

    /// The first drawing (`<svg ...>...</svg>`) in an HTML page.
    static func firstSVG(inPage html: String) -> String? {
        guard let start = html.range(of: "<svg"), let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    static func expectSamePlaces(_ got: String?, _ expected: [String: (x: Double, y: Double)], _ what: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let svg = try #require(got, "\(what): no drawing", sourceLocation: sourceLocation)
        let places = try places(svg)
        #expect(Set(places.keys) == Set(expected.keys), "\(what): other nodes", sourceLocation: sourceLocation)
        let moved = expected.keys.sorted().filter { id in
            guard let a = places[id], let b = expected[id] else { return true }
            return abs(a.x - b.x) > 0.5 || abs(a.y - b.y) > 0.5
        }
        #expect(moved == [], "\(what): nodes not where render puts them", sourceLocation: sourceLocation)
    }

    @Test(arguments: variants)
    func everyCommandDrawsWhatRenderDraws(_ options: [String]) throws {
        let scratch = try Scratch()
        // A report's drawings are shaped for A4 by default: every command is given the page, so all draw for the same one.
        let page = options.first == "--page" ? [] : ["--page", "slide"]
        let asked = options + page

        let rendered = try Run(["render", Self.map, "-o", scratch.path("r.svg")] + asked)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let svg = try String(contentsOfFile: scratch.path("r.svg"), encoding: .utf8)
        let expected = try Self.places(svg)
        #expect(expected.count == 12)

        // watch: the same file, byte for byte.
        let watch = try Background(["watch", Self.map, "-o", scratch.path("w.svg")] + asked)
        defer { watch.stop() }
        #expect(watch.waitFor("Wrote", timeout: 60), "\(watch.stderr)")
        watch.stop()
        #expect(try String(contentsOfFile: scratch.path("w.svg"), encoding: .utf8) == svg, "watch \(asked)")

        // report: its map's drawing.
        let report = try Run(["report", Self.map, "-o", scratch.path("report.html")] + asked)
        #expect(report.status == 0, "\(report.stderr)")
        try Self.expectSamePlaces(Self.firstSVG(inPage: try String(contentsOfFile: scratch.path("report.html"), encoding: .utf8)),
                                  expected, "report \(asked)")

        // compare --diagram: the gaps are marked on the map as it is drawn.
        let compare = try Run(["compare", Self.map, Self.best, "--diagram", scratch.path("gaps.svg")] + asked)
        #expect(compare.status == 0, "\(compare.stderr)")
        try Self.expectSamePlaces(try String(contentsOfFile: scratch.path("gaps.svg"), encoding: .utf8), expected, "compare --diagram \(asked)")

        // embed: a document with the map as an image link.
        _ = try scratch.write("scw-current.ecomap", try String(contentsOfFile: Package.path(Self.map), encoding: .utf8))
        let document = try scratch.write("doc.md", "# Maps\n\n![The map](scw-current.ecomap)\n")
        let embed = try Run(["embed", document, "-o", scratch.path("doc.html")] + asked)
        #expect(embed.status == 0, "\(embed.stderr)")
        try Self.expectSamePlaces(Self.firstSVG(inPage: try String(contentsOfFile: scratch.path("doc.html"), encoding: .utf8)),
                                  expected, "embed \(asked)")

        // serve: the page's drawing, with the command line's options as the page's first ones.
        let served = try Background(["serve", Self.map, "--port", "0"] + asked)
        defer { served.stop() }
        let port = try #require(served.servingPort(), "\(served.stderr)")
        let drawing = try HTTPGet.get(port: port, "/map/scw-current/drawing.svg")
        #expect(drawing.status == 200)
        try Self.expectSamePlaces(drawing.body, expected, "serve \(asked)")
    }
}
