import EcomapCore

/// The current map with the comparison's gaps drawn on it (`compare --diagram`):
/// links that should flow both ways get an open arrowhead in the accent
/// colour, missing links are dashed in that colour, missing nodes appear as
/// ghosts with a dashed outline, and the key explains each mark.
enum GapDiagram {
    /// With `part` (a view of the current map), only what the part shows is
    /// drawn and marked; a missing node is drawn when it would link to a node shown.
    static func diagram(_ c: Comparison, options: RenderOptions = RenderOptions(), showing part: CheckedMap? = nil) -> Diagram {
        let (current, best) = (c.currentMap, c.bestMap)
        var diagram = DiagramBuilder.build(part ?? current, options: options)
        let wrap = DiagramBuilder.wrapping(options, fontSize: 11, nodes: current.nodes.count)
        let theme = options.theme, language = options.language
        let accent = theme.accent.hex
        var place: [String: Int] = [:]
        for (i, node) in diagram.nodes.enumerated() { place[node.name] = i }
        var used = Set<String>()
        // A node can be in several findings; it is marked once and its tooltip names each.
        var marked = Set<Int>()

        func link(_ from: Int, _ to: Int, _ key: String, _ tooltip: String, _ attributes: [GVAttribute]) {
            let id = "\(diagram.prefix)-gap-\(diagram.edges.count + 1)"
            var edge = DiagramEdge(from: from, to: to, elementID: id, tooltip: tooltip,
                                   attributes: [.init(.id, id), .init(.class, "gap \(key)")] + attributes)
            // A mark, not part of the map: the map's nodes stay where its own drawing has them.
            edge.extra = true
            diagram.edges.append(edge)
            used.insert(key)
        }

        for finding in c.findings {
            let ends = finding.nodes.compactMap { place[$0] }
            switch finding.kind {
            case .missingTwoWay where ends.count == 2:
                for e in diagram.edges.indices where diagram.edges[e].from == ends[0] && diagram.edges[e].to == ends[1]
                    && diagram.edges[e].attributes[.dir] == "forward" {
                    diagram.edges[e].attributes += marks.twoWay(accent)
                    diagram.edges[e].tooltip += " — " + language[.shouldBeTwoWay]
                    used.insert("gap-two-way")
                }
            case .moveToPlatform where ends.count == 2, .strengthen where ends.count == 2:
                // The link itself is marked: it is there, but should go through a platform, or work better.
                let key = finding.kind == .moveToPlatform ? "gap-platform" : "gap-stronger"
                let words = language[finding.kind == .moveToPlatform ? .shouldGoThroughPlatform : .shouldBeStronger]
                for e in diagram.edges.indices where Set([diagram.edges[e].from, diagram.edges[e].to]) == Set(ends)
                    && diagram.edges[e].attributes[.class]?.hasPrefix("link") == true {
                    diagram.edges[e].attributes += finding.kind == .moveToPlatform ? marks.platform(accent) : marks.stronger(accent)
                    diagram.edges[e].tooltip += " — " + words + ": " + finding.summary(in: language)
                    used.insert(key)
                }
            case .missingLink where ends.count == 2:
                link(ends[0], ends[1], "gap-missing-link", "\(language[.missingLink]): \(finding.summary(in: language))",
                     marks.missingLink(accent, both: finding.direction == .twoWay))
            case .distance where ends.count == 2:
                let existing = diagram.edges.indices.filter {
                    Set([diagram.edges[$0].from, diagram.edges[$0].to]) == Set(ends) && diagram.edges[$0].attributes[.class]?.hasPrefix("link") == true
                }
                if existing.isEmpty {
                    link(ends[0], ends[1], "gap-closer", "\(language[.shouldBeCloser]): \(finding.summary(in: language))", marks.closer(accent))
                } else {
                    for e in existing { diagram.edges[e].attributes += marks.closer(accent) }
                    used.insert("gap-closer")
                }
            case .oneWayNode, .isolatedParticipants:
                for n in ends {
                    if marked.insert(n).inserted { diagram.nodes[n].attributes += marks.node(accent) }
                    diagram.nodes[n].tooltip += " — " + finding.summary(in: language)
                }
                if !ends.isEmpty { used.insert("gap-node") }
            case .missingNode, .missingPlatform:
                guard let id = finding.nodes.first, let b = best.position(of: id) else { continue }
                let node = best.nodes[b]
                let partners = c.bestPairsTouching(b).compactMap { pair, info -> (Int, PairIndex.Info)? in
                    let other = Int(pair.a) == b ? Int(pair.b) : Int(pair.a)
                    return c.matching.currentFor[other].map({ current.nodes[$0].id }).flatMap({ place[$0] }).map { ($0, info) }
                }
                // In part of the map, a missing node with nothing shown to link to belongs elsewhere.
                if part != nil && partners.isEmpty { continue }
                let ghost = diagram.nodes.count
                diagram.nodes.append(DiagramNode(
                    name: "ghost:\(node.id)", elementID: "\(diagram.prefix)-missing-\(GraphvizText.elementID(node.id))",
                    tooltip: "\(language[.missingNode]): \(node.label(in: language))", cluster: nil,
                    attributes: [.init(.id, "\(diagram.prefix)-missing-\(GraphvizText.elementID(node.id))"),
                                 .init(.class, "ghost \(node.kind.rawValue)"),
                                 .init(.label, GraphvizText.label(wrap(node.label(in: language)))),
                                 .init(.shape, KindShape.shape(node.kind))] + marks.ghost(accent, theme: theme)))
                diagram.nodes[ghost].extra = true
                used.insert("gap-ghost")
                // Its links in best practice, to the nodes the current map has.
                for (partner, info) in partners {
                    let bestLink = best.links[info.link]
                    let outward = bestLink.from == node.id
                    link(outward ? ghost : partner, outward ? partner : ghost, "gap-missing-link",
                         "\(language[.missingLink]): \(node.label(in: language))", marks.missingLink(accent, both: info.twoWay))
                }
            default:
                continue
            }
        }
        if var legend = diagram.legend {
            if used.contains("gap-ghost") {
                legend.marks.append(.init(key: "gap-ghost", label: language[.missingNode], attributes: sample + [.init(.shape, "ellipse")] + marks.ghost(accent, theme: theme)))
            }
            if used.contains("gap-node") {
                legend.marks.append(.init(key: "gap-node", label: language[.oneWayNodeMark],
                                          attributes: sample + [.init(.shape, "ellipse"), .init(.style, "filled"), .init(.fillcolor, theme.background.hex)] + marks.node(accent)))
            }
            if used.contains("gap-two-way") {
                legend.lines.append(.init(label: language[.shouldBeTwoWay], key: "gap-two-way",
                                          attributes: [.init(.dir, "forward"), .init(.color, accent)] + marks.twoWay(accent)))
            }
            if used.contains("gap-missing-link") {
                legend.lines.append(.init(label: language[.missingLink], key: "gap-missing-link", attributes: marks.missingLink(accent, both: false)))
            }
            if used.contains("gap-platform") {
                legend.lines.append(.init(label: language[.shouldGoThroughPlatform], key: "gap-platform", attributes: [.init(.dir, "none")] + marks.platform(accent)))
            }
            if used.contains("gap-stronger") {
                legend.lines.append(.init(label: language[.shouldBeStronger], key: "gap-stronger", attributes: [.init(.dir, "none")] + marks.stronger(accent)))
            }
            if used.contains("gap-closer") {
                legend.lines.append(.init(label: language[.shouldBeCloser], key: "gap-closer", attributes: [.init(.dir, "none")] + marks.closer(accent)))
            }
            diagram.legend = legend
        }
        diagram.summary = language[.gapSummary, diagram.summary, c.bestMap.title(in: language),
                                   c.gapCountPhrases(in: language).joined(separator: ", ")]
        return diagram
    }

