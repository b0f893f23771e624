import EcomapCore

/// Both maps in one picture (`compare --side-by-side`): the current map on the
/// left, best practice on the right, one key, and the nodes the two share in
/// the same places, so the eye can compare.
///
/// The current map is laid out exactly as its own drawing lays it out,
/// membership boxes included, so its nodes are where every other drawing of it
/// has them. Best practice puts each node it shares with the current map in
/// the same place and the rest in the nearest free place by their partners;
/// its boxes are drawn where they hold only their own members. Invisible
/// corners give both drawings the same frame.
enum SideBySide {
    static func render(_ c: Comparison, format: OutputFormat = .svg, options: RenderOptions, deadline: Deadline) throws(Diagnostic) -> [UInt8] {
        let words = DrawingWords(options)
        let (current, best) = (c.currentMap, c.bestMap)
        var sideOptions = options
        sideOptions.legend = false
        // With a prefix of its own (a page that also shows each map alone),
        // each side's ids start with it; else with the side's map id.
        sideOptions.prefix = options.prefix.map { "\($0)-current" }
        var left = try Arrangement.place(DiagramBuilder.build(current, options: sideOptions), deadline: deadline)

        var bestOptions = sideOptions
        // Two maps with the same id would share element ids.
        if let prefix = options.prefix {
            bestOptions.prefix = "\(prefix)-best"
        } else if best.identifier == current.identifier {
            bestOptions.prefix = "\(best.identifier)-best"
        }
        // The engine the current map was drawn with, without the eco-map's rings: its places come from the current map's.
        bestOptions.layout = Layout(left.diagram.engine)
        var bestDiagram = DiagramBuilder.build(best, options: bestOptions)
        for i in bestDiagram.nodes.indices { bestDiagram.nodes[i].side = .best }
        bestDiagram.ecoCentre = nil
        let sizes = try CompactLayout.nodeSizes(bestDiagram, deadline: deadline)
        var centres: [Position?] = best.nodes.indices.map { i in
            c.matching.currentFor[i].map { left.centres[$0] }
        }
        ExtraPlacement.place(bestDiagram, sizes: sizes, centres: &centres, boxes: [])
        let fixed = centres.map { $0 ?? Position(x: 0, y: 0) }
        let boxes = Arrangement.boxes(around: bestDiagram, centres: fixed, sizes: sizes)
        var right = CompactLayout.Placed(diagram: CompactLayout.positioned(bestDiagram, centres: fixed, boxes: boxes),
                                         sizes: sizes, centres: fixed, boxes: boxes)
        right.diagram = Arrangement.withoutEmptyBoxes(right.diagram, boxes: boxes)
        right.boxes = boxes.filter { $0 != nil }

        var frame = left.extent.union(right.extent)
        frame = frame.insetBy(-20)
        func finish(_ placed: inout CompactLayout.Placed, heading: String) {
            for (k, corner) in [Position(x: frame.minX, y: frame.minY), Position(x: frame.maxX, y: frame.maxY)].enumerated() {
                placed.diagram.nodes.append(DiagramNode(
                    name: "frame:\(k)", elementID: "\(placed.diagram.prefix)-frame-\(k)", tooltip: "", cluster: nil,
                    attributes: [.init(.id, "\(placed.diagram.prefix)-frame-\(k)"), .init(.shape, "point"), .init(.style, "invis"),
                                 .init(.width, "0.01"), .init(.class, "frame-guide"),
                                 .init(.pos, "\(Number.format(corner.x)),\(Number.format(corner.y))")]))
                placed.centres.append(corner)
                placed.sizes.append(Size(width: 0.72, height: 0.72))
            }
            placed.diagram.graph += [.init(.label, GraphvizText.label(heading)), .init(.labelloc, "t"), .init(.fontsize, "16"),
                                     .init(.fontcolor, options.theme.text.hex)]
        }
        let headings = [words.each { "\($0[.current]): \(current.title(in: $0))" },
                        words.each { "\($0[.bestPractice]): \(best.title(in: $0))" }]
        // Beside each other or one above the other: whichever reads larger on the page.
        let legend = options.legend ? key(c, options: options) : nil
        let keySize = legend.map(LegendPlacer.size(of:)) ?? Size(width: 0, height: 0)
        let besideSize = Size(width: 2 * frame.width + keySize.width, height: max(frame.height + headingRoom, keySize.height))
        let stackedSize = Size(width: frame.width + keySize.width, height: max(2 * (frame.height + headingRoom), keySize.height))
        let stacked = options.page.frame.map { fit(stackedSize, in: $0) > fit(besideSize, in: $0) } ?? false
        if format != .svg {
            // One drawing of both maps, for a bitmap or a page.
            var both = merged(left, right, frame: frame, stacked: stacked, headings: headings, theme: options.theme)
            both.diagram.legend = legend
            both.diagram.page = options.page
            // (A PDF's date is fixed by the caller, with every other PDF's.)
            return try GraphvizRenderer.drawPlaced(both, format: format, deadline: deadline)
        }
        finish(&left, heading: headings[0])
        finish(&right, heading: headings[1])
        let leftSVG = try GraphvizRenderer.drawPlaced(left, format: .svg, deadline: deadline)
        let rightSVG = try GraphvizRenderer.drawPlaced(right, format: .svg, deadline: deadline)
        var drawing = stacked ? SVGComposer.below(leftSVG, rightSVG) : SVGComposer.beside(leftSVG, rightSVG)
        let (leftDiagram, rightDiagram) = (left.diagram, right.diagram)
        let prefix = "\(leftDiagram.prefix)-vs-\(rightDiagram.prefix)"
        var parts = [leftDiagram, rightDiagram]
        if let legend {
            let keySVG = try GraphvizRenderer.renderKey(legend, prefix: prefix,
                                                        background: leftDiagram.graph.filter { [.bgcolor, .fontname, .pad].contains($0.name) },
                                                        deadline: deadline)
            drawing = SVGComposer.beside(drawing, keySVG)
            var keyPart = leftDiagram
            (keyPart.prefix, keyPart.nodes, keyPart.edges, keyPart.clusters, keyPart.legend) = (prefix, [], [], [], legend)
            parts.append(keyPart)
        }
        let title = words.each(" / ") { language in
            let (with, bestTitle) = language.put(best.titleName(in: language), after: language[.comparedWith])
            return "\(current.title(in: language)) \(with) \(bestTitle)"
        }
        let (leftSummaries, rightSummaries) = (leftDiagram.summary.components(separatedBy: "\n"), rightDiagram.summary.components(separatedBy: "\n"))
        let summary = words.languages.enumerated().map { i, language in
            "\(language[.current]): \(leftSummaries[min(i, leftSummaries.count - 1)]). "
                + "\(language[.bestPractice]): \(rightSummaries[min(i, rightSummaries.count - 1)])."
        }.joined(separator: "\n")
        return SVGFinisher.finish(drawing, prefix: prefix, title: title, summary: summary, parts: parts, embed: options.forWebPage)
    }

