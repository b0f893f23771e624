/// Attribute names and values: meaningful names must carry valid values, and a
/// name one letter away from a meaningful one is likely a typo.
enum AttributeChecks {
    /// Where an attribute list was written, and so which names have a meaning there.
    private enum Place {
        case header, node(Node), link, style

        var known: [String] {
            switch self {
            case .header: AttributeName.header
            case .node: AttributeName.node
            case .link: AttributeName.link
            case .style: AttributeName.style
            }
        }

        var name: String {
            switch self {
            case .header: "the map header"
            case .node: "a node"
            case .link: "a link"
            case .style: "a style"
            }
        }
    }

    private static let strengths = Strength.allCases.map(\.rawValue)
    private static let closenesses = Closeness.allCases.map(\.rawValue)
    private static let fundedValues = Funded.allCases.map(\.rawValue)

    static func header(_ context: inout CheckContext) -> DiagnosticList {
        DiagnosticList(check(context.map.attributes, at: .header, &context))
    }

    static func styles(_ context: inout CheckContext) -> DiagnosticList {
        var found = DiagnosticList()
        var seen: [NodeKind: SourceRange] = [:]
        for style in context.map.styles {
            found += check(style.attributes, at: .style, &context)
            if let first = seen[style.kind] {
                found.append(Diagnostic(.duplicateStyle, "'\(style.kind.rawValue)' is styled twice; the first is on line \(first.line)",
                                      hint: "keep one style line per kind; the last one is used", at: style.range))
            }
            seen[style.kind] = seen[style.kind] ?? style.range
        }
        return found
    }

    static func nodes(_ context: inout CheckContext) -> DiagnosticList {
        var found = DiagnosticList()
        for node in context.map.nodes where !node.attributes.isEmpty {
            found += check(node.attributes, at: .node(node), &context)
        }
        return found
    }

    static func links(_ context: inout CheckContext) -> DiagnosticList {
        var found = DiagnosticList()
        for link in context.map.links where !link.attributes.isEmpty {
            found += check(link.attributes, at: .link, &context)
        }
        return found
    }

    /// One pass over a list: each attribute is looked at once, by name.
    private static func check(_ attributes: Attributes, at place: Place, _ context: inout CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let all = attributes.all
        for (position, attribute) in all.enumerated() {
            // Attribute lists are short: a linear look back is cheaper than a set.
            if all[..<position].contains(where: { $0.key == attribute.key }) {
                found.append(Diagnostic(.duplicateAttribute, "'\(attribute.key)' is given twice; the last value is used",
                                      hint: "keep one '\(attribute.key)'; for several values use a list: [a, b]",
                                      at: attribute.keyRange))
            }
            guard place.known.contains(attribute.key) else {
                if let unknown = unknownName(attribute, at: place, &context) { found.append(unknown) }
                continue
            }
            if case .list = attribute.value, !AttributeName.lists.contains(attribute.key) {
                found.append(Diagnostic(.badValue, "'\(attribute.key)' takes one value, not a list",
                                    hint: "write \(attribute.key): \"one value\"", at: attribute.valueRange))
                continue
            }
            switch (attribute.key, place) {
            case (AttributeName.strength, _): found += oneOf(strengths, attribute)
            case (AttributeName.closeness, _): found += oneOf(closenesses, attribute)
            case (AttributeName.funded, _): found += oneOf(fundedValues, attribute)
            case (AttributeName.mutate, _): found += oneOf(["yes", "no"], attribute)
            case (AttributeName.colour, _), (AttributeName.color, _): found += colour(attribute)
            case (AttributeName.url, _): found += url(attribute)
            case (AttributeName.via, _): found += via(attribute, &context)
            case (AttributeName.in, .node(let node)): found += membership(of: node, in: attribute, &context)
            case (AttributeName.id, .header): found += mapID(attribute)
            case (AttributeName.directory, .header): found += oneOf(["yes", "no"], attribute)
            case (AttributeName.columns, .header): found += columns(attribute)
            default: break
            }
        }
        return found
    }

    /// An unknown name that looks like a known one, or that has a meaning elsewhere.
    private static func unknownName(_ attribute: Attribute, at place: Place, _ context: inout CheckContext) -> Diagnostic? {
        if let near = context.suggestName(for: attribute.key, among: place.known) {
            return Diagnostic(.unknownAttribute, "unknown attribute '\(attribute.key)'",
                            hint: "did you mean '\(near)'? (other names are kept as your own attributes)",
                            at: attribute.keyRange)
        }
        if let home = meaningElsewhere(attribute.key, known: place.known) {
            return Diagnostic(.misplacedAttribute, "'\(attribute.key)' has a meaning on \(home), not on \(place.name)",
                            hint: "it is kept as your own attribute; move it if you meant ecomap to use it",
                            at: attribute.keyRange)
        }
        return nil
    }

