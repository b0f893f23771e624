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
        let drawn = part ?? current
        var diagram = DiagramBuilder.build(drawn, options: options)
        let wrap = DiagramBuilder.wrapping(options, fontSize: 11, nodes: current.nodes.count)
        let theme = options.theme, words = DrawingWords(options)
        // Where each of the current map's nodes and links is drawn, by its
        // position in the whole map: one pass, then each finding is a lookup.
        var nodeAt = [Int?](repeating: nil, count: current.nodes.count)
        var edgesOf: [Int: [Int]] = [:]
        var pairEdges: [Set<Int>: [Int]] = [:]
        for (i, node) in diagram.nodes.enumerated() {
            nodeAt[drawn.origin.map { Int($0.nodes[node.position]) } ?? node.position] = i
        }
        for (e, edge) in diagram.edges.enumerated() {
            guard case .link(let k) = edge.role else { continue }
            edgesOf[drawn.origin.map { Int($0.links[k]) } ?? k, default: []].append(e)
            pairEdges[[edge.from, edge.to], default: []].append(e)
        }
        var used = Set<GapMark>()

        func addLine(_ from: Int, _ to: Int, _ mark: GapMark, direction: LinkDirection, _ tooltip: String) {
            let id = "\(diagram.prefix)-gap-\(diagram.edges.count + 1)"
            var edge = DiagramEdge(from: from, to: to, role: .gap, direction: direction, marks: [mark], elementID: id, tooltip: tooltip,
                                   attributes: [.init(.id, id), .init(.class, "gap \(DiagramStyle.key(mark))")])
            // A mark, not part of the map: the map's nodes stay where its own drawing has them.
            edge.extra = true
            diagram.edges.append(edge)
            used.insert(mark)
        }
        func mark(_ edges: [Int], _ mark: GapMark, _ note: String) {
            for e in edges {
                diagram.edges[e].marks.insert(mark)
                diagram.edges[e].tooltip += " — " + note
                used.insert(mark)
            }
        }

        for finding in c.findings {
            switch finding.subject {
            case .current(let pair, let links):
                let nodes = pair.all
                let ends = nodes.compactMap { nodeAt[$0] }
                guard ends.count == nodes.count else { continue }
                let edges = links.flatMap { edgesOf[$0] ?? [] }
                switch finding.kind {
                case .missingTwoWay:
                    mark(edges.filter { diagram.edges[$0].direction == .oneWay }, .shouldBeTwoWay, words[.shouldBeTwoWay])
                case .moveToPlatform:
                    mark(edges, .shouldGoThroughPlatform, words.each { $0[.shouldGoThroughPlatform] + ": " + finding.summary(in: $0) })
                case .strengthen:
                    mark(edges, .shouldBeStronger, words.each { $0[.shouldBeStronger] + ": " + finding.summary(in: $0) })
                case .missingLink where ends.count == 2:
                    addLine(ends[0], ends[1], .missingLink, direction: finding.direction ?? .oneWay,
                            words.each { "\($0[.missingLink]): \(finding.summary(in: $0))" })
                case .distance where ends.count == 2:
                    let existing = edges.isEmpty ? pairEdges[[ends[0], ends[1]]] ?? [] : edges
                    if existing.isEmpty {
                        addLine(ends[0], ends[1], .shouldBeCloser, direction: .undirected,
                                words.each { "\($0[.shouldBeCloser]): \(finding.summary(in: $0))" })
                    } else {
                        for e in existing { diagram.edges[e].marks.insert(.shouldBeCloser) }
                        used.insert(.shouldBeCloser)
                    }
                case .oneWayNode, .isolatedParticipants:
                    for n in ends {
                        diagram.nodes[n].marks.insert(.oneWay)
                        diagram.nodes[n].tooltip += " — " + words.each { finding.summary(in: $0) }
                        used.insert(.oneWay)
                    }
                default:
                    continue
                }
            case .best(let b):
                guard finding.kind == .missingNode || finding.kind == .missingPlatform else { continue }
                let node = best.nodes[b]
                let partners = c.bestPairsTouching(b).compactMap { pair, info -> (Int, PairIndex.Info)? in
                    let other = Int(pair.a) == b ? Int(pair.b) : Int(pair.a)
                    return c.matching.currentFor[other].flatMap { nodeAt[$0] }.map { ($0, info) }
                }
                // In part of the map, a missing node with nothing shown to link to belongs elsewhere.
                if part != nil && partners.isEmpty { continue }
                let ghost = diagram.nodes.count
                let id = "\(diagram.prefix)-missing-\(GraphvizText.elementID(node.id))"
                var drawnNode = DiagramNode(
                    name: "ghost:\(node.id)", kind: node.kind, position: b, side: .best, marks: [.missingNode], elementID: id,
                    tooltip: words.each { "\($0[.missingNode]): \(node.label(in: $0))" }, cluster: nil,
                    attributes: [.init(.id, id), .init(.class, "ghost \(node.kind.rawValue)"),
                                 .init(.label, GraphvizText.label(words.each { wrap(node.label(in: $0)) })),
                                 .init(.shape, KindShape.shape(node.kind))])
                drawnNode.extra = true
                diagram.nodes.append(drawnNode)
                used.insert(.missingNode)
                // Its links in best practice, to the nodes the current map has.
                for (partner, info) in partners {
                    let outward = best.links[info.link].from == node.id
                    addLine(outward ? ghost : partner, outward ? partner : ghost, .missingLink, direction: info.twoWay ? .twoWay : .oneWay,
                            words.each { "\($0[.missingLink]): \(node.label(in: $0))" })
                }
            }
        }
        DiagramStyle.applyMarks(&diagram, theme: theme)
        if var legend = diagram.legend {
            // Nodes first, then lines, each in the order the key has always listed them.
            for mark in [GapMark.missingNode, .oneWay] where used.contains(mark) {
                let shape: [GVAttribute] = mark == .missingNode ? [.init(.shape, "ellipse")]
                    : [.init(.shape, "ellipse"), .init(.style, "filled"), .init(.fillcolor, theme.background.hex)]
                legend.marks.append(.init(key: DiagramStyle.key(mark), label: words[DiagramStyle.phrase(mark)],
                                          attributes: sample + shape + DiagramStyle.mark(mark, theme: theme)))
            }
            for group in DiagramStyle.lineMarks {
                let shown = group.filter(used.contains)
                guard let mark = shown.first else { continue }
                // A one-way line marked, and lines without arrowheads for the marks that are about the line itself.
                let base: [GVAttribute] = mark == .shouldBeTwoWay ? [.init(.dir, "forward"), .init(.color, theme.accent.hex)]
                    : mark == .missingLink ? [] : [.init(.dir, "none")]
                let label = shown.count > 1 ? words[.shouldBeStrongerOrCloser] : words[DiagramStyle.phrase(mark)]
                legend.lines.append(.init(label: label, key: DiagramStyle.key(mark),
                                          attributes: base + DiagramStyle.mark(mark, theme: theme)))
            }
            diagram.legend = legend
        }
        let mapSummaries = diagram.summary.components(separatedBy: "\n")
        diagram.summary = zip(words.languages, words.languages.indices).map { language, i in
            language[.gapSummary, mapSummaries[min(i, mapSummaries.count - 1)], c.bestMap.titleName(in: language),
                     c.gapCountPhrases(in: language).joined(separator: ", ")]
        }.joined(separator: "\n")
        return diagram
    }

    private static let sample: [GVAttribute] = [.init(.label, ""), .init(.width, "0.42"), .init(.height, "0.26"), .init(.fixedsize, "true")]
}
