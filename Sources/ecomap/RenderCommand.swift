import ArgumentParser
import EcomapCore
import EcomapRender

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a map as DOT, SVG, PNG or PDF.",
        discussion: """
            Organisations are grey boxes, platforms green hexagons, individuals red ellipses \
            and communities blue octagons, with a key. The format follows the output file's \
            extension unless --format says otherwise; without -o the drawing is written to \
            the current folder, named after the map.
            """
    )

    @Argument(help: ArgumentHelp("The map file; '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; '-' is standard output.", valueName: "path"))
    var output: String?

    @Option(help: "Output format (default: from the output's extension, else svg).")
    var format: OutputFormat?

    @OptionGroup var layout: LayoutOptions

    @OptionGroup var page: PageOptions

    @Option(help: "Colours: default, colourblind, print or dark.")
    var theme: String = "default"

    @Option(name: .customLong("lang"), help: "Language of labels and key: en, or cy for Welsh.")
    var language: Language = .en

    @Flag(help: "Write link types and labels on the lines.")
    var labels = false

    @Flag(name: .customLong("no-legend"), help: "Leave the key out.")
    var noLegend = false

    @Option(name: .customLong("size-by"), help: "Draw nodes larger the higher their degree, betweenness or closeness.")
    var sizeBy: SizeMetric?

    @Option(help: ArgumentHelp("Mark nodes: 'brokers' are those whose loss would split the map.", valueName: "what"))
    var highlight: Highlight?

    @Flag(help: "SVG for a web page: no XML prolog or comments, a width that follows the page.")
    var embed = false

    @Option(help: "Give up on a layout after this many seconds.")
    var timeout: Double = RenderOptions.defaultTimeout

    @OptionGroup(title: "Part of the map") var view: ViewOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard Theme.named(theme) != nil else {
            throw ValidationError("unknown theme '\(theme)'; the themes are \(Theme.all.map(\.name).joined(separator: ", "))")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        try Loader.refuseOverwriting([file], with: [output])
        if format == nil, let output, output != "-", OutputFormat(fileName: output) == nil {
            throw ValidationError("can't tell the format from '\(output)'; name it .svg, .png, .pdf or .dot, or use --format")
        }
    }

    func run() throws {
        let document = Loader.load(file, strict: false)
        try Loader.report([document], diagnostics)
        guard let whole = document.checked else { throw ExitCode(1) }
        let map = try view.part(of: whole, diagnostics) ?? whole
        let format = self.format ?? output.flatMap(OutputFormat.init(fileName:)) ?? .svg
        let destination = output ?? (file == "-" ? "-" : "\(map.identifier).\(format.rawValue)")
        var options = RenderOptions(theme: Theme.named(theme)!, language: language, labels: labels, legend: !noLegend)
        layout.apply(to: &options)
        options.page = page.page ?? .slide
        options.links = format == .svg
        options.sizeBy = sizeBy
        options.highlightBrokers = highlight == .brokers
        options.forWebPage = embed
        options.timeout = timeout
        let bytes: [UInt8]
        do {
            bytes = try Renderer.render(map, as: format, options: options)
        } catch {
            throw Loader.fail(error, diagnostics)
        }
        try Loader.write(bytes, to: destination, diagnostics)
        if destination != "-" { Terminal.error("Wrote \(destination)") }
    }
}

enum Highlight: String, CaseIterable, ExpressibleByArgument {
    case brokers
}

extension SizeMetric: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
