/// Which shape of an overview each node of a map goes in (the rules are
/// ``MapOverview``'s). O(nodes) for each box opened, and few are.
struct OverviewGrouping {
    var groups: [MapOverview.Group] = []
    /// For each node, its shape's index in `groups`.
    var groupOf: [Int32]

    /// A box that holds more than this share of the map is opened.
    static let openAbove = 0.5
    /// Boxes opened one inside another at most this deep.
    static let openingDepth = 8

    init(_ map: CheckedMap, options: MapOverview.Options) {
        let n = map.nodes.count
        let container = map.container.map(Int.init)
        var isBox = [Bool](repeating: false, count: n)
        for p in 0..<n where container[p] >= 0 { isBox[container[p]] = true }
        let order = OverviewGrouping.parentsFirst(container)

        // Open the box that holds most of the map while it has boxes inside it to show.
        var opened = [Bool](repeating: false, count: n)
        var root = OverviewGrouping.roots(container, isBox: isBox, opened: opened, order: order)
        for _ in 0..<OverviewGrouping.openingDepth {
            var size = [Int](repeating: 0, count: n)
            for p in 0..<n where root[p] >= 0 { size[root[p]] += 1 }
            var childBoxes = [Int](repeating: 0, count: n)
            for p in 0..<n where isBox[p] && container[p] >= 0 && root[container[p]] == root[p] { childBoxes[root[p]] += 1 }
            guard let big = (0..<n).first(where: { !opened[$0] && isBox[$0] && root[$0] == $0
                                                    && Double(size[$0]) > OverviewGrouping.openAbove * Double(n) && childBoxes[$0] >= 2 })
            else { break }
            opened[big] = true
            root = OverviewGrouping.roots(container, isBox: isBox, opened: opened, order: order)
        }

        // Nodes in no box: one by one, or by kind when there are many of a kind.
        var loose = [Int](repeating: 0, count: NodeKind.allCases.count)
        for p in 0..<n where root[p] < 0 { loose[map.nodes[p].kind.index] += 1 }

        // Small boxes merged by kind and by the box they sit in.
        struct Merge: Hashable { var kind: NodeKind; var parent: Int }
        var members = [Int](repeating: 0, count: n)
        for p in 0..<n where root[p] >= 0 { members[root[p]] += 1 }
        var smallCount: [Merge: Int] = [:]
        func parentShape(_ box: Int) -> Int { container[box] >= 0 ? root[container[box]] : -1 }
        func mergeKey(_ box: Int) -> Merge? {
            guard options.mergeBelow > 0, !opened[box], members[box] < options.mergeBelow else { return nil }
            return Merge(kind: map.nodes[box].kind, parent: parentShape(box))
        }
        for p in 0..<n where root[p] == p { if let key = mergeKey(p) { smallCount[key, default: 0] += 1 } }

        // Shapes in the order of their first node in the map.
        groupOf = [Int32](repeating: -1, count: n)
        var shapeOfKey: [Merge: Int] = [:]
        var shapeOfLoose: [NodeKind: Int] = [:]
        var shapeOfBox: [Int: Int] = [:]
        let language = options.language
        for p in 0..<n {
            let node = map.nodes[p]
            let shape: Int
            if root[p] < 0 {
                let kind = node.kind
                if loose[kind.index] <= options.singles {
                    shape = groups.count
                    groups.append(MapOverview.Group(source: .node(p), id: node.id, focus: node.id, label: node.label(in: language),
                                                    kind: kind, holds: [], members: []))
                } else if let known = shapeOfLoose[kind] {
                    shape = known
                } else {
                    shape = groups.count
                    shapeOfLoose[kind] = shape
                    groups.append(MapOverview.Group(source: .loose(kind), id: "~\(kind.rawValue)", focus: nil,
                                                    label: OverviewGrouping.others(kind, language), kind: kind, holds: [], members: []))
                }
            } else {
                let box = root[p]
                if let known = shapeOfBox[box] {
                    shape = known
                } else if let key = mergeKey(box), (smallCount[key] ?? 0) > 1 {
                    if let known = shapeOfKey[key] {
                        shape = known
                    } else {
                        shape = groups.count
                        shapeOfKey[key] = shape
                        let suffix = key.parent >= 0 ? "-in-\(map.nodes[key.parent].id)" : ""
                        groups.append(MapOverview.Group(source: .smallBoxes(key.kind), id: "~small-\(key.kind.rawValue)\(suffix)", focus: nil,
                                                        label: OverviewGrouping.others(key.kind, smallCount[key]!, language),
                                                        kind: key.kind, holds: [], members: []))
                    }
                    shapeOfBox[box] = shape
                } else {
                    shape = groups.count
                    shapeOfBox[box] = shape
                    let boxNode = map.nodes[box]
                    groups.append(MapOverview.Group(source: .box(box), id: boxNode.id, focus: boxNode.id, label: boxNode.label(in: language),
                                                    kind: boxNode.kind, holds: [], members: []))
                }
            }
            groupOf[p] = Int32(shape)
            groups[shape].members.append(p)
        }

        // What each shape holds, and the opened box each sits in.
        for g in groups.indices {
            var counts = [Int](repeating: 0, count: NodeKind.allCases.count)
            // The shape's own nodes are its name: a box's node, a merged box's boxes.
            var own: (Int) -> Bool = { _ in false }
            switch groups[g].source {
            case .box(let p), .node(let p): own = { $0 == p }
            case .smallBoxes: own = { root[$0] == $0 }
            case .loose: break
            }
            for p in groups[g].members where !own(p) { counts[map.nodes[p].kind.index] += 1 }
            groups[g].holds = NodeKind.allCases.filter { counts[$0.index] > 0 }.map { MapOverview.KindCount(kind: $0, count: counts[$0.index]) }
            let first = groups[g].members[0]
            let box: Int? = switch groups[g].source {
            case .box(let p): p
            case .smallBoxes: root[first] >= 0 ? root[first] : nil
            case .node, .loose: nil
            }
            if let box, case let parent = parentShape(box), parent >= 0, groupOf[parent] != Int32(g) {
                groups[g].parent = Int(groupOf[parent])
            }
        }
    }

