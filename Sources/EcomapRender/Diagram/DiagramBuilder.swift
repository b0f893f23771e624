import EcomapCore

/// Decides how each part of a map is drawn: the first step of rendering, pure Swift.
package enum DiagramBuilder {
    static let font = "DejaVu Sans"

    /// The diagram for a checked map.
    package static func build(_ checked: CheckedMap, options: RenderOptions = RenderOptions()) -> Diagram {
        let map = checked.map
        let engine = options.engine ?? LayoutEngine.automatic(nodes: map.nodes.count, links: map.links.count)
        let prefix = GraphvizText.elementID(options.prefix ?? checked.identifier)
        let theme = options.theme
        let language = options.language
        let clusters = Clusters(checked, prefix: prefix, theme: theme, draw: engine.drawsClusters)

        let emphasis = Emphasis(checked, options: options)
        var usedIDs = Set<String>()
        var nodes: [DiagramNode] = []
        nodes.reserveCapacity(map.nodes.count)
        for (position, node) in map.nodes.enumerated() {
            var elementID = "\(prefix)-node-\(GraphvizText.elementID(node.id))"
            if !usedIDs.insert(elementID).inserted { elementID += "-\(position)"; usedIDs.insert(elementID) }
            let extra = emphasis.attributes(forNodeAt: position)
            let wrap = wrapping(options, fontSize: extra[.fontsize].flatMap(Double.init) ?? 11, nodes: map.nodes.count)
            var drawn = DiagramNode(
                name: node.id, kind: node.kind, position: position, elementID: elementID,
                tooltip: "\(node.label(in: language)) (\(language.kind(node.kind)))",
                cluster: clusters.home[position],
                attributes: nodeAttributes(node, map: map, elementID: elementID, options: options, wrap: wrap) + extra)
            // Room for the label in the other language too: the drawings in
            // English and Welsh then put every node in the same place.
            if let welsh = node.welshLabel, welsh != node.label {
                let other = language == .cy ? node.label : welsh
                drawn.sizingLabels = [GraphvizText.label(wrap(other))]
            }
            nodes.append(drawn)
        }

        var edges: [DiagramEdge] = []
        edges.reserveCapacity(map.links.count)
        // Most links share a handful of looks; work each out once.
        var styles: [LineKey: [GVAttribute]] = [:]
        for (position, link) in map.links.enumerated() {
            let a = checked.from(position), b = checked.to(position)
            let elementID = "\(prefix)-link-\(position + 1)"
            let from = map.nodes[a].label(in: language), to = map.nodes[b].label(in: language)
            let arrow = link.direction == .twoWay ? "↔" : link.direction == .undirected ? "—" : "→"
            var edge = DiagramEdge(
                from: a, to: b, role: .link(position), direction: link.direction, elementID: elementID,
                tooltip: "\(from) \(arrow) \(to)" + (link.type.map { ": \(language.type($0))" } ?? ""),
                attributes: edgeAttributes(link, map: map, elementID: elementID, engine: engine, options: options, styles: &styles))
            edge.pull = link.closeness == .close ? -1 : link.closeness == .distant ? 1 : 0
            edge.routing = edge.attributes.filter { $0.name == .dir }
            if options.labels, let text = label(link, map: map, language: language) {
                edge.labelLines = TextWidth.balanced(text, width: 130, size: 9, maxLines: 2)
                edge.attributes.append(.init(.label, edge.labelLines.map(GraphvizText.label).joined(separator: "\\n")))
                if engine.usesEdgeLength {
                    // Room between the ends for the label beside the line.
                    let room = (edge.labelLines.map { TextWidth.of($0, size: 9) }.max() ?? 0) + 60
                    let len = max(Double(edge.attributes[.len] ?? "1") ?? 1, room / 72)
                    edge.attributes.removeAll { $0.name == .len }
                    edge.attributes.append(.init(.len, String(format: "%.2f", len)))
                }
            }
            edges.append(edge)
        }

        edges += viaEdges(checked, prefix: prefix, options: options)

        var diagram = Diagram(
            prefix: prefix, title: checked.title(in: language), summary: summary(checked, language: language), engine: engine,
            graph: graphAttributes(map, prefix: prefix, engine: engine, theme: theme, page: options.page, labels: options.labels),
            nodeDefaults: nodeDefaults(theme), edgeDefaults: edgeDefaults,
            nodes: nodes, edges: edges, clusters: clusters.list,
            legend: options.legend ? LegendBuilder.build(checked, theme: theme, language: language, emphasis: emphasis,
                                                         types: options.labels) : nil)
        diagram.page = options.page
        if options.ecoMap, engine == .neato { diagram.ecoCentre = EcoCentre.choose(checked, asked: options.centre) }
        if let places = options.places, !places.isEmpty { diagram.hints = nodes.map { places[$0.name] } }
        return diagram
    }

    /// For `<desc>`: the map's summary and, for part of a map, what it leaves out.
    static func summary(_ checked: CheckedMap, language: Language) -> String {
        let sentence = checked.summary.sentence(in: language)
        guard let leftOut = checked.leftOut?.sentence(in: language) else { return sentence }
        return "\(sentence). \(leftOut)."
    }

    /// How a label is broken into lines: balanced lines no wider than the
    /// page asks for. Large maps (drawn by sfdp) keep one line: nobody reads
    /// their labels on a page, and the work would be wasted.
    static func wrapping(_ options: RenderOptions, fontSize: Double, nodes: Int) -> (String) -> String {
        guard nodes <= LayoutEngine.neatoLimit else { return { $0 } }
        let width = options.page.wrapWidth * fontSize / 11
        return { TextWidth.balanced($0, width: width, size: fontSize).joined(separator: "\n") }
    }

    private static func graphAttributes(_ map: EcosystemMap, prefix: String, engine: LayoutEngine, theme: Theme, page: Page,
                                        labels: Bool) -> [GVAttribute] {
        var a: [GVAttribute] = [
            .init(.id, prefix), .init(.bgcolor, theme.background.hex), .init(.fontname, font),
            .init(.pad, engine == .neato ? "0.1" : "0.3"), .init(.outputorder, "edgesfirst"),
        ]
        // Curved lines that avoid nodes cost seconds once there are hundreds of
        // links (4 s for 50 nodes and 500 links); straight lines then.
        let small = map.nodes.count <= 300 && map.links.count <= 150
        switch engine {
        case .dot:
            // Bounds on network simplex and crossing minimisation keep `dot` from running for minutes.
            a += [.init(.rankdir, "LR"), .init(.nodesep, "0.35"), .init(.ranksep, "0.6"),
                  .init(.nslimit, "5"), .init(.mclimit, "0.5")]
        case .neato:
            // Prism removes overlaps tightly; scaling the layout down first
            // (a negative overlap_scaling) packs it closer, more so for a portrait page.
            // Labelled lines need room beside them: packed less tightly.
            let scaling = labels ? "-3" : page == .a4 ? "-1" : "-1.5"
            a += [.init(.overlap, "prism"), .init(.overlapScaling, scaling), .init(.sep, "+5"),
                  .init(.splines, small ? "true" : "line")]
        case .sfdp:
            // Scaling the layout up a little more than Graphviz's default (-4)
            // before removing overlaps leaves Prism less to do: 16 s instead of
            // 25 s at 5,000 nodes, still with no overlapping nodes.
            a += [.init(.overlap, "prism"), .init(.overlapScaling, "-6"), .init(.splines, "line")]
        case .circo, .twopi:
            a += [.init(.overlap, "false"), .init(.splines, small ? "true" : "line")]
        }
        return a
    }

    /// What every node shares, set once as the graph's node defaults.
    static func nodeDefaults(_ theme: Theme) -> [GVAttribute] {
        [.init(.color, theme.outline.hex), .init(.fontname, font), .init(.fontsize, "11"),
         .init(.penwidth, "1.2"), .init(.margin, "0.12,0.06")]
    }

    /// What every line shares.
    static let edgeDefaults: [GVAttribute] = [.init(.arrowsize, "0.7")]

    private static func nodeAttributes(_ node: Node, map: EcosystemMap, elementID: String, options: RenderOptions,
                                       wrap: (String) -> String) -> [GVAttribute] {
        let theme = options.theme
        let fill = node.attributes.text(AttributeName.colour).flatMap(Colour.init)
            ?? node.attributes.text(AttributeName.color).flatMap(Colour.init)
            ?? map.colour(of: node.kind) ?? theme.fill(node.kind)
        var a: [GVAttribute] = [
            // Graphviz puts "node" before the class itself.
            .init(.id, elementID), .init(.class, node.kind.rawValue),
            .init(.label, GraphvizText.label(wrap(node.label(in: options.language)))),
            .init(.shape, KindShape.shape(node.kind)), .init(.style, KindShape.style(node.kind)),
            .init(.fillcolor, fill.hex), .init(.fontcolor, theme.text(on: fill).hex),
        ]
        if options.links, let url = node.url.flatMap(GraphvizText.url) { a.append(.init(.url, url)) }
        return a
    }

    struct LineKey: Hashable {
        var direction: LinkDirection
        var strength: Strength
        var colour: Colour
    }

    private static func edgeAttributes(_ link: Link, map: EcosystemMap, elementID: String, engine: LayoutEngine,
                                       options: RenderOptions, styles: inout [LineKey: [GVAttribute]]) -> [GVAttribute] {
        let theme = options.theme
        let colour = link.attributes.isEmpty ? theme.line
            : (link.attributes.text(AttributeName.colour) ?? link.attributes.text(AttributeName.color)).flatMap(Colour.init) ?? theme.line
        let key = LineKey(direction: link.direction, strength: link.strength, colour: colour)
        let style = styles[key] ?? {
            let made = [GVAttribute(.class, "link \(link.direction.rawValue) \(link.strength.rawValue)")]
                + DiagramStyle.attributes(direction: link.direction, strength: link.strength, colour: colour)
            styles[key] = made
            return made
        }()
        var a: [GVAttribute] = [.init(.id, elementID)]
        a += style
        if options.labels, label(link, map: map, language: options.language) != nil {
            // The label itself is set by the caller, in balanced lines.
            a += [.init(.fontname, font), .init(.fontsize, "9"), .init(.fontcolor, theme.text.hex)]
        }
        if let closeness = link.closeness {
            if engine.usesEdgeLength {
                // neato's natural length is 1 inch: a moderate pull or push,
                // never a throw (twice the length put partners 1,000 pt apart).
                let factor = closeness == .close ? 0.8 : closeness == .distant ? 1.3 : 1.0
                a.append(.init(.len, String(factor)))
            } else if engine == .dot {
                if closeness == .close { a.append(.init(.weight, "3")) }
                if closeness == .distant { a.append(.init(.minlen, "2")) }
            }
        }
        return a
    }

    /// Interactions that go through a platform (`via:`) tie the platform to
    /// both ends with a thin dotted line, once per pair, unless a link already
    /// joins them: this is what shows a platform as integral to a community.
    private static func viaEdges(_ checked: CheckedMap, prefix: String, options: RenderOptions) -> [DiagramEdge] {
        struct Pair: Hashable { var a: Int; var b: Int }
        let map = checked.map
        guard checked.hasVia else { return [] }
        var linked = Set<Pair>()
        for i in map.links.indices {
            let a = checked.from(i), b = checked.to(i)
            linked.insert(Pair(a: min(a, b), b: max(a, b)))
        }
        var drawn = Set<Pair>()
        var edges: [DiagramEdge] = []
        let language = options.language
        for i in map.links.indices {
            guard let p = checked.viaPlatform(i) else { continue }
            for e in [checked.from(i), checked.to(i)] where e != p {
                let pair = Pair(a: min(e, p), b: max(e, p))
                guard !linked.contains(pair), drawn.insert(pair).inserted else { continue }
                let colour = map.nodes[p].attributes.text(AttributeName.colour).flatMap(Colour.init)
                    ?? map.colour(of: .platform) ?? options.theme.fill(.platform)
                var edge = DiagramEdge(
                    from: e, to: p, role: .via, direction: .undirected, elementID: "\(prefix)-via-\(edges.count + 1)",
                    tooltip: "\(map.nodes[e].label(in: language)) \(language[.via]) \(map.nodes[p].label(in: language))",
                    attributes: [.init(.id, "\(prefix)-via-\(edges.count + 1)"), .init(.class, "via")]
                        + DiagramStyle.via(colour: colour))
                edge.routing = [.init(.dir, "none")]
                edges.append(edge)
            }
        }
        return edges
    }

    /// "informs: one-way updates (via Video conferencing)"
    static func label(_ link: Link, map: EcosystemMap, language: Language) -> String? {
        var parts: [String] = []
        if let type = link.type { parts.append(language.type(type)) }
        if let label = link.label { parts.append(label) }
        var text = parts.joined(separator: ": ")
        if let via = link.via {
            let name = map[via]?.label(in: language) ?? via
            text += (text.isEmpty ? "" : " ") + "(\(language[.via]) \(name))"
        }
        return text.isEmpty ? nil : text
    }
}
