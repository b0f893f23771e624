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

    @OptionGroup(title: "Drawing") var drawing: DrawingOptions

    @Flag(help: "SVG for a web page: no XML prolog or comments, a width that follows the page.")
    var embed = false

    @Option(name: .customLong("places-from"),
            help: ArgumentHelp("Another map: nodes it shares with this one are drawn where its own drawing has them, so the two line up.",
                               valueName: "map"))
    var placesFrom: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        try Loader.refuseOverwriting([file] + (placesFrom.map { [$0] } ?? []), with: [output])
        if placesFrom != nil, ![.automatic, .neato, .fdp].contains(drawing.layout) {
            throw ValidationError("--places-from keeps the places of neato's drawings: use it with --layout neato, fdp or the automatic layout")
        }
        if placesFrom == "-", file == "-" { throw ValidationError("only one map can come from standard input") }
        if format == nil, let output, output != "-", OutputFormat(fileName: output) == nil {
            throw ValidationError("can't tell the format from '\(output)'; name it .svg, .png, .pdf or .dot, or use --format")
        }
    }

    func run() throws {
        let document = Loader.load(file, strict: false)
        try Loader.report([document], diagnostics)
        guard let whole = document.checked else { throw ExitCode(1) }
        let map = try drawing.part.part(of: whole, diagnostics) ?? whole
        let format = self.format ?? output.flatMap(OutputFormat.init(fileName:)) ?? .svg
        let destination = output ?? (file == "-" ? "-" : "\(map.identifier).\(format.rawValue)")
        var options = drawing.renderOptions()
        options.links = format == .svg
        options.forWebPage = embed
        if let placesFrom {
            // The other map laid out as it would be with these options: its places, not its picture.
            let other = Loader.load(placesFrom, strict: false)
            try Loader.report([other], diagnostics)
            guard let earlier = other.checked else { throw ExitCode(1) }
            do { options.places = try Renderer.places(of: earlier, options: options) } catch { throw Loader.fail(error, diagnostics) }
        }
        let bytes: [UInt8]
        do {
            bytes = try Renderer.render(map, as: format, options: options)
        } catch {
            throw Loader.fail(error, diagnostics)
        }
        try Loader.write(bytes, to: destination, diagnostics)
        if destination != "-" { Terminal.wrote(destination, in: drawing.languageList) }
    }
}