    private static let sample: [GVAttribute] = [.init(.label, ""), .init(.width, "0.42"), .init(.height, "0.26"), .init(.fixedsize, "true")]

    /// The look of each mark.
    enum marks {
        static func twoWay(_ accent: String) -> [GVAttribute] {
            [.init(.dir, "both"), .init(.arrowtail, "empty"), .init(.color, accent), .init(.penwidth, "2.2")]
        }
        static func missingLink(_ accent: String, both: Bool) -> [GVAttribute] {
            [.init(.dir, both ? "both" : "forward"), .init(.style, "dashed"), .init(.color, accent), .init(.penwidth, "2")]
        }
        static func platform(_ accent: String) -> [GVAttribute] {
            [.init(.color, accent), .init(.penwidth, "2.2"), .init(.style, "dotted")]
        }
        static func stronger(_ accent: String) -> [GVAttribute] {
            [.init(.color, accent), .init(.penwidth, "2.2"), .init(.style, "dashed")]
        }
        static func closer(_ accent: String) -> [GVAttribute] {
            [.init(.color, accent), .init(.penwidth, "3"), .init(.style, "solid")]
        }
        static func node(_ accent: String) -> [GVAttribute] {
            [.init(.color, accent), .init(.penwidth, "3")]
        }
        static func ghost(_ accent: String, theme: Theme) -> [GVAttribute] {
            [.init(.style, "dashed"), .init(.color, accent), .init(.fontcolor, accent), .init(.penwidth, "1.8")]
        }
    }
}
