import Foundation

/// Where an eco-map's sector names and the marks between its sectors go,
/// outside the outer ring: worked out the same way when the rings are laid
/// out (to judge how large the map fits its page) and when they are drawn.
///
/// A name used to sit at its sector's middle, which puts two of them beyond
/// the rings' extent on every side: the layout kept 90 pt beside the map and
/// 24 above and below it for them, a sixth of a slide's width. The corners
/// of an ellipse's bounding box are empty, and a name in the middle part of
/// its sector, near such a corner, often adds nothing to the drawing's
/// extent: each name is tried at several angles in the middle of its sector
/// and goes where the drawing then fits its page largest, nearest the
/// sector's middle among equals.
enum SectorNames {
    /// Share of its sector's angle, either side of the middle, a name may move.
    static let swing = 0.35
    /// Angles tried either side of the middle.
    static let steps = 7
    /// Space kept between a name and a node or box, in points.
    static let clearance = 6.0

    struct Laid {
        var names: [(label: String, box: Box)] = []
        /// Where one sector meets the next: a short mark across the outer ring.
        var ticks: [(Position, Position)] = []
        /// Everything laid out, `content` and names and marks.
        var extent: Box
    }

    /// A name's box at the names' type size.
    static func size(of label: String) -> Size { Size(width: TextWidth.of(label, size: DiagramBuilder.sectorNameSize) + 8, height: 20) }

    /// The names (by kind) and marks of `sectors` round the ellipse `outer`
    /// (half-axes) about `centre`, clear of `obstacles` (nodes and boxes);
    /// `content` is the extent of the rest of the drawing, and `fit` says how
    /// large a drawing of an extent reads on its page (larger is better,
    /// always above 0: ``KeyPlacement/fitting(_:key:frame:)``).
    static func lay(_ sectors: [RingLayout.Sector], names: [Int: String], outer: Size, centre c: Position,
                    obstacles: [Box], content: Box, fit: (Box) -> Double) -> Laid {
        var laid = Laid(extent: content)
        guard sectors.count > 1 else { return laid }
        // The marks first: they don't move, and a name keeps clear of them.
        var marks: [Box] = []
        for sector in sectors {
            let (cosS, sinS) = (cos(sector.start), sin(sector.start))
            var from = Position(x: c.x + 0.94 * outer.width * cosS, y: c.y + 0.94 * outer.height * sinS)
            var to = Position(x: c.x + 1.08 * outer.width * cosS, y: c.y + 1.08 * outer.height * sinS)
            // Across the outer ring, where no node is.
            for _ in 0..<30 where obstacles.contains(where: { $0.insetBy(-4).crossedBy(from, to) }) {
                let step = Position(x: 0.03 * outer.width * cosS, y: 0.03 * outer.height * sinS)
                from = from + step
                to = to + step
            }
            laid.ticks.append((from, to))
            let mark = Box(minX: min(from.x, to.x), minY: min(from.y, to.y), maxX: max(from.x, to.x), maxY: max(from.y, to.y))
            marks.append(mark)
            laid.extent = laid.extent.union(mark)
        }
        var taken = obstacles.map { $0.insetBy(-clearance) } + marks.map { $0.insetBy(-4) }
        for sector in sectors {
            let label = names[sector.kind] ?? ""
            let size = size(of: label)
            let middle = (sector.start + sector.end) / 2
            let span = sector.end - sector.start
            var best: (fit: Double, box: Box)?
            for k in 0...(2 * steps) {
                // 0, +1, -1, +2, -2, ...: the middle first.
                let away = (k + 1) / 2, side = k % 2 == 1 ? 1.0 : -1.0
                let angle = middle + side * Double(away) / Double(steps) * swing * span
                let (cosA, sinA) = (cos(angle), sin(angle))
                // Its inner edge on the ring, then out until clear of the ring and of everything on it.
                var at = Position(x: c.x + 1.04 * outer.width * cosA + cosA * size.width / 2,
                                  y: c.y + 1.04 * outer.height * sinA + sinA * size.height / 2)
                var box = Box(centre: at, size: size)
                func inside() -> Bool {
                    // The box's nearest point to the centre, within the ring?
                    let x = min(max(c.x, box.minX), box.maxX) - c.x, y = min(max(c.y, box.minY), box.maxY) - c.y
                    return (x / outer.width) * (x / outer.width) + (y / outer.height) * (y / outer.height) < 1.04 * 1.04
                }
                for _ in 0..<80 where inside() || taken.contains(where: { $0.intersects(box) }) {
                    at = Position(x: at.x + 6 * cosA, y: at.y + 6 * sinA)
                    box = Box(centre: at, size: size)
                }
                let f = fit(laid.extent.union(box))
                // Within a thousandth the same fit, the nearer the middle.
                if best == nil || f > best!.fit * 1.001 { best = (f, box) }
            }
            guard let chosen = best?.box else { continue }
            laid.names.append((label, chosen))
            laid.extent = laid.extent.union(chosen)
            taken.append(chosen.insetBy(-clearance))
        }
        return laid
    }
}
