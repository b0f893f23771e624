import ArgumentParser
import EcomapCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Network numbers: who holds the map together, who is cut off, what flows both ways.",
        discussion: """
            Per node: in- and out-degree, distinct neighbours, two-way links, betweenness and \
            closeness centrality, and whether it is a broker (its loss would split the map). \
            Per map: density, reciprocity, components, platform reach and links between people. \
            The definitions are in docs/metrics.md.
            """
    )

    @Argument(help: ArgumentHelp("The map file; '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(help: "Output format.")
    var format: StatsFormat = .table

    @Option(help: "Show only the N most central nodes.")
    var top: Int?

    @Option(help: ArgumentHelp("Estimate betweenness and closeness from K sampled sources (for very large maps).", valueName: "K"))
    var sample: Int?

    @Option(help: "Seed for choosing the sampled sources.")
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; '-' is standard output.", valueName: "path"))
    var output: String = "-"

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "Language of the table: en, cy for Welsh, or cy+en for both (Welsh first); JSON and CSV stay as they are.",
        valueName: "lang"))
    var languages: Languages = .en


    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let sample, sample < 1 { throw ValidationError("--sample must be at least 1") }
        try Loader.refuseOverwriting([file], with: [output])
    }

    func run() throws {
        let loaded = Loader.load(file, strict: false)
        try Loader.report([loaded], diagnostics)
        guard let map = loaded.checked else { throw ExitCode(1) }
        let stats: NetworkStats
        do { stats = try NetworkStats(map, sample: sample, seed: seed) } catch { throw Loader.fail(error, diagnostics) }
        let text: String = switch format {
        case .table:
            StatsReport.table(stats, titles: languages.list.map { map.title(in: $0) }, top: top, howToSeeMore: { $0[.cliTopShowsMore] },
                              languages: languages.list,
                              labels: [.cy: Dictionary(map.nodes.map { ($0.id, $0.label(in: .cy)) }, uniquingKeysWith: { a, _ in a })])
        case .json: StatsReport.json(stats, identifier: map.identifier, title: map.map.title, top: top)
        case .csv: StatsReport.csv(stats, top: top)
        }
        try Loader.write(text, to: output, diagnostics)
    }
}

enum StatsFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv
}
