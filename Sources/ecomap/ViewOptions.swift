import ArgumentParser
import Foundation
import EcomapCore

/// `--focus`, `--depth`, `--only` and `--hide`: part of a map, for every
/// command that draws one (render, report, compare --diagram, watch, serve).
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Draw only these nodes (ids, with commas) and those within --depth links of them, in their boxes.", valueName: "ids"))
    var focus: [String] = []

    @Option(help: ArgumentHelp("How many links from a focused node to draw.", valueName: "n"))
    var depth: Int = 1

    @Option(help: ArgumentHelp("Draw only nodes of these kinds (person, platform, ...) or with tag:NAME.", valueName: "kinds"))
    var only: [String] = []

    @Option(help: ArgumentHelp("Leave out nodes of these kinds or with tag:NAME.", valueName: "kinds"))
    var hide: [String] = []

    /// The view the options ask for; each may be given more than once or with commas.
    var view: MapView {
        func words(_ list: [String]) -> [String] {
            list.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return MapView(focus: words(focus), depth: depth, only: words(only).map(MapView.Filter.init),
                       hide: words(hide).map(MapView.Filter.init))
    }

    var isWholeMap: Bool { view.isWholeMap }

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    /// The part of `map` to draw, nil for the whole; prints every problem with
    /// the view and stops with exit status 1 when there is one.
    func part(of map: CheckedMap, _ options: DiagnosticOptions) throws -> CheckedMap? {
        let view = self.view
        guard !view.isWholeMap else { return nil }
        let problems = view.problems(in: map)
        if !problems.isEmpty {
            Terminal.error(options.formatter.format(problems, sources: [:], limit: options.maxDiagnostics))
            throw ExitCode(1)
        }
        do { return try view.apply(to: map) } catch { throw Loader.fail(error, options) }
    }
}
