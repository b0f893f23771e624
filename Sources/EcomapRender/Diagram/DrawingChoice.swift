import EcomapCore

/// Whether a map is drawn whole or summarised (``MapOverview``): chosen from
/// the label sizes the page must keep, not from a count of nodes.
///
/// A map is drawn whole when its drawing, fitted to the page, would keep
/// its labels at issue 10's sizes for maps of up to 40 nodes: 8 pt on a
/// slide, 6.5 pt on an A4 page. The size is estimated before any layout,
/// from the room the nodes need: each node's label measured (``TextWidth``),
/// wrapped as the drawing wraps it, in its kind's shape, and the room between
/// them as the compact layout leaves it (``spread``, measured on the maps in
/// `Maps/`, the hand-written map of the tests and department maps of 50 to
/// 300 groups drawn whole). A map estimated under the size is summarised,
/// and the summary's boxes merged, smallest first, until it keeps the size.
/// O(nodes + links) for each try; a map is tried at most a dozen times.
package enum DrawingChoice {
    /// The smallest label a drawing for `page` must keep, in points; nil for
    /// a drawing of its own size, which is never summarised.
    package static func target(_ page: Page) -> Double? {
        switch page {
        case .slide: 8
        case .a4, .a4Landscape: 6.5
        case .none: nil
        }
    }

    /// The smallest label a drawing of a map of `nodes` nodes for `page`
    /// should keep, in points (issue 10's targets): a small map's labels
    /// read larger, 10 pt on a slide and 8 on A4 up to 15 nodes; above
    /// that, ``target(_:)``. Nil for a drawing of its own size.
    package static func labelTarget(_ page: Page, nodes: Int) -> Double? {
        guard nodes <= 15 else { return target(page) }
        switch page {
        case .slide: return 10
        case .a4, .a4Landscape: return 8
        case .none: return nil
        }
    }

    /// The area a drawing takes, as a multiple of the area of its nodes'
    /// outlines: the room between nodes, the lines, the boxes' margins and
    /// the part of the frame the drawing's shape leaves empty. Measured with
    /// `Benchmarks/legibility.py`: a map drawn whole spreads up to 6.8 times
    /// (the hand-written map of 23 nodes in five boxes, which reads at 8.0 pt
    /// on a slide and 6.5 pt on A4, is the widest; the maps in `Maps/` spread
    /// 5 to 7 times), so a map estimated to fit at that spread does.
    static let spreadWhole = 6.8
    /// A summary's shapes sit round a few hubs and carry numbers on their
    /// lines: department maps of 100 to 1,000 groups spread 4.3 to 5.8 times.
    static let spreadSummary = 5.8
    /// A list of names takes its own area and a margin of 20 pt, 2.2 times
    /// over (measured on the agencies of the 1,000-group department map).
    static let blockSpread = 2.2
    /// The key's area in square points (one column at 10 pt).
    static let keyArea = 150.0 * 170

    /// The summaries to draw instead of `map`, most detailed first, or none
    /// when the map is drawn whole: only for the automatic layout, on a page,
    /// when the whole map's labels would be smaller than the page's target.
    ///
    /// The drawing lays out the first and keeps it if its labels, fitted to
    /// the page, keep the target; else it tries the next
    /// (``SummaryLadder``). The summaries go from names listed to counts
    /// alone, each with every box and then with boxes merged, smallest
    /// first. The ladder starts at the first the estimate gives a fair
    /// chance (85% of the target), takes a few after it, and ends with the
    /// first estimated safely over the target (by 15%: the drawings of
    /// summaries came out up to a fifth either side of the estimate). At
    /// most ``ladderLength`` are laid out.
    package static func ladder(for map: CheckedMap, options: RenderOptions) -> [MapOverview] {
        guard options.layout == .automatic, let target = target(options.page), map.nodes.count > 1 else { return [] }
        let wrap = DiagramBuilder.wrapping(options, fontSize: 11, nodes: map.nodes.count)
        let whole = map.nodes.map { node in Room(lines: wrap(node.label(in: options.language)).split(separator: "\n").map(String.init),
                                                 kind: node.kind) }
        let wholeLabel = estimatedLabel(whole, spread: spreadWhole, page: options.page)
        guard wholeLabel < target else { return [] }
        func label(_ overview: MapOverview) -> Double {
            let rooms = overview.groups.map { group in
                Room(lines: OverviewDiagram.lines(of: group, wrap: wrap, language: options.language, page: options.page),
                     kind: group.names == nil ? group.kind : .organisation, group: group.isGroup, block: group.names != nil)
            }
            return estimatedLabel(rooms, spread: spreadSummary, page: options.page)
        }
        let first = MapOverview(map, options: MapOverview.Options(language: options.language))
        let sizes = Set(first.groups.compactMap { group -> Int? in
            if case .box = group.source { return group.members.count } else { return nil }
        }).sorted()
        var candidates: [(overview: MapOverview, estimate: Double)] = []
        for lists in [true, false] {
            for merge in [0] + sizes.map({ $0 + 1 }) {
                let overview = merge == 0 && lists ? first
                    : MapOverview(map, options: MapOverview.Options(mergeBelow: merge, lists: lists, language: options.language))
                // Merging that changed nothing is not another try.
                if let last = candidates.last?.overview, last.groups.map(\.id) == overview.groups.map(\.id),
                   last.groups.map(\.label) == overview.groups.map(\.label) { continue }
                candidates.append((overview, label(overview)))
            }
        }
        // From the first with a fair chance, a few tries, and last the first that is safe.
        let start = candidates.firstIndex { $0.estimate >= 0.85 * target } ?? candidates.count - 1
        let safe = candidates.indices.first { $0 >= start && candidates[$0].estimate >= 1.15 * target } ?? candidates.count - 1
        let tries = Array(start..<min(safe, start + ladderLength - 1)) + [safe]
        return tries.map { candidates[$0].overview }
    }

    /// The most summaries a drawing lays out before it draws the last of them.
    static let ladderLength = 4

    /// What a node needs: its label's lines and the shape its kind is drawn in.
    struct Room {
        var lines: [String]
        var kind: NodeKind
        /// A summarised shape, drawn with a thicker outline.
        var group = false
        /// A block of text (a list of names): the room round it is a margin,
        /// not a multiple of its size.
        var block = false

        /// The outline's width and height in points, as Graphviz sizes it
        /// for an 11 pt label with ecomap's margins (0.12 by 0.06 inches).
        var size: (width: Double, height: Double) {
            let text = lines.map { TextWidth.of($0, size: 11) }.max() ?? 0
            var width = max(54, text + 17.3), height = max(36, Double(lines.count) * 13.2 + 8.6)
            switch kind {
            case .organisation: break
            case .person: (width, height) = (width * 1.41, height * 1.41)
            case .platform, .community: (width, height) = (width * 1.2, height * 1.25)
            }
            return group ? (width + 8, height + 8) : (width, height)
        }
    }

    /// The smallest label, in points, of a drawing of these nodes fitted to
    /// `page` (the drawing shaped for the page, key included).
    static func estimatedLabel(_ nodes: [Room], spread: Double, page: Page) -> Double {
        guard let box = measured(page) else { return 11 }
        var area = keyArea
        var widest = 0.0, tallest = 0.0
        for node in nodes {
            let s = node.size
            area += node.block ? blockSpread * (s.width + 40) * (s.height + 40) : spread * s.width * s.height
            widest = max(widest, s.width + 40)
            tallest = max(tallest, s.height + 40)
        }
        // The drawing takes the page's shape: its labels scale with the square
        // root of the areas, and no more than lets its largest shape fit.
        let largest = min(box.width / widest, box.height / tallest)
        return 11 * min((box.width * box.height / area).squareRoot(), largest)
    }

    /// The area a drawing is measured in, as `legibility.py` measures it: a
    /// whole 16:9 slide (13.33 × 7.5 in), or an A4 page's text block (6.7 × 9.7 in).
    static func measured(_ page: Page) -> (width: Double, height: Double)? {
        switch page {
        case .slide: (960, 540)
        case .a4: (482.4, 698.4)
        case .a4Landscape: (698.4, 482.4)
        case .none: nil
        }
    }
}
