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
    static func render(_ c: Comparison, options: RenderOptions, deadline: Deadline) throws(Diagnostic) -> [UInt8] {
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
        finish(&left, heading: words.each { "\($0[.current]): \(current.title(in: $0))" })
        finish(&right, heading: words.each { "\($0[.bestPractice]): \(best.title(in: $0))" })
        let leftSVG = try GraphvizRenderer.drawPlaced(left, format: .svg, deadline: deadline)
        let rightSVG = try GraphvizRenderer.drawPlaced(right, format: .svg, deadline: deadline)
        var drawing = SVGComposer.beside(leftSVG, rightSVG)
        let (leftDiagram, rightDiagram) = (left.diagram, right.diagram)
        let prefix = "\(leftDiagram.prefix)-vs-\(rightDiagram.prefix)"
        var parts = [leftDiagram, rightDiagram]
        if options.legend, let legend = key(c, options: options) {
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
