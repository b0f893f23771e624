import ArgumentParser
import EcomapCore
import EcomapInterchange

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a map from spreadsheets in Kumu's layout (.xlsx or CSV) or a Kumu JSON blueprint.",
        discussion: """
            An elements sheet starts with a Label column (or ID, then Label), a connections sheet \
            with From and To; Type gives each element its kind, and every other column becomes an \
            attribute. Every problem is reported, with its file, sheet and cell, in one run; when \
            there are errors nothing is written. See docs/interchange.md.
            """
    )

    @Argument(help: ArgumentHelp("An .xlsx workbook, CSV files (elements and connections), or a Kumu .json blueprint.", valueName: "file"))
    var files: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the map; '-' is standard output.", valueName: "path"))
    var output: String

    @Option(name: .customLong("kind-map"), help: ArgumentHelp("Kinds for other types, e.g. \"Staff network=community,Agency=organisation\".", valueName: "types"))
    var kindMap: String?

    @Option(help: "The map's title (default: the workbook's own, else the first file's name).")
    var title: String?

    @Flag(help: "Treat warnings as errors: write nothing unless the map would pass 'ecomap check --strict'.")
    var strict = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name a workbook, CSV files or a blueprint to import") }
        if let kindMap {
            do throws(KindMap.KindMapError) { _ = try KindMap(parsing: kindMap) } catch {
                throw ValidationError("--kind-map: \(error.message)")
            }
        }
        try Loader.refuseOverwriting(files, with: [output])
    }

    func run() throws {
        let kinds = try kindMap.map { text throws(KindMap.KindMapError) in try KindMap(parsing: text) } ?? KindMap()
        let result = Importer.importPaths(files, options: Importer.Options(kinds: kinds, title: title))
        var found = result.diagnostics.map(Loader.forCommandLine)
        if strict { found = found.map { var d = $0; d.severity = .error; return d } }
        if !found.isEmpty { Terminal.error(diagnostics.formatter.format(found, sources: [:], limit: diagnostics.maxDiagnostics)) }
        guard !found.hasErrors, let bytes = result.bytes else {
            Terminal.error("\(Plural.count(found.errorCount, "error")), \(Plural.count(found.warningCount, "warning")); nothing was written")
            throw ExitCode(1)
        }
        try Loader.write(bytes, to: output, diagnostics)
        if output != "-" {
            Terminal.error("Wrote \(output): \(result.summary?.sentence() ?? "")")
        }
    }
}
