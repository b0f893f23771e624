import EcomapCore

/// Decides how each part of a map is drawn: the first step of rendering, pure Swift.
package enum DiagramBuilder {
    static let font = "DejaVu Sans"
    /// An eco-map's sector names' type size, in points.
    static let sectorNameSize = 13.0
    /// The name of a box: its organisation's or community's label.
    static let boldFont = "DejaVu Sans Bold"
    /// An eco-map's centre is drawn at this size (other labels: 11 pt).
    static let ecoCentreFontSize = 15.0
    /// An eco-map's labels are broken into lines this much narrower than elsewhere.
    static let ecoWrap = 0.8
    /// Maps of up to this many nodes keep more room between nodes.
    static let smallMap = 8

    /// The diagram for a checked map.
    package static func build(_ checked: CheckedMap, options: RenderOptions = RenderOptions()) -> Diagram {
        let map = checked.map
        let engine = options.engine ?? LayoutEngine.automatic(nodes: map.nodes.count, links: map.links.count)
        let prefix = GraphvizText.elementID(options.prefix ?? checked.identifier)
        let theme = options.theme
        let words = DrawingWords(options)
        let clusters = Clusters(checked, prefix: prefix, theme: theme, words: words, draw: engine.drawsClusters)

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
                tooltip: words.each { "\(node.label(in: $0)) (\($0.kind(node.kind)))" },
                cluster: clusters.home[position],
                attributes: nodeAttributes(node, map: map, elementID: elementID, options: options, words: words, wrap: wrap) + extra)
            // Room for the label in the other language too: the drawings in
            // English and Welsh then put every node in the same place. A
            // bilingual label holds both already.
            if !words.isBilingual, let welsh = node.welshLabel, welsh != node.label {
                let other = options.language == .cy ? node.label : welsh
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
            let arrow = link.direction == .twoWay ? "↔" : link.direction == .undirected ? "—" : "→"
            var edge = DiagramEdge(
                from: a, to: b, role: .link(position), direction: link.direction, elementID: elementID,
                tooltip: words.each { language in
                    "\(map.nodes[a].label(in: language)) \(arrow) \(map.nodes[b].label(in: language))" + (link.type.map { ": \(language.type($0))" } ?? "")
                },
                attributes: edgeAttributes(link, map: map, elementID: elementID, engine: engine, options: options, styles: &styles))
            edge.pull = link.closeness == .close ? -1 : link.closeness == .distant ? 1 : 0
            edge.routing = edge.attributes.filter { $0.name == .dir }
            if options.labels, label(link, map: map, language: words.first) != nil {
                // Each language in up to two balanced lines, the first language's first.
                var seen: [String] = []
                for language in words.languages {
                    guard let text = label(link, map: map, language: language), !seen.contains(text) else { continue }
                    seen.append(text)
                    edge.labelLines += TextWidth.balanced(text, width: 130, size: 9, maxLines: 2)
                }
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
        // The organisation or community a box stands for carries the box's
        // name: its label in bold, drawn once, inside the box.
        for cluster in clusters.list {
            if let head = cluster.head { nodes[head].attributes.append(.init(.fontname, boldFont)) }
        }

        func key(in words: DrawingWords) -> Legend? {
            LegendBuilder.build(checked, theme: theme, words: words, emphasis: emphasis, types: options.labels, boxes: !clusters.list.isEmpty)
        }
        // The key in the drawing's languages, and in the others it could be
        // drawn in (English alone and Welsh alone; both, either way round):
        // its room must not move a node from one language's drawing to another's.
        let others = words.isBilingual ? [Array(words.languages.reversed())]
            : Language.allCases.filter { $0 != words.first }.map { [$0] }
        let keys = ([words] + others.map(DrawingWords.init)).compactMap(key(in:))
        var diagram = Diagram(
            prefix: prefix, title: words.each(" / ") { checked.title(in: $0) }, summary: words.each { summary(checked, language: $0) },
            engine: engine,
            graph: graphAttributes(map, prefix: prefix, engine: engine, theme: theme, page: options.page, labels: options.labels),
            nodeDefaults: nodeDefaults(theme), edgeDefaults: edgeDefaults,
            nodes: nodes, edges: edges, clusters: clusters.list,
            legend: options.legend ? keys.first : nil)
        diagram.ownKeys = keys
        diagram.page = options.page
        diagram.room = options.room
        if options.ecoMap, engine == .neato, let centre = EcoCentre.choose(checked, asked: options.centre) {
            diagram.ecoCentre = centre
            // The centre drawn larger, as an eco-map's focus is.
            let wrap = wrapping(options, fontSize: ecoCentreFontSize, nodes: map.nodes.count)
            let node = map.nodes[centre]
            diagram.nodes[centre].attributes.removeAll { [.label, .fontsize, .penwidth].contains($0.name) }
            diagram.nodes[centre].attributes += [.init(.label, GraphvizText.label(words.each { wrap(node.label(in: $0)) })),
                                                 .init(.fontsize, String(Int(ecoCentreFontSize))), .init(.penwidth, "2.4")]
            if !words.isBilingual, let welsh = node.welshLabel, welsh != node.label {
                diagram.nodes[centre].sizingLabels = [GraphvizText.label(wrap(options.language == .cy ? node.label : welsh))]
            }
            // The centre stands alone in the middle: the boxes round it go, and
            // what was in them is tied to it (on the first ring, by its side).
            var chain: [Int] = []
            var box = diagram.nodes[centre].cluster
            while let b = box { chain.append(b); box = diagram.clusters[b].parent }
            if !chain.isEmpty {
                let dropped = Set(chain)
                diagram.ecoMembers = diagram.nodes.indices.filter { i in
                    i != centre && diagram.nodes[i].cluster.map(dropped.contains) == true
                }
                var newIndex = [Int?](repeating: nil, count: diagram.clusters.count)
                var kept: [DiagramCluster] = []
                for (k, cluster) in diagram.clusters.enumerated() where !dropped.contains(k) {
                    var copy = cluster
                    var parent = cluster.parent
                    while let p = parent, dropped.contains(p) { parent = diagram.clusters[p].parent }
                    copy.parent = parent.flatMap { newIndex[$0] }
                    newIndex[k] = kept.count
                    kept.append(copy)
                }
                for i in diagram.nodes.indices {
                    var c = diagram.nodes[i].cluster
                    while let k = c, dropped.contains(k) { c = diagram.clusters[k].parent }
                    diagram.nodes[i].cluster = c.flatMap { newIndex[$0] }
                }
                diagram.clusters = kept
                if kept.isEmpty {
                    diagram.legend?.marks.removeAll { $0.key == LegendBuilder.boxKey }
                    for k in diagram.ownKeys.indices { diagram.ownKeys[k].marks.removeAll { $0.key == LegendBuilder.boxKey } }
                }
            }
            // Each sector's name, capitalised, in each language of the drawing.
            let sectors: [Phrase] = [.organisations, .platforms, .people, .communities]
            func names(in words: DrawingWords) -> [Int: String] {
                Dictionary(uniqueKeysWithValues: sectors.enumerated().map { i, phrase in
                    (i, words.each(" / ") { language in let name = language[phrase]; return name.prefix(1).uppercased() + name.dropFirst() })
                })
            }
            diagram.sectorNames = names(in: words)
            // As the key's room is: the widest of each name in the languages
            // the map could be drawn in, so that its Welsh and English
            // drawings lay the rings out alike.
            let all = ([words] + others.map(DrawingWords.init)).map(names(in:))
            func width(_ name: String) -> Double { TextWidth.of(name, size: Self.sectorNameSize) }
            diagram.sectorNamesLaidOut = Dictionary(uniqueKeysWithValues: diagram.sectorNames.keys.map { k in
                (k, all.compactMap { $0[k] }.max { (width($0), $0) < (width($1), $1) } ?? "")
            })
        }
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
        // An eco-map's nodes go round rings: narrower nodes make shorter rings.
        let width = options.page.wrapWidth * fontSize / 11 * (options.ecoMap ? ecoWrap : 1)
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
            // Room between nodes: on a small map enough for a line with an
            // arrowhead at each end to show between neighbours (with 5 pt a
            // two-way line in a 3-node map was a few pixels long).
            let sep = map.nodes.count <= smallMap ? "+12" : "+5"
            a += [.init(.overlap, "prism"), .init(.overlapScaling, scaling), .init(.sep, sep),
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
                                       words: DrawingWords, wrap: (String) -> String) -> [GVAttribute] {
        let theme = options.theme
        let fill = node.attributes.text(AttributeName.colour).flatMap(Colour.init)
            ?? node.attributes.text(AttributeName.color).flatMap(Colour.init)
            ?? map.colour(of: node.kind) ?? theme.fill(node.kind)
        var a: [GVAttribute] = [
            // Graphviz puts "node" before the class itself.
            .init(.id, elementID), .init(.class, node.kind.rawValue),
            // Bilingual: the first language's label above the second's, each broken into lines for the page.
            .init(.label, GraphvizText.label(words.each { wrap(node.label(in: $0)) })),
            .init(.shape, KindShape.shape(node.kind)), .init(.style, KindShape.style(node.kind)),
            .init(.fillcolor, fill.hex), .init(.fontcolor, theme.text(on: fill).hex),
        ]
        if options.links, let url = node.url.flatMap(GraphvizText.url) {
            // The link's hover text: the name on one line in each language (Graphviz would
            // otherwise take the wrapped label, and show its line breaks as "\n").
            a += [.init(.url, url), .init(.tooltip, GraphvizText.label(words.each(" / ") { node.label(in: $0) }))]
        }
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
        if options.labels, label(link, map: map, language: DrawingWords(options).first) != nil {
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
        let words = DrawingWords(options)
        for i in map.links.indices {
            guard let p = checked.viaPlatform(i) else { continue }
            for e in [checked.from(i), checked.to(i)] where e != p {
                let pair = Pair(a: min(e, p), b: max(e, p))
                guard !linked.contains(pair), drawn.insert(pair).inserted else { continue }
                let colour = map.nodes[p].attributes.text(AttributeName.colour).flatMap(Colour.init)
                    ?? map.colour(of: .platform) ?? options.theme.fill(.platform)
                var edge = DiagramEdge(
                    from: e, to: p, role: .via, direction: .undirected, elementID: "\(prefix)-via-\(edges.count + 1)",
                    tooltip: words.each { $0[.via, map.nodes[e].name(in: $0), map.nodes[p].name(in: $0)] },
                    attributes: [.init(.id, "\(prefix)-via-\(edges.count + 1)"), .init(.class, "via")]
                        + DiagramStyle.via(colour: colour))
                edge.routing = [.init(.dir, "none")]
                edges.append(edge)
            }
        }
        return edges
    }

    /// "informs: one-way updates (via Video conferencing)", with the link's
    /// Welsh label (`cy:`) in Welsh: "hysbysu: diweddariadau un ffordd".
    static func label(_ link: Link, map: EcosystemMap, language: Language) -> String? {
        var parts: [String] = []
        if let type = link.type { parts.append(language.type(type)) }
        if let label = link.label(in: language) { parts.append(label) }
        var text = parts.joined(separator: ": ")
        if let via = link.via {
            let name = map[via]?.name(in: language) ?? .fixed(via)
            text += (text.isEmpty ? "" : " ") + language[.viaName, name]
        }
        return text.isEmpty ? nil : text
    }
}
