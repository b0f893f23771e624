import EcomapCore

/// Turns recognised tables into a map: elements into nodes, connections into
/// links, each cell into the attribute its column says, and every problem
/// into a diagnostic naming its cell. Linear in the number of cells (plus
/// spelling suggestions for unknown names, which are capped).
struct MapBuilder: Sendable {
    /// A sheet the importer will use, with its layout.
    struct Sheet: Sendable {
        var table: Table
        var layout: SheetLayout
        /// The table's place among all the tables read, for ordering diagnostics.
        var order: Int
    }

    /// Where a node or link came from: its sheet, its row, and the column
    /// that names it (the label, or From), so check diagnostics can be placed.
    struct Origin: Sendable {
        var sheet: Int
        var row: Int
        var column: Int
    }

    private(set) var sheets: [Sheet]
    let kinds: KindMap
    /// Problems found, each with its place for sorting: sheet order, row, column.
    var problems: [(order: Int, row: Int, column: Int, diagnostic: Diagnostic)] = []
    var origins: [Origin] = []

    // The elements as read, in sheet and row order.
    var elements: [Element] = []
    /// Each element's position in `elements` by its ID cell, its id and its label (-1: two share the label).
    var byID: [String: Int] = [:], byLabel: [String: Int] = [:]
    /// Each element's id, or nil when its row has an error and links to it are left out.
    var usableIDs: [String?] = []
    /// How many distinct unknown names have had a suggestion looked for.
    var suggestionsTried = 0
    /// The data rows of every sheet of connections: none makes the map a directory.
    var connectionRows = 0
    /// `in` columns whose values name no element: each value is an
    /// organisation made for it (an `Agency` column), found by ``madeKey(_:)``.
    var madeColumns: Set<ColumnKey> = []
    var made: [String: Int] = [:]
    /// Per column: organisations made from it, and `funded` cells that said more than yes or no.
    var madeCount: [ColumnKey: Int] = [:], splitCount: [ColumnKey: Int] = [:]

    /// A column of a sheet.
    struct ColumnKey: Hashable, Sendable {
        var sheet: Int
        var column: Int
    }

    struct Element: Sendable {
        var sheet: Int
        var row: Table.Row
        var label: String
        var rawID: String
        var kind: NodeKind?
        var id = ""
        /// For an organisation made from an `in` column's value: that column.
        var madeFrom: Int?
    }

    init(sheets: [Sheet], kinds: KindMap) {
        self.sheets = sheets
        self.kinds = kinds
    }

    /// Lets the rows go once nodes and links are made: a million connections
    /// take hundreds of megabytes as cells. What diagnostics need stays.
    mutating func releaseRows() {
        for i in sheets.indices { sheets[i].table.rows = [] }
    }

    mutating func report(_ sheet: Int, _ row: Int, _ column: Int, _ diagnostic: Diagnostic) {
        problems.append((sheets[sheet].order, row, column, diagnostic))
    }

    func address(_ sheet: Int, _ row: Int, _ column: Int) -> String {
        let table = sheets[sheet].table
        return table.address(row: row, column: column, header: headerNames(sheet))
    }

    /// A place as seen from a diagnostic about `other`: with the file's name
    /// when the two are in different files.
    func address(_ sheet: Int, _ row: Int, _ column: Int, from other: Int) -> String {
        let here = address(sheet, row, column)
        let file = sheets[sheet].table.file
        return file == sheets[other].table.file ? here : "\(file): \(here)"
    }

    /// The header texts by column, for naming places in a blueprint.
    func headerNames(_ sheet: Int) -> [String] {
        let layout = sheets[sheet].layout
        var names = [String](repeating: "", count: (layout.columns.map(\.index).max() ?? -1) + 1)
        for column in layout.columns { names[column.index] = column.header }
        return names
    }

    /// The value of a cell for the map, or nil (reported) for a formula or an error value.
    mutating func value(_ sheet: Int, _ row: Table.Row, _ column: Int) -> CellValue? {
        let cell = row[column]
        switch cell {
        case .formula(let formula, let cached):
            let was = cached.map { "; its last value was '\($0)'" } ?? ", with no value saved"
            report(sheet, row.number, column, Diagnostic(.formulaCell, "the cell holds a formula, \(formula)\(was)",
                hint: "a map can't recalculate: copy the column and paste it back as values only (Paste Special > Values)",
                file: sheets[sheet].table.file, cell: address(sheet, row.number, column)))
            return nil
        case .error(let code):
            report(sheet, row.number, column, Diagnostic(.formulaCell, "the cell holds the error value \(code), from a formula that failed",
                hint: "fix or remove the formula, then paste the column back as values only",
                file: sheets[sheet].table.file, cell: address(sheet, row.number, column)))
            return nil
        default:
            return cell
        }
    }

    // MARK: Elements

