import EcomapCore

/// Works out the key: the kinds, directions, strengths and link types a map uses.
enum LegendBuilder {
    /// The key entry that explains a membership box.
    static let boxKey = "box"

    /// `types`: list the link types too (only when the lines are labelled with them).
    /// `boxes`: the drawing has membership boxes, each with the node it stands for at its top.
    static func build(_ checked: CheckedMap, theme: Theme, words: DrawingWords, emphasis: Emphasis, types listTypes: Bool = true,
                      boxes: Bool = false) -> Legend? {
        let map = checked.map
        let kindsUsed = Set(map.nodes.map(\.kind))
        let kinds = NodeKind.allCases.filter(kindsUsed.contains).map { kind in
            let fill = map.colour(of: kind) ?? theme.fill(kind)
            return Legend.KindEntry(kind: kind, label: words.each { $0.kind(kind) }, attributes: [
                .init(.shape, KindShape.shape(kind)), .init(.style, KindShape.style(kind)),
                .init(.fillcolor, fill.hex), .init(.color, theme.outline.hex), .init(.penwidth, "1.2"),
                .init(.label, ""), .init(.width, "0.42"), .init(.height, "0.26"), .init(.fixedsize, "true"),
            ])
        }
        let directionsUsed = Set(map.links.map(\.direction))
        let strengthsUsed = Set(map.links.map(\.strength))
        var lines: [Legend.LineEntry] = []
        for direction in LinkDirection.allCases where directionsUsed.contains(direction) {
            lines.append(Legend.LineEntry(label: words.each { $0.direction(direction) }, key: "direction-\(direction.rawValue)",
                                          attributes: DiagramStyle.attributes(direction: direction, strength: .normal, colour: theme.line) + DiagramBuilder.edgeDefaults))
        }
        // A normal line is what the direction entries already show.
        for strength in Strength.allCases where strength != .normal && strengthsUsed.contains(strength) {
                lines.append(Legend.LineEntry(label: words.each { $0.strength(strength) }, key: "strength-\(strength.rawValue)",
                                          attributes: DiagramStyle.attributes(direction: .undirected, strength: strength, colour: theme.line)))
        }
        if checked.hasVia {
            lines.append(Legend.LineEntry(label: words[.throughPlatform], key: "via",
                                          attributes: DiagramStyle.via(colour: map.colour(of: .platform) ?? theme.fill(.platform))))
        }
        let typesUsed = listTypes ? Set(map.links.compactMap(\.type)) : []
        let types = LinkType.builtIn.filter(typesUsed.contains) + typesUsed.subtracting(LinkType.builtIn).sorted()
        var legend = Legend(title: words.each(" / ") { $0[.key] }, kinds: kinds, lines: lines,
                            types: types.isEmpty ? nil : words.each { language in
                                "\(language[.interactions]): " + types.map(language.type).joined(separator: ", ")
                            },
                            textColour: theme.text, background: theme.background, outline: theme.clusterOutline)
        if boxes {
            // What a box means: its members are part of the organisation or community drawn at its top.
            legend.marks.append(Legend.MarkEntry(key: boxKey, label: words[.partOfBox], attributes: [
                .init(.shape, "box"), .init(.style, "rounded,filled,dashed"), .init(.fillcolor, theme.clusterFill.hex),
                .init(.color, theme.clusterOutline.hex), .init(.penwidth, "1"), .init(.label, ""),
                .init(.width, "0.42"), .init(.height, "0.26"), .init(.fixedsize, "true"),
            ]))
        }
        if emphasis.hasBrokers {
            legend.marks.append(Legend.MarkEntry(key: "broker", label: words[.broker], attributes: [
                .init(.shape, "ellipse"), .init(.style, "filled"), .init(.fillcolor, theme.background.hex),
                .init(.color, theme.outline.hex), .init(.label, ""), .init(.width, "0.42"), .init(.height, "0.26"),
                .init(.fixedsize, "true"),
            ] + Emphasis.brokerMark))
        }
        // Part of a map says in its key what it leaves out, so a reader can't take it for the whole.
        if checked.leftOut?.sentence(in: words.first) != nil {
            legend.notes.append(words.each { checked.leftOut?.sentence(in: $0) ?? "" })
        }
        if let metric = emphasis.metric {
            legend.notes.append(words[metric == .degree ? .largerDegree : metric == .betweenness ? .largerBetweenness : .largerCloseness])
        }
        return legend.isEmpty ? nil : legend
    }
}
