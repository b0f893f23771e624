/// What an id may hold, and the one rule by which other text is made safe to
/// use as one (a map's short name, file names, SVG element ids).
///
/// Ids are letters (Welsh and every other script), digits and `_`, with `-`
/// and `.` between them; combining marks continue an id, so an accent typed
/// as a letter and a mark is one id.
package enum Identifier {
    /// Whether a scalar can be part of an id: letters, digits, `_`.
    package static func isIdentifierScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isIdentifierByte(UInt8(s.value)) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    package static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// The ASCII part of ``isIdentifierScalar(_:)``, for the parser's inner loop.
    @inline(__always)
    package static func isIdentifierByte(_ v: UInt8) -> Bool {
        (v &- 0x30) < 10 || ((v | 0x20) &- 0x61) < 26 || v == 0x5F
    }

    /// Whether `s` is kept by ``sanitised(_:replacement:)``.
    static func isSafe(_ s: Unicode.Scalar) -> Bool {
        s == "-" || isIdentifierScalar(s) || (!s.isASCII && isMark(s))
    }

    /// `text` with every scalar that is not a letter, digit, mark, `-` or `_`
    /// replaced by `replacement`; `fallback` when nothing is left.
    package static func sanitised(_ text: String, replacement: Unicode.Scalar = "-", fallback: String = "map") -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isSafe(s) ? s : replacement) }
        return out.isEmpty ? fallback : String(out)
    }

    /// Whether `text` is already what ``sanitised(_:replacement:fallback:)`` makes of it.
    package static func isSanitised(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isSafe)
    }
}
