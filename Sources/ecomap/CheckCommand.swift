import ArgumentParser
import EcomapCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check maps for mistakes and summarise them.",
        discussion: """
            Reports every problem in one run, with the file, line and column, the line itself \
            and a hint. A map that checks prints a one-line summary. With --lang cy, every text \
            that has no Welsh is listed too, with a count (--strict makes each an error).
            """
    )

    @Argument(help: ArgumentHelp("The map files to check; '-' reads standard input.", valueName: "file"))
    var files: [String]

    @Option(help: "Output format.")
    var format: CheckFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "cy (or cy+en) also lists every text with no Welsh: labels, titles, descriptions and the other texts a reader sees.",
        valueName: "lang"))
    var languages: Languages = .en

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one map file, or '-' for standard input") }
    }

    func run() throws {
        let documents = Loader.load(files, strict: strict, welsh: languages != .en)
        switch format {
        case .json:
            Terminal.output(CheckReport(documents: documents).json)
        case .text:
            let all = documents.flatMap(\.diagnostics)
            if !all.isEmpty {
                Terminal.error(diagnostics.formatter.format(all, sources: documents.sources, limit: diagnostics.maxDiagnostics,
                                                            totals: documents.totals))
            }
            for document in documents {
                if document.errorCount > 0 {
                    Terminal.error("\(document.name): \(Plural.count(document.errorCount, "error")), \(Plural.count(document.warningCount, "warning"))")
                } else {
                    let warnings = document.warningCount == 0 ? "" : "; \(Plural.count(document.warningCount, "warning"))"
                    Terminal.output("\(document.name): \(document.checked?.summary.sentence() ?? "")\(warnings)\n")
                }
                if let missing = document.missingWelsh {
                    let count = missing == 0 ? "every text has Welsh" : missing == 1 ? "1 text has no Welsh" : "\(missing) texts have no Welsh"
                    Terminal.output("\(document.name): \(count)\n")
                }
            }
        }
        if documents.totals.errors > 0 { throw ExitCode(1) }
    }
}

enum CheckFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

/// What `check --format json` prints; the schema is in docs/json.md.
struct CheckReport: Encodable {
    struct File: Encodable {
        var file: String
        var valid: Bool
        var errors: Int
        var warnings: Int
        var summary: MapSummary?
        /// With `--lang cy`: how many texts have no Welsh.
        var missingWelsh: Int?
    }

    var ecomap = MapJSON.version
    var files: [File]
    var diagnostics: [Diagnostic]

    init(documents: [Loaded]) {
        files = documents.map { document in
            File(file: document.name, valid: document.errorCount == 0, errors: document.errorCount,
                 warnings: document.warningCount, summary: document.checked?.summary, missingWelsh: document.missingWelsh)
        }
        diagnostics = documents.flatMap(\.diagnostics)
    }

    var json: String { JSONText.encode(self) }
}
