/// The bytes of a map file and where its lines start.
///
/// Kept whole so that diagnostics can show the line they point at.
public struct SourceText: Sendable {
    /// The name diagnostics use: the path as given, or `-` for standard input.
    public let name: String
    public let bytes: [UInt8]
    /// The byte offset at which each line starts; line n (1-based) starts at `lineStarts[n - 1]`.
    public let lineStarts: [Int]

    /// Lines longer than this are reported and skipped rather than parsed:
    /// no hand-written map has one, and it bounds the work per line.
    public static let maximumLineLength = 65_536

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            for i in buffer.indices where buffer[i] == 0x0A {
                starts.append(i + 1)
            }
        }
        lineStarts = starts
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The number of lines (a final line without a newline counts).
    public var lineCount: Int {
        if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The byte range of line `n` (1-based), without its line break.
    public func byteRange(ofLine n: Int) -> Range<Int> {
        guard n >= 1, n <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[n - 1]
        var end = n < lineStarts.count ? lineStarts[n] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Up to `width` columns of line `n` around `column`, for showing under a
    /// diagnostic. Works on the bytes it shows, so a 100 MB line costs no more
    /// than a short one. Returns the text, the column's place in it, and
    /// whether text was cut off before and after.
    public func window(line n: Int, around column: Int, width: Int) -> (text: String, column: Int, cutBefore: Bool, cutAfter: Bool) {
        let range = byteRange(ofLine: n)
        // A line of at most `width` bytes has at most `width` columns: show it whole.
        if range.count <= width {
            return (String(decoding: bytes[range], as: UTF8.self), column, false, false)
        }
        // Walk scalars to the byte where `column` starts, remembering where the
        // last `width / 3` scalars started: that much context goes before the caret.
        let context = width / 3
        var recent: [Int] = []
        var i = range.lowerBound, seen = 1
        while i < range.upperBound, seen < column {
            i += 1
            while i < range.upperBound, bytes[i] & 0xC0 == 0x80 { i += 1 }
            recent.append(i)
            if recent.count > context + 1 { recent.removeFirst() }
            seen += 1
        }
        let begin = recent.count > context ? recent[0] : range.lowerBound
        var end = i, shown = 0
        while end < range.upperBound, shown < width - context {
            end += 1
            while end < range.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
            shown += 1
        }
        let before = String(decoding: bytes[begin..<i], as: UTF8.self).unicodeScalars.count
        return (String(decoding: bytes[begin..<end], as: UTF8.self), before + 1,
                begin > range.lowerBound, end < range.upperBound)
    }

    /// The text of line `n` (1-based); invalid UTF-8 is shown as U+FFFD.
    public func line(_ n: Int) -> String {
        let range = byteRange(ofLine: n)
        return String(decoding: bytes[range], as: UTF8.self)
    }
}
