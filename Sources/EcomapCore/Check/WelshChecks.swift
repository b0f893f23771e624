/// The texts of a map that have no Welsh: what `check --lang cy` lists.
///
/// A text is what a reader sees: each node's label, each link's label, the
/// map's title, and the text attributes (``AttributeName/nodeTexts``,
/// ``AttributeName/linkTexts``, ``AttributeName/headerTexts``). Its Welsh
/// is `cy:` for a label or title and `NAME-cy:` for an attribute. Text with
/// no letters, a web or mail address, and a frequency that is one of the
/// words ecomap writes in Welsh itself need none. One pass over the map.
enum WelshChecks {
    static func missing(_ map: EcosystemMap) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func label(_ text: String?, welsh: String?, what: String, at range: SourceRange, on statement: String) {
            guard let text, welsh == nil, needsWelsh(text) else { return }
            found.append(Diagnostic(.missingWelsh, "\(what) \(quoted(text)) has no Welsh",
                                    hint: "add its Welsh to \(statement)'s attributes: cy: \"...\" (a name that is the same in Welsh, such as a brand, repeats itself)",
                                    at: range))
        }
        func attributes(_ attributes: Attributes, texts: [String], on statement: String) {
            for name in texts {
                guard let attribute = attributes.attribute(name), attributes[AttributeName.welsh(name)] == nil,
                      attribute.value.items.contains(where: needsWelsh) else { continue }
                if name == AttributeName.frequency, Language.frequencyWords.contains(attribute.value.text) { continue }
                let example = attribute.value.items.count > 1 ? "[...]" : "\"...\""
                found.append(Diagnostic(.missingWelsh, "'\(name)' \(quoted(attribute.value.text)) has no Welsh",
                                        hint: "add \(AttributeName.welsh(name)): \(example) to \(statement)'s attributes",
                                        at: attribute.keyRange))
            }
        }
        label(map.title, welsh: map.welshTitle, what: "the title", at: map.headerRange ?? .none, on: "the map header")
        attributes(map.attributes, texts: AttributeName.headerTexts, on: "the map header")
        for node in map.nodes {
            label(node.label, welsh: node.welshLabel, what: "the label", at: node.range, on: "the node")
            attributes(node.attributes, texts: AttributeName.nodeTexts, on: "the node")
        }
        for link in map.links {
            label(link.label, welsh: link.welshLabel, what: "the link's label", at: link.fromRange, on: "the link")
            attributes(link.attributes, texts: AttributeName.linkTexts, on: "the link")
        }
        return found
    }

    /// Text with letters in it that is not an address: numbers and
    /// addresses read the same in both languages.
    static func needsWelsh(_ text: String) -> Bool {
        guard text.contains(where: \.isLetter) else { return false }
        if WebAddress.isAllowed(text) { return false }
        let isEmail = text.contains("@") && !text.contains(where: \.isWhitespace)
        return !isEmail
    }

    private static func quoted(_ text: String) -> String {
        let short = text.count > 50 ? text.prefix(47) + "..." : Substring(text)
        return "\"\(short.replacingOccurrences(of: "\n", with: "\\n"))\""
    }
}
