import Foundation

/// An upright rectangle, in points.
struct Box: Hashable, Sendable {
    var minX, minY, maxX, maxY: Double

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
    }

    init(centre: Position, size: Size) {
        self.init(minX: centre.x - size.width / 2, minY: centre.y - size.height / 2,
                  maxX: centre.x + size.width / 2, maxY: centre.y + size.height / 2)
    }

    /// Nothing: joined with any box, gives that box.
    static let empty = Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)

    var isEmpty: Bool { minX > maxX || minY > maxY }
    var width: Double { isEmpty ? 0 : maxX - minX }
    var height: Double { isEmpty ? 0 : maxY - minY }
    var centre: Position { Position(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }

    func union(_ other: Box) -> Box {
        Box(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    func insetBy(_ d: Double) -> Box { Box(minX: minX + d, minY: minY + d, maxX: maxX - d, maxY: maxY - d) }

    func intersects(_ other: Box) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    func contains(_ p: Position) -> Bool { p.x > minX && p.x < maxX && p.y > minY && p.y < maxY }

    /// Whether the segment from `a` to `b` passes through the box (Liang–Barsky clipping).
    func crossedBy(_ a: Position, _ b: Position) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        // The four clips one by one, not as an array: this runs millions of
        // times when an eco-map's orders are judged, and an array a call cost more than the sums.
        func clip(_ p: Double, _ q: Double) -> Bool {
            if p == 0 { return q >= 0 }
            let r = q / p
            if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
            return t0 <= t1
        }
        return clip(-dx, a.x - minX) && clip(dx, maxX - a.x) && clip(-dy, a.y - minY) && clip(dy, maxY - a.y)
    }

    /// "llx,lly,urx,ury", as Graphviz writes a bounding box.
    var graphviz: String { [minX, minY, maxX, maxY].map(Number.format).joined(separator: ",") }
}

/// Whether segments ab and cd cross (touching at an end is no crossing).
func segmentsCross(_ a: Position, _ b: Position, _ c: Position, _ d: Position) -> Bool {
    func side(_ p: Position, _ q: Position, _ r: Position) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
    let d1 = side(a, b, c), d2 = side(a, b, d), d3 = side(c, d, a), d4 = side(c, d, b)
    return d1 * d2 < 0 && d3 * d4 < 0
}

/// Where segments ab and cd meet (nil when parallel).
func crossingPoint(_ a: Position, _ b: Position, _ c: Position, _ d: Position) -> Position? {
    let rx = b.x - a.x, ry = b.y - a.y, sx = d.x - c.x, sy = d.y - c.y
    let denominator = rx * sy - ry * sx
    guard abs(denominator) > 1e-12 else { return nil }
    let t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / denominator
    return Position(x: a.x + t * rx, y: a.y + t * ry)
}

/// Whether two routes cross where they pass through one point between
/// their ends, apart from `near` (a shared end's surroundings). Routes round
/// the nodes go off the nodes' corners, so two of them can meet at a corner,
/// and ``segmentsCross`` sees no crossing where pieces only meet at their
/// ends: they cross there when one route's two pieces lie on either side
/// of the other's.
func routesCrossAtAPoint(_ p: [Position], _ q: [Position], near: (Position) -> Bool) -> Bool {
    guard p.count > 2, q.count > 2 else { return false }
    func angle(_ from: Position, _ to: Position) -> Double { atan2(to.y - from.y, to.x - from.x) }
    /// Whether `x` lies strictly between `start` and `end`, turning anticlockwise.
    func between(_ x: Double, _ start: Double, _ end: Double) -> Bool {
        let full = 2 * Double.pi
        let span = (end - start).truncatingRemainder(dividingBy: full) + (end < start ? full : 0)
        let at = (x - start).truncatingRemainder(dividingBy: full) + (x < start ? full : 0)
        return at > 1e-9 && at < span - 1e-9
    }
    for i in 1..<(p.count - 1) where !near(p[i]) {
        for j in 1..<(q.count - 1) where q[j].distance(to: p[i]) < 0.5 {
            let v = p[i]
            let a = angle(v, p[i - 1]), b = angle(v, p[i + 1])
            let c = angle(v, q[j - 1]), d = angle(v, q[j + 1])
            if between(c, a, b) != between(d, a, b) { return true }
        }
    }
    return false
}

/// How well a drawing of `size` fits `frame`: the scale that fits it there.
func fit(_ size: Size, in frame: (width: Double, height: Double)) -> Double {
    guard size.width > 0, size.height > 0 else { return 1 }
    return min(frame.width / size.width, frame.height / size.height)
}

/// Numbers as ecomap writes them into Graphviz attributes.
enum Number {
    /// Two decimals at most, as Graphviz writes them; enough for points.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == 0 { return "0" }
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Inches, four decimals.
    static func inches(_ points: Double) -> String { String(format: "%.4f", points / 72) }
}

/// A node's outline as Graphviz draws its shape, as a convex polygon.
struct NodeOutline {
    /// Corners, anticlockwise.
    let corners: [Position]
    let box: Box

    init(shape: String, box: Box) {
        self.box = box
        // In half-widths and half-heights from the centre.
        let unit: [(Double, Double)]
        switch shape {
        case "box", "rect", "rectangle", "square":
            unit = [(1, -1), (1, 1), (-1, 1), (-1, -1)]
        case "hexagon":
            unit = [(1, 0), (0.5, 1), (-0.5, 1), (-1, 0), (-0.5, -1), (0.5, -1)]
        case "octagon":
            unit = [(1, -0.414), (1, 0.414), (0.414, 1), (-0.414, 1), (-1, 0.414), (-1, -0.414), (-0.414, -1), (0.414, -1)]
        default:
            unit = (0..<48).map { k in (cos(Double(k) * Double.pi / 24), sin(Double(k) * Double.pi / 24)) }
        }
        let c = box.centre, hw = box.width / 2, hh = box.height / 2
        corners = unit.map { Position(x: c.x + $0.0 * hw, y: c.y + $0.1 * hh) }
    }

    /// How far inside the outline `p` is (negative outside).
    func depth(_ p: Position) -> Double {
        var least = Double.infinity
        for (a, b) in zip(corners, corners.dropFirst() + [corners[0]]) {
            let dx = b.x - a.x, dy = b.y - a.y
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 1e-9 else { continue }
            // Inside is to the left of each side, going anticlockwise.
            least = min(least, ((p.y - a.y) * -dx + (p.x - a.x) * dy) / -length)
        }
        return least
    }

    /// Whether the segment from `a` to `b` goes more than `margin` inside.
    func crossed(from a: Position, to b: Position, deeperThan margin: Double) -> Bool {
        guard box.insetBy(margin).crossedBy(a, b) else { return false }
        let steps = max(1, Int(a.distance(to: b) / 2))
        for s in 0...steps {
            let t = Double(s) / Double(steps)
            if depth(Position(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))) > margin { return true }
        }
        return false
    }
}
