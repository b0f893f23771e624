import EcomapCore

/// The drawing of a summarised map (``MapOverview``): the overview's own map
/// drawn as any map is, each shape saying what it holds, each line carrying
/// the number of links it stands for, and a key that says so and how to see
/// inside a group.
enum OverviewDiagram {
    /// Counted lines' numbers, in points: a little larger than a link's
    /// label (9 pt), in the room the drawing keeps for those.
    static let countSize = 10

    /// A group's outline: thicker than a node's own. (A second outline,
    /// Graphviz's `peripheries`, falls outside the size the layout is given,
    /// and overlapped the next shape.)
    static let groupOutline: [GVAttribute] = [.init(.penwidth, "2.8")]

    static func build(_ overview: MapOverview, of map: CheckedMap, options: RenderOptions) -> Diagram {
        let language = options.language
        var diagram = DiagramBuilder.build(overview.map, options: options)
        // DiagramBuilder's summary of a part ends with a full stop of its own; a line per language, as every drawing's.
        diagram.summary = DrawingWords(options).languages.map { language in
            var summary = DiagramBuilder.summary(map, language: language)
            if !summary.hasSuffix(".") { summary += "." }
            return "\(summary) \(overview.sentence(in: language))."
        }.joined(separator: "\n")
        let wrap = DiagramBuilder.wrapping(options, fontSize: 11, nodes: overview.groups.count)
        let other: Language = language == .cy ? .en : .cy
        for (i, group) in overview.groups.enumerated() {
            var node = diagram.nodes[i]
            node.group = group
            let lines = lines(of: group, wrap: wrap, language: language, page: options.page)
            node.attributes.removeAll { $0.name == .label }
            node.attributes.append(.init(.label, label(lines, names: group.names?.isEmpty == false, heading: group.holds.isEmpty)))
            if group.isGroup {
                node.attributes += groupOutline
                // What it stands for, for a reader of the SVG (and legibility.py): "organisation group holds-98".
                node.attributes.removeAll { $0.name == .class }
                // Small boxes merged say how many they name ("names-2"), which their counts leave out.
                let named = group.holds.isEmpty ? "" : group.names.map { " names-\($0.count)" } ?? ""
                node.attributes.append(.init(.class, "\(group.kind.rawValue) group holds-\(group.members.count)\(named)"))
            }
            if group.names != nil {
                // A list is a block of text: a box holds it best.
                node.attributes.removeAll { $0.name == .shape || $0.name == .style }
                node.attributes += [.init(.shape, "box"), .init(.style, "rounded,filled")]
            }
            // The name, then the rest of the label; small boxes merged don't write their name in it.
            let rest = group.names != nil && !group.holds.isEmpty ? lines[...] : lines.dropFirst(wrap(group.label).split(separator: "\n").count)
            node.tooltip = ([group.label] + rest).joined(separator: ": ")
            // Room for the shape in the other language too, so both drawings put it in one place.
            let otherName = overview.map.nodes[i].welshLabel.map { language == .cy ? overview.map.nodes[i].label : $0 }
            if let otherName {
                var renamed = group
                renamed.label = otherName
                node.sizingLabels = [label(self.lines(of: renamed, wrap: wrap, language: other, page: options.page), names: group.names?.isEmpty == false, heading: group.holds.isEmpty)]
            }
            diagram.nodes[i] = node
        }
        for e in diagram.edges.indices {
            guard case .link(let k) = diagram.edges[e].role else { continue }
            let count = overview.lines[k].links
            var edge = diagram.edges[e]
            edge.count = count
            edge.tooltip += " (\(language.counted(count: count)))"
            edge.attributes.removeAll { $0.name == .penwidth }
            edge.attributes += DiagramStyle.counted(count)
            if diagram.engine.usesEdgeLength {
                // Lines a little longer than a link's: room beside them for the numbers.
                edge.attributes.removeAll { $0.name == .len }
                edge.attributes.append(.init(.len, "1.4"))
            }
            if count > 1 {
                edge.labelLines = [Figures.grouped(count)]
                edge.attributes += [.init(.label, Figures.grouped(count)), .init(.fontname, DiagramBuilder.font),
                                    .init(.fontsize, "\(Int(countSize))"), .init(.fontcolor, options.theme.text.hex)]
            }
            diagram.edges[e] = edge
        }
        if options.legend { diagram.legend = legend(diagram.legend, overview: overview, options: options) }
        return diagram
    }

    /// A shape's label for Graphviz: its lines centred, except a list's
    /// names (the lines after the first, its heading), which read as a
    /// paragraph, from the left; without a heading (small boxes merged), every line does.
    static func label(_ lines: [String], names: Bool, heading: Bool = true) -> String {
        guard names, lines.count > 1 else { return lines.map(GraphvizText.label).joined(separator: "\\n") }
        guard heading else { return lines.map { GraphvizText.label($0) + "\\l" }.joined() }
        return GraphvizText.label(lines[0]) + "\\n" + lines.dropFirst().map { GraphvizText.label($0) + "\\l" }.joined()
    }

