/// A map read from a `.ecomap` file (or built in code), with every problem
/// found in it and, when there is no error, the map checked.
///
/// The front door of the library: it chains the stages (encoding check,
/// parse, check) the way the command line does, so code that uses ecomap
/// sees exactly what `ecomap check` reports.
///
/// ```swift
/// let document = try MapDocument.read(path: "Maps/scw-current.ecomap")
/// guard let map = document.checked else { /* document.diagnostics say why */ }
/// for node in map.nodes { print(node.kind, node.label) }
/// ```
public struct MapDocument: Sendable {
    /// The text the map was read from (empty for a map built in code).
    public let source: SourceText
    /// The map as far as it could be read, with any mistakes in it.
    public let map: EcosystemMap
    /// The problems found, in the order of the file, each naming the file:
    /// every one, up to ``diagnosticLimit``; past that, errors are kept
    /// before warnings and the rest are only counted (``errorCount``,
    /// ``warningCount``), so a broken file of millions of lines can't take
    /// many times its size in memory.
    public let diagnostics: [Diagnostic]
    /// Every error found, listed in ``diagnostics`` or not.
    public let errorCount: Int
    /// Every warning found, listed in ``diagnostics`` or not.
    public let warningCount: Int
    /// The map, checked: present when there is no error (warnings allowed).
    public let checked: CheckedMap?

    /// The most problems ``diagnostics`` lists.
    public static var diagnosticLimit: Int { DiagnosticList.limit }

    /// Reads a map from text already in memory; `name` is what diagnostics call the file.
    public init(name: String, text: String) {
        self.init(source: SourceText(name: name, text: text))
    }

    /// Reads a map from bytes (any bytes: a binary or non-UTF-8 file gives a diagnostic, not a crash).
    public init(source: SourceText) {
        let unreadable = Encoding.check(source)
        guard !unreadable.hasErrors else {
            // Text that can't be parsed has nothing to check.
            self.init(source: source, map: EcosystemMap(), found: unreadable, checked: nil)
            return
        }
        let parsed = Parser.parse(source)
        self.init(source: source, map: parsed.map, parsed: parsed.diagnostics, unread: parsed.unread, fromText: true)
    }

    /// Checks a map built in code; `name` is what diagnostics call it.
    public init(map: EcosystemMap, name: String = "map") {
        self.init(source: SourceText(name: name, text: ""), map: map, parsed: [], unread: [], fromText: false)
    }

    /// Checks a parsed map. `unread` holds the ids of node lines that failed to parse.
    private init(source: SourceText, map: EcosystemMap, parsed: DiagnosticList, unread: Set<String>, fromText: Bool) {
        let ends = LinkEnds(map)
        let result = Checker.checkAndCount(map, ends: ends, unread: unread, parsed: fromText, parseFailed: parsed.hasErrors)
        let found = DiagnosticList.merged([parsed, result.diagnostics])
        let checked = found.hasErrors ? nil : CheckedMap(
            map: map, name: source.name, identifier: MapDocument.identifier(map, name: source.name),
            ends: ends, pairs: result.pairs, summary: result.summary)
        self.init(source: source, map: map, found: found, checked: checked)
    }

    private init(source: SourceText, map: EcosystemMap, found: DiagnosticList, checked: CheckedMap?) {
        self.source = source
        self.map = map
        diagnostics = found.kept.map { var d = $0; d.file = source.name; return d }
        errorCount = found.errors
        warningCount = found.warnings
        self.checked = checked
    }

    /// Reads the file at `path`; `-` reads standard input.
    /// - Throws: a ``Diagnostic`` when the file can't be read at all (missing, a folder, unreadable).
    public static func read(path: String) throws(Diagnostic) -> MapDocument {
        MapDocument(source: SourceText(name: path, bytes: try FileIO.contents(of: path)))
    }

    /// Reads several files side by side; each result is the document or why it couldn't be read.
    public static func read(paths: [String]) -> [Result<MapDocument, Diagnostic>] {
        Parallel.map(paths.count) { i in Result { () throws(Diagnostic) -> MapDocument in try read(path: paths[i]) } }
    }

    /// True when the map has no errors (warnings allowed).
    public var isValid: Bool { checked != nil }

    /// The map's short name: its `id:`, else the file name without its extension.
    public var identifier: String { MapDocument.identifier(map, name: source.name) }

    static func identifier(_ map: EcosystemMap, name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let stem = base.hasSuffix(".ecomap") ? String(base.dropLast(7)) : base
        return map.identifier(fallback: stem == "-" || stem.isEmpty ? nil : stem)
    }
}

extension MapDocument {
    /// Every text of the map that has no Welsh (`missing-welsh`, a warning),
    /// each at its line: what `ecomap check --lang cy` adds to the map's
    /// problems. Empty when the map is wholly in Welsh.
    public func missingWelsh() -> [Diagnostic] {
        WelshChecks.missing(map).map { var d = $0; d.file = source.name; return d }
    }
}
