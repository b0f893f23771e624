import EcomapCore

/// Every node of a map, however large (``Layout/full``): for people who want
/// the whole picture, to zoom into on a screen.
///
/// Up to ``neatoLimit`` nodes it is the drawing the automatic layout makes of
/// a map that fits (`neato`, with boxes, shaped for the page). Above, `sfdp`
/// (multilevel, near-linear) lays it out in about a second at 1,000 nodes,
/// and two things keep the groups apparent:
/// - each node is tied to the organisation or community whose box it is in
///   by a line that is laid out but not drawn, so a box's members gather round it;
/// - each group's lines into a platform it shares with other groups (two or
///   more of its nodes, the groups as ``MapOverview`` makes them) are bundled:
///   they meet at a small dot, and one line, as wide as it is full and with
///   the number on it, goes on into the platform. 85 lines into Yammer become
///   12 trunks, one from each agency.
enum FullDiagram {
    /// The largest map drawn as the automatic layout draws a map that fits.
    static let neatoLimit = 60

    static func build(_ map: CheckedMap, options: RenderOptions) -> Diagram {
        var drawn = options
        let small = map.nodes.count <= neatoLimit && map.links.count <= 3 * neatoLimit
        drawn.layout = small ? .neato : .sfdp
        var diagram = DiagramBuilder.build(map, options: drawn)
        guard !small else { return diagram }
        tie(&diagram, map: map)
        bundle(&diagram, map: map, options: options)
        return diagram
    }

    /// Lines, laid out but not drawn, from each node to the box it is in.
    static func tie(_ diagram: inout Diagram, map: CheckedMap) {
        for p in map.nodes.indices where map.container[p] >= 0 {
            let id = "\(diagram.prefix)-tie-\(p + 1)"
            diagram.edges.append(DiagramEdge(from: p, to: Int(map.container[p]), role: .gap, direction: .undirected,
                                             elementID: id, tooltip: "",
                                             attributes: [.init(.id, id), .init(.class, "tie"), .init(.style, "invis"), .init(.dir, "none")]))
        }
    }

    /// Each group's lines into a shared platform, met at a dot and carried on as one.
    static func bundle(_ diagram: inout Diagram, map: CheckedMap, options: RenderOptions) {
        let overview = MapOverview(map)
        let groupOf = overview.groupOf
        struct Key: Hashable { var group: Int32; var platform: Int }
        var lines: [Key: [Int]] = [:]
        var order: [Key] = []
        for (e, edge) in diagram.edges.enumerated() {
            switch edge.role {
            case .link, .via: break
            default: continue
            }
            let (a, b) = (edge.from, edge.to)
            for (member, platform) in [(a, b), (b, a)] where map.nodes[platform].kind == .platform && map.nodes[member].kind != .platform {
                guard !overview.groups[Int(groupOf[platform])].isGroup, groupOf[member] != groupOf[platform] else { continue }
                let key = Key(group: groupOf[member], platform: platform)
                if lines[key] == nil { order.append(key) }
                lines[key, default: []].append(e)
                break
            }
        }
        // Only platforms several groups share: a platform one group uses stays among its nodes.
        var groupsUsing: [Int: Int] = [:]
        for key in order where lines[key]!.count >= 2 { groupsUsing[key.platform, default: 0] += 1 }
        for key in order {
            let edges = lines[key]!
            guard edges.count >= 2, (groupsUsing[key.platform] ?? 0) >= 2 else { continue }
            let junction = diagram.nodes.count
            let id = "\(diagram.prefix)-bundle-\(junction + 1)"
            let platform = map.nodes[key.platform]
            var dot = DiagramNode(name: "~bundle:\(key.group):\(key.platform)", kind: .platform, position: key.platform,
                                  elementID: id, tooltip: "\(overview.groups[Int(key.group)].label) → \(platform.label(in: options.language))",
                                  cluster: nil, attributes: [
                                      .init(.id, id), .init(.class, "junction"), .init(.shape, "point"), .init(.width, "0.08"),
                                      .init(.color, options.theme.line.hex), .init(.fillcolor, options.theme.line.hex), .init(.label, ""),
                                  ])
            dot.junction = true
            diagram.nodes.append(dot)
            var toPlatform = 0, fromPlatform = 0, both = 0
            for e in edges {
                var edge = diagram.edges[e]
                let towards = edge.to == key.platform
                switch edge.direction {
                case .oneWay: if towards { toPlatform += 1 } else { fromPlatform += 1 }
                case .twoWay: both += 1
                case .undirected: break
                }
                if towards { edge.to = junction } else { edge.from = junction }
                // The arrowheads go on the trunk, where the lines meet the platform.
                edge.attributes.removeAll { $0.name == .dir }
                edge.attributes.append(.init(.dir, "none"))
                diagram.edges[e] = edge
            }
            let direction: LinkDirection = both > 0 || (toPlatform > 0 && fromPlatform > 0) ? .twoWay
                : toPlatform > 0 || fromPlatform > 0 ? .oneWay : .undirected
            let trunkID = "\(diagram.prefix)-trunk-\(junction + 1)"
            var trunk = DiagramEdge(from: fromPlatform > toPlatform ? key.platform : junction,
                                    to: fromPlatform > toPlatform ? junction : key.platform,
                                    role: .bundle, direction: direction, elementID: trunkID,
                                    tooltip: "\(dot.tooltip) (\(options.language.counted(count: edges.count)))",
                                    attributes: [.init(.id, trunkID), .init(.class, "bundle"), DiagramStyle.arrows(direction),
                                                 .init(.color, options.theme.line.hex)] + DiagramStyle.counted(edges.count))
            trunk.count = edges.count
            trunk.labelLines = [Figures.grouped(edges.count)]
            trunk.attributes += [.init(.label, Figures.grouped(edges.count)), .init(.fontname, DiagramBuilder.font),
                                 .init(.fontsize, "11"), .init(.fontcolor, options.theme.text.hex)]
            diagram.edges.append(trunk)
        }
        if let legend = diagram.legend, order.contains(where: { lines[$0]!.count >= 2 && (groupsUsing[$0.platform] ?? 0) >= 2 }) {
            var key = legend
            key.lines.append(Legend.LineEntry(label: options.language[.bundledLines], key: "bundle",
                                              attributes: [.init(.dir, "forward"), .init(.color, options.theme.line.hex)] + DiagramStyle.counted(12)))
            diagram.legend = key
        }
    }
}
