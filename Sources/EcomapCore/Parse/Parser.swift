/// Turns the text of a `.ecomap` file into a map and the syntax problems in it.
///
/// Line-oriented: each line is one statement, so a mistake costs one line and
/// parsing goes on with the next. Linear in the size of the file.
enum Parser {
    /// Files larger than this are parsed in pieces, one per core: lines are
    /// independent, so the pieces only need joining in order.
    static let parallelThreshold = 4 << 20

    /// Parses a file that ``Encoding`` has already accepted, in `pieces`
    /// pieces (by default one per core for a large file, else one).
    static func parse(_ source: SourceText, pieces: Int? = nil) -> (map: EcosystemMap, diagnostics: DiagnosticList, unread: Set<String>) {
        let lines = source.lineStarts.count
        let pieces = pieces ?? (source.bytes.count > parallelThreshold ? Parallel.cores : 1)
        // Split by bytes, at line starts, so that each piece has a similar amount of text.
        var bounds = [1]
        for k in 1..<max(pieces, 1) {
            let target = source.bytes.count / pieces * k
            let line = firstLine(startingAtOrAfter: target, in: source.lineStarts)
            if line > bounds.last! { bounds.append(line) }
        }
        bounds.append(lines + 1)
        let ranges = zip(bounds, bounds.dropFirst()).map { $0..<$1 }
        var parts = Parallel.map(ranges.count) { k in
            parse(source, lines: ranges[k])
        }
        return join(&parts)
    }

    /// What one piece of the file holds.
    struct Piece {
        var nodes: [Node] = []
        var links: [Link] = []
        var headers: [(title: String?, attributes: Attributes, range: SourceRange)] = []
        var styles: [KindStyle] = []
        var diagnostics = DiagnosticList()
        /// Ids read from node lines that then failed to parse.
        var unread: [String] = []
    }

    private static func firstLine(startingAtOrAfter offset: Int, in starts: [Int]) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo + 1
    }

    private static func parse(_ source: SourceText, lines: Range<Int>) -> Piece {
        var piece = Piece()
        source.bytes.withUnsafeBufferPointer { buffer in
            for line in lines {
                var range = source.byteRange(ofLine: line)
                // A byte-order mark is invisible in editors; skip it rather than report it.
                if line == 1, range.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                    range = 3..<range.upperBound
                }
                if range.count > SourceText.maximumLineLength {
                    piece.diagnostics.append(Diagnostic(.lineTooLong, "line \(line) is \(range.count) bytes long; the limit is \(SourceText.maximumLineLength)",
                        hint: "is this really a map file? Each statement goes on a line of its own",
                        at: SourceRange(line: line, column: 1)))
                    continue
                }
                var reader = Reader(bytes: buffer, line: line, start: range.lowerBound, end: range.upperBound)
                do throws(Diagnostic) {
                    try parseLine(&reader, into: &piece)
                } catch {
                    piece.diagnostics.append(error)
                }
            }
        }
        return piece
    }

    /// Joins the pieces in file order; the first header counts, later ones are errors.
    private static func join(_ pieces: inout [Piece]) -> (map: EcosystemMap, diagnostics: DiagnosticList, unread: Set<String>) {
        var map = EcosystemMap()
        var headers = DiagnosticList()
        var unread: Set<String> = []
        // One piece (any file under 4 MB) is taken over whole; several are
        // copied into arrays made once at their full size, each piece freed
        // as soon as it is in: the nodes and links are never held three times.
        if pieces.count == 1 {
            swap(&map.links, &pieces[0].links)
            map.take(&pieces[0].nodes)
        } else {
            var nodes: [Node] = []
            nodes.reserveCapacity(pieces.reduce(0) { $0 + $1.nodes.count })
            map.links.reserveCapacity(pieces.reduce(0) { $0 + $1.links.count })
            for k in pieces.indices {
                nodes += pieces[k].nodes
                pieces[k].nodes = []
                map.links += pieces[k].links
                pieces[k].links = []
            }
            map.take(&nodes)
        }
        for piece in pieces {
            map.styles += piece.styles
            unread.formUnion(piece.unread)
            for header in piece.headers {
                if let earlier = map.headerRange {
                    headers.append(Diagnostic(.duplicateHeader, "a map has one header; the first is on line \(earlier.line)",
                        hint: "put the title and attributes on one 'map' line", at: header.range))
                } else {
                    map.title = header.title
                    map.attributes = header.attributes
                    map.headerRange = header.range
                }
            }
        }
        let found = DiagnosticList.merged(pieces.map(\.diagnostics) + [headers])
        return (map, found, unread.subtracting(map.nodeIndex.keys))
    }

    private static func parseLine(_ reader: inout Reader, into piece: inout Piece) throws(Diagnostic) {
        if reader.isAtEndOfStatement() { return }
        guard let word = reader.readIdentifier() else { throw unexpectedStart(&reader) }
        var after = reader
        after.skipSpaces()
        if after.isAtOperator() {
            piece.links.append(try LinkStatement.read(from: word, using: &reader))
            return
        }
        if word.text == "map" {
            let header = try HeaderStatement.read(keyword: word.range, using: &reader)
            piece.headers.append((header.title, header.attributes, word.range))
            return
        }
        if word.text == "style", after.isAtIdentifier() {
            piece.styles.append(try StyleStatement.read(using: &reader))
            return
        }
        if let kind = NodeKind(keyword: word.text) {
            var probe = reader
            do throws(Diagnostic) {
                piece.nodes.append(try NodeStatement.read(kind: kind, kindRange: word.range, using: &reader))
            } catch {
                probe.skipSpaces()
                if let id = probe.readIdentifier() { piece.unread.append(id.text) }
                throw error
            }
            return
        }
        throw unknownStatement(word, after: &after)
    }

    private static func unexpectedStart(_ reader: inout Reader) -> Diagnostic {
        if reader.isAtString() {
            return Diagnostic(.syntax, "a line can't start with a string",
                          hint: "start with a kind and an id: organisation scw \"Social Care Wales\"",
                          at: reader.here())
        }
        return reader.unexpected("expected a node, a link or a map header", hint: "lines start with organisation, platform, person, community, map, or a node id")
    }

    private static func unknownStatement(_ word: (text: String, range: SourceRange), after: inout Reader) -> Diagnostic {
        if let hint = after.operatorLookalikeHint() {
            return after.unexpected("expected '->', '<-', '<->' or '--' after '\(word.text)'", hint: hint)
        }
        if after.isAtIdentifier() || after.isAtString() {
            let keywords = NodeKind.allKeywords + ["map"]
            let hint = Suggestion.closest(to: word.text, in: keywords).map { "did you mean '\($0)'?" }
                ?? "a node line starts with organisation, platform, person or community"
            return Diagnostic(.unknownKind, "unknown node kind '\(word.text)'", hint: hint, at: word.range)
        }
        if after.isAtEnd || after.current == UInt8(ascii: "#") {
            return Diagnostic(.syntax, "'\(word.text)' on its own is not a statement",
                          hint: "declare a node (person \(word.text) \"Label\") or link it (\(word.text) -> other)",
                          at: word.range)
        }
        return after.unexpected("expected '->', '<-', '<->' or '--' after '\(word.text)'", hint: "a link joins two node ids: a -> b")
    }
}
