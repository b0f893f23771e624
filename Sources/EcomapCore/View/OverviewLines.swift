/// The lines of an overview: every link between two shapes' nodes counted
/// into one line, and the platforms most shapes use, which get a count
/// instead of lines. O(links) with a hash of pairs of shapes.
enum OverviewLines {
    /// A platform joined to at least this many shapes, and to at least a
    /// third of the other shapes, says how many use it instead of drawing its
    /// lines: fewer lines into one platform are read one by one, more are a hairball.
    static let sharedAbove = 4

    /// One line per pair of shapes whose nodes are linked, in the order of
    /// each pair's first link; and how many links join nodes of one shape.
    static func lines(_ map: CheckedMap, groupOf: [Int32], groups: Int) -> (lines: [MapOverview.Line], inside: Int) {
        struct Pair: Hashable { var a: Int32; var b: Int32 }
        struct Flow { var forward = 0, backward = 0, both = 0, none = 0, first = 0 }
        var flows: [Pair: Flow] = [:]
        var inside = 0
        for i in map.links.indices {
            let a = groupOf[map.from(i)], b = groupOf[map.to(i)]
            if a == b { inside += 1; continue }
            let pair = Pair(a: min(a, b), b: max(a, b))
            var flow = flows[pair] ?? Flow(first: i)
            switch map.links[i].direction {
            case .twoWay: flow.both += 1
            case .undirected: flow.none += 1
            case .oneWay: if a == pair.a { flow.forward += 1 } else { flow.backward += 1 }
            }
            flows[pair] = flow
        }
        let lines = flows.sorted { $0.value.first < $1.value.first }.map { pair, flow -> MapOverview.Line in
            let links = flow.forward + flow.backward + flow.both + flow.none
            var line = MapOverview.Line(from: Int(pair.a), to: Int(pair.b), links: links, direction: .undirected)
            if flow.both > 0 || (flow.forward > 0 && flow.backward > 0) {
                line.direction = .twoWay
            } else if flow.forward > 0 {
                line.direction = .oneWay
            } else if flow.backward > 0 {
                line.direction = .oneWay
                (line.from, line.to) = (line.to, line.from)
            }
            return line
        }
        return (lines, inside)
    }

    /// The single platforms joined by lines to most other shapes.
    static func sharedPlatforms(_ lines: [MapOverview.Line], groups: [MapOverview.Group]) -> Set<Int> {
        var degree = [Int](repeating: 0, count: groups.count)
        for line in lines { degree[line.from] += 1; degree[line.to] += 1 }
        var out = Set<Int>()
        for (g, group) in groups.enumerated() where group.kind == .platform && !group.isGroup {
            if degree[g] >= sharedAbove, 3 * degree[g] >= groups.count - 1 { out.insert(g) }
        }
        return out
    }

    /// The nodes of other shapes linked to the platform shape `g`, by kind.
    static func users(of g: Int, in map: CheckedMap, groupOf: [Int32]) -> [MapOverview.KindCount] {
        var seen = Set<Int>()
        for i in map.links.indices {
            let a = map.from(i), b = map.to(i)
            if groupOf[a] == Int32(g), groupOf[b] != Int32(g) { seen.insert(b) }
            if groupOf[b] == Int32(g), groupOf[a] != Int32(g) { seen.insert(a) }
        }
        var counts = [Int](repeating: 0, count: NodeKind.allCases.count)
        for p in seen { counts[map.nodes[p].kind.index] += 1 }
        return NodeKind.allCases.filter { counts[$0.index] > 0 }.map { MapOverview.KindCount(kind: $0, count: counts[$0.index]) }
    }
}
