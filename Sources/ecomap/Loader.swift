import ArgumentParser
import EcomapCore

/// A map file as the command line sees it: its document, or why it could not be read.
struct Loaded {
    var name: String
    var document: MapDocument?
    /// How many of its texts have no Welsh, when asked (`check --lang cy`).
    var missingWelsh: Int?
    /// The problems listed (a map with very many lists only the first; see ``MapDocument/diagnostics``).
    var diagnostics: [Diagnostic]
    /// Every problem found, listed or not.
    var errorCount: Int
    var warningCount: Int

    /// The map, checked: present when it has no errors.
    var checked: CheckedMap? { document?.checked }
}

extension Array where Element == Loaded {
    var sources: [String: SourceText] {
        var out: [String: SourceText] = [:]
        for loaded in self { if let d = loaded.document { out[loaded.name] = d.source } }
        return out
    }

    /// Every problem in these maps, listed or not.
    var totals: (errors: Int, warnings: Int) {
        (reduce(0) { $0 + $1.errorCount }, reduce(0) { $0 + $1.warningCount })
    }
}

/// Flags every command that reads maps shares.
struct DiagnosticOptions: ParsableArguments {
    @Option(help: "Show at most this many problems.")
    var maxDiagnostics = 50

    @Option(help: "When to colour diagnostics.")
    var colour: ColourChoice = .auto

    var formatter: DiagnosticFormatter {
        DiagnosticFormatter(colour: Terminal.wantsColour(colour), howToSeeMore: "--max-diagnostics N shows more")
    }

    func validate() throws {
        if maxDiagnostics < 1 { throw ValidationError("--max-diagnostics must be at least 1") }
    }
}

enum Loader {
    /// Reads and checks one file; with `strict`, warnings become errors.
    static func load(_ path: String, strict: Bool) -> Loaded {
        loaded(path, Result { () throws(Diagnostic) -> MapDocument in try MapDocument.read(path: path) }, strict: strict)
    }

    /// Reads and checks several files side by side; with `welsh`, every
    /// text with no Welsh is a problem too (`missing-welsh`), in a map without errors.
    static func load(_ paths: [String], strict: Bool, welsh: Bool = false) -> [Loaded] {
        zip(paths, MapDocument.read(paths: paths)).map { loaded($0, $1, strict: strict, welsh: welsh) }
    }

    /// Maps read, kept until the process ends: freeing a million links one
    /// by one costs tens of milliseconds at the end of every command, and the
    /// process is about to give all its memory back at once anyway.
    nonisolated(unsafe) private static var keptUntilExit: [CheckedMap] = []

    private static func loaded(_ path: String, _ result: Result<MapDocument, Diagnostic>, strict: Bool, welsh: Bool = false) -> Loaded {
        switch result {
        case .success(let document):
            if let checked = document.checked { keptUntilExit.append(checked) }
            var found = document.diagnostics
            var (errors, warnings) = (document.errorCount, document.warningCount)
            var missing: Int?
            if welsh, document.errorCount == 0 {
                let untranslated = document.missingWelsh()
                found = (found + untranslated).sortedByPlace()
                warnings += untranslated.count
                missing = untranslated.count
            }
            if strict {
                found = found.strict()
                (errors, warnings) = (errors + warnings, 0)
            }
            return Loaded(name: path, document: document, missingWelsh: missing, diagnostics: found, errorCount: errors,
                          warningCount: warnings)
        case .failure(let error):
            return Loaded(name: path, document: nil, diagnostics: [error], errorCount: 1, warningCount: 0)
        }
    }

    /// Reads, checks and reports maps as ``report(_:_:)`` does, and gives the
    /// checked maps alone: the texts they were read from are let go (a large
    /// comparison needs the memory), since nothing more will point into them.
    static func checkedMaps(_ paths: [String], _ options: DiagnosticOptions) throws -> [CheckedMap] {
        let maps = load(paths, strict: false)
        try report(maps, options)
        let checked = maps.compactMap(\.checked)
        guard checked.count == paths.count else { throw ExitCode(1) }
        return checked
    }

    /// Prints the problems in maps a command is about to use, and stops with
    /// exit status 1 if any has errors: nothing is drawn from a broken map.
    static func report(_ maps: [Loaded], _ options: DiagnosticOptions) throws {
        let all = maps.flatMap(\.diagnostics)
        if !all.isEmpty {
            Terminal.error(options.formatter.format(all, sources: maps.sources, limit: options.maxDiagnostics, totals: maps.totals))
        }
        if maps.totals.errors > 0 { throw ExitCode(1) }
    }

    /// Stops a command, as a mistake on the command line, before it writes
    /// over one of its own inputs.
    static func refuseOverwriting(_ inputs: [String], with outputs: [String?]) throws {
        for output in outputs.compactMap({ $0 }) where output != "-" {
            if let input = inputs.first(where: { $0 == output || FileIO.sameFile($0, output) }) {
                throw ValidationError("the output '\(output)' would overwrite the input '\(input)'; choose another path")
            }
        }
    }

    /// Prints a problem that stopped a command, with the options that may help, and exits 1.
    static func fail(_ problem: Diagnostic, _ options: DiagnosticOptions) -> ExitCode {
        Terminal.error(options.formatter.format(forCommandLine(problem), source: nil))
        return ExitCode(1)
    }

    /// The library's hints say what may help in words; the command line adds
    /// its own options for each of the problem's remedies.
    static func forCommandLine(_ problem: Diagnostic) -> Diagnostic {
        guard !problem.remedies.isEmpty else { return problem }
        var out = problem
        let options = problem.remedies.map(CommandLineRemedy.option).joined(separator: ", ")
        out.hint = (problem.hint.map { $0 + " " } ?? "") + "(\(options))"
        return out
    }

    /// Writes output as it is made (a large JSON document), whole or not at all.
    static func stream(to path: String, _ options: DiagnosticOptions, _ produce: (StreamedFile) throws(Diagnostic) -> Void) throws {
        do throws(Diagnostic) {
            let file = try StreamedFile(path)
            try produce(file)
            try file.commit()
        } catch {
            throw fail(error, options)
        }
    }

    /// Writes output atomically, turning a failure into a diagnostic and exit status 1.
    static func write(_ text: String, to path: String, _ options: DiagnosticOptions) throws {
        try write(Array(text.utf8), to: path, options)
    }

    static func write(_ bytes: [UInt8], to path: String, _ options: DiagnosticOptions) throws {
        try write([(path, bytes)], options)
    }

    /// Writes files that belong together, all or none.
    static func write(_ files: [(path: String, bytes: [UInt8])], _ options: DiagnosticOptions) throws {
        do {
            try FileIO.writeAtomically(files)
        } catch {
            Terminal.error(options.formatter.format(error, source: nil))
            throw ExitCode(1)
        }
    }
}

enum Plural {
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}