    /// "Other communities" ("Cymunedau eraill").
    static func others(_ kind: NodeKind, _ language: Language) -> String {
        let text = language[.otherKind, language.plural(kind)]
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "22 smaller organisations" ("Sefydliadau llai: 22").
    static func others(_ kind: NodeKind, _ count: Int, _ language: Language) -> String {
        let text = language[.smallerKind, Figures.grouped(count), language.plural(kind)]
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Each node's shape root: the box whose shape holds it, or -1 for a node
    /// in no box. A node sits in the shape of the box it is in, unless that
    /// box is opened: then a box is a shape of its own, and any other node
    /// stays with the opened box.
    static func roots(_ container: [Int], isBox: [Bool], opened: [Bool], order: [Int]) -> [Int] {
        var root = [Int](repeating: -1, count: container.count)
        for p in order {
            let c = container[p]
            if c < 0 {
                root[p] = isBox[p] ? p : -1
            } else {
                let rc = root[c]
                root[p] = rc == c && opened[c] ? (isBox[p] ? p : c) : rc
            }
        }
        return root
    }

    /// Every node, each after the box it is in (by depth), without recursion.
    static func parentsFirst(_ container: [Int]) -> [Int] {
        let n = container.count
        var depth = [Int](repeating: -1, count: n)
        var chain: [Int] = []
        for start in 0..<n where depth[start] < 0 {
            var p = start
            while p >= 0, depth[p] < 0 { chain.append(p); p = container[p] }
            var d = p >= 0 ? depth[p] : -1
            while let q = chain.popLast() { d += 1; depth[q] = d }
        }
        var buckets = [[Int]](repeating: [], count: (depth.max() ?? 0) + 1)
        for p in 0..<n { buckets[depth[p]].append(p) }
        return buckets.flatMap { $0 }
    }
}

extension NodeKind {
    /// The kind's place in ``NodeKind/allCases``.
    var index: Int {
        switch self {
        case .organisation: 0
        case .platform: 1
        case .person: 2
        case .community: 3
        }
    }
}
