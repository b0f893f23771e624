import EcomapCore

/// Sets two Graphviz SVG drawings side by side in one SVG, tops aligned.
enum SVGComposer {
    /// `right` is placed to the right of `left`; the canvas grows to hold both,
    /// and `left`'s background colour fills any space the two leave.
    static func beside(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
        left.withUnsafeBufferPointer { a in
            right.withUnsafeBufferPointer { b in
                compose(ByteScanner(bytes: a), ByteScanner(bytes: b))
            }
        } ?? left
    }

    /// `bottom` is placed below `top`, left edges aligned.
    static func below(_ top: [UInt8], _ bottom: [UInt8]) -> [UInt8] {
        top.withUnsafeBufferPointer { a in
            bottom.withUnsafeBufferPointer { b in
                compose(ByteScanner(bytes: a), ByteScanner(bytes: b), below: true)
            }
        } ?? top
    }

    private static func compose(_ a: ByteScanner, _ b: ByteScanner, below: Bool = false) -> [UInt8]? {
        guard let sizeA = Size(a), let sizeB = Size(b),
              let blockStart = b.find("<g id=", from: 0), let blockEnd = b.findLast("</svg>"),
              let closing = a.findLast("</svg>"), let root = a.find("<svg ", from: 0),
              let rootEnd = a.next(UInt8(ascii: ">"), from: root), let firstGroup = a.find("<g id=", from: rootEnd)
        else { return nil }
        let width = below ? max(sizeA.width, sizeB.width) : sizeA.width + sizeB.width
        let height = below ? sizeA.height + sizeB.height : max(sizeA.height, sizeB.height)
        var out: [UInt8] = []
        out.reserveCapacity(a.bytes.count + b.bytes.count + 256)
        a.copy(0..<root, to: &out)
        out += sizeA.retag(a.text(root..<(rootEnd + 1)), width: width, height: height).utf8
        a.copy((rootEnd + 1)..<firstGroup, to: &out)
        if let fill = background(a) {
            out += "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(number(width))\" height=\"\(number(height))\" fill=\"\(fill)\"/>\n".utf8
        }
        a.copy(firstGroup..<closing, to: &out)
        out += (below ? "<g transform=\"translate(0 \(number(sizeA.height)))\">\n" : "<g transform=\"translate(\(number(sizeA.width)) 0)\">\n").utf8
        b.copy(blockStart..<blockEnd, to: &out)
        out += "</g>\n".utf8
        a.copy(closing..<a.bytes.count, to: &out)
        return out
    }

    /// A drawing's size from its `viewBox`, in points.
    struct Size {
        var width: Double
        var height: Double

        init?(_ svg: ByteScanner) {
            guard let box = svg.find("viewBox=\"", from: 0), let end = svg.next(UInt8(ascii: "\""), from: box + 9) else { return nil }
            let numbers = svg.text((box + 9)..<end).split(separator: " ").compactMap { Double($0) }
            guard numbers.count == 4 else { return nil }
            width = numbers[2]
            height = numbers[3]
        }

        /// The root tag with a new size.
        func retag(_ tag: String, width: Double, height: Double) -> String {
            var tag = tag
            for (name, value) in [("width", "\(Int(width.rounded(.up)))pt"), ("height", "\(Int(height.rounded(.up)))pt"),
                                  ("viewBox", "0.00 0.00 \(number(width)) \(number(height))")] {
                guard let start = tag.range(of: "\(name)=\""),
                      let end = tag.range(of: "\"", range: start.upperBound..<tag.endIndex) else { continue }
                tag.replaceSubrange(start.upperBound..<end.lowerBound, with: value)
            }
            return tag
        }
    }

    /// The fill of Graphviz's background polygon, the first polygon it draws.
    private static func background(_ svg: ByteScanner) -> String? {
        guard let polygon = svg.find("<polygon fill=\"", from: 0), let end = svg.next(UInt8(ascii: "\""), from: polygon + 15) else { return nil }
        return svg.text((polygon + 15)..<end)
    }

    private static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// Fast searches over a drawing's bytes (memchr for single bytes).
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    func next(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    func starts(_ prefix: StaticString, at i: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i >= 0, i + count <= bytes.count else { return false }
        return memcmp(bytes.baseAddress! + i, prefix.utf8Start, count) == 0
    }

    func find(_ needle: StaticString, from start: Int) -> Int? {
        var i = start
        while let at = next(needle.utf8Start.pointee, from: i) {
            if starts(needle, at: at) { return at }
            i = at + 1
        }
        return nil
    }

    /// The last occurrence (Graphviz ends every drawing with `</svg>`, so this looks near the end first).
    func findLast(_ needle: StaticString) -> Int? {
        var i = bytes.count - needle.utf8CodeUnitCount
        while i >= 0 {
            if starts(needle, at: i) { return i }
            i -= 1
        }
        return nil
    }

    func copy(_ range: Range<Int>, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

import Foundation
