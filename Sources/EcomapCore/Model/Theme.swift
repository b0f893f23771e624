/// How a map looks: a colour and a shape for each kind, and line colours.
///
/// Colour is never the only carrier of meaning: every kind has its own shape
/// and every line quality its own pattern, so a black-and-white print or a
/// colour-blind reader can still tell them apart.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var background: Colour
    /// Fill colour of each kind of node.
    public var fills: [NodeKind: Colour]
    /// Outline colour of nodes.
    public var outline: Colour
    /// Colour of lines and arrowheads.
    public var line: Colour
    /// Colour of text outside nodes (edge labels, the key).
    public var text: Colour
    /// Fill of the boxes drawn around an organisation's or community's members.
    public var clusterFill: Colour
    public var clusterOutline: Colour
    /// Marks that draw attention (the gaps a comparison finds): a colour no kind uses.
    public var accent: Colour

    /// The fill of a kind.
    public func fill(_ kind: NodeKind) -> Colour { fills[kind] ?? background }

    /// Black or white, whichever reads better on `fill` (WCAG contrast).
    public func text(on fill: Colour) -> Colour {
        // Contrast against white is (1.05)/(L+0.05); against black (L+0.05)/0.05.
        let l = fill.luminance
        return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? Colour(red: 255, green: 255, blue: 255) : Colour(red: 0x1A, green: 0x1A, blue: 0x1A)
    }

    /// The key of the maps in the Social Care Wales study: organisations grey,
    /// platforms green, individuals red; communities blue.
    public static let standard = Theme(
        name: "default", background: Colour("#ffffff")!,
        fills: [.organisation: Colour("#b0b0b0")!, .platform: Colour("#6fbf73")!,
                .person: Colour("#e8645a")!, .community: Colour("#6fa8dc")!],
        outline: Colour("#4d4d4d")!, line: Colour("#404040")!, text: Colour("#1a1a1a")!,
        clusterFill: Colour("#f4f4f4")!, clusterOutline: Colour("#9e9e9e")!, accent: Colour("#e07b00")!)

    /// Okabe and Ito's palette, safe for the common colour-vision deficiencies:
    /// grey, bluish green, vermillion and yellow.
    public static let colourblind = Theme(
        name: "colourblind", background: Colour("#ffffff")!,
        fills: [.organisation: Colour("#b3b3b3")!, .platform: Colour("#009e73")!,
                .person: Colour("#d55e00")!, .community: Colour("#f0e442")!],
        outline: Colour("#333333")!, line: Colour("#333333")!, text: Colour("#1a1a1a")!,
        clusterFill: Colour("#f4f4f4")!, clusterOutline: Colour("#8c8c8c")!, accent: Colour("#cc79a7")!)

    /// Greyscale for printing: shapes and line patterns carry the meaning.
    public static let print = Theme(
        name: "print", background: Colour("#ffffff")!,
        fills: [.organisation: Colour("#d0d0d0")!, .platform: Colour("#f0f0f0")!,
                .person: Colour("#ffffff")!, .community: Colour("#a6a6a6")!],
        outline: Colour("#000000")!, line: Colour("#000000")!, text: Colour("#000000")!,
        clusterFill: Colour("#ffffff")!, clusterOutline: Colour("#000000")!, accent: Colour("#000000")!)

    /// Light marks on a dark ground, for screens and slides with dark backgrounds.
    public static let dark = Theme(
        name: "dark", background: Colour("#1e1f22")!,
        fills: [.organisation: Colour("#8a8a8a")!, .platform: Colour("#3f9e48")!,
                .person: Colour("#d9534f")!, .community: Colour("#4a86c5")!],
        outline: Colour("#e0e0e0")!, line: Colour("#c8c8c8")!, text: Colour("#eeeeee")!,
        clusterFill: Colour("#2b2d31")!, clusterOutline: Colour("#6b6b6b")!, accent: Colour("#ffb347")!)

    /// Every theme, by the name the command line uses.
    public static let all: [Theme] = [.standard, .colourblind, .print, .dark]

    public static func named(_ name: String) -> Theme? { all.first { $0.name == name } }
}
