import Foundation
import EcomapCore
import EcomapRender

/// Finding, reading and checking the maps of a document.
extension Embedder {
    /// Refuses a document too large, or with tables too wide, to read in bounded time and memory.
    static func refuseUnreadable(_ source: SourceText) throws(Diagnostic) {
        let size = source.bytes.count
        if size > maximumDocumentSize {
            throw Diagnostic(.fileTooLarge, "the document is \(size >> 10) KB; ecomap embeds maps in documents of up to \(maximumDocumentSize >> 20) MB",
                             hint: "split it into several documents", at: .none)
        }
        // A table's columns are set by its delimiter row (|---|---|): only
        // '|', '-', ':' and spaces. A line of pipes alone is also slow to
        // read in cmark-gfm 0.29 (its time grows with their square).
        var widest = 0, widestLine = 0
        for n in 1...max(source.lineCount, 1) {
            let bytes = source.bytes[source.byteRange(ofLine: n)]
            let pipes = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) }
            guard pipes > 0 else { continue }
            let delimiter = bytes.allSatisfy { [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20, 0x09].contains($0) }
            // Cells lie between pipes; pipes at either end of the row close no cell.
            let trimmed = bytes.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }
            let ends = (trimmed.last == UInt8(ascii: "|") ? 1 : 0) + (trimmed.first == UInt8(ascii: "|") ? 1 : 0)
            let columns = delimiter || pipes > maximumTableCells / 100 ? max(1, pipes + 1 - ends) : 0
            if columns > widest { (widest, widestLine) = (columns, n) }
        }
        // cmark-gfm 0.29 reads brackets inside quotations and lists in time
        // that grows with the nesting times the brackets: a line of 40,000 '>'
        // and 20,000 '[' after it (60 KB) took 44 s, and 60 KB of "- " and '['
        // much the same. With the nesting bounded, the time is linear in the document.
        for n in 1...max(source.lineCount, 1) {
            let depth = nesting(source.bytes[source.byteRange(ofLine: n)])
            guard depth > maximumNesting else { continue }
            throw Diagnostic(.documentTooDeep, "this line opens \(depth) quotations or lists inside one another; ecomap reads documents nested up to \(maximumNesting) deep",
                             hint: "flatten the quotations and lists", at: SourceRange(line: n, column: 1))
        }
        if widest * source.lineCount > maximumTableCells || widest > maximumTableCells / 100 {
            throw Diagnostic(.tableTooLarge, "a table of \(widest) columns in a document of \(source.lineCount) line\(source.lineCount == 1 ? "" : "s") could hold more than \(maximumTableCells) cells",
                             hint: "split the table, or put the data in a file of its own",
                             at: SourceRange(line: widestLine, column: 1))
        }
    }

    /// How many quotations (`>`) and list items (`-`, `+`, `*`, `1.`, `1)`, each
    /// with a space after it) a line opens at its start, one inside another:
    /// an upper bound on the nesting cmark-gfm gives that line. O(line).
    static func nesting(_ line: ArraySlice<UInt8>) -> Int {
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        var i = line.startIndex, depth = 0
        while i < line.endIndex {
            while i < line.endIndex, line[i] == space || line[i] == tab { i += 1 }
            guard i < line.endIndex else { break }
            if line[i] == UInt8(ascii: ">") { depth += 1; i += 1; continue }
            var end = i
            if [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*")].contains(line[i]) {
                end = i + 1
            } else {
                while end < line.endIndex, end - i < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[end]) { end += 1 }
                guard end > i, end < line.endIndex, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")") else { break }
                end += 1
            }
            guard end < line.endIndex, line[end] == space || line[end] == tab else { break }
            depth += 1
            i = end
        }
        return depth
    }

    /// A map the document holds or links to, read and checked; its problems
    /// are put at their lines in the document (or in the linked file).
    static func block(_ found: Markdown.Found, in source: SourceText, root: String,
                      problems: inout [Diagnostic], sources: inout [String: SourceText]) -> Block {
        switch found.kind {
        case .block(let text):
            let first = found.lines.lowerBound
            guard found.closed else {
                let fence = String(source.line(first).drop { $0 == " " || $0 == "\t" || $0 == ">" || $0 == "-" || $0 == "*" }
                    .prefix { $0 == "`" || $0 == "~" })
                problems.append(Diagnostic(.syntax, "this ecomap block has no closing \(fence)",
                                           hint: "end the map with a line of \(fence)", file: source.name,
                                           at: SourceRange(line: first, column: scalarColumn(found.column, in: source.line(first)),
                                                           length: fence.count)))
                return Block(found: found, document: nil, alt: "")
            }
            let document = MapDocument(name: source.name, text: text)
            let mapLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // The map's diagnostics, moved to the document's lines: line k of
            // the block is k lines below its fence, in a list or a quotation
            // too; its columns move right by whatever marks come before it.
            problems += document.diagnostics.map { d in
                var moved = d
                let line = first + d.range.line
                var column = d.range.column
                if d.range.line >= 1, d.range.line <= mapLines.count {
                    let written = source.line(line), map = mapLines[d.range.line - 1]
                    if written.hasSuffix(map) { column += written.unicodeScalars.count - map.unicodeScalars.count }
                }
                moved.range = SourceRange(line: line, column: column, length: d.range.length)
                return moved
            }
            return Block(found: found, document: document, alt: "")
        case .image(let url, let alt):
            let line = found.lines.lowerBound
            let written = source.line(line)
            let place = SourceRange(line: line, column: scalarColumn(found.column, in: written),
                                    length: written.trimmingCharacters(in: .whitespaces).unicodeScalars.count)
            do throws(Diagnostic) {
                let (path, real) = try resolve(url, beside: source.name, root: root)
                let document = MapDocument(source: SourceText(name: path, bytes: try FileIO.contents(of: real)))
                problems += document.diagnostics
                sources[path] = document.source
                return Block(found: found, document: document, alt: alt)
            } catch {
                var located = error
                located.file = source.name
                located.range = place
                if error.code != .mapOutsideFolder { located.message = "can't read the map '\(url)': " + error.message }
                problems.append(located)
                return Block(found: found, document: nil, alt: alt)
            }
        }
    }

    /// The file an image link names: the path as diagnostics name it, and
    /// the real path to read (links resolved). Only files under `root` may
    /// be read: a document from someone else must not be able to show any
    /// map on the disk (`![x](/home/someone/private.ecomap)`).
    static func resolve(_ url: String, beside document: String, root: String) throws(Diagnostic) -> (path: String, real: String) {
        let decoded = url.removingPercentEncoding ?? url
        let outside = Diagnostic(.mapOutsideFolder, "the map '\(url)' is not in \(root == folder(of: document) ? "the document's folder" : "'\(root)'") or a folder inside it",
                                 hint: "move the map beside the document, or name a folder that holds both as the root", at: .none)
        // A web address or a file: URL is not a path.
        if let colon = decoded.firstIndex(of: ":"), decoded[..<colon].allSatisfy({ $0.isLetter }), !decoded[..<colon].isEmpty {
            var address = outside
            address.message = "the map '\(url)' is an address, not a file; maps are read only from \(root == folder(of: document) ? "the document's folder" : "'\(root)'") and the folders inside it"
            throw address
        }
        let folder = folder(of: document)
        let path = decoded.hasPrefix("/") || folder == "." ? decoded : folder + "/" + decoded
        guard let realRoot = realPath(root) else {
            throw Diagnostic(.unreadableFile, "the folder '\(root)' does not exist", hint: "check the path", at: .none)
        }
        // A file that doesn't exist is judged by its path alone, so a
        // missing map inside the folder says "no such file", and one outside says so.
        let existing = realPath(path)
        let real = existing ?? absolute(path)
        guard real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else { throw outside }
        // The file checked is the file read, links resolved; a missing one is named as written.
        return (path, existing ?? path)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// `path` made absolute with `.` and `..` taken out, without touching the disk.
    private static func absolute(_ path: String) -> String {
        let start = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in start.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// A byte column (cmark's) as a column in Unicode scalars (ecomap's).
    private static func scalarColumn(_ byteColumn: Int, in line: String) -> Int {
        String(decoding: Array(line.utf8.prefix(max(0, byteColumn - 1))), as: UTF8.self).unicodeScalars.count + 1
    }
}
