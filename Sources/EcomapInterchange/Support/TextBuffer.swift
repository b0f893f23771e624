import EcomapCore

/// Text built as UTF-8 bytes. Large exports write millions of small pieces;
/// appending bytes to one array is several times faster than growing a
/// String by interpolation, and the bytes are what gets written anyway.
struct TextBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ text: Substring) { bytes.append(contentsOf: text.utf8) }

    mutating func write(_ number: Int) { write(String(number)) }

    /// Joins pieces made side by side, in order.
    static func joined(_ parts: [TextBuffer], capacity: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(capacity) { $0 + $1.bytes.count })
        for part in parts { out += part.bytes }
        return out
    }
}

/// Ranges that cut `count` items into about one piece per core (one piece when small).
func pieces(_ count: Int, minimum: Int = 50_000) -> [Range<Int>] {
    let n = count >= minimum ? Parallel.cores : 1
    return (0..<n).map { k in (count * k / n)..<(count * (k + 1) / n) }
}
