@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport

/// The tags cmark-gfm writes for Markdown (GFM tables and strikethrough
/// included), and the stand-in figures: any other tag in a safe page came
/// from the document's own HTML.
private let tagsMarkdownMakes: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "a", "img", "code", "pre", "blockquote",
    "ul", "ol", "li", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del", "figure",
]

/// One thread (no thread per parse either), so that libFuzzer's leak check sees what an input leaves behind (see Parallel.serial).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    Parallel.serial = true
    Markdown.onCallingThread = true
    return 0
}

/// A Markdown document read as `embed` reads it: its maps found and
/// checked, then the page's HTML made with a stand-in figure for each map
/// (Graphviz is not what is fuzzed here) and the Markdown output spliced.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEmbed(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = count == 0 || start == nil ? [] : Array(UnsafeRawBufferPointer(start: start, count: count))
    var options = RenderOptions()
    options.timeout = 5
    let embedder = Embedder(SourceText(name: "fuzz.md", bytes: bytes), options: options)
    // What embed refuses before parsing, it never parses.
    if embedder.diagnostics.contains(where: { ["table-too-large", "file-too-large"].contains($0.code.name) }) { return 0 }
    let figures = (0..<embedder.mapCount).map { "<figure id=\"ecomap-\($0)\"></figure>" }
    let deadline = Deadline(seconds: 5)
    if let safe = try? Markdown.html(bytes, figures: figures, allowHTML: false, deadline: deadline) {
        for tag in tags(in: safe) { precondition(tagsMarkdownMakes.contains(tag), "a live <\(tag)> from the document in safe mode") }
        precondition(safe.components(separatedBy: "<figure id=\"ecomap-").count - 1 == figures.count, "a map was lost")
    }
    _ = try? Markdown.html(bytes, figures: figures, allowHTML: true, deadline: deadline)
    _ = embedder.markdown(images: figures.indices.map { "out-\($0 + 1).svg" }, captions: figures.map { _ in "a map" })
    return 0
}

/// The names of the tags in `html`, lower-cased (`<p>`, `</p>` and `<img ...>` give p, p, img).
private func tags(in html: String) -> [String] {
    var out: [String] = []
    let scalars = Array(html.unicodeScalars)
    var i = 0
    while i < scalars.count {
        defer { i += 1 }
        guard scalars[i] == "<" else { continue }
        var j = i + 1
        if j < scalars.count, scalars[j] == "/" { j += 1 }
        var name = ""
        while j < scalars.count, scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) {
            name.unicodeScalars.append(scalars[j])
            j += 1
        }
        if !name.isEmpty { out.append(name.lowercased()) }
    }
    return out
}
