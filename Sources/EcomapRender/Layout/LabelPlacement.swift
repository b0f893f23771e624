/// Where each link's label goes (`--labels`): beside its line as Graphviz
/// routed it, clear of every node, every other label, the key and every line.
/// Placed after the lines are routed, on the routes themselves: placed on
/// straight lines first, the labels ended up far from the curves the lines
/// took round them.
enum LabelPlacement {
    /// Space kept round a label, in points.
    static let gap = 4.0

    struct Request {
        /// The route of the label's own line.
        var route: [Position]
        var size: Size
    }

    /// The rectangle of each label asked for, by its index in `requests`.
    /// - Parameters:
    ///   - routes: every line drawn, as points along it.
    ///   - nodes: every node's rectangle; `boxes`: membership boxes (a label
    ///     sits inside one or outside it, never across its edge); `obstacles`:
    ///     anything else to keep clear of (the key).
    static func place(_ requests: [Request], routes: [[Position]], nodes: [Box], boxes: [Box], obstacles: [Box]) -> [Int: Box] {
        var placed: [Int: Box] = [:]
        let routeBounds = routes.map(Rerouting.bounding)
        for (r, request) in requests.enumerated() {
            let route = request.route
            guard route.count >= 2 else { continue }
            var lengths = [0.0]
            for (a, b) in zip(route, route.dropFirst()) { lengths.append(lengths.last! + a.distance(to: b)) }
            let total = lengths.last!
            guard total > 0 else { continue }
            func point(at fraction: Double) -> (Position, Position) {
                let target = fraction * total
                var k = 1
                while k < lengths.count - 1 && lengths[k] < target { k += 1 }
                let a = route[k - 1], b = route[k]
                let piece = max(1e-9, lengths[k] - lengths[k - 1])
                let t = (target - lengths[k - 1]) / piece
                let length = max(1e-9, a.distance(to: b))
                return (Position(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)),
                        Position(x: -(b.y - a.y) / length, y: (b.x - a.x) / length))
            }
            var best: (bad: Int, box: Box)?
            // Nearest the middle of the line first, then further along it and further out.
            let fractions = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.12, 0.88]
            search: for extra in [0.0, 8, 18, 30, 46, 66] {
                for fraction in fractions {
                    let (at, normal) = point(at: fraction)
                    // Far enough from the line for the whole label to clear it.
                    let half = (abs(normal.x) * request.size.width + abs(normal.y) * request.size.height) / 2
                    for side in [1.0, -1.0] {
                        let offset = half + gap + 2 + extra
                        let box = Box(centre: Position(x: at.x + side * offset * normal.x, y: at.y + side * offset * normal.y),
                                      size: request.size)
                        let bad = badness(box, nodes: nodes, boxes: boxes, others: Array(placed.values) + obstacles,
                                          routes: routes, routeBounds: routeBounds)
                        if best == nil || bad < best!.bad { best = (bad, box) }
                        if bad == 0 { break search }
                    }
                }
            }
            if let best { placed[r] = best.box }
        }
        return placed
    }

    /// What a label at `box` would cover: nodes, labels and the key count
    /// most, then lines, then the edge of a membership box.
    private static func badness(_ box: Box, nodes: [Box], boxes: [Box], others: [Box], routes: [[Position]], routeBounds: [Box]) -> Int {
        let clear = box.insetBy(-gap)
        var bad = 8 * nodes.filter { $0.intersects(clear) }.count
        bad += 8 * others.filter { $0.intersects(clear) }.count
        bad += boxes.filter { b in
            b.intersects(clear) && !(clear.minX > b.minX && clear.maxX < b.maxX && clear.minY > b.minY && clear.maxY < b.maxY)
        }.count
        for (route, bounds) in zip(routes, routeBounds) where bounds.insetBy(-1).intersects(clear) {
            if zip(route, route.dropFirst()).contains(where: { clear.crossedBy($0.0, $0.1) }) { bad += 3 }
        }
        return bad
    }
}
