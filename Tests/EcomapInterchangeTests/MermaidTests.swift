import EcomapCore
import EcomapTestSupport
import Foundation
import Testing
@testable import EcomapInterchange

/// Mermaid has no reader on this machine, so its output is checked against
/// the flowchart grammar: every line is a header, a classDef, a node or an
/// edge of the forms Mermaid documents, and no label can end a string early.
@Suite struct MermaidTests {
    static let kinds = NodeKind.allCases.map(\.rawValue).joined(separator: "|")
    static let label = ##""[^"#<>&|`\n]*(#(quot|35|lt|gt|amp|124|96);[^"#<>&|`\n]*|<br>[^"#<>&|`\n]*)*""##
    static let lines = [
        ##"^flowchart LR$"##,
        ##"^    classDef ("## + kinds + ##") fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6}$"##,
        ##"^    n[0-9]+(\(|\{\{|\(\[|\[\[)"## + label + ##"(\)|\}\}|\]\)|\]\]):::("## + kinds + ##")$"##,
        ##"^    n[0-9]+ (-->|<-->|---)(\|"## + label + ##"\|)? n[0-9]+$"##,
    ]

    func valid(_ text: String) throws -> [String] {
        var body = Substring(text)
        if body.hasPrefix("---\n") {
            let end = try #require(body.range(of: "\n---\n"), "a title block that never ends")
            body = body[end.upperBound...]
        }
        let patterns = try Self.lines.map { try NSRegularExpression(pattern: $0) }
        return body.split(separator: "\n").map(String.init).filter { line in
            !patterns.contains { $0.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil }
        }
    }

    @Test(arguments: MapFiles.names)
    func everyMapIsValidFlowchart(_ name: String) throws {
        let map = try Interchange.map(name)
        let text = MermaidExporter.flowchart(map)
        #expect(try valid(text) == [], "lines that are not flowchart syntax")
        #expect(text.components(separatedBy: "\n    n").count - 1 == map.map.nodes.count + map.map.links.count)
        for kind in NodeKind.allCases where map.map.nodes.contains(where: { $0.kind == kind }) {
            let fill = map.map.colour(of: kind) ?? Theme.standard.fill(kind)
            #expect(text.contains("classDef \(kind.rawValue) fill:\(fill.hex)"))
        }
        #expect(text.components(separatedBy: " <-->").count - 1 == map.map.links.filter { $0.direction == .twoWay }.count)
        #expect(text.components(separatedBy: " ---").count - 1 == map.map.links.filter { $0.direction == .undirected }.count)
    }

    @Test func labelsAreEscaped() throws {
        #expect(MermaidExporter.escape("Say \"hi\" #1 <b> & a|b `x`\nnext") == "Say #quot;hi#quot; #35;1 #lt;b#gt; #amp; a#124;b #96;x#96;<br>next")
        let built = EcosystemMap(title: "A \"quoted\" title", nodes: [Node(id: "end", kind: .community, label: "end"),
                                                                     Node(id: "a-b", kind: .person, label: "\"]); click x")])
        let text = MermaidExporter.flowchart(try #require(MapDocument(map: built).checked))
        #expect(text.hasPrefix("---\ntitle: \"A \\\"quoted\\\" title\"\n---\nflowchart LR\n"))
        #expect(try valid(text) == [])
        #expect(text.contains("n1([\"#quot;]); click x\"]):::person"))
    }
}
