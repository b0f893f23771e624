import CCmarkGFM
import Foundation
import EcomapCore

/// Markdown read and written by cmark-gfm, GitHub's reference CommonMark
/// parser in C, for EcomapReport's embedded documents. It lives in the
/// render layer because that is the one layer that calls C: the report
/// layer above it stays Swift.
///
/// Why cmark-gfm and not a Swift parser: Ink, used before, never returned on
/// a line starting `<p`, took time doubling with each nested `[`, and turned
/// prose with an unclosed tag into HTML that swallowed the diagrams. cmark
/// runs in time linear in the document for all but a few inputs (a table
/// row of thousands of cells, thousands of `![[]()`), which are bounded
/// before parsing (``Embedder/maximumTableCells``) and by the deadline.
///
/// The maps are found as nodes of cmark's tree (fenced code blocks marked
/// `ecomap`, and paragraphs that are only an image of a `.ecomap` file), and
/// replaced by nodes holding their figures, never by placeholder text.
///
/// Each parse runs on a thread of its own and is waited for until the
/// deadline: a parse can't be stopped inside C, so one that runs past it
/// is left to finish in the background (the command line exits at once).
package enum Markdown {
    /// A map in a document, in the order of the document.
    package struct Found: Sendable {
        package enum Kind: Sendable {
            /// A fenced block marked `ecomap`, and the map written in it.
            case block(String)
            /// An image of a `.ecomap` file: the link as written, and its alt text.
            case image(url: String, alt: String)
        }

        package var kind: Kind
        /// The document's lines (1-based) it takes: a block from its opening
        /// fence to its closing one, an image its paragraph.
        package var lines: ClosedRange<Int>
        /// The byte column (1-based) where it starts on its first line: what
        /// comes before is a list item's or a quotation's marks.
        package var column: Int
        /// Whether a block has its closing fence (cmark runs an unclosed one to the end).
        package var closed: Bool
    }

    /// The maps in a document and its title (its first level-1 heading, as text).
    package static func scan(_ bytes: [UInt8], deadline: Deadline) throws(Diagnostic) -> (found: [Found], title: String?) {
        try run(deadline) {
            let tree = Tree(bytes)
            var found: [Found] = []
            for node in tree.nodes() where isMap(node) {
                found.append(describe(node, lines: tree.lines))
            }
            return (found, tree.title())
        }
    }

    /// The document as HTML, each map replaced by its figure (`figures[k]`
    /// for the k-th map, already HTML). Raw HTML in the prose is shown as
    /// text, unless `allowHTML` (a document the user trusts): then it is
    /// kept, as GitHub keeps it (its tag filter still disables `<script>`,
    /// `<iframe>`, `<style>` and the like).
    package static func html(_ bytes: [UInt8], figures: [String], allowHTML: Bool, deadline: Deadline) throws(Diagnostic) -> String {
        try run(deadline) {
            let tree = Tree(bytes)
            // Collected first, changed after: changing a tree while walking it loses the walk.
            let all = tree.nodes()
            let maps = all.filter(isMap)
            // The user's HTML first. An HTML node can sit inside a map's
            // paragraph (in an image's alt text); replacing the paragraph
            // frees it, and a pointer to it collected here would then dangle.
            if !allowHTML {
                for node in all where [CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE].contains(cmark_node_get_type(node)) {
                    tree.replace(node, with: asText(node))
                }
            }
            for (node, figure) in zip(maps, figures) {
                let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
                // Written out as it is, in safe mode too: ecomap made it, and escaped what the map holds.
                cmark_node_set_on_enter(block, figure)
                tree.replace(node, with: block)
            }
            return tree.render(unsafe: allowHTML)
        }
    }

    /// Whether a node is a map: an `ecomap` block, or a paragraph that is
    /// only an image of a `.ecomap` file.
    private static func isMap(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CODE_BLOCK:
            let info = string(cmark_node_get_fence_info(node))
            return info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "ecomap"
        case CMARK_NODE_PARAGRAPH:
            guard let image = cmark_node_first_child(node), image == cmark_node_last_child(node),
                  cmark_node_get_type(image) == CMARK_NODE_IMAGE else { return false }
            return string(cmark_node_get_url(image)).lowercased().hasSuffix(".ecomap")
        default:
            return false
        }
    }

    private static func describe(_ node: OpaquePointer, lines: [Substring]) -> Found {
        let first = Int(cmark_node_get_start_line(node)), last = max(first, Int(cmark_node_get_end_line(node)))
        let column = max(1, Int(cmark_node_get_start_column(node)))
        guard cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else {
            let image = cmark_node_first_child(node)!
            return Found(kind: .image(url: string(cmark_node_get_url(image)), alt: text(of: image)),
                         lines: first...last, column: column, closed: true)
        }
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        _ = cmark_node_get_fenced(node, &length, &offset, &character)
        // Closed when its last line is a fence of at least the opening's length, after any list or quote marks.
        var closed = false
        if last > first, last <= lines.count {
            let line = lines[last - 1].drop { $0 == " " || $0 == "\t" || $0 == ">" }
            let fence = line.prefix { $0.asciiValue == UInt8(bitPattern: character) }
            closed = fence.count >= Int(length) && line.dropFirst(fence.count).allSatisfy { $0 == " " || $0 == "\t" }
        }
        return Found(kind: .block(string(cmark_node_get_literal(node))), lines: first...last,
                     column: column, closed: closed)
    }

    /// The text a reader sees in a node: its text and code, without markup.
    package static func text(of node: OpaquePointer) -> String {
        var out = ""
        guard let iterator = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: out += string(cmark_node_get_literal(n))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: break
            }
        }
        return out
    }

    /// The user's raw HTML as text: an inline tag becomes text where it
    /// was; a block of HTML a paragraph of its text.
    private static func asText(_ node: OpaquePointer) -> OpaquePointer {
        var literal = string(cmark_node_get_literal(node))
        let text = cmark_node_new(CMARK_NODE_TEXT)!
        guard cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK else {
            cmark_node_set_literal(text, literal)
            return text
        }
        while literal.hasSuffix("\n") { literal.removeLast() }
        cmark_node_set_literal(text, literal)
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        _ = cmark_node_append_child(paragraph, text)
        return paragraph
    }

    /// Runs on the calling thread, with no deadline. For the fuzzer, whose
    /// own time limit stands in for the deadline: a thread per parse made
    /// every input look like a leak to libFuzzer (see `Parallel.serial`).
    nonisolated(unsafe) static var onCallingThread = false

    /// Runs `work` on a thread of its own, waiting for it until `deadline`.
    private static func run<T: Sendable>(_ deadline: Deadline, _ work: @escaping @Sendable () -> T) throws(Diagnostic) -> T {
        if onCallingThread { return work() }
        let job = Job(work)
        let thread = Thread { job.run() }
        // cmark nests a little C stack per level of lists and quotes.
        thread.stackSize = 64 << 20
        thread.start()
        guard job.done.wait(timeout: deadline.instant) == .success, let result = job.result else {
            throw Diagnostic(.markdownTimeout, "reading the document as Markdown took longer than \(Markdown.seconds(deadline.seconds))",
                             hint: "thousands of nested brackets, or tables of thousands of cells, are slow to read: simplify them, or allow more time",
                             at: .none)
        }
        return result
    }

    /// A C string cmark returns, which may be NULL.
    package static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    package static func seconds(_ s: Double) -> String { s == s.rounded() ? "\(Int(s)) s" : "\(s) s" }

    private final class Job<T: Sendable>: @unchecked Sendable {
        let work: @Sendable () -> T
        let done = DispatchSemaphore(value: 0)
        /// Set before `done` is signalled, read only after.
        var result: T?

        init(_ work: @escaping @Sendable () -> T) { self.work = work }

        func run() {
            result = work()
            done.signal()
        }
    }
}

