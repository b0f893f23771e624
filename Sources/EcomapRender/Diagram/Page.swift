/// The frame a drawing is made for: a 16:9 slide, an A4 page either way
/// round, or none.
///
/// The drawing is shaped for the frame (labels wrapped to suit it, the map
/// turned so its long side lies along the frame's, the key put where it costs
/// least); a PDF is the page's size with the drawing fitted inside a margin,
/// and a PNG is 1920 × 1080 pixels for a slide and 150 dpi for A4. `none`
/// keeps the drawing's own shape and size.
public enum Page: String, CaseIterable, Sendable {
    case slide
    case a4
    case a4Landscape = "a4-landscape"
    case none

    /// The page in points (1/72 inch); nil for `none`.
    public var size: (width: Double, height: Double)? {
        switch self {
        case .slide: (960, 540)
        case .a4: (595.28, 841.89)
        case .a4Landscape: (841.89, 595.28)
        case .none: nil
        }
    }

    /// Space left empty round the drawing on the page, in points: an A4 text
    /// block's margins (6.7 × 9.7 in is left inside them), a thinner one on a slide.
    public var margin: Double {
        switch self {
        case .slide: 24
        case .a4, .a4Landscape: 56.4
        case .none: 0
        }
    }

    /// The room the drawing has: the page less its margins (nil for `none`).
    public var frame: (width: Double, height: Double)? {
        size.map { ($0.width - 2 * margin, $0.height - 2 * margin) }
    }

    /// Pixels per inch of a PNG: 1920 × 1080 for a slide, 150 dpi on paper.
    var dotsPerInch: Double {
        switch self {
        case .slide: 144
        case .a4, .a4Landscape: 150
        case .none: 96
        }
    }

    /// The width, in points at 11 pt, past which a node's label is broken
    /// into lines: narrower on a portrait page, whose width is scarce.
    var wrapWidth: Double {
        self == .a4 ? 90 : 110
    }
}
