/// Which shape of an overview each node of a map goes in (the rules are
/// ``MapOverview``'s). O(nodes + links) for each box opened, and few are.
struct OverviewGrouping {
    var groups: [MapOverview.Group] = []
    /// For each node, its shape's index in `groups`.
    var groupOf: [Int32]

    /// A box that holds more than this share of the map is opened.
    static let openAbove = 0.5
    /// Boxes opened one inside another at most this deep.
    static let openingDepth = 8

    /// What decides a node's shape.
    private enum Key: Hashable {
        /// A box's shape (an opened box's own node included).
        case box(Int)
        /// The node drawn as itself.
        case node(Int)
        /// Nodes of a kind in one pool (in no box, -1, or the rest of an opened box), counted.
        case pool(NodeKind, Int)
        /// Nodes of a kind in one pool, listed by name.
        case list(NodeKind, Int)
        /// Boxes too small to draw alone, by kind and the box they sit in.
        case small(NodeKind, Int)
    }

    init(_ map: CheckedMap, options: MapOverview.Options) {
        let n = map.nodes.count
        let container = map.container.map(Int.init)
        var isBox = [Bool](repeating: false, count: n)
        for p in 0..<n where container[p] >= 0 { isBox[container[p]] = true }
        let order = OverviewGrouping.parentsFirst(container)

        // Open the box that holds most of the map while it has something inside to show.
        var opened = [Bool](repeating: false, count: n)
        var root = OverviewGrouping.roots(container, isBox: isBox, opened: opened, order: order)
        for _ in 0..<OverviewGrouping.openingDepth {
            var size = [Int](repeating: 0, count: n)
            for p in 0..<n where root[p] >= 0 { size[root[p]] += 1 }
            guard let big = (0..<n).first(where: { !opened[$0] && isBox[$0] && root[$0] == $0
                                                    && Double(size[$0]) > OverviewGrouping.openAbove * Double(n) && size[$0] > 2 })
            else { break }
            opened[big] = true
            root = OverviewGrouping.roots(container, isBox: isBox, opened: opened, order: order)
        }

        // Pools: the nodes in no box (-1), and the rest of each opened box. A
        // pool's nodes of a kind are drawn one by one when they are few;
        // else listed by name (with `lists`), or counted.
        func pool(_ p: Int) -> Int? {
            if root[p] < 0 { return -1 }
            let b = root[p]
            return opened[b] && p != b && !isBox[p] ? b : nil
        }
        struct PoolKind: Hashable { var kind: NodeKind; var pool: Int }
        var pooled: [PoolKind: Int] = [:]
        for p in 0..<n { if let q = pool(p) { pooled[PoolKind(kind: map.nodes[p].kind, pool: q), default: 0] += 1 } }
        var listed: [Key: Int] = [:]
        func poolKey(_ p: Int, _ q: Int) -> Key {
            let kind = map.nodes[p].kind
            if pooled[PoolKind(kind: kind, pool: q)]! <= options.singles { return .node(p) }
            return options.lists ? .list(kind, q) : .pool(kind, q)
        }
        for p in 0..<n { if let q = pool(p), case let key = poolKey(p, q), case .list = key { listed[key, default: 0] += 1 } }

        // Small boxes, merged by kind and by the box they sit in.
        var members = [Int](repeating: 0, count: n)
        for p in 0..<n where root[p] >= 0 { members[root[p]] += 1 }
        func parentShape(_ box: Int) -> Int { container[box] >= 0 ? root[container[box]] : -1 }
        var smallCount: [Key: Int] = [:]
        func smallKey(_ box: Int) -> Key? {
            guard options.mergeBelow > 0, !opened[box], members[box] < options.mergeBelow else { return nil }
            return .small(map.nodes[box].kind, parentShape(box))
        }
        for p in 0..<n where root[p] == p { if let key = smallKey(p) { smallCount[key, default: 0] += 1 } }

        func key(_ p: Int) -> Key {
            if let q = pool(p) {
                let key = poolKey(p, q)
                // Without lists, an opened box's rest stays with the box.
                if case .pool(_, let b) = key, b >= 0 { return .box(b) }
                return key
            }
            let box = root[p]
            if let small = smallKey(box), smallCount[small]! > 1 { return small }
            return .box(box)
        }

        // Shapes in the order of their first node in the map.
        groupOf = [Int32](repeating: -1, count: n)
        var shapeOf: [Key: Int] = [:]
        let language = options.language
        for p in 0..<n {
            let k = key(p)
            let shape: Int
            if let known = shapeOf[k] {
                shape = known
            } else {
                shape = groups.count
                shapeOf[k] = shape
                groups.append(OverviewGrouping.group(k, first: p, map: map, count: listed[k] ?? smallCount[k] ?? 0, language: language))
            }
            groupOf[p] = Int32(shape)
            groups[shape].members.append(p)
        }

        // What each shape holds, the opened box each sits in, and a list's names.
        for g in groups.indices {
            var counts = [Int](repeating: 0, count: NodeKind.allCases.count)
            // The shape's own nodes are its name: a box's node, a merged shape's boxes, a list's names.
            var own: (Int) -> Bool = { _ in false }
            var box: Int?
            let first = groups[g].members[0]
            switch groups[g].source {
            case .box(let p): own = { $0 == p }; box = p
            case .node(let p): own = { $0 == p }
            case .smallBoxes: own = { root[$0] == $0 }; box = root[first]
            case .list: own = { _ in true }
            case .loose: break
            }
            for p in groups[g].members where !own(p) { counts[map.nodes[p].kind.index] += 1 }
            groups[g].holds = NodeKind.allCases.filter { counts[$0.index] > 0 }.map { MapOverview.KindCount(kind: $0, count: counts[$0.index]) }
            switch groups[g].source {
            case .list:
                groups[g].names = groups[g].members.map { map.nodes[$0].label(in: language) }
                    .sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
            case .smallBoxes where options.lists:
                // A few small boxes merged in a drawing that names what it lists are named too:
                // "2 smaller communities" alone hid an agency's "Race equality network".
                let boxes = groups[g].members.filter(own)
                if boxes.count <= options.singles {
                    groups[g].names = boxes.map { map.nodes[$0].label(in: language) }.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
                }
            default:
                break
            }
            // A node or list of an opened box's rest sits in that box; a box, in the box it sits in.
            let parent: Int
            switch groups[g].source {
            case .node, .list, .loose:
                guard let q = pool(first), q >= 0 else { continue }
                parent = q
            case .box, .smallBoxes:
                guard let box, case let p = parentShape(box), p >= 0 else { continue }
                parent = p
            }
            if groupOf[parent] != Int32(g) { groups[g].parent = Int(groupOf[parent]) }
        }
    }

