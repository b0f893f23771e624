import EcomapCore
import Foundation

/// How each part of a drawing looks, in one place: a line for each direction
/// and strength (the eco-map's line qualities), the dotted `via:` line, and
/// the marks of a comparison's gaps. Colours come from the theme; widths
/// and patterns are named here, so the key and the drawing can't disagree.
package enum DiagramStyle {
    /// Line widths in points.
    enum Width {
        static let normal = 1.3
        static let strong = 3.2
        static let broken = 1.8
        static let via = 1.4
        /// A mark on a line: wide enough to see beside the line's own width.
        static let mark = 1.8
        static let missingLink = 2.0
        static let closer = 3.6
        static let nodeMark = 3.0
        static let ghost = 1.8
        /// The widest a counted line is drawn.
        static let widest = 8.0
    }

    /// A thin dotted line in the platform's colour, with no arrowheads.
    package static func via(colour: Colour) -> [GVAttribute] {
        [.init(.dir, "none"), .init(.style, "dotted"), .init(.penwidth, number(Width.via)), .init(.color, colour.hex)]
    }

    /// The width of a line that stands for `count` links (a summarised
    /// drawing's line, a bundle's trunk): wider the more it carries, by the
    /// logarithm (so 800 links are not 800 times as wide as one), at most 8 pt.
    package static func counted(_ count: Int) -> [GVAttribute] {
        let width = min(Width.widest, Width.normal + 1.4 * log2(Double(max(1, count))))
        return [.init(.penwidth, String(format: "%.1f", width))]
    }

    package static func attributes(direction: LinkDirection, strength: Strength, colour: Colour) -> [GVAttribute] {
        var a: [GVAttribute] = [arrows(direction)]
        switch strength {
        case .strong:
            a += [.init(.penwidth, number(Width.strong)), .init(.color, colour.hex)]
        case .normal:
            a += [.init(.penwidth, number(Width.normal)), .init(.color, colour.hex)]
        case .weak:
            a += [.init(.penwidth, number(Width.normal)), .init(.style, "dashed"), .init(.color, colour.hex)]
        case .stressful:
            // Two parallel lines: Graphviz draws a colour list with `invis` between as a double line.
            a += [.init(.penwidth, number(Width.normal)), .init(.color, "\(colour.hex):invis:\(colour.hex)")]
        case .broken:
            a += [.init(.penwidth, number(Width.broken)), .init(.style, "dotted"), .init(.color, colour.hex)]
        }
        return a
    }

    /// The arrowheads of a direction.
    static func arrows(_ direction: LinkDirection) -> GVAttribute {
        switch direction {
        case .oneWay: .init(.dir, "forward")
        case .twoWay: .init(.dir, "both")
        case .undirected: .init(.dir, "none")
        }
    }

    /// What a gap's mark adds to a line, in the theme's accent colour (a
    /// colour no kind of node uses). `direction` is which way a missing link
    /// flows in best practice.
    static func mark(_ mark: GapMark, on direction: LinkDirection = .oneWay, theme: Theme) -> [GVAttribute] {
        let accent = theme.accent.hex
        return switch mark {
        case .shouldBeTwoWay:
            [.init(.dir, "both"), .init(.arrowtail, "empty"), .init(.color, accent), .init(.penwidth, number(Width.mark))]
        case .missingLink:
            [.init(.dir, direction == .twoWay ? "both" : "forward"), .init(.style, "dashed"), .init(.color, accent),
             .init(.penwidth, number(Width.missingLink))]
        case .shouldGoThroughPlatform:
            [.init(.color, accent), .init(.penwidth, number(Width.mark)), .init(.style, "dotted")]
        case .shouldBeStronger, .shouldBeCloser:
            // One mark for a tie that should be stronger or closer: a thick
            // solid line, unlike the dashed missing link and the dotted platform.
            [.init(.color, accent), .init(.penwidth, number(Width.closer)), .init(.style, "solid")]
        case .oneWay:
            [.init(.color, accent), .init(.penwidth, number(Width.nodeMark))]
        case .missingNode:
            [.init(.style, "dashed"), .init(.color, accent), .init(.fontcolor, accent), .init(.penwidth, number(Width.ghost))]
        }
    }

    /// Writes each node's and line's marks as Graphviz attributes: the one
    /// place a comparison's typed marks become a look.
    static func applyMarks(_ diagram: inout Diagram, theme: Theme) {
        for i in diagram.nodes.indices {
            for mark in GapMark.allCases where diagram.nodes[i].marks.contains(mark) {
                diagram.nodes[i].attributes += DiagramStyle.mark(mark, theme: theme)
            }
        }
        for e in diagram.edges.indices {
            for mark in GapMark.allCases where diagram.edges[e].marks.contains(mark) {
                diagram.edges[e].attributes += DiagramStyle.mark(mark, on: diagram.edges[e].direction, theme: theme)
            }
        }
    }

    /// The class a mark's lines and key entry carry in SVG (`gap-two-way`), for styles and tests.
    static func key(_ mark: GapMark) -> String {
        switch mark {
        case .shouldBeTwoWay: "gap-two-way"
        case .shouldGoThroughPlatform: "gap-platform"
        case .shouldBeStronger: "gap-stronger"
        case .shouldBeCloser: "gap-closer"
        case .missingLink: "gap-missing-link"
        case .missingNode: "gap-ghost"
        case .oneWay: "gap-node"
        }
    }

    /// The line marks, as the key lists them: four, each unlike the others
    /// (a two-way arrowhead, dashes, dots, a thick line).
    static let lineMarks: [[GapMark]] = [[.shouldBeTwoWay], [.missingLink], [.shouldGoThroughPlatform], [.shouldBeStronger, .shouldBeCloser]]

    /// What the key says of a mark.
    static func phrase(_ mark: GapMark) -> Phrase {
        switch mark {
        case .shouldBeTwoWay: .shouldBeTwoWay
        case .shouldGoThroughPlatform: .shouldGoThroughPlatform
        case .shouldBeStronger: .shouldBeStronger
        case .shouldBeCloser: .shouldBeCloser
        case .missingLink: .missingLink
        case .missingNode: .missingNode
        case .oneWay: .oneWayNodeMark
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
