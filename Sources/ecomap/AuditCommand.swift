import ArgumentParser
import EcomapCore
import EcomapInterchange
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List likely duplicate communities and what each lacks to be found.",
        discussion: """
            Likely duplicates: each pair of names gets a score from 0 to 1 and its reasons (the \
            sector's acronyms, spacing and case, plurals, word order, network/community/group/forum \
            as near-synonyms, a Welsh label against an English one, the same sponsor, leads, link \
            or platform, most members shared); pairs scoring --threshold or more are listed. Missing: description, sponsor, funded, \
            leads or contacts, url. --all audits every node, not only communities. Exit status 0, \
            or 1 with --fail-on when such findings exist.
            """
    )

    @Argument(help: ArgumentHelp("The map file; '-' reads standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Audit every node, not only communities.")
    var all = false

    @Option(help: ArgumentHelp("The score, from 0 to 1, from which a pair is a likely duplicate; lower finds more.", valueName: "score"))
    var threshold: Double = Audit.defaultThreshold

    @Option(help: "Output format.")
    var format: AuditFormat = .text

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when there are such findings: duplicates, missing or both.", valueName: "findings"))
    var failOn: AuditFailOn?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; '-' is standard output.", valueName: "path"))
    var output: String = "-"

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "Language of the text: en, cy for Welsh, or cy+en for both (Welsh first); JSON and CSV stay as they are.",
        valueName: "lang"))
    var languages: Languages = .en

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if let name = failOn?.unknown.first {
            throw ValidationError("--fail-on: '\(name)' is not a finding; the findings are duplicates and missing")
        }
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold: \(threshold) is not a score from 0 to 1") }
        try Loader.refuseOverwriting([file], with: [output])
    }

    func run() throws {
        let loaded = Loader.load(file, strict: false)
        try Loader.report([loaded], diagnostics)
        guard let map = loaded.checked else { throw ExitCode(1) }
        let audit = Audit(map, all: all, threshold: threshold)
        let text: String = switch format {
        case .text: AuditReport.text(audit, map: map, languages: languages.list)
        case .json: AuditReport.json(audit, map: map)
        case .csv: AuditReport.csv(audit, map: map)
        }
        try Loader.write(text, to: output, diagnostics)
        if output != "-" { Terminal.wrote(output, in: languages.list) }
        if let failOn, (failOn.duplicates && !audit.duplicates.isEmpty) || (failOn.missing && !audit.gaps.isEmpty) {
            throw ExitCode(1)
        }
    }
}

enum AuditFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, csv
}

/// `--fail-on duplicates,missing`
struct AuditFailOn: ExpressibleByArgument {
    var duplicates = false, missing = false
    var unknown: [String] = []

    init?(argument: String) {
        for name in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            switch name {
            case "duplicates": duplicates = true
            case "missing": missing = true
            default: unknown.append(name)
            }
        }
        guard duplicates || missing || !unknown.isEmpty else { return nil }
    }

    static var defaultCompletionKind: CompletionKind { .list(["duplicates", "missing"]) }
}