    /// The shape a key stands for, named, before its nodes are counted.
    private static func group(_ key: Key, first p: Int, map: CheckedMap, count: Int, language: Language) -> MapOverview.Group {
        let node = map.nodes[p]
        switch key {
        case .box(let b):
            let box = map.nodes[b]
            return MapOverview.Group(source: .box(b), id: box.id, focus: box.id, label: box.label(in: language), kind: box.kind,
                                     holds: [], members: [])
        case .node:
            return MapOverview.Group(source: .node(p), id: node.id, focus: node.id, label: node.label(in: language), kind: node.kind,
                                     holds: [], members: [])
        case .pool(let kind, _):
            return MapOverview.Group(source: .loose(kind), id: "~\(kind.rawValue)", focus: nil, label: others(kind, language),
                                     kind: kind, holds: [], members: [])
        case .list(let kind, _):
            // Named after its first node, so the id is stable and unique.
            return MapOverview.Group(source: .list(kind), id: "~list-\(node.id)", focus: nil,
                                     label: language.counted(kind, count), kind: kind, holds: [], members: [])
        case .small(let kind, let parent):
            let suffix = parent >= 0 ? "-in-\(map.nodes[parent].id)" : ""
            return MapOverview.Group(source: .smallBoxes(kind), id: "~small-\(kind.rawValue)\(suffix)", focus: nil,
                                     label: others(kind, count, language), kind: kind, holds: [], members: [])
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
