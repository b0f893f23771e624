/// Where the key goes: in an empty corner of the drawing, or beside it or
/// below it, whichever lets the whole fit its frame largest (or, with no page,
/// adds least to its area).
enum KeyPlacement {
    /// Space between the key and the map, in points.
    static let gap = 12.0

    struct Choice {
        /// The key's top-left corner.
        var topLeft: Position
        /// The key's rectangle.
        var box: Box
        /// Inside the map's extent, in a corner the map leaves empty.
        var inCorner: Bool
    }

    /// How large a drawing of `map`'s size fits `frame` with a key of `key`'s
    /// size beside it or below it, whichever fits larger (a corner the key
    /// might take is left out: it depends on lines not yet drawn).
    static func fitWithKey(_ map: Size, key: Size?, in frame: (width: Double, height: Double)) -> Double {
        guard let key else { return fit(map, in: frame) }
        let beside = Size(width: map.width + gap + key.width, height: max(map.height, key.height))
        let below = Size(width: max(map.width, key.width), height: map.height + gap + key.height)
        return max(fit(beside, in: frame), fit(below, in: frame))
    }

    /// How large a drawing of `extent` fits `frame` with a key of `key`'s
    /// size beside or below it (``fitWithKey(_:key:in:)``); with no frame,
    /// one over its area (the smaller, the better).
    static func fitting(_ extent: Box, key: Size?, frame: (width: Double, height: Double)?) -> Double {
        let size = Size(width: extent.width, height: extent.height)
        guard let frame else { return 1 / max(1, size.width * size.height) }
        return fitWithKey(size, key: key, in: frame)
    }

    /// Every place the key could go, best first.
    /// - Parameters:
    ///   - content: the extent of the map (nodes, boxes, labels, guides).
    ///   - obstacles: what the key must not cover (nodes, boxes, labels).
    ///   - segments: the lines, taken as straight, that must not cross the key.
    ///   - points: points of curves (guides) the key must not cover.
    static func choices(content: Box, key: Size, frame: (width: Double, height: Double)?, obstacles: [Box],
                        segments: [(Position, Position)], points: [Position]) -> [Choice] {
        var out: [(score: Double, order: Int, choice: Choice)] = []
        func consider(_ left: Double, _ top: Double, corner: Bool, order: Int) {
            let box = Box(minX: left, minY: top - key.height, maxX: left + key.width, maxY: top)
            if corner {
                let clear = box.insetBy(-gap)
                guard !obstacles.contains(where: { $0.intersects(clear) }),
                      !segments.contains(where: { clear.crossedBy($0.0, $0.1) }),
                      !points.contains(where: { clear.contains($0) }) else { return }
            }
            let total = content.union(box)
            let score: Double
            if let frame {
                score = fit(Size(width: total.width, height: total.height), in: frame)
            } else {
                score = -total.width * total.height
            }
            out.append((score, order, Choice(topLeft: Position(x: left, y: top), box: box, inCorner: corner)))
        }
        let c = content
        consider(c.maxX - key.width, c.maxY, corner: true, order: 0)
        consider(c.minX, c.maxY, corner: true, order: 1)
        consider(c.maxX - key.width, c.minY + key.height, corner: true, order: 2)
        consider(c.minX, c.minY + key.height, corner: true, order: 3)
        consider(c.maxX + gap, c.maxY, corner: false, order: 4)
        consider(c.minX + max(0, (c.width - key.width) / 2), c.minY - gap, corner: false, order: 5)
        // Within a hundredth the same fit, the earlier place (a corner) wins.
        return out.sorted { a, b in
            abs(a.score - b.score) > 1e-2 * max(abs(a.score), abs(b.score)) ? a.score > b.score : a.order < b.order
        }.map(\.choice)
    }
}
