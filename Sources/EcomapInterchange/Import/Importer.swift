import EcomapCore

/// `ecomap import`: spreadsheets in Kumu's layout (an `.xlsx` workbook, or
/// CSV files) and Kumu's JSON blueprints, made into one map.
///
/// Every problem in every file is reported in one run, each naming its file
/// and cell; the map's text is made only when there are no errors.
///
/// ```swift
/// let result = Importer.importPaths(["communities.xlsx"])
/// if let text = result.text { try text.write(toFile: "communities.ecomap", atomically: true, encoding: .utf8) }
/// if let map = result.checked { print(GraphMLExporter.graphml(map)) }
/// ```
public enum Importer {
    /// How to read what the files don't say.
    public struct Options: Sendable {
        /// Types beyond the usual words, and the kind each is.
        public var kinds = KindMap()
        /// The map's title; by default the workbook's own (from a file ecomap
        /// exported), else the first file's name.
        public var title: String?

        /// The usual words for kinds and the title the files give, unless told otherwise.
        public init(kinds: KindMap = KindMap(), title: String? = nil) {
            self.kinds = kinds
            self.title = title
        }
    }

    /// What an import made, and every problem it found.
    public struct Result: Sendable {
        /// The map, when it could be made (check ``diagnostics`` for errors).
        public var map: EcosystemMap?
        /// The map, checked, for the later stages (export, audit, drawing):
        /// present when there are no errors. Its identifier is the first file's
        /// name without its extension, unless the workbook gives an `id`.
        public var checked: CheckedMap?
        /// The map as a tidy `.ecomap` file, UTF-8; nil when there are errors.
        public var bytes: [UInt8]?
        /// ``bytes`` as text.
        public var text: String? { bytes.map { String(decoding: $0, as: UTF8.self) } }
        /// Every problem, in file, sheet, row and column order.
        public var diagnostics: [Diagnostic]
        /// The map's headline numbers, when it was made without errors.
        public var summary: MapSummary? { checked?.summary }
    }

    /// Reads and imports the files at `paths` (see ``importFiles(_:options:)``).
    public static func importPaths(_ paths: [String], options: Options = Options()) -> Result {
        var files: [(name: String, bytes: [UInt8])] = []
        var unreadable: [Diagnostic] = []
        for path in paths {
            do { files.append((path, try FileIO.contents(of: path))) } catch { unreadable.append(error) }
        }
        if !unreadable.isEmpty { return Result(map: nil, checked: nil, bytes: nil, diagnostics: unreadable) }
        return importFiles(files, options: options)
    }

