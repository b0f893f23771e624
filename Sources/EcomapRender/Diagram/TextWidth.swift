import Foundation

/// How wide text is in DejaVu Sans, ecomap's font, and how to break a label
/// into balanced lines.
///
/// Written by hand: no library available here measures text without a
/// rendering stack, and Graphviz only measures inside a layout. The estimate
/// chooses line breaks and sizes the key; Graphviz still sizes every node from
/// the real font, so an estimate a little off never cuts a label.
package enum TextWidth {
    /// Advance widths of DejaVu Sans for space to "~", in 1/2048 em, from DejaVuSans.ttf.
    private static let ascii: [UInt16] = [
        651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
        1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
        2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
        1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
        1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
        1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
    ]

    /// The width in points of one line of `text` at `size` points: accented
    /// letters (ŵ, â) as their base letter, anything else not listed as 0.6 em.
    package static func of(_ text: Substring, size: Double) -> Double {
        var units = 0.0
        for scalar in text.unicodeScalars {
            units += em(scalar)
        }
        return units * size
    }

    package static func of(_ text: String, size: Double) -> Double { of(text[...], size: size) }

    private static func em(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        if v >= 32 && v < 127 { return Double(ascii[Int(v - 32)]) / 2048 }
        if v < 32 { return 0 }
        // A precomposed letter's first scalar, once decomposed, is its base letter.
        if let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
           base.value >= 32 && base.value < 127 {
            return Double(ascii[Int(base.value - 32)]) / 2048
        }
        return 0.6
    }

    /// `text` in up to `maxLines` lines, none wider than needed: the number of
    /// lines is what `width` asks for, and the breaks (between words) are the
    /// ones that make the widest line narrowest. Text that already has line
    /// breaks, or fits, comes back as one line.
    package static func balanced(_ text: String, width: Double, size: Double, maxLines: Int = 3) -> [String] {
        guard !text.contains("\n") else { return [text] }
        let total = of(text, size: size)
        guard total > width else { return [text] }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let lines = min(maxLines, Int((total / width).rounded(.up)), words.count)
        guard lines > 1 else { return [text] }
        // Prefix sums: the width of words i..<j is prefix[j] - prefix[i] plus the spaces between.
        let space = of(" ", size: size)
        var prefix = [0.0]
        for word in words { prefix.append(prefix.last! + of(word, size: size)) }
        func span(_ i: Int, _ j: Int) -> Double { prefix[j] - prefix[i] + space * Double(j - i - 1) }
        let n = words.count
        var best: (score: Double, cuts: [Int]) = (.infinity, [])
        if lines == 2 {
            for a in 1..<n {
                let score = max(span(0, a), span(a, n))
                if score < best.score { best = (score, [a]) }
            }
        } else if n <= 200 {
            for a in 1..<(n - 1) {
                // Past this point the first line alone is wider than the best so far.
                if span(0, a) >= best.score { break }
                for b in (a + 1)..<n {
                    let score = max(span(0, a), span(a, b), span(b, n))
                    if score < best.score { best = (score, [a, b]) }
                }
            }
        } else {
            // A label of hundreds of words: even thirds by count are enough.
            best.cuts = [n / 3, 2 * n / 3]
        }
        let bounds = [0] + best.cuts + [n]
        return zip(bounds, bounds.dropFirst()).map { words[$0..<$1].joined(separator: " ") }
    }
}
