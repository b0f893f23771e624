import ArgumentParser
import EcomapCore
import EcomapReport

struct EmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Turn the maps in a Markdown document into drawings.",
        discussion: """
            Fenced code blocks marked ecomap, and image links to .ecomap files, become the \
            drawn map: inline SVG in an HTML page, or SVG files beside a Markdown file. A map \
            with a mistake gives a diagnostic at its line in the document, and nothing is written. \
            Raw HTML in the document is shown as text unless --allow-html; image links read maps \
            only from the document's folder and below, unless --root names another folder.
            """
    )

    @Argument(help: ArgumentHelp("The Markdown document.", valueName: "document"))
    var input: String

    @OptionGroup var document: DocumentOptions

    @OptionGroup(title: "Drawing") var drawing: DrawingOptions

    @Flag(name: .customLong("allow-html"), help: "Keep the document's own HTML (only for documents you trust).")
    var allowHTML = false

    @Option(help: ArgumentHelp("Image links may read maps from this folder and below (default: the document's folder).",
                               valueName: "folder"))
    var root: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        try Loader.refuseOverwriting([input], with: [document.output])
        if !drawing.view.isWholeMap {
            throw ValidationError("--focus, --only and --hide draw part of one map; a document's maps are drawn whole")
        }
        if let root, !FileIO.isFolder(root) { throw ValidationError("--root '\(root)' is not a folder") }
    }

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.contents(of: input, limit: Embedder.maximumDocumentSize, kind: .document)
        } catch {
            throw Loader.fail(error, diagnostics)
        }
        let embedder = Embedder(SourceText(name: input, bytes: bytes), options: drawing.renderOptions(),
                                root: root, allowHTML: allowHTML)
        let problems = embedder.diagnostics.filter { $0.severity == .error }.map(Loader.forCommandLine)
        if !problems.isEmpty {
            Terminal.error(diagnostics.formatter.format(problems, sources: embedder.sources, limit: diagnostics.maxDiagnostics))
            throw ExitCode(1)
        }
        let files: [(name: String, bytes: [UInt8])]
        do { files = try embedder.render(to: document.output) } catch { throw Loader.fail(error, diagnostics) }
        try Loader.write(files.map { ($0.name, $0.bytes) }, diagnostics)
        Terminal.wrote(document.output, in: drawing.languageList)
    }
}
