/// Text that no drawing or page can hold, in a map built in code.
///
/// The parser refuses such characters where it reads them, with the column
/// (``Reader/refuseUnshowable(_:_:)``), so a map read from a file never
/// reaches this check with one; a map built in code has no parser in front
/// of it, and every later stage writes its text into SVG, HTML or DOT.
enum TextChecks {
    static func characters(_ context: inout CheckContext) -> DiagnosticList {
        guard !context.parsed else { return [] }
        let map = context.map
        var found = DiagnosticList()
        func look(_ text: String?, at range: SourceRange) {
            guard let text, let bad = text.unicodeScalars.first(where: unshowable) else { return }
            found.append(Reader.unshowable(bad.value, at: range))
        }
        func look(_ attributes: Attributes) {
            for attribute in attributes {
                look(attribute.key, at: attribute.keyRange)
                for item in attribute.value.items { look(item, at: attribute.valueRange) }
            }
        }
        look(map.title, at: map.headerRange ?? .none)
        look(map.attributes)
        for style in map.styles { look(style.attributes) }
        for node in map.nodes {
            look(node.id, at: node.range)
            look(node.label, at: node.range)
            look(node.attributes)
        }
        for link in map.links {
            look(link.type, at: link.typeRange)
            look(link.label, at: link.fromRange)
            look(link.attributes)
        }
        return found
    }

    /// What XML 1.0 can't hold (`Reader.refuseUnshowable` says why); NUL too,
    /// since a map built in code has no encoding check in front of it.
    static func unshowable(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n") || s.value == 0xFFFE || s.value == 0xFFFF
    }
}
