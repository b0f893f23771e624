import EcomapCore

/// What to draw and how.
///
/// Every command that draws builds one of these, and the live preview keeps
/// one per page: the same values give the same drawing wherever it is made.
public struct RenderOptions: Hashable, Sendable {
    public var theme: Theme = .standard
    /// How the map is laid out: by its size, as an eco-map, or by one engine.
    public var layout: Layout = .automatic
    public var language: Language = .en
    /// A second language, for bilingual drawings (each label in both, the
    /// first language first); nil for one language.
    public var secondLanguage: Language?
    /// Write link types and labels on the lines.
    public var labels = false
    public var legend = true
    /// Links in SVG output for nodes with a `url` (http, https and mailto only).
    public var links = true
    /// Prefix for element ids; the map's identifier when nil.
    public var prefix: String?
    /// Draw nodes larger the higher they score on a metric.
    public var sizeBy: SizeMetric?
    /// Mark the brokers: nodes whose loss would split the map.
    public var highlightBrokers = false
    /// SVG for a web page: no XML prolog or comments, a width that follows the page.
    public var forWebPage = false
    /// The longest a drawing may take, in seconds, all its layouts together.
    public var timeout: Double = RenderOptions.defaultTimeout
    /// The frame the drawing is made for: a 16:9 slide unless asked otherwise.
    public var page: Page = .slide
    /// The part of the page the drawing may fill, when it shares its page
    /// with words (a report's headings and caption): the key goes beside
    /// the map or below it, whichever lets the whole fill this room largest.
    /// Nil: the page's own frame.
    public var room: Size?
    /// The node at the centre of an eco-map, by id; nil chooses the node with
    /// `role: host`, else the best-connected organisation.
    public var centre: String?
    /// Where nodes were in an earlier drawing, by node id (``Renderer/places(of:options:)``
    /// gives them): the layout starts from these places, keeps each node
    /// that has one there, moving it only to make room, and puts the other
    /// nodes beside their partners. A map that is edited then keeps its
    /// shape, and two maps drawn from the same places line up. Used when at
    /// least a third of the map's nodes have a place, by the layouts drawn with
    /// `neato` (``Layout/automatic`` up to 300 nodes, ``Layout/neato`` and
    /// ``Layout/fdp``); the eco-map's rings and the other engines lay the map
    /// out afresh.
    public var places: [String: Position]?
    /// The option that draws one group of a summarised drawing alone, as the
    /// reader's tool spells it (the command line's `--focus`): the key of a
    /// summarised drawing then says how to see inside a group ("To see
    /// inside a group: --focus ea"). Nil: the key says it in words.
    public var focusOption: String?
    /// The drawing is shown where a click on a group opens it (`ecomap
    /// serve`'s page): the key of a summarised drawing says to click, which
    /// comes before ``focusOption`` (a reader of the page has no command line).
    public var groupsOpenOnClick = false

    /// The Graphviz engine asked for; nil chooses by the size of the map
    /// (``LayoutEngine/automatic(nodes:links:)``).
    public var engine: LayoutEngine? { layout.engine }
    /// An eco-map: one node at the centre and the rest on rings round it
    /// by how many links away they are (Hartman's form, used in social care).
    public var ecoMap: Bool { layout == .eco }

    /// The default limit on a drawing's time, in seconds.
    public static let defaultTimeout: Double = 120

    public init(theme: Theme = .standard, layout: Layout = .automatic, language: Language = .en,
                labels: Bool = false, legend: Bool = true) {
        self.theme = theme
        self.layout = layout
        self.language = language
        self.labels = labels
        self.legend = legend
    }
}

/// How a map is laid out: the choice people make, which names a Graphviz
/// engine or ecomap's own layouts.
public enum Layout: String, CaseIterable, Hashable, Sendable {
    /// The whole map when its labels keep their size on the page; else a
    /// summary (``MapOverview``), each group one shape that says what it holds.
    case automatic
    /// Every node drawn, however many: `neato` with boxes while that is
    /// quick, `sfdp` above, with each group's lines into a shared platform
    /// bundled into one.
    case full
    /// An eco-map: the centre in the middle, the rest round it on rings.
    case eco
    case neato
    /// A force-directed drawing with boxes. Graphviz 2.42's `fdp` draws a
    /// map differently from run to run, so this is `neato` with ecomap's
    /// own membership boxes, the same kind of drawing.
    case fdp
    case sfdp, dot, circo, twopi

    /// The layout of one Graphviz engine.
    public init(_ engine: LayoutEngine) {
        self = switch engine {
        case .neato: .neato
        case .sfdp: .sfdp
        case .dot: .dot
        case .circo: .circo
        case .twopi: .twopi
        }
    }

    /// The Graphviz engine that lays the map out; nil when chosen by the map's size.
    public var engine: LayoutEngine? {
        switch self {
        case .automatic, .full: nil
        case .eco, .neato, .fdp: .neato
        case .sfdp: .sfdp
        case .dot: .dot
        case .circo: .circo
        case .twopi: .twopi
        }
    }
}

/// The metrics a drawing can size nodes by.
public enum SizeMetric: String, CaseIterable, Sendable {
    case degree, betweenness, closeness
}
