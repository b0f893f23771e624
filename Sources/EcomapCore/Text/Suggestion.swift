/// "Did you mean ...?": the closest known word to a misspelt one.
package enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo:
    /// the same word in another case, or within an edit distance of 1 for
    /// words of 3 or 4 letters and 2 for longer ones (one- and two-letter words
    /// are too short to tell a typo from another word). Ties go to the earliest candidate.
    ///
    /// Cost: O(candidates × length), with candidates of very different length skipped.
    package static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = target.count <= 2 ? 0 : target.count <= 4 ? 1 : 2
        var best: (word: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let other = Array(candidate.lowercased().unicodeScalars)
            if abs(other.count - target.count) > limit { continue }
            let d = distance(target, other, limit: best.map { min($0.distance - 1, limit) } ?? limit)
            if let d, d < (best?.distance ?? Int.max) {
                best = (candidate, d)
                if d == 0 { break }
            }
        }
        return best?.word
    }

    /// The optimal-string-alignment distance (Levenshtein plus swapped neighbours,
    /// the commonest typo), or nil when it exceeds `limit`.
    package static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if limit < 0 { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
