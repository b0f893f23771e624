import ArgumentParser
import Ecomap

struct EmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Turn the maps in a Markdown document into drawings.",
        discussion: """
            Fenced code blocks marked ecomap, and image links to .ecomap files, become the \
            drawn map: inline SVG in an HTML page, or SVG files beside a Markdown file. A map \
            with a mistake gives a diagnostic at its line in the document, and nothing is written.
            """
    )

    @Argument(help: ArgumentHelp("The Markdown document.", valueName: "document"))
    var input: String

    @OptionGroup var document: DocumentOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        try Loader.refuseOverwriting([input], with: [document.output])
    }

    func run() throws {
        let bytes: [UInt8]
        do { bytes = try FileIO.contents(of: input) } catch {
            Terminal.error(diagnostics.formatter.format(error, source: nil))
            throw ExitCode(1)
        }
        let embedder = Embedder(SourceText(name: input, bytes: bytes), options: document.renderOptions(), timeout: document.timeout)
        let files: [(name: String, bytes: [UInt8])]
        do throws(EmbedFailure) {
            files = try embedder.render(to: document.output)
        } catch {
            Terminal.error(diagnostics.formatter.format(error.diagnostics, sources: error.sources, limit: diagnostics.maxDiagnostics))
            throw ExitCode(1)
        }
        try Loader.write(files.map { ($0.name, $0.bytes) }, diagnostics)
        Terminal.error("Wrote \(document.output)")
    }
}
