import ArgumentParser
import EcomapCore
import EcomapInterchange

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a map from spreadsheets in Kumu's layout (.xlsx or CSV) or a Kumu JSON blueprint.",
        discussion: """
            An elements sheet has a column of names (Label, Name, Group name, ...), its header in \
            any of the first 30 rows; a connections sheet has From and To. The usual names of \
            each field are recognised (Owner / lead, Funded?, Agency, Link, ...), --columns says \
            the rest, and the import prints which column became which field. Every problem is reported, with its file, sheet and cell, in one run; when \
            there are errors nothing is written. See docs/interchange.md.
            """
    )

    @Argument(help: ArgumentHelp("An .xlsx workbook, CSV files (elements and connections), or a Kumu .json blueprint.", valueName: "file"))
    var files: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the map; '-' is standard output.", valueName: "path"))
    var output: String

    @Option(name: .customLong("kind-map"), help: ArgumentHelp("Kinds for other types, e.g. \"Staff network=community,Agency=organisation\".", valueName: "types"))
    var kindMap: String?

    @Option(help: ArgumentHelp("Which column is which field, where the usual names don't say, e.g. \"Owner / lead=leads,Yammer=url,Notes=ignore\".", valueName: "columns"))
    var columns: String?

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
        if let columns {
            do throws(ColumnMap.ColumnMapError) { _ = try ColumnMap(parsing: columns) } catch {
                throw ValidationError("--columns: \(error.message)")
            }
        }
        try Loader.refuseOverwriting(files, with: [output])
    }

    func run() throws {
        let kinds = try kindMap.map { text throws(KindMap.KindMapError) in try KindMap(parsing: text) } ?? KindMap()
        let columnMap = try columns.map { text throws(ColumnMap.ColumnMapError) in try ColumnMap(parsing: text) } ?? ColumnMap()
        let result = Importer.importPaths(files, options: Importer.Options(kinds: kinds, title: title, columns: columnMap))
        // Which column became which field, whether or not the import succeeded.
        if !result.columns.isEmpty, !ColumnUse.arePlain(result.columns) { Terminal.error(ColumnUse.report(result.columns)) }
        var found = result.diagnostics.map(Loader.forCommandLine)
        if strict { found = found.strict() }
        if !found.isEmpty { Terminal.error(diagnostics.formatter.format(found, sources: [:], limit: diagnostics.maxDiagnostics)) }
        guard !found.hasErrors, let bytes = result.bytes else {
            Terminal.error("\(Plural.count(found.errorCount, "error")), \(Plural.count(found.warningCount, "warning")); nothing was written")
            throw ExitCode(1)
        }
        try Loader.write(bytes, to: output, diagnostics)
        if output != "-" {
            Terminal.wrote(output, in: [.en], ": \(result.summary?.sentence() ?? "")")
        }
    }
}