    private static func mapID(_ id: Attribute) -> [Diagnostic] {
        let text = id.value.text
        guard !Identifier.isSanitised(text) else { return [] }
        return [Diagnostic(.badValue, "the map id '\(text)' may only hold letters, digits, '-' and '_'",
                       hint: "it names files and SVG elements, for example: id: scw-current",
                       at: id.valueRange)]
    }

    /// `columns: ["Owner / lead=leads", ...]`: each a header, `=`, and what it became.
    private static func columns(_ attribute: Attribute) -> [Diagnostic] {
        attribute.value.items.enumerated().compactMap { index, item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count < 2 || parts[0].isEmpty || parts[1].isEmpty else { return nil }
            return Diagnostic(.badValue, "each of 'columns' is a header, '=' and a field, not '\(item)'",
                              hint: "write it as \"Owner / lead=leads\"", at: attribute.range(ofItem: index))
        }
    }

    private static func meaningElsewhere(_ key: String, known: [String]) -> String? {
        if known != AttributeName.link, AttributeName.link.contains(key) { return "links" }
        if known != AttributeName.node, AttributeName.node.contains(key) { return "nodes" }
        return nil
    }

    /// A value that must be one of a few words.
    private static func oneOf(_ allowed: [String], _ attribute: Attribute) -> [Diagnostic] {
        let value = attribute.value.text
        guard !allowed.contains(value) else { return [] }
        let choices = allowed.dropLast().joined(separator: ", ") + " or " + allowed.last!
        let hint = Suggestion.closest(to: value, in: allowed).map { "did you mean '\($0)'?" } ?? otherWords[attribute.key]
        return [Diagnostic(.badValue, "'\(attribute.key)' must be \(choices), not '\(value)'", hint: hint, at: attribute.valueRange)]
    }

    /// Where to put what the fixed words can't say.
    private static let otherWords = [
        "funded": "say more in 'funding', such as [funded: partly, funding: \"bid pending\"]",
        "strength": "these are the eco-map line qualities; put other words in the link's label",
        "closeness": "close draws the two nearer together, distant further apart; put other words in a description",
        "mutate": "mutate: no keeps the Welsh name as written after words such as 'i' and 'gan'",
    ]

    private static func colour(_ attribute: Attribute) -> [Diagnostic] {
        let value = attribute.value.text
        guard Colour(value) == nil else { return [] }
        let hint = Suggestion.closest(to: value, in: Colour.names.keys.sorted()).map { "did you mean '\($0)'?" }
            ?? "write a hex colour in quotes (\"#5b8c3a\") or a name such as teal, orange or grey"
        return [Diagnostic(.badValue, "'\(value)' is not a colour ecomap knows", hint: hint, at: attribute.valueRange)]
    }

    /// Links are drawn into diagrams and reports: only web and mail addresses are safe to follow.
    private static func url(_ attribute: Attribute) -> [Diagnostic] {
        let value = attribute.value.text
        if WebAddress.isAllowed(value) { return [] }
        let lower = value.lowercased()
        return [Diagnostic(.badValue, "'url' must be a web or mail address starting http://, https:// or mailto:, not '\(value)'",
                       hint: lower.contains(".") && !lower.contains(":") ? "did you mean 'https://\(value)'?"
                           : "reports make links clickable, so other kinds (javascript:, file:) are refused",
                       at: attribute.valueRange)]
    }

    /// `in:` names the organisations or communities a node belongs to.
    private static func membership(of node: Node, in attribute: Attribute, _ context: inout CheckContext) -> [Diagnostic] {
        attribute.value.items.enumerated().compactMap { index, name in
            let place = attribute.range(ofItem: index)
            guard let container = context.map[name] else {
                return context.unknownNode(name, at: place, place: "in 'in:'")
            }
            if container.id == node.id {
                return Diagnostic(.badValue, "'\(node.id)' can't be in itself",
                              hint: "take '\(node.id)' out of its own 'in:' list", at: place)
            }
            guard container.kind == .organisation || container.kind == .community else {
                return Diagnostic(.badValue, "'in:' must name an organisation or a community; '\(name)' is a \(container.kind.rawValue)",
                              hint: "to show that they interact, link them instead: \(node.id) -> \(name)",
                              at: place)
            }
            return nil
        }
    }

    /// `via:` names the platform an interaction goes through.
    private static func via(_ attribute: Attribute, _ context: inout CheckContext) -> [Diagnostic] {
        let name = attribute.value.text
        guard let position = context.map.nodeIndex[name] else {
            return [context.unknownNode(name, at: attribute.valueRange, place: "in 'via:'")].compactMap { $0 }
        }
        let kind = context.map.nodes[position].kind
        guard kind == .platform else {
            return [Diagnostic(.viaNotPlatform, "'via:' names '\(name)', a \(kind.rawValue), not a platform",
                             hint: "declare it as a platform, or link the two nodes through it instead",
                             at: attribute.valueRange)]
        }
        return []
    }
}
