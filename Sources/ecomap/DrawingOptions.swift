import ArgumentParser
import EcomapCore
import EcomapRender

/// How a map is drawn: the one option group of every command that draws
/// (`render`, `compare`, `report`, `embed`, `watch`, `serve`), so that the same
/// options give the same drawing whichever command makes it.
///
/// It yields typed values, ``renderOptions(page:)`` and ``view``; the live
/// preview starts from them as they are.
struct DrawingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "automatic (the default: the whole map when its labels read on the page, else a summary, one shape per group), full (every node, bundled lines into shared platforms), eco for an eco-map (the centre in the middle, the rest on rings), or a Graphviz engine.",
        valueName: "layout"))
    var layout: Layout = .automatic

    @Option(name: [.customLong("centre"), .customLong("center")],
            help: ArgumentHelp("The node at the centre of an eco-map (default: the one with role: host, else the best-connected organisation).",
                               valueName: "id"))
    var centre: String?

    @Option(help: ArgumentHelp("The frame the drawing is made for: slide (16:9), a4, a4-landscape, or none to keep its own shape (default: slide; a4 for report).",
                               valueName: "page"))
    var page: Page?

    @Option(help: ArgumentHelp("Colours: default, colourblind, print or dark.", valueName: "theme"))
    var theme: Theme = .standard

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language: en, cy for Welsh, or cy+en for both (Welsh first).", valueName: "lang"))
    var languages: Languages = .en

    @Flag(help: "Write link types and labels on the lines.")
    var labels = false

    @Flag(name: .customLong("no-legend"), help: "Leave the key out.")
    var noLegend = false

    @Option(name: .customLong("size-by"), help: "Draw nodes larger the higher their degree, betweenness or closeness.")
    var sizeBy: SizeMetric?

    @Option(help: ArgumentHelp("Mark nodes: 'brokers' are those whose loss would split the map.", valueName: "what"))
    var highlight: Highlight?

    @Option(help: ArgumentHelp("Give up on a drawing after this many seconds.", valueName: "seconds"))
    var timeout: Double = RenderOptions.defaultTimeout

    @OptionGroup(title: "Part of the map") var part: ViewOptions

    /// The first language: of the drawings, the names and the tables.
    var language: Language { languages.list[0] }
    /// The second language of a bilingual document.
    var second: Language? { languages.list.dropFirst().first }
    /// The languages of a bilingual text, the first first; one language otherwise.
    var languageList: [Language] { languages.list }

    /// The part of the map to draw; whole when no option asks for less.
    var view: MapView { part.view }

    func validate() throws {
        if centre != nil, layout != .eco {
            throw ValidationError("--centre places the middle of an eco-map: use it with --layout eco")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
    }

    /// The options for a drawing; `defaultPage` when --page is not given
    /// (a report is read on paper as often as on screen: A4).
    func renderOptions(page defaultPage: Page = .slide) -> RenderOptions {
        if layout == .fdp, !DrawingOptions.notedFDP {
            DrawingOptions.notedFDP = true
            Terminal.error("note: --layout fdp is drawn with neato and ecomap's membership boxes, the same kind of "
                + "drawing; Graphviz 2.42's fdp draws a map differently from run to run")
        }
        var options = RenderOptions(theme: theme, layout: layout, language: language, labels: labels, legend: !noLegend)
        options.secondLanguage = second
        options.centre = centre
        options.page = page ?? defaultPage
        options.sizeBy = sizeBy
        options.highlightBrokers = highlight == .brokers
        options.timeout = timeout
        // A summarised drawing's key says how to see inside a group with this command line's option.
        options.focusOption = "--focus"
        return options
    }

    /// The note on fdp is said once, however many drawings a command makes.
    nonisolated(unsafe) private static var notedFDP = false
}

/// `--lang en|cy|cy+en`.
enum Languages: String, CaseIterable, ExpressibleByArgument {
    case en, cy
    case bilingual = "cy+en"

    /// The languages, the first first: Welsh before English when bilingual.
    var list: [Language] {
        switch self {
        case .en: [.en]
        case .cy: [.cy]
        case .bilingual: [.cy, .en]
        }
    }
}

enum Highlight: String, CaseIterable, ExpressibleByArgument {
    case brokers
}

extension Layout: ExpressibleByArgument {}
extension Page: ExpressibleByArgument {}
extension SizeMetric: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

extension Theme: ExpressibleByArgument {
    public init?(argument: String) {
        guard let theme = Theme.named(argument) else { return nil }
        self = theme
    }

    public static var allValueStrings: [String] { Theme.all.map(\.name) }
    public var defaultValueDescription: String { name }
}
