import EcomapCore

/// Both maps in one picture (`compare --side-by-side`): the current map on the
/// left, best practice on the right, one key, and the nodes the two share in
/// the same places, so the eye can compare.
///
/// The two maps are laid out once, together (matched nodes as one), and each
/// is then drawn at those positions; invisible corners give both drawings the
/// same frame.
enum SideBySide {
    static func render(_ c: Comparison, options: RenderOptions, deadline: Deadline) throws(Diagnostic) -> [UInt8] {
        let language = options.language
        let (current, best) = (c.currentMap, c.bestMap)
        // The union of the two maps: best-practice nodes without a partner join under a name no map id can have.
        var union = EcosystemMap()
        var unionName: [Int: String] = [:]
        for node in current.nodes { union.add(node) }
        for (i, node) in best.nodes.enumerated() {
            if let partner = c.matching.currentFor[i] {
                unionName[i] = current.nodes[partner].id
            } else {
                var ghost = node
                ghost.id = "best:\(node.id)"
                ghost.attributes = Attributes()
                union.add(ghost)
                unionName[i] = ghost.id
            }
        }
        union.links = current.links
        for (i, link) in best.links.enumerated() {
            let (from, to) = (best.from(i), best.to(i))
            var copy = link
            copy.from = unionName[from]!
            copy.to = unionName[to]!
            union.links.append(copy)
        }
        var unionOptions = options
        unionOptions.legend = false
        let unionMap = CheckedMap(trusted: union, name: current.name, identifier: "union")
        let together = DiagramBuilder.build(unionMap, options: unionOptions)
        let places = try GraphvizRenderer.positions(together, deadline: deadline)
        let xs = places.values.map(\.x), ys = places.values.map(\.y)
        let frame = (min: GraphvizRenderer.Point(x: (xs.min() ?? 0) - 40, y: (ys.min() ?? 0) - 40),
                     max: GraphvizRenderer.Point(x: (xs.max() ?? 0) + 40, y: (ys.max() ?? 0) + 40))

        func side(_ map: CheckedMap, name: (Int) -> String, heading: String, part: String) throws(Diagnostic) -> ([UInt8], Diagram) {
            var sideOptions = options
            // With a prefix of its own (a page that also shows each map alone),
            // each side's ids start with it; else with the side's map id.
            sideOptions.prefix = options.prefix.map { "\($0)-\(part)" }
            sideOptions.legend = false
            sideOptions.engine = together.engine
            var diagram = DiagramBuilder.build(map, options: sideOptions)
            diagram.fixedPositions = true
            // Membership boxes need a layout of their own: left out here.
            diagram.clusters = []
            for i in map.nodes.indices {
                if let p = places[name(i)] { diagram.nodes[i].attributes.append(.init(.pos, "\(p.x),\(p.y)")) }
                diagram.nodes[i].cluster = nil
            }
            for (k, corner) in [frame.min, frame.max].enumerated() {
                diagram.nodes.append(DiagramNode(name: "frame:\(k)", elementID: "\(diagram.prefix)-frame-\(k)", tooltip: "", cluster: nil,
                                                 attributes: [.init(.id, "\(diagram.prefix)-frame-\(k)"), .init(.shape, "point"),
                                                              .init(.style, "invis"), .init(.width, "0.01"), .init(.pos, "\(corner.x),\(corner.y)")]))
            }
            diagram.graph += [.init(.label, GraphvizText.label(heading)), .init(.labelloc, "t"), .init(.fontsize, "16"),
                              .init(.fontcolor, options.theme.text.hex)]
            return (try GraphvizRenderer.render(diagram, format: .svg, deadline: deadline), diagram)
        }

        let (left, leftDiagram) = try side(current, name: { current.nodes[$0].id },
                                           heading: "\(language[.current]): \(c.currentMap.title(in: language))", part: "current")
        let (right, rightDiagram) = try side(best, name: { unionName[$0]! }, heading: "\(language[.bestPractice]): \(c.bestMap.title(in: language))", part: "best")
        var drawing = SVGComposer.beside(left, right)
        let prefix = "\(leftDiagram.prefix)-vs-\(rightDiagram.prefix)"
        // One key for both: what either map uses.
        var keyMap = union
        keyMap.styles = current.map.styles
        let keyChecked = CheckedMap(trusted: keyMap, name: current.name, identifier: "union")
        var parts = [leftDiagram, rightDiagram]
        if options.legend, let legend = LegendBuilder.build(keyChecked, theme: options.theme, language: language,
                                                            emphasis: Emphasis(keyChecked, options: RenderOptions())) {
            let key = try GraphvizRenderer.renderKey(legend, prefix: prefix,
                                                     background: leftDiagram.graph.filter { [.bgcolor, .fontname, .pad].contains($0.name) },
                                                     deadline: deadline)
            drawing = SVGComposer.beside(drawing, key)
            var keyPart = leftDiagram
            (keyPart.prefix, keyPart.nodes, keyPart.edges, keyPart.clusters, keyPart.legend) = (prefix, [], [], [], legend)
            parts.append(keyPart)
        }
        let title = "\(c.currentMap.title(in: language)) \(language[.comparedWith]) \(c.bestMap.title(in: language))"
        let summary = "\(language[.current]): \(leftDiagram.summary). \(language[.bestPractice]): \(rightDiagram.summary)."
        return SVGFinisher.finish(drawing, prefix: prefix, title: title, summary: summary, parts: parts, embed: options.forWebPage)
    }
}