    /// Reads every elements sheet: labels, kinds, ids, and the lookups links need.
    mutating func readElements() {
        var unknownTypes: [String: (count: Int, sheet: Int, row: Int, column: Int)] = [:]
        var typesSeen: Set<String> = []
        for sheet in sheets where sheet.layout.role == .connections {
            connectionRows += sheet.table.rows.lazy.filter { $0.number > sheet.layout.headerRow && !$0.isEmpty }.count
        }
        for (s, sheet) in sheets.enumerated() where sheet.layout.role == .elements {
            let layout = sheet.layout
            let label = layout.column(.label)!.index
            let idColumn = layout.column(.id)?.index
            let typeColumn = layout.column(.type)?.index
            for row in sheet.table.rows where row.number > layout.headerRow && !row.isEmpty {
                if let total = totals(s, row, label: label) {
                    report(s, row.number, label, Diagnostic(.totalsRow, "row \(row.number) is a totals row (\(total)), so it was left out",
                        hint: "nothing to do: a map counts its own; delete the row if the sheet no longer needs it",
                        file: sheet.table.file, cell: address(s, row.number, label)))
                    continue
                }
                let labelText = value(s, row, label).map { CellText.clean($0.text) } ?? ""
                if labelText.isEmpty {
                    report(s, row.number, label, Diagnostic(.missingValue, "this row has no label", hint: "every element needs a label; fill it in or delete the row",
                        file: sheet.table.file, cell: address(s, row.number, label)))
                    continue
                }
                let rawID = idColumn.flatMap { value(s, row, $0) }.map { CellText.clean($0.text) } ?? ""
                var element = Element(sheet: s, row: row, label: labelText, rawID: rawID)
                let typeText = typeColumn.flatMap { value(s, row, $0) }.map { CellText.clean($0.text) } ?? ""
                if typeColumn == nil {
                    // A list with no Type column is a list of communities (noTypeNote says so once).
                    element.kind = .community
                } else if typeText.isEmpty {
                    let column = typeColumn ?? label
                    report(s, row.number, column, Diagnostic(.missingValue, "'\(labelText)' has no type", hint: typeColumn == nil
                            ? "add a Type column: organisation, platform, person or community"
                            : "give it a Type: organisation, platform, person or community",
                        file: sheet.table.file, cell: address(s, row.number, column)))
                } else if let kind = kinds.kind(for: typeText) {
                    element.kind = kind
                } else if let t = typeColumn {
                    let key = typeText.lowercased()
                    if let seen = unknownTypes[key] { unknownTypes[key]!.count = seen.count + 1 } else {
                        unknownTypes[key] = (1, s, row.number, t)
                    }
                }
                if !typeText.isEmpty { typesSeen.insert(typeText) }
                elements.append(element)
            }
        }
        reportUnknownTypes(unknownTypes, typesSeen: typesSeen)
        makeOrganisations()
        assignIDs()
        reviewColumns()
    }

    private mutating func reportUnknownTypes(_ unknown: [String: (count: Int, sheet: Int, row: Int, column: Int)],
                                             typesSeen: Set<String>) {
        guard !unknown.isEmpty else { return }
        let spelling = Dictionary(typesSeen.map { ($0.lowercased(), $0) }, uniquingKeysWith: { min($0, $1) })
        let places = unknown.sorted { ($0.value.sheet, $0.value.row) < ($1.value.sheet, $1.value.row) }
        for (key, place) in places {
            let shown = spelling[key] ?? key
            let many = place.count == 1 ? "" : " (\(place.count) elements)"
            let others = places.filter { $0.key != key }.map { "'\(spelling[$0.key] ?? $0.key)'" }
            report(place.sheet, place.row, place.column, Diagnostic(.unknownElementType, "unknown element type '\(shown)'\(many); the kinds are organisation, platform, person and community",
                hint: "say which kind it is in the kind map, such as \"\(shown)=community\""
                    + (others.isEmpty ? "" : "; the other types to map are \(others.prefix(8).joined(separator: ", "))"),
                file: sheets[place.sheet].table.file, cell: address(place.sheet, place.row, place.column)))
        }
    }

    /// Ids from ID cells where given (made valid if they aren't), else from labels.
    private mutating func assignIDs() {
        var firstWithLabel: [String: Int] = [:]
        var given: Set<String> = []
        for i in elements.indices {
            let e = elements[i]
            let idColumn = sheets[e.sheet].layout.column(.id)?.index ?? 0
            let labelColumn = sheets[e.sheet].layout.column(.label)!.index
            if !e.rawID.isEmpty {
                var id = Identifiers.isValid(e.rawID) ? e.rawID : Identifiers.slug(e.rawID)
                if id.isEmpty { id = "element" }
                if let earlier = byID[e.rawID] {
                    let first = elements[earlier]
                    report(e.sheet, e.row.number, idColumn, Diagnostic(.duplicateID, "the ID '\(e.rawID)' is also at \(address(first.sheet, first.row.number, idColumn, from: e.sheet))",
                        hint: "give each element its own ID", file: sheets[e.sheet].table.file, at: .none,
                        cell: address(e.sheet, e.row.number, idColumn)))
                    continue
                }
                var unique = id, n = 2
                while given.contains(unique) { unique = "\(id)-\(n)"; n += 1 }
                elements[i].id = unique
                given.insert(unique)
                byID[e.rawID] = i
            } else if let earlier = firstWithLabel[e.label] {
                let first = elements[earlier]
                report(e.sheet, e.row.number, labelColumn, Diagnostic(.duplicateLabel, "'\(e.label)' is also the label at \(address(first.sheet, first.row.number, sheets[first.sheet].layout.column(.label)!.index, from: e.sheet))",
                    hint: "Kumu would make them one element: delete one row, or add an ID column to tell them apart",
                    file: sheets[e.sheet].table.file, cell: address(e.sheet, e.row.number, labelColumn)))
                continue
            } else {
                firstWithLabel[e.label] = i
            }
            byLabel[e.label] = byLabel[e.label] == nil ? i : -1
        }
        let unnamed = elements.indices.filter { elements[$0].id.isEmpty && firstWithLabel[elements[$0].label] == $0 }
        let made = Identifiers.ids(for: unnamed.map { elements[$0].label }, taken: given)
        for (i, id) in zip(unnamed, made) { elements[i].id = id }
        for i in elements.indices where !elements[i].id.isEmpty && byID[elements[i].id] == nil { byID[elements[i].id] = i }
        usableIDs = elements.map { $0.kind != nil && !$0.id.isEmpty ? $0.id : nil }
    }
}
