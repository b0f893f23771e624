import ArgumentParser
import EcomapCore
import EcomapRender
import EcomapReport

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a current map with a best-practice map and show what is missing.",
        discussion: """
            Nodes are matched by id, then by role, then by label (--match chooses one). The \
            findings say what the current map lacks (two-way links above all), why it matters \
            and what to do. Exit status 0, or 1 with --fail-on when such findings exist.
            """
    )

    @Argument(help: ArgumentHelp("The current map.", valueName: "current"))
    var current: String

    @Argument(help: ArgumentHelp("The best-practice map.", valueName: "best"))
    var best: String

    @Option(help: "Match nodes only by id, role or label (default: each in turn).")
    var match: MatchRule?

    @Option(help: "Output format.")
    var format: CompareFormat = .text

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; '-' is standard output.", valueName: "path"))
    var output: String = "-"

    @Option(help: ArgumentHelp("Also draw the current map with its gaps marked (.svg, .png, .pdf or .dot).", valueName: "path"))
    var diagram: String?

    @Option(name: .customLong("side-by-side"), help: ArgumentHelp("Also draw both maps side by side with one key (.svg, .png or .pdf).", valueName: "path"))
    var sideBySide: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when findings of these kinds exist, e.g. missing-two-way,missing-link.", valueName: "kinds"))
    var failOn: FindingKinds?

    @Option(name: .customLong("max-findings"), help: ArgumentHelp("Show at most N findings of each kind (default: 10 in text and Markdown, all in JSON).", valueName: "N"))
    var maxFindings: Int?

    @OptionGroup(title: "Drawing (--diagram, --side-by-side), and the language of the findings") var drawing: DrawingOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if let diagram, OutputFormat(fileName: diagram) == nil {
            throw ValidationError("--diagram writes .svg, .png, .pdf or .dot, not '\(diagram)'")
        }
        if let sideBySide, [nil, .dot].contains(OutputFormat(fileName: sideBySide)) {
            throw ValidationError("--side-by-side writes .svg, .png or .pdf, not '\(sideBySide)'")
        }
        if let maxFindings, maxFindings < 1 { throw ValidationError("--max-findings must be at least 1") }
        if !drawing.view.isWholeMap && diagram == nil {
            throw ValidationError("--focus, --only and --hide choose part of the map to draw: use them with --diagram")
        }
        if let name = failOn?.unknown.first {
            throw ValidationError("--fail-on: '\(name)' is not a kind of finding; the kinds are "
                + Finding.Kind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        try Loader.refuseOverwriting([current, best], with: [output, diagram, sideBySide])
    }

    func run() throws {
        let maps = try Loader.checkedMaps([current, best], diagnostics)
        let comparison = Comparison(current: maps[0], best: maps[1], rules: match.map { [$0] } ?? MatchRule.allCases)
        let part = try drawing.part.part(of: maps[0], diagnostics)
        let options = drawing.renderOptions()
        let language = drawing.language
        do {
            if let diagram, let format = OutputFormat(fileName: diagram) {
                try Loader.write(try Renderer.renderGaps(comparison, as: format, options: options, showing: part), to: diagram, diagnostics)
            }
            if let sideBySide {
                try Loader.write(try Renderer.renderSideBySide(comparison, as: OutputFormat(fileName: sideBySide) ?? .svg, options: options),
                                 to: sideBySide, diagnostics)
            }
        } catch let error as Diagnostic {
            throw Loader.fail(error, diagnostics)
        }
        switch format {
        case .text:
            try Loader.write(CompareReport.text(comparison, languages: drawing.languageList, limit: maxFindings ?? 10,
                                                howToSeeMore: { $0[.cliMaxFindingsShowsMore] }), to: output, diagnostics)
        case .json:
            try Loader.stream(to: output, diagnostics) { (file) throws(Diagnostic) in
                try CompareReport.writeJSON(comparison, language: language, limit: maxFindings, to: file)
            }
        case .markdown:
            try Loader.write(CompareReport.markdown(comparison, diagram: diagram, language: language, alsoIn: drawing.second,
                                                    limit: maxFindings ?? 10),
                             to: output, diagnostics)
        }
        if let failOn, comparison.findings.contains(where: { failOn.kinds.contains($0.kind) }) { throw ExitCode(1) }
    }
}

enum CompareFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown
}

extension MatchRule: ExpressibleByArgument {}

/// `--fail-on missing-two-way,missing-link`
struct FindingKinds: ExpressibleByArgument {
    var kinds: Set<Finding.Kind> = []
    /// Names that are no kind of finding: `validate()` names them, which
    /// argument-parser's own message for the whole value would not.
    var unknown: [String] = []

    init?(argument: String) {
        for name in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if let kind = Finding.Kind(rawValue: name) { kinds.insert(kind) } else { unknown.append(name) }
        }
        guard !kinds.isEmpty || !unknown.isEmpty else { return nil }
    }

    static var defaultCompletionKind: CompletionKind { .list(Finding.Kind.allCases.map(\.rawValue)) }
}

import Foundation
