import ArgumentParser
import EcomapCore
import EcomapInterchange
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a map for other tools: JSON, GraphML, GEXF, CSV, XLSX, Kumu or Mermaid.",
        discussion: """
            json is ecomap's own schema (docs/json.md); graphml and gexf open in Gephi, yEd, networkx \
            and igraph; csv and xlsx are Kumu's spreadsheet layout and kumu its JSON blueprint, which \
            'ecomap import' reads back into the same map; mermaid is a flowchart for Markdown. csv \
            writes two files, BASE-elements.csv and BASE-connections.csv, for -o BASE (or BASE.csv). \
            See docs/interchange.md. A map with errors is not exported.
            """
    )

    @Argument(help: ArgumentHelp("The map file; '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(help: "Output format.")
    var format: ExportFormat = .json

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; '-' is standard output.", valueName: "path"))
    var output: String = "-"

    @OptionGroup var diagnostics: DiagnosticOptions

    /// The files this export writes: two for CSV, else one.
    var destinations: [String] {
        guard format == .csv else { return [output] }
        let base = output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) : output
        return ["\(base)-elements.csv", "\(base)-connections.csv"]
    }

    func validate() throws {
        if format == .csv, output == "-" {
            throw ValidationError("csv writes two files (elements and connections): name them with -o BASE")
        }
        if format == .xlsx, output == "-", isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("xlsx is a binary file: name it with -o, such as -o map.xlsx")
        }
        try Loader.refuseOverwriting([file], with: destinations)
    }

    func run() throws {
        let document = Loader.load(file, strict: false)
        try Loader.report([document], diagnostics)
        guard let map = document.checked else { throw ExitCode(1) }
        let files: [(path: String, bytes: [UInt8])]
        switch format {
        case .json: files = [(output, Array(MapJSON.encode(map).utf8))]
        case .graphml: files = [(output, GraphMLExporter.bytes(map))]
        case .gexf: files = [(output, GEXFExporter.bytes(map))]
        case .kumu: files = [(output, Array(KumuJSONExporter.blueprint(map).utf8))]
        case .mermaid: files = [(output, Array(MermaidExporter.flowchart(map).utf8))]
        case .xlsx: files = [(output, TableExporter.xlsx(map))]
        case .csv:
            let tables = TableExporter.csv(map)
            files = [(destinations[0], tables.elements), (destinations[1], tables.connections)]
        }
        try Loader.write(files, diagnostics)
        for path in files.map(\.path) where path != "-" { Terminal.wrote(path, in: [.en]) }
    }
}

enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case json, graphml, gexf, csv, xlsx, kumu, mermaid
}
