/// Checks that a file is text ecomap can read: not empty, not binary, UTF-8.
///
/// Runs before the parser so that it only ever sees valid UTF-8.
enum Encoding {
    /// The problems that stop a file from being parsed at all; empty when it can be.
    static func check(_ source: SourceText) -> DiagnosticList {
        let bytes = source.bytes
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return [Diagnostic(.emptyFile, "the file is empty",
                           hint: "a map starts with a header such as: map \"My community\"",
                           at: SourceRange(line: 1, column: 1))]
        }
        return bytes.withUnsafeBufferPointer { buffer in
            if isPlainASCII(buffer) { return [] }
            if let nul = buffer.firstIndex(of: 0) {
                return [Diagnostic(.binaryFile, "this looks like a binary file, not a map (it holds a NUL byte)",
                               hint: "ecomap reads plain UTF-8 text files, usually named *.ecomap",
                               at: place(of: nul, in: source))]
            }
            return invalidUTF8(buffer, source)
        }
    }

    /// Whether every byte is ASCII and none is NUL: the common case, checked
    /// eight bytes at a time.
    private static func isPlainASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(b)
        let words = b.count / 8
        let high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x0101_0101_0101_0101
        for w in 0..<words {
            let v = raw.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
            // (v - low) & ~v & high is non-zero exactly when some byte of v is zero.
            if v & high != 0 || (v &- low) & ~v & high != 0 { return false }
        }
        for i in (words * 8)..<b.count where b[i] == 0 || b[i] >= 0x80 { return false }
        return true
    }

    /// One diagnostic for each line that holds bytes which are not UTF-8, at the first such byte.
    private static func invalidUTF8(_ b: UnsafeBufferPointer<UInt8>, _ source: SourceText) -> DiagnosticList {
        var found = DiagnosticList()
        var lastLine = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let width = sequenceLength(b, at: i)
            if width > 0 { i += width; continue }
            let at = place(of: i, in: source)
            if at.line != lastLine {
                lastLine = at.line
                found.append(Diagnostic(.invalidUTF8, "this line is not valid UTF-8 (byte 0x\(String(c, radix: 16, uppercase: true)))",
                                    hint: "save the file as UTF-8; in most editors: Save As, then Encoding: UTF-8",
                                    at: at))
            }
            i += 1
        }
        return found
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0 if there is none (RFC 3629).
    private static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < b.count && b[i + k] >= lo && b[i + k] <= hi
        }
        switch c {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// The line and column of a byte offset; columns here count bytes, because
    /// the line may not be UTF-8.
    static func place(of offset: Int, in source: SourceText) -> SourceRange {
        var lo = 0, hi = source.lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if source.lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return SourceRange(line: lo + 1, column: offset - source.lineStarts[lo] + 1)
    }
}
