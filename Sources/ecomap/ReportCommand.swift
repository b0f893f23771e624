import ArgumentParser
import EcomapCore
import EcomapReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Put a map, its numbers and its gaps into one report (HTML or Markdown).",
        discussion: """
            HTML is one self-contained file (SVG, style and a small script inline; nothing from \
            the network) that works offline, reads on a phone and prints on A4. Markdown is a .md \
            file with its drawings as SVG files beside it. With --compare, the report adds the \
            comparison with a best-practice map: the numbers side by side, the findings and the \
            gaps drawn on the map.
            """
    )

    @Argument(help: ArgumentHelp("The map file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("A best-practice map to compare with.", valueName: "best"))
    var compare: String?

    @OptionGroup var document: DocumentOptions

    @OptionGroup(title: "Drawing (a part of the map is what the drawings show; the tables are the whole map's)") var drawing: DrawingOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        try Loader.refuseOverwriting([file] + (compare.map { [$0] } ?? []), with: [document.output])
    }

    func run() throws {
        let maps = Loader.load([file] + (compare.map { [$0] } ?? []), strict: false)
        try Loader.report(maps, diagnostics)
        guard let map = maps[0].checked else { throw ExitCode(1) }
        let part = try drawing.part.part(of: map, diagnostics)
        // A report is read on paper as often as on screen: its drawings are
        // shaped for A4 unless asked otherwise.
        let report = Report(map, comparedWith: maps.count > 1 ? maps[1].checked : nil, options: drawing.renderOptions(page: .a4),
                            showing: part, alsoIn: drawing.second)
        let output = document.output
        let files: [(name: String, bytes: [UInt8])]
        do throws(Diagnostic) {
            files = document.isMarkdown ? try report.markdown(base: String(output.dropLast(3))) : [(output, Array(try report.html().utf8))]
        } catch {
            throw Loader.fail(error, diagnostics)
        }
        try Loader.write(files.map { ($0.name, $0.bytes) }, diagnostics)
        Terminal.wrote(output, in: drawing.languageList)
    }
}
