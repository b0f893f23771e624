/// A map read from a `.ecomap` file, with every problem found in it.
///
/// The front door of the library: it chains the stages (encoding check,
/// parse, check) the way the command line does, so code that uses ecomap
/// sees exactly what `ecomap check` reports.
///
/// ```swift
/// let document = try MapDocument.read(path: "Maps/scw-current.ecomap")
/// for node in document.map.nodes { print(node.kind, node.label) }
/// ```
public struct MapDocument: Sendable {
    public let source: SourceText
    /// The map as far as it could be read; check ``isValid`` before trusting it.
    public let map: EcosystemMap
    /// Every problem found, in the order of the file, each naming the file.
    public let diagnostics: [Diagnostic]
    /// The links' ends resolved to node positions, for the stages after checking.
    public let ends: LinkEnds
    /// The map's headline numbers.
    public let summary: MapSummary

    /// Reads a map from text already in memory; `name` is what diagnostics call the file.
    public init(name: String, text: String) {
        self.init(source: SourceText(name: name, text: text))
    }

    /// Reads a map from bytes (any bytes: a binary or non-UTF-8 file gives a diagnostic, not a crash).
    public init(source: SourceText) {
        self.source = source
        var found = Encoding.check(source)
        var map = EcosystemMap()
        var ends = LinkEnds(map)
        var summary = MapSummary(map, ends: ends)
        if found.isEmpty {
            let parsed = Parser.parse(source)
            map = parsed.map
            ends = LinkEnds(map)
            var checked: [Diagnostic]
            (checked, summary) = Checker.checkAndSummarise(map, ends: ends, unread: parsed.unread)
            // When lines failed to parse, "no nodes" and "no links" say nothing new:
            // the failed lines may be the very nodes and links missing.
            if parsed.diagnostics.hasErrors { checked.removeAll { $0.code == "no-nodes" || $0.code == "isolated-node" } }
            found = (parsed.diagnostics + checked).sortedByPlace()
        }
        self.map = map
        self.ends = ends
        self.summary = summary
        self.diagnostics = found.map { var d = $0; d.file = source.name; return d }
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
    public var isValid: Bool { !diagnostics.hasErrors }

    /// The map's short name: its `id:`, else the file name without its extension.
    public var identifier: String {
        let base = source.name.split(separator: "/").last.map(String.init) ?? source.name
        let stem = base.hasSuffix(".ecomap") ? String(base.dropLast(7)) : base
        return map.identifier(fallback: stem == "-" ? nil : stem)
    }
}
