/// A cursor over one line of a map file.
///
/// A value type, so backtracking is copying. It reads bytes (the file is
/// checked to be UTF-8 first) and turns byte offsets into columns counted in
/// Unicode scalars, remembering the last answer so that a line is counted once.
struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The line's end: its line break, or the end of the file.
    let end: Int
    let line: Int
    let lineStart: Int
    var position: Int
    private var columnCacheOffset: Int
    private var columnCacheValue: Int

    init(bytes: UnsafeBufferPointer<UInt8>, line: Int, start: Int, end: Int) {
        self.bytes = bytes
        self.line = line
        self.lineStart = start
        self.end = end
        self.position = start
        self.columnCacheOffset = start
        self.columnCacheValue = 1
    }

    var isAtEnd: Bool { position >= end }

    /// The byte under the cursor, or nil at the end of the line.
    var current: UInt8? { position < end ? bytes[position] : nil }

    func byte(at offset: Int) -> UInt8? { offset < end ? bytes[offset] : nil }

    mutating func advance(by n: Int = 1) { position = min(position + n, end) }

    mutating func skipSpaces() {
        while position < end, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    /// Whether the rest of the line is empty or a comment.
    mutating func isAtEndOfStatement() -> Bool {
        skipSpaces()
        return isAtEnd || bytes[position] == UInt8(ascii: "#")
    }

    /// Consumes `byte` if it is under the cursor.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        position += 1
        return true
    }

    /// The column (1-based, in Unicode scalars) of a byte offset on this line.
    /// `offset` is at most the line's end: the bytes before it are read.
    mutating func column(at offset: Int) -> Int {
        var from = lineStart, column = 1
        if offset >= columnCacheOffset { from = columnCacheOffset; column = columnCacheValue }
        var i = from
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        columnCacheOffset = offset
        columnCacheValue = column
        return column
    }

    /// The range covering bytes `start..<stop` on this line.
    mutating func range(_ start: Int, _ stop: Int) -> SourceRange {
        let first = column(at: start)
        let last = column(at: max(stop, start))
        return SourceRange(line: line, column: first, length: last - first)
    }

    /// The range of the byte (or scalar) under the cursor; at the end of the
    /// line, the place just after its last character (which may be the end of
    /// the file: nothing past the end is read).
    mutating func here() -> SourceRange {
        range(position, min(position + max(scalarWidth(at: position), 1), end))
    }

    /// The text of bytes `start..<stop`.
    func text(_ start: Int, _ stop: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
    }

    /// The number of bytes in the UTF-8 scalar starting at `offset` (0 at the end).
    func scalarWidth(at offset: Int) -> Int {
        guard offset < end else { return 0 }
        let b = bytes[offset]
        let width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        return min(width, end - offset)
    }

    /// The Unicode scalar starting at `offset`.
    func scalar(at offset: Int) -> Unicode.Scalar? {
        let width = scalarWidth(at: offset)
        guard width > 0 else { return nil }
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + width)]).makeIterator()
        if case .scalarValue(let s) = decoder.decode(&iterator) { return s }
        return nil
    }

    /// A short, printable description of what is under the cursor, for messages.
    /// Characters that show as blank or not at all, and that pasted text
    /// often carries: no-break and zero-width spaces, a byte-order mark,
    /// controls, and combining marks with nothing to combine with.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        if s == " " || s == "\t" { return false }
        switch s.properties.generalCategory {
        case .spaceSeparator, .format, .control, .lineSeparator, .paragraphSeparator,
             .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    func isAtInvisible() -> Bool { scalar(at: position).map(Reader.isInvisible) ?? false }

    static let invisibleHint = "delete it, and type a plain space if one is needed; text pasted from documents often carries such characters"

    func describeCurrent() -> String {
        guard let s = scalar(at: position) else { return "the end of the line" }
        if s == "\"" { return "'\"'" }
        if Reader.isInvisible(s) {
            // A no-break or zero-width space looks like nothing at all: name it.
            let hex = String(s.value, radix: 16, uppercase: true)
            let name = s.properties.name.map { " (\($0.lowercased()))" } ?? ""
            return "an invisible character, U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)\(name)"
        }
        var word = ""
        var i = position
        while i < end, word.unicodeScalars.count < 20, let c = scalar(at: i),
              !c.properties.isWhitespace, !(c == "," || c == "]" || c == "[" || c == "\"") {
            word.unicodeScalars.append(c)
            i += scalarWidth(at: i)
        }
        return "'\(word.isEmpty ? String(s) : word)'"
    }
}