    /// A shape's label, line by line: its name as the drawing wraps names,
    /// then what it holds ("23 communities, 4 people"), or for a platform
    /// many shapes use, who uses it, as many counts on a line as fit; for a
    /// list, its count and then every name, in a block about twice as wide as tall.
    static func lines(of group: MapOverview.Group, wrap: (String) -> String, language: Language, page: Page) -> [String] {
        var out = wrap(group.label).split(separator: "\n").map(String.init)
        if let names = group.names, !names.isEmpty {
            // A list: its count, then every name.
            if group.holds.isEmpty { return [group.label] + paragraph(names, page: page) }
            // Small boxes merged: their names, then what they hold. (A line above saying how many
            // cost the mmo agency's drawing its 8 pt on a slide: the names are counted in its class.)
            out = paragraph(names, page: page)
        }
        let width = max(110, out.map { TextWidth.of($0, size: 11) }.max() ?? 0)
        // The largest first: "97 communities, 3 people".
        let counts = (group.users ?? group.holds).enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }
            .map { language.counted($0.element.kind, $0.element.count) }
        guard !counts.isEmpty else { return out }
        var lines: [String] = []
        for count in counts {
            if let last = lines.last, TextWidth.of(language[.countsJoin, last, count], size: 11) <= width {
                lines[lines.count - 1] = language[.countsJoin, last, count]
            } else {
                lines.append(count)
            }
        }
        if group.users != nil { lines[0] = language[.usedBy, lines[0]] }
        out += lines
        return out
    }

    /// Names run on with a middle dot between them, broken into lines
    /// between names, none wider than a block of the page's shape would be
    /// (3 times as wide as tall for a slide, a little taller than wide on
    /// A4), 160 pt at least and never wider than the page's room at 11 pt.
    static func paragraph(_ names: [String], page: Page) -> [String] {
        let separator = " · "
        let total = names.reduce(0) { $0 + TextWidth.of($1, size: 11) + TextWidth.of(separator, size: 11) }
        let (aspect, widest): (Double, Double) = switch page {
        case .slide: (3, 700)
        case .a4: (0.9, 400)
        case .a4Landscape: (2, 600)
        case .none: (2.5, 700)
        }
        let width = min(widest, max(160, (total * 13.2 * aspect).squareRoot()))
        var lines: [String] = []
        var current = ""
        for name in names {
            let joined = current.isEmpty ? name : current + separator + name
            if !current.isEmpty, TextWidth.of(joined, size: 11) > width {
                lines.append(current + " ·")
                current = name
            } else {
                current = joined
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The overview's key: the kinds and directions drawn, a group's second
    /// outline, what a line's width and number mean, and how to see inside a group.
    static func legend(_ base: Legend?, overview: MapOverview, options: RenderOptions) -> Legend? {
        guard var legend = base else { return nil }
        let language = options.language, theme = options.theme
        if overview.groups.contains(where: \.isGroup) {
            legend.marks.append(Legend.MarkEntry(key: "group", label: language[.groupShape], attributes: [
                .init(.shape, "box"), .init(.style, "rounded,filled"), .init(.fillcolor, theme.background.hex),
                .init(.color, theme.outline.hex), .init(.label, ""), .init(.width, "0.42"), .init(.height, "0.26"),
                .init(.fixedsize, "true"),
            ] + groupOutline))
        }
        if overview.lines.contains(where: { $0.links > 1 }) {
            legend.lines.append(Legend.LineEntry(label: language[.countedLines], key: "counted",
                                                 attributes: [.init(.dir, "none"), .init(.color, theme.line.hex)] + DiagramStyle.counted(12)))
        }
        if overview.groups.contains(where: { $0.users != nil }) { legend.notes.append(language[.sharedPlatformNote]) }
        // How to see more: the largest shape that can be drawn alone is the
        // example; not an opened box (shapes drawn in it), whose focus draws
        // what is drawn already (the agency a `--focus` opened).
        let opened = Set(overview.groups.compactMap(\.parent))
        let example = overview.groups.indices.filter { i in
            overview.groups[i].focus != nil && overview.groups[i].isGroup && !opened.contains(i)
        }.map { overview.groups[$0] }.max { a, b in
            (a.members.count, b.id) < (b.members.count, a.id)
        }
        if example != nil, options.groupsOpenOnClick {
            legend.notes.append(language[.seeInsideByClicking])
        } else if let example, let option = options.focusOption {
            legend.notes.append(language[.seeInsideWith, option, example.focus!])
        } else if example != nil {
            legend.notes.append(language[.seeInside])
        }
        return legend
    }
}

extension Language {
    /// "23 links" ("23 o gysylltiadau"), counted as each language counts.
    func counted(count: Int) -> String {
        self.count(count, .linkNoun, .linksNoun)
    }
}
