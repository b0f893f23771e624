import EcomapCore

/// What to draw and how.
public struct RenderOptions: Sendable {
    public var theme: Theme = .standard
    /// nil chooses by the size of the map (``LayoutEngine/automatic(nodes:links:)``).
    public var engine: LayoutEngine?
    public var language: Language = .en
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
    /// Draw an eco-map: one node at the centre and the rest on rings round it
    /// by how many links away they are (Hartman's form, used in social care).
    public var ecoMap = false
    /// The node at the centre of an eco-map, by id; nil chooses the node with
    /// `role: host`, else the best-connected organisation.
    public var centre: String?

    /// The default limit on a drawing's time, in seconds.
    public static let defaultTimeout: Double = 120

    public init(theme: Theme = .standard, engine: LayoutEngine? = nil, language: Language = .en,
                labels: Bool = false, legend: Bool = true) {
        self.theme = theme
        self.engine = engine
        self.language = language
        self.labels = labels
        self.legend = legend
    }
}

/// The metrics a drawing can size nodes by.
public enum SizeMetric: String, CaseIterable, Sendable {
    case degree, betweenness, closeness
}
