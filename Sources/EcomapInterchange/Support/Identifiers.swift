import EcomapCore

/// Names for the map made from spreadsheet words: node ids from labels,
/// attribute names from column headers, link types from Kumu's types.
///
/// The `.ecomap` language takes letters of any alphabet, digits and `_`, with
/// single `-` or `.` between them. Everything else becomes a hyphen between
/// words: "Youth Forum" is `youth-forum`, "Funding source" is
/// `funding-source`, "ED&I network" is `ed-i-network`.
enum Identifiers {
    /// A lower-case id made from `text`, or "" when it has no letters or digits.
    static func slug(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if isWordScalar(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(scalar)
            } else if isMark(scalar), !out.isEmpty {
                // A combining accent belongs to the letter before it (e + U+0301 is é).
                out.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return String(out)
    }

    /// Whether `text` is already an id the language reads as written.
    static func isValid(_ text: String) -> Bool {
        // The common case, ASCII letters and digits with single hyphens, without Unicode tables.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var previous: UInt8 = 0x2D
            for b in text.utf8 {
                let word = (b &- 0x30) < 10 || ((b | 0x20) &- 0x61) < 26 || b == 0x5F
                if !word && !((b == 0x2D || b == 0x2E) && previous != 0x2D && previous != 0x2E) { return false }
                previous = word ? 0x41 : b
            }
            return !text.isEmpty && previous == 0x41
        }
        guard let first = text.unicodeScalars.first, isWordScalar(first) else { return false }
        var previousWasSeparator = false
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) || (isMark(scalar) && !previousWasSeparator) {
                previousWasSeparator = false
            } else if scalar == "-" || scalar == "." {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else {
                return false
            }
        }
        return !previousWasSeparator
    }

    /// Letters of any script, digits and `_`: the language's own rule (``Identifier``).
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool { Identifier.isIdentifierScalar(s) }

    static func isMark(_ s: Unicode.Scalar) -> Bool { Identifier.isMark(s) }

    /// Ids for `labels`, one each, unique and stable: the slug of the label,
    /// with `-2`, `-3` added where two labels make the same slug. Which one
    /// keeps the plain slug depends on the labels alone (the first in
    /// code-point order), not on the order of the rows. `taken` are ids
    /// already used (given in an ID column). O(n log n).
    static func ids(for labels: [String], taken: Set<String> = []) -> [String] {
        var slugs = labels.map { slug($0) }
        for i in slugs.indices where slugs[i].isEmpty { slugs[i] = "element" }
        var groups: [String: [Int]] = [:]
        for (i, s) in slugs.enumerated() { groups[s, default: []].append(i) }
        var used = taken
        var out = slugs
        for key in groups.keys.sorted() {
            let members = groups[key]!.sorted { a, b in
                labels[a] == labels[b] ? a < b : labels[a].unicodeScalars.lexicographicallyPrecedes(labels[b].unicodeScalars)
            }
            var n = 1
            for i in members {
                var candidate = n == 1 ? key : "\(key)-\(n)"
                while used.contains(candidate) { n += 1; candidate = "\(key)-\(n)" }
                used.insert(candidate)
                out[i] = candidate
                n += 1
            }
        }
        return out
    }
}