    /// Imports files already read: each is told by its content (a zip
    /// workbook, an old `.xls`, JSON, or CSV text), not by its name.
    public static func importFiles(_ files: [(name: String, bytes: [UInt8])], options: Options = Options()) -> Result {
        var tables: [Table] = []
        var fileProblems: [Diagnostic] = []
        for file in files {
            let read = SpreadsheetFile.read(file.bytes, name: file.name)
            tables += read.tables
            fileProblems += read.diagnostics
        }
        var sheets: [MapBuilder.Sheet] = []
        var header: Table?
        var problems: [(order: Int, row: Int, column: Int, diagnostic: Diagnostic)] = []
        for (order, table) in tables.enumerated() {
            if table.sheet?.lowercased() == Table.headerSheet { header = table; continue }
            for range in table.mergedRanges {
                let start = range.split(separator: ":").first.map(String.init) ?? range
                problems.append((order, 0, 0, Diagnostic(.mergedCells, "the cells \(range) are merged; only \(start) holds the value",
                    hint: "unmerge them (Format > Merge cells > Unmerge) and fill in every row",
                    file: table.file, cell: (table.sheet.map { Table.quotedSheet($0) + "!" } ?? "") + range)))
            }
            if let problem = emptiness(table) { problems.append((order, 0, 0, problem)); continue }
            guard let (role, headerRow) = SheetLayout.recognise(table) else {
                problems.append((order, 0, 0, missingHeader(table)))
                continue
            }
            let (layout, columnProblems) = SheetLayout.map(table, role: role, header: headerRow)
            problems += columnProblems.map { (order, headerRow.number, $0.0, $0.1) }
            // A connections sheet with only its header is a map without links:
            // what ecomap's own CSV export writes for one, so it imports back.
            if role == .elements, !table.rows.contains(where: { $0.number > headerRow.number && !$0.isEmpty }) {
                problems.append((order, 0, 0, Diagnostic(.emptySheet, "\(describe(table)) has a header row but no elements under it",
                    hint: "fill in a row for each, or delete the sheet", file: table.file,
                    cell: table.address(row: headerRow.number, column: 0))))
                continue
            }
            sheets.append(MapBuilder.Sheet(table: table, layout: layout, order: order))
        }
        if fileProblems.isEmpty, problems.isEmpty, !sheets.contains(where: { $0.layout.role == .elements }) {
            problems.append((tables.count, 0, 0, Diagnostic(.noElements, sheets.isEmpty ? "no sheet of elements or connections was found" : "no sheet of elements was found, only connections",
                hint: "import the elements too: a sheet or CSV file whose first column is Label",
                file: files.map(\.name).joined(separator: ", "))))
        }
        tables = []
        var builder = MapBuilder(sheets: sheets, kinds: options.kinds)
        sheets = []
        builder.readElements()
        let nodes = builder.nodes()
        // Without elements every connection names an unknown one: no-elements says it once.
        let links = builder.sheets.contains { $0.layout.role == .elements } ? builder.links() : []
        builder.releaseRows()
        var map = EcosystemMap(nodes: nodes, links: links)
        MapHeader.apply(header, to: &map, title: options.title, files: files.map(\.name))
        problems += builder.problems
        var diagnostics = fileProblems + problems.enumerated()
            .sorted { ($0.element.order, $0.element.row, $0.element.column, $0.offset) < ($1.element.order, $1.element.row, $1.element.column, $1.offset) }
            .map(\.element.diagnostic)
        // The check and the text are worked out side by side (both only read
        // the map); the text is kept only if there are no errors. It is made
        // after errors too, to find the lines too long for the language
        // (cell-too-long) in the same run as every other problem.
        let (sure, finished, names) = (map, builder, files.map(\.name))
        let afterErrors = diagnostics.hasErrors
        let name = files.first.map { MapHeader.stem($0.name) } ?? "import"
        let parts = Parallel.map(2) { k -> (check: ImportCheck.Outcome?, text: EcomapWriter.Text?) in
            if k == 0 { return (ImportCheck.check(sure, name: name, builder: finished, afterErrors: afterErrors), nil) }
            let sources = finished.sourceNames()
            return (nil, EcomapWriter.text(sure, files: names, source: { sources($0) }))
        }
        let check = parts[0].check!
        diagnostics += check.diagnostics.map { d in
            // A problem with the map as a whole (its header) is placed in the first file.
            guard d.cell == nil else { return d }
            var out = d
            out.file = files.first?.name ?? d.file
            return out
        }
        let text = parts[1].text!
        if !text.tooLong.isEmpty {
            diagnostics += finished.longLineProblems(text.tooLong, map: map, header: header, files: names)
        }
        guard !diagnostics.hasErrors, let checked = check.checked else {
            return Result(map: map, checked: nil, bytes: nil, diagnostics: diagnostics)
        }
        return Result(map: map, checked: checked, bytes: text.bytes, diagnostics: diagnostics)
    }

    private static func describe(_ table: Table) -> String {
        table.sheet.map { "the sheet '\($0)'" } ?? "'\(table.file)'"
    }

    private static func emptiness(_ table: Table) -> Diagnostic? {
        guard table.rows.allSatisfy(\.isEmpty) else { return nil }
        return Diagnostic(.emptySheet, "\(describe(table)) is empty",
            hint: table.sheet == nil ? "export the sheet again, with its header row"
                : "delete the sheet, or add (ignore) to its name so that it is skipped",
            file: table.file, cell: table.address(row: 1, column: 0))
    }

    private static func missingHeader(_ table: Table) -> Diagnostic {
        let first = table.rows.first { !$0.isEmpty }!
        let shown = first.cells.prefix(3).map { "'\($0.trimmed)'" }.joined(separator: ", ")
        var hint = "an elements sheet's first header is Label (or ID, then Label); a connections sheet's are From and To"
        if first.cells.first?.trimmed.lowercased() == "name" { hint = "rename the column 'Name' to 'Label', as Kumu expects" }
        if table.sheet != nil { hint += "; add (ignore) to a sheet's name to skip it" }
        return Diagnostic(.missingHeader, "\(describe(table)) has no header row Kumu knows: its first row starts \(shown)",
            hint: hint, file: table.file, cell: table.address(row: first.number, column: 0))
    }
}