    /// Room above each map for its heading, in points.
    static let headingRoom = 30.0

    /// Both maps as one drawing: `right` beside `left` (or below it), each
    /// with its heading, the nodes of `right` renamed so the two don't meet.
    private static func merged(_ left: CompactLayout.Placed, _ right: CompactLayout.Placed, frame: Box, stacked: Bool,
                               headings: [String], theme: Theme) -> CompactLayout.Placed {
        let gap = 24.0
        let shift = stacked ? Position(x: 0, y: -(frame.height + headingRoom + gap)) : Position(x: frame.width + gap, y: 0)
        var out = left
        let n = left.diagram.nodes.count, k = left.diagram.clusters.count
        var diagram = left.diagram
        diagram.graph.removeAll { $0.name == .label }
        for var node in right.diagram.nodes {
            node.name = "best:" + node.name
            node.cluster = node.cluster.map { $0 + k }
            if let pos = node.attributes[.pos] {
                let xy = pos.split(separator: ",").compactMap { Double($0) }
                if xy.count == 2 {
                    node.attributes.removeAll { $0.name == .pos }
                    node.attributes.append(.init(.pos, "\(Number.format(xy[0] + shift.x)),\(Number.format(xy[1] + shift.y))"))
                }
            }
            diagram.nodes.append(node)
        }
        for var edge in right.diagram.edges {
            edge.from += n
            edge.to += n
            diagram.edges.append(edge)
        }
        for var cluster in right.diagram.clusters {
            cluster.parent = cluster.parent.map { $0 + k }
            cluster.head = cluster.head.map { $0 + n }
            cluster.name = "cluster_\(diagram.clusters.count)"
            if let bb = cluster.attributes[.bb] {
                let v = bb.split(separator: ",").compactMap { Double($0) }
                if v.count == 4 {
                    cluster.attributes.removeAll { $0.name == .bb }
                    cluster.attributes.append(.init(.bb, Box(minX: v[0] + shift.x, minY: v[1] + shift.y, maxX: v[2] + shift.x, maxY: v[3] + shift.y).graphviz))
                }
            }
            diagram.clusters.append(cluster)
        }
        out.centres += right.centres.map { $0 + shift }
        out.sizes += right.sizes
        out.boxes += right.boxes.map { $0.map { Box(minX: $0.minX + shift.x, minY: $0.minY + shift.y, maxX: $0.maxX + shift.x, maxY: $0.maxY + shift.y) } }
        let offset = left.diagram.edges.count
        for (e, route) in right.routes { out.routes[e + offset] = route.map { $0 + shift } }
        // The headings: plain text over each map.
        for (side, heading) in headings.enumerated() {
            let at = Position(x: frame.centre.x + (side == 1 ? shift.x : 0), y: frame.maxY + headingRoom / 2 + (side == 1 ? shift.y : 0))
            let width = TextWidth.of(heading, size: 16) + 12
            diagram.nodes.append(DiagramNode(
                name: "heading:\(side)", elementID: "\(diagram.prefix)-heading-\(side + 1)", tooltip: heading, cluster: nil,
                attributes: [.init(.id, "\(diagram.prefix)-heading-\(side + 1)"), .init(.shape, "plaintext"),
                             .init(.label, GraphvizText.label(heading)), .init(.fontsize, "16"), .init(.fontcolor, theme.text.hex),
                             .init(.class, "heading-guide"), .init(.width, Number.inches(width)), .init(.height, Number.inches(24)),
                             .init(.fixedsize, "true"), .init(.pos, "\(Number.format(at.x)),\(Number.format(at.y))")]))
            out.centres.append(at)
            out.sizes.append(Size(width: width, height: 24))
        }
        out.diagram = diagram
        return out
    }

    /// One key for both: what either map uses.
    private static func key(_ c: Comparison, options: RenderOptions) -> Legend? {
        var union = c.currentMap.map
        for node in c.bestMap.nodes where union[node.id] == nil {
            var copy = node
            copy.attributes = Attributes()
            union.add(copy)
        }
        let known = Set(union.nodes.map(\.id))
        for link in c.bestMap.links where known.contains(link.from) && known.contains(link.to) { union.links.append(link) }
        let keyChecked = CheckedMap(trusted: union, name: c.currentMap.name, identifier: "union")
        return LegendBuilder.build(keyChecked, theme: options.theme, words: DrawingWords(options),
                                   emphasis: Emphasis(keyChecked, options: RenderOptions()), types: options.labels)
    }
}
