import ArgumentParser
import EcomapCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a map as JSON for other tools.",
        discussion: "The schema is documented in docs/json.md. A map with errors is not exported."
    )

    @Argument(help: ArgumentHelp("The map file; '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(help: "Output format.")
    var format: ExportFormat = .json

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; '-' is standard output.", valueName: "path"))
    var output: String = "-"

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        try Loader.refuseOverwriting([file], with: [output])
    }

    func run() throws {
        let document = Loader.load(file, strict: false)
        try Loader.report([document], diagnostics)
        guard let map = document.checked else { throw ExitCode(1) }
        let text = MapJSON.encode(map)
        try Loader.write(text, to: output, diagnostics)
    }
}

enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case json
}
