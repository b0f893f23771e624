/// JSON written by hand, in the style of ``JSONText`` (pretty, keys sorted,
/// slashes left alone, a final newline), for documents too large for
/// Foundation's `JSONEncoder`: it spent 3.7 billion instructions writing the
/// 22,000 findings of a 10,000-node comparison, 58% of the whole command; this
/// writes the same document in a small fraction of that.
package indirect enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// An array whose elements are made one at a time as it is written, so a
    /// long one (a comparison's findings) is never held whole.
    case generated(count: Int, element: @Sendable (Int) -> JSONValue)
    /// Keys are sorted when written.
    case object(KeyValuePairs<String, JSONValue>)
    /// An object whose members are known only as the program runs (counts by kind).
    case dictionary([String: JSONValue])

    /// Hands written bytes on, so a long document is never held whole.
    typealias Flush = (inout [UInt8]) throws(Diagnostic) -> Void

    /// The value as JSON text, pretty-printed, with a final newline.
    package var text: String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        // Without a flush nothing can fail.
        try? write(into: &out, indent: 0, flush: nil)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the value as JSON text to `file` a megabyte at a time.
    package func write(to file: StreamedFile) throws(Diagnostic) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20 + 1 << 16)
        let flush: Flush = { (buffer: inout [UInt8]) throws(Diagnostic) in
            var problem: Diagnostic?
            buffer.withUnsafeBytes { bytes in
                do throws(Diagnostic) { try file.write(bytes) } catch { problem = error }
            }
            if let problem { throw problem }
            buffer.removeAll(keepingCapacity: true)
        }
        try write(into: &out, indent: 0, flush: flush)
        out.append(0x0A)
        try flush(&out)
    }

    private func write(into out: inout [UInt8], indent: Int, flush: Flush?) throws(Diagnostic) {
        switch self {
        case .string(let s): JSONValue.quote(s, into: &out)
        case .int(let n): out += String(n).utf8
        // Swift's shortest form that reads back as the same number; JSON has
        // no NaN or infinity, which ecomap never makes, so they are written as strings.
        case .double(let d): out += (d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)) : "\"\(d)\"").utf8
        case .bool(let b): JSONValue.append(b ? "true" : "false", &out)
        case .null: JSONValue.append("null", &out)
        case .array(let items):
            guard !items.isEmpty else { JSONValue.append("[\n\n", &out); JSONValue.pad(&out, indent); JSONValue.append("]", &out); return }
            JSONValue.append("[\n", &out)
            for (i, item) in items.enumerated() {
                JSONValue.pad(&out, indent + 2)
                try item.write(into: &out, indent: indent + 2, flush: flush)
                JSONValue.append(i < items.count - 1 ? ",\n" : "\n", &out)
            }
            JSONValue.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .generated(let count, let element):
            guard count > 0 else { JSONValue.append("[\n\n", &out); JSONValue.pad(&out, indent); JSONValue.append("]", &out); return }
            JSONValue.append("[\n", &out)
            // Elements are made and written in batches, each batch in pieces
            // on all cores, joined in order: the same bytes as one at a time.
            var start = 0
            while start < count {
                let batch = start..<min(count, start + 8192)
                let pieces = batch.count < 512 ? 1 : 16
                let written = Parallel.map(pieces) { p in
                    var bytes: [UInt8] = []
                    let lower = batch.lowerBound + batch.count * p / pieces, upper = batch.lowerBound + batch.count * (p + 1) / pieces
                    for i in lower..<upper {
                        JSONValue.pad(&bytes, indent + 2)
                        // Without a flush nothing can fail.
                        try? element(i).write(into: &bytes, indent: indent + 2, flush: nil)
                        JSONValue.append(i < count - 1 ? ",\n" : "\n", &bytes)
                    }
                    return bytes
                }
                for piece in written { out += piece }
                if let flush, out.count >= 1 << 20 { try flush(&out) }
                start = batch.upperBound
            }
            JSONValue.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            try JSONValue.writeMembers(members.map { ($0.key, $0.value) }, into: &out, indent: indent, flush: flush)
        case .dictionary(let members):
            try JSONValue.writeMembers(members.map { ($0.key, $0.value) }, into: &out, indent: indent, flush: flush)
        }
    }

    /// An object's members, sorted by key; a member whose value is null is
    /// left out, as `JSONEncoder` leaves out an absent optional.
    private static func writeMembers(_ all: [(String, JSONValue)], into out: inout [UInt8], indent: Int, flush: Flush?) throws(Diagnostic) {
        let members = all.filter { if case .null = $0.1 { return false }; return true }
        guard !members.isEmpty else { append("{\n\n", &out); pad(&out, indent); append("}", &out); return }
        append("{\n", &out)
        // Most objects are written with their keys in order already.
        let sorted = zip(members, members.dropFirst()).allSatisfy { $0.0 < $1.0 } ? members : members.sorted { $0.0 < $1.0 }
        for (i, member) in sorted.enumerated() {
            pad(&out, indent + 2)
            quote(member.0, into: &out)
            append(" : ", &out)
            try member.1.write(into: &out, indent: indent + 2, flush: flush)
            append(i < sorted.count - 1 ? ",\n" : "\n", &out)
        }
        pad(&out, indent)
        append("}", &out)
    }

    private static func append(_ text: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func pad(_ out: inout [UInt8], _ n: Int) {
        out.append(contentsOf: repeatElement(0x20, count: n))
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    private static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                switch byte {
                case UInt8(ascii: "\""): out += "\\\"".utf8
                case UInt8(ascii: "\\"): out += "\\\\".utf8
                case 0x0A: out += "\\n".utf8
                case 0x0D: out += "\\r".utf8
                case 0x09: out += "\\t".utf8
                case 0x08: out += "\\b".utf8
                case 0x0C: out += "\\f".utf8
                default:
                    let hex = String(byte, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                }
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
