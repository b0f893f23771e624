import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// Output names in Markdown links (issue 15): `report -o "my report.md"`
/// wrote `](my report-map.svg)`, which CommonMark does not read as an image,
/// and a name with `)` or `<img ...>` put raw HTML into the report.
@Suite(.tags(.launchesBinary)) struct MarkdownNamesCLITests {
    static let names = ["my report", "a)b", "<img src=x onerror=alert(1)>", "50%", "back\\slash & co", "plain-name_1"]

    /// What CommonMark (cmark-gfm) makes of a document's images: their sources, decoded as a browser would.
    func imageSources(_ markdown: String) throws -> [String] {
        let html = try Markdown.html(Array(markdown.utf8), figures: [], allowHTML: true, deadline: Deadline(seconds: 10))
        #expect(!html.contains("<img src=x"), "no raw HTML from a name")
        return html.components(separatedBy: "<img src=\"").dropFirst().compactMap { part in
            part.split(separator: "\"", maxSplits: 1).first.map { String($0).replacingOccurrences(of: "&amp;", with: "&").removingPercentEncoding ?? "" }
        }
    }

    @Test(arguments: names)
    func reportLinksItsDrawings(_ name: String) throws {
        let scratch = try Scratch()
        let run = try Run(["report", Package.path("Maps/scw-current.ecomap"), "--compare", Package.path("Maps/scw-best-practice.ecomap"),
                           "-o", "\(name).md"], in: scratch.url.path)
        #expect(run.status == 0, "\(run.stderr)")
        let markdown = try String(contentsOfFile: scratch.path("\(name).md"), encoding: .utf8)
        let sources = try imageSources(markdown)
        // The side-by-side pair leads the report ("In brief"), then each drawing in its section.
        #expect(sources == ["\(name)-both.svg", "\(name)-map.svg", "\(name)-best.svg", "\(name)-gaps.svg"], "\(sources)")
        for source in sources { #expect(FileManager.default.fileExists(atPath: scratch.path(source)), "\(source)") }
        if name == "plain-name_1" { #expect(markdown.contains("](plain-name_1-map.svg)"), "plain names stay plain") }
    }

    @Test(arguments: names)
    func embedLinksItsDrawings(_ name: String) throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "# Doc\n\n```ecomap\nperson a\nperson b\na -> b\n```\n")
        let run = try Run(["embed", "doc.md", "-o", "\(name).md"], in: scratch.url.path)
        #expect(run.status == 0, "\(run.stderr)")
        let sources = try imageSources(try String(contentsOfFile: scratch.path("\(name).md"), encoding: .utf8))
        #expect(sources == ["\(name)-1.svg"])
        #expect(FileManager.default.fileExists(atPath: scratch.path("\(name)-1.svg")))
    }
}

/// How an output name is written as a Markdown link destination.
@Suite struct MarkdownNamesTests {
    @Test func destinations() {
        #expect(MarkdownText.destination("report-map.svg") == "report-map.svg")
        #expect(MarkdownText.destination("my report.svg") == "<my report.svg>")
        #expect(MarkdownText.destination("a<b>\\c&d%e\n.svg") == "<a\\<b\\>\\\\c\\&d%25e%0A.svg>")
    }
}