/// A parsed document: cmark's parser and tree, freed together.
private final class Tree {
    let parser: OpaquePointer
    let root: OpaquePointer
    /// The document's lines, for what cmark doesn't say (whether a fence closed).
    let lines: [Substring]

    /// GitHub's extensions, registered once for the process: registering
    /// is not thread-safe, and a `static let` is initialised exactly once.
    private static let registered: Void = cmark_gfm_core_extensions_ensure_registered()

    init(_ bytes: [UInt8]) {
        _ = Tree.registered
        // Invalid UTF-8 becomes U+FFFD, so the page is always UTF-8.
        let parser = cmark_parser_new(CMARK_OPT_VALIDATE_UTF8)!
        for name in ["table", "autolink", "strikethrough", "tagfilter"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        self.parser = parser
        root = cmark_parser_finish(parser)
        let text = String(decoding: bytes, as: UTF8.self)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    deinit {
        // The tree holds every node put into it; a node replaced out of it was freed by `replace`.
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Every node, in document order.
    func nodes() -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return out }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { out.append(node) }
        }
        return out
    }

    /// Puts `new` where `old` was and frees `old` (cmark only unlinks it).
    func replace(_ old: OpaquePointer, with new: OpaquePointer) {
        if cmark_node_replace(old, new) == 1 { cmark_node_free(old) } else { cmark_node_free(new) }
    }

    /// The first level-1 heading's text.
    func title() -> String? {
        for node in nodes() where cmark_node_get_type(node) == CMARK_NODE_HEADING && cmark_node_get_heading_level(node) == 1 {
            let text = Markdown.text(of: node).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { return text }
        }
        return nil
    }

    func render(unsafe: Bool) -> String {
        guard let html = cmark_render_html(root, unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT,
                                           cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
