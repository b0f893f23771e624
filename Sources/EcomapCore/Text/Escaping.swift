extension String {
    /// The text with the scalars `substitute` names replaced by what it
    /// returns (an empty string drops the scalar) and every other scalar
    /// kept as it is.
    ///
    /// The one loop behind each output format's escaping (Graphviz labels,
    /// DOT, XML, HTML scripts, Mermaid, Markdown, the map language's own
    /// strings): each format gives only its table. Inlinable, so the table
    /// is inlined into the loop rather than called for every character of
    /// a 100,000-node export.
    @inlinable
    package func escaped(_ substitute: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let replacement = substitute(scalar) { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
