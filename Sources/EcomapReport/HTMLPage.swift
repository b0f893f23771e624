import EcomapCore
import EcomapRender

/// The page around reports and embedded documents, and the figure a diagram
/// is shown in (reports, embedded documents and the live preview).
package enum HTMLPage {
    /// A page around HTML that is already written (an embedded document's, by cmark-gfm).
    static func page(title: String, language: Language, bodyHTML: String) -> String {
        Templates.render("document", Document(page: PageHead(title: title, language: language), body: bodyHTML))
    }

    private struct Document {
        var page: PageHead
        var body: String
    }

    /// A diagram with its data, a filter by kind and a details panel (the last two appear only with the script).
    /// A `live` figure (the preview's) asks its page to focus on a node rather
    /// than hiding the rest itself; a `focused` one already shows part of its map.
    /// - Parameter second: a second language, for a bilingual page: each control's words as "Welsh / English".
    package static func figure(_ diagram: Diagram, svg: [UInt8], map: EcosystemMap, language: Language, caption: String,
                               live: Bool = false, focused: Bool = false, alsoIn second: Language? = nil) -> String {
        Templates.render("figure", figureValues(diagram, svg: svg, map: map, language: language, caption: caption, live: live,
                                                focused: focused, alsoIn: second))
    }

    /// The figure's values, for a template that shows it among others.
    static func figureValues(_ diagram: Diagram, svg: [UInt8], map: EcosystemMap, language: Language, caption: String,
                             live: Bool = false, focused: Bool = false, alsoIn second: Language? = nil) -> Figure {
        let id = "\(diagram.prefix)-figure"
        let words = DrawingWords([language] + (second.map { $0 == language ? [] : [$0] } ?? []))
        func both(_ phrase: Phrase) -> String { words.each(" / ") { $0[phrase] } }
        // A bilingual drawing's summary is a line per language: each its own line, marked with its language.
        let lines = caption.components(separatedBy: "\n")
        let said = lines.count == words.languages.count ? Said(Array(zip(words.languages, lines))) : Said(caption)
        return Figure(id: id, live: live, focused: focused, svg: String(decoding: svg, as: UTF8.self), caption: said,
                      show: both(.show),
                      kinds: kindsDrawn(in: diagram).map { kind in KindBox(kind: kind.rawValue, name: words.each(" / ") { $0.kind(kind) }) },
                      hint: both(.details), focus: both(.focusOnNode), whole: both(.showWholeMap),
                      data: HTMLText.scriptJSON(JSONText.encode(Interactivity(diagram, map: map, language: language))))
    }

    /// The kinds a diagram draws, in the key's order, for the filter's boxes
    /// (the drawing model's own field; an extra node, drawn only for a
    /// comparison's sake, doesn't count).
    static func kindsDrawn(in diagram: Diagram) -> [NodeKind] {
        NodeKind.allCases.filter { kind in diagram.nodes.contains { $0.kind == kind && !$0.extra } }
    }
}
