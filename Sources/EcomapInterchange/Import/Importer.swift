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
        /// exported, or the title row above its headers), else the first file's name.
        public var title: String?
        /// Which column is which field, where the usual names don't say (`--columns`).
        public var columns = ColumnMap()

        /// The usual words for kinds and columns, and the title the files give, unless told otherwise.
        public init(kinds: KindMap = KindMap(), title: String? = nil, columns: ColumnMap = ColumnMap()) {
            self.kinds = kinds
            self.title = title
            self.columns = columns
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
        /// What each column of each sheet of elements became, in sheet and
        /// column order: made whether or not there were errors, so that a
        /// failed import still says which columns it recognised.
        public var columns: [ColumnUse] = []
        /// Whether the map was written as a directory (`directory: yes`): it has no connections.
        public var isDirectory = false
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
        // Sheets that hold no table of elements or connections: skipped with a
        // note when another sheet has elements, else the import's error.
        var unused: [(order: Int, table: Table, diagnostic: Diagnostic)] = []
        for (order, table) in tables.enumerated() {
            if table.sheet?.lowercased() == Table.headerSheet { header = table; continue }
            if let problem = emptiness(table) { unused.append((order, table, problem)); continue }
            guard let (role, headerRow) = SheetLayout.recognise(table, columns: options.columns) else {
                unused.append((order, table, missingHeader(table)))
                continue
            }
            // Cells merged above the header (a title across the columns) hold no data.
            for range in table.mergedRanges where (Table.lastRow(of: range) ?? Int.max) >= headerRow.number {
                let start = range.split(separator: ":").first.map(String.init) ?? range
                problems.append((order, 0, 0, Diagnostic(.mergedCells, "the cells \(range) are merged; only \(start) holds the value",
                    hint: "unmerge them (Format > Merge cells > Unmerge) and fill in every row",
                    file: table.file, cell: (table.sheet.map { Table.quotedSheet($0) + "!" } ?? "") + range)))
            }
            let (layout, columnProblems) = SheetLayout.map(table, role: role, header: headerRow, columns: options.columns)
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
        let hasElements = sheets.contains { $0.layout.role == .elements }
        for (order, table, problem) in unused {
            // A workbook's other sheets (lookups, notes, an empty Sheet2) are left
            // out when it has elements; a file named on its own must be used.
            if hasElements, let sheet = table.sheet {
                problems.append((order, 0, 0, skipped(table, sheet: sheet, problem)))
            } else {
                problems.append((order, 0, 0, problem))
            }
        }
        if fileProblems.isEmpty, problems.allSatisfy({ $0.diagnostic.severity == .note }), !hasElements {
            problems.append((tables.count, 0, 0, Diagnostic(.noElements, sheets.isEmpty ? "no sheet of elements or connections was found" : "no sheet of elements was found, only connections",
                hint: "import the elements too: a sheet or CSV file with a column of names, such as Label",
                file: files.map(\.name).joined(separator: ", "))))
        }
        tables = []
        var builder = MapBuilder(sheets: sheets, kinds: options.kinds)
        sheets = []
        builder.readElements()
        let nodes = builder.nodes()
        // Without elements every connection names an unknown one: no-elements says it once.
        let links = builder.sheets.contains { $0.layout.role == .elements } ? builder.links() : []
        let columns = builder.columnUses()
        // A list without connections is a directory: one note, not a warning for each node.
        let isDirectory = !nodes.isEmpty && builder.connectionRows == 0
        if isDirectory, let note = builder.directoryNote(nodes) { problems.append(note) }
        problems += builder.noTypeNote()
        let title = builder.sheets.first { $0.layout.role == .elements }?.layout.title.first
        builder.releaseRows()
        var map = EcosystemMap(nodes: nodes, links: links)
        MapHeader.apply(header, to: &map, title: options.title, files: files.map(\.name),
                        sheetTitle: title, directory: isDirectory, columns: columns)
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
            return Result(map: map, checked: nil, bytes: nil, diagnostics: diagnostics, columns: columns, isDirectory: isDirectory)
        }
        return Result(map: map, checked: checked, bytes: text.bytes, diagnostics: diagnostics, columns: columns, isDirectory: isDirectory)
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
        var hint = "a sheet of elements needs a column of names (Label, Name, Group name, ...), a sheet of connections From and To; "
            + "or say which column is the name, such as \"\(first.cells.first(where: { !$0.isEmpty })?.trimmed ?? "Name")=label\""
        if table.sheet != nil { hint += "; add (ignore) to a sheet's name to skip it" }
        var problem = Diagnostic(.missingHeader, "\(describe(table)) has no header row ecomap knows in its first \(SheetLayout.searchedRows) rows: its first row starts \(shown)",
            hint: hint, file: table.file, cell: table.address(row: first.number, column: 0))
        problem.remedies = [.columnMap]
        return problem
    }

    /// A workbook's sheet that is left out, as a note: what it was, and how to use it or say nothing.
    private static func skipped(_ table: Table, sheet: String, _ problem: Diagnostic) -> Diagnostic {
        let why = problem.code == .emptySheet ? "is empty" : "has no header row of elements or connections (\(problem.message.components(separatedBy: ": ").last ?? ""))"
        var note = Diagnostic(.skippedSheet, "the sheet '\(sheet)' \(why), so it was left out",
            hint: "add (ignore) to its name to say so; if it lists communities, say which column holds their names, such as \"Name=label\"",
            file: table.file, cell: problem.cell)
        if problem.code != .emptySheet { note.remedies = [.columnMap] }
        return note
    }
}
