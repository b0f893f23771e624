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
    /// Every problem found, in the order of the file, each naming the file.
    public let diagnostics: [Diagnostic]
    /// The map, checked: present when there is no error (warnings allowed).
    public let checked: CheckedMap?

    /// Reads a map from text already in memory; `name` is what diagnostics call the file.
    public init(name: String, text: String) {
        self.init(source: SourceText(name: name, text: text))
    }

    /// Reads a map from bytes (any bytes: a binary or non-UTF-8 file gives a diagnostic, not a crash).
    public init(source: SourceText) {
        let unreadable = Encoding.check(source)
        guard unreadable.isEmpty else {
            // Text that can't be parsed has nothing to check.
            self.init(source: source, map: EcosystemMap(), found: unreadable, checked: nil)
            return
        }
        let parsed = Parser.parse(source)
        self.init(source: source, map: parsed.map, parsed: parsed.diagnostics, unread: parsed.unread)
    }

    /// Checks a map built in code; `name` is what diagnostics call it.
    public init(map: EcosystemMap, name: String = "map") {
        self.init(source: SourceText(name: name, text: ""), map: map, parsed: [], unread: [])
    }

    /// Checks a parsed map. `unread` holds the ids of node lines that failed to parse.
    private init(source: SourceText, map: EcosystemMap, parsed: [Diagnostic], unread: Set<String>) {
        let ends = LinkEnds(map)
        let result = Checker.checkAndCount(map, ends: ends, unread: unread, parseFailed: parsed.hasErrors)
        let found = (parsed + result.diagnostics).sortedByPlace()
        let checked = found.hasErrors ? nil : CheckedMap(
            map: map, name: source.name, identifier: MapDocument.identifier(map, name: source.name),
            ends: ends, pairs: result.pairs, summary: result.summary)
        self.init(source: source, map: map, found: found, checked: checked)
    }

    private init(source: SourceText, map: EcosystemMap, found: [Diagnostic], checked: CheckedMap?) {
        self.source = source
        self.map = map
        diagnostics = found.map { var d = $0; d.file = source.name; return d }
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
