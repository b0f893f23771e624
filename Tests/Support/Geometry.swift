import Foundation

/// Where things are in a Graphviz SVG drawing, read from its shapes: for
/// tests that hold a drawing's geometry (nodes in the same places, labels
/// clear of lines), not its bytes.
public struct Rect: Equatable, CustomStringConvertible {
    public var minX, minY, maxX, maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
    }

    public var centre: (x: Double, y: Double) { ((minX + maxX) / 2, (minY + maxY) / 2) }
    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }

    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    public func contains(_ p: (x: Double, y: Double)) -> Bool { p.x > minX && p.x < maxX && p.y > minY && p.y < maxY }

    public func inset(_ d: Double) -> Rect { Rect(minX: minX + d, minY: minY + d, maxX: maxX - d, maxY: maxY - d) }

    public var description: String { String(format: "(%.1f,%.1f)-(%.1f,%.1f)", minX, minY, maxX, maxY) }

    static func around(_ points: [(Double, Double)]) -> Rect? {
        guard let first = points.first else { return nil }
        var r = Rect(minX: first.0, minY: first.1, maxX: first.0, maxY: first.1)
        for (x, y) in points {
            r.minX = min(r.minX, x); r.maxX = max(r.maxX, x)
            r.minY = min(r.minY, y); r.maxY = max(r.maxY, y)
        }
        return r
    }
}

public enum DrawnGeometry {
    /// The rectangle round each node group's outline (its ellipses, polygons
    /// and paths), by the group's id; the key and guides left out.
    public static func nodes(_ root: XMLElement, idPrefix: String = "") -> [String: Rect] {
        var out: [String: Rect] = [:]
        for group in root.groups("node") {
            guard let id = group.attributes["id"], id.hasPrefix(idPrefix),
                  !group.classes.contains(where: { $0.hasPrefix("key") || $0.contains("guide") }) else { continue }
            var points: [(Double, Double)] = []
            for shape in group.descendants {
                switch shape.name {
                case "ellipse":
                    let v = ["cx", "cy", "rx", "ry"].compactMap { shape.attributes[$0].flatMap(Double.init) }
                    if v.count == 4 { points += [(v[0] - v[2], v[1] - v[3]), (v[0] + v[2], v[1] + v[3])] }
                case "polygon":
                    points += pairs(numbers(shape.attributes["points"] ?? ""))
                case "path":
                    points += pairs(numbers(shape.attributes["d"] ?? ""))
                default:
                    continue
                }
            }
            if let rect = Rect.around(points) { out[id] = rect }
        }
        return out
    }

    /// The points along each edge group's first path (curves sampled), by the group's id.
    public static func lines(_ root: XMLElement, idPrefix: String = "") -> [String: [(x: Double, y: Double)]] {
        var out: [String: [(x: Double, y: Double)]] = [:]
        for group in root.groups("edge") {
            guard let id = group.attributes["id"], id.hasPrefix(idPrefix), !group.classes.contains(where: { $0.hasPrefix("key") }),
                  let path = group.children.first(where: { $0.name == "path" }) else { continue }
            // Graphviz writes "M x,y C x,y x,y x,y ...": a start, then cubic pieces.
            let control = pairs(numbers(path.attributes["d"] ?? ""))
            guard control.count >= 4 else { continue }
            var points: [(x: Double, y: Double)] = [control[0]]
            var i = 0
            while i + 3 < control.count {
                let (p0, p1, p2, p3) = (control[i], control[i + 1], control[i + 2], control[i + 3])
                for s in 1...16 {
                    let t = Double(s) / 16, u = 1 - t
                    let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                    points.append((a * p0.0 + b * p1.0 + c * p2.0 + d * p3.0, a * p0.1 + b * p1.1 + c * p2.1 + d * p3.1))
                }
                i += 3
            }
            out[id] = points
        }
        return out
    }

    /// Every number in an attribute, in order.
    static func numbers(_ text: String) -> [Double] {
        var out: [Double] = []
        var current = ""
        for ch in text {
            if ch.isNumber || ch == "." || (ch == "-" && current.isEmpty) || (ch == "e" && !current.isEmpty) {
                current.append(ch)
            } else {
                if let v = Double(current) { out.append(v) }
                current = ch == "-" ? "-" : ""
            }
        }
        if let v = Double(current) { out.append(v) }
        return out
    }

    static func pairs(_ v: [Double]) -> [(Double, Double)] {
        stride(from: 0, to: v.count - 1, by: 2).map { (v[$0], v[$0 + 1]) }
    }

    /// Each node's centre less the centre of `reference`: where the nodes are
    /// relative to one another, whatever the drawing's margins.
    public static func relative(_ nodes: [String: Rect], to reference: String) -> [String: (x: Double, y: Double)] {
        guard let origin = nodes[reference]?.centre else { return [:] }
        return nodes.mapValues { ($0.centre.x - origin.x, $0.centre.y - origin.y) }
    }
}
