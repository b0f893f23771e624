import EcomapCore

/// What a list of communities kept by hand needs beyond Kumu's layout: a
/// totals row left out, the organisations an `Agency` column names made
/// into nodes, a column that looks like a field it isn't named as, and the
/// report of what each column became.
extension MapBuilder {
    /// The formula (or words) that makes `row` a totals row, or nil: its
    /// label is empty or only says total, and it sums or counts (`=SUM(...)`,
    /// `=SUBTOTAL(...)`, `=COUNTA(...)`), or its label says Total.
    func totals(_ s: Int, _ row: Table.Row, label: Int) -> String? {
        var labelWords: [String] = []
        switch row[label] {
        case .text(let text):
            labelWords = text.lowercased().split { !$0.isLetter }.map(String.init)
        case .empty, .formula: break
        default: return nil
        }
        let totalWords: Set<String> = ["total", "totals", "subtotal", "grand", "sub", "sum", "count", "number", "of", "all",
                                       "groups", "communities", "networks", "rows"]
        let saysTotal = !labelWords.isEmpty && labelWords.allSatisfy(totalWords.contains)
            && labelWords.contains { ["total", "totals", "subtotal", "sum", "count"].contains($0) }
        guard labelWords.isEmpty || saysTotal else { return nil }
        for cell in row.cells {
            if case .formula(let formula, _) = cell, MapBuilder.aggregates(formula) { return formula }
        }
        return saysTotal ? CellText.clean(row[label].text) : nil
    }

    /// Whether a formula sums, counts or averages, as a totals row's do.
    static func aggregates(_ formula: String) -> Bool {
        let f = formula.uppercased()
        return ["SUM(", "SUBTOTAL(", "COUNT(", "COUNTA(", "COUNTIF(", "COUNTIFS(", "SUMIF(", "SUMIFS(", "AVERAGE(", "AGGREGATE(", "SUMPRODUCT("]
            .contains { f.contains($0) }
    }

    /// An organisation's name as matched across cells: case and runs of spaces set aside.
    static func madeKey(_ name: String) -> String {
        CellText.clean(name).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Makes an organisation for each value of each `in` column that names
    /// no element at all (`Agency`: the agencies a list of groups sits in,
    /// which it doesn't list). A column some of whose values do name
    /// elements names elements, and an unknown value there is a typo
    /// (`unknown-element`). O(cells of those columns).
    mutating func makeOrganisations() {
        var known = Set(elements.map(\.label))
        for e in elements where !e.rawID.isEmpty { known.insert(e.rawID) }
        let listed = elements.indices
        for (s, sheet) in sheets.enumerated() where sheet.layout.role == .elements {
            for column in sheet.layout.columns where column.field == .in {
                var names: [(name: String, row: Table.Row)] = []
                for i in listed where elements[i].sheet == s {
                    let row = elements[i].row
                    guard case .text(let text) = row[column.index] else { continue }
                    for name in CellText.items(text) { names.append((name, row)) }
                }
                guard !names.isEmpty, !names.contains(where: { known.contains($0.name) }) else { continue }
                let key = ColumnKey(sheet: s, column: column.index)
                madeColumns.insert(key)
                var here = Set<String>()
                for (name, row) in names {
                    let k = MapBuilder.madeKey(name)
                    if here.insert(k).inserted { madeCount[key, default: 0] += 1 }
                    guard made[k] == nil else { continue }
                    made[k] = elements.count
                    elements.append(Element(sheet: s, row: row, label: CellText.clean(name), rawID: "", kind: .organisation,
                                            madeFrom: column.index))
                }
            }
        }
    }

    /// Warns of a column kept as the user's own attribute that looks like a
    /// field: a header a letter or two from a known name (`Sponser`), or
    /// values that are web or mail addresses under a name ecomap doesn't know.
    mutating func reviewColumns() {
        for (s, sheet) in sheets.enumerated() where sheet.layout.role == .elements {
            let layout = sheet.layout
            let rows = elements.filter { $0.sheet == s && $0.madeFrom == nil }.map(\.row)
            for column in layout.columns where column.recognition == .own {
                guard case .attribute(let name, _, _) = column.use else { continue }
                let values = rows.map { CellText.clean($0[column.index].text) }.filter { !$0.isEmpty }
                var field: ColumnField?
                var why = "its name is not one ecomap knows"
                if let near = Suggestion.closest(to: HeaderWords.key(column.header), in: HeaderWords.elementNames),
                   let known = HeaderWords.element(near)?.field {
                    field = known
                    why = "its name is not one ecomap knows, though it is close to '\(near)'"
                } else if values.count >= 2 {
                    let web = values.filter { WebAddress.isAllowed($0) || $0.lowercased().hasPrefix("www.") }.count
                    let mail = values.filter { $0.contains("@") && !$0.contains(" ") && $0.contains(".") }.count
                    if web * 2 >= values.count { field = .url; why = "it holds web addresses (\(web) of \(values.count))" }
                    else if mail * 2 >= values.count { field = .contacts; why = "it holds mail addresses (\(mail) of \(values.count))" }
                }
                guard let field, layout.column(for: field) == nil else { continue }
                report(s, layout.headerRow, column.index, Diagnostic(.unknownColumn,
                    "the column '\(column.header)' is kept as your own attribute '\(name)': \(why)",
                    hint: "if it is the \(field.rawValue), say so: \"\(column.header)=\(field.rawValue)\"",
                    file: sheet.table.file, cell: address(s, layout.headerRow, column.index)))
            }
        }
    }

    /// What each column of each sheet of elements became, in order.
    func columnUses() -> [ColumnUse] {
        sheets.enumerated().filter { $0.element.layout.role == .elements }.flatMap { s, sheet in
            sheet.layout.columns.map { column in
                var attribute: String?
                if case .attribute(let name, _, _) = column.use { attribute = name }
                var use = ColumnUse(header: column.header, field: column.field, attribute: attribute,
                                    recognition: column.recognition, cell: address(s, sheet.layout.headerRow, column.index))
                (use.file, use.sheet, use.row) = (sheet.table.file, sheet.table.sheet, sheet.layout.headerRow)
                let key = ColumnKey(sheet: s, column: column.index)
                use.made = madeCount[key] ?? 0
                use.split = splitCount[key] ?? 0
                return use
            }
        }
    }

    /// The one note of a map without connections: it is a directory.
    func directoryNote(_ nodes: [Node]) -> (order: Int, row: Int, column: Int, diagnostic: Diagnostic)? {
        guard let s = sheets.indices.first(where: { sheets[$0].layout.role == .elements }) else { return nil }
        let counts = NodeKind.allCases.reversed().compactMap { kind -> String? in
            let n = nodes.lazy.filter { $0.kind == kind }.count
            return n == 0 ? nil : Language.en.counted(kind, n)
        }
        let row = sheets[s].layout.headerRow
        return (sheets[s].order, row, -1, Diagnostic(.directory,
            "there are no connections, so the map is a directory of \(counts.joined(separator: " and ")) (directory: yes): no node is warned of for having no links",
            hint: "nothing to do for an audit; to draw how they work together, add a sheet of connections (From, To)",
            file: sheets[s].table.file, cell: address(s, row, 0)))
    }

    /// A note for each sheet of elements without a Type column: every row on it is a community.
    func noTypeNote() -> [(order: Int, row: Int, column: Int, diagnostic: Diagnostic)] {
        sheets.indices.filter { sheets[$0].layout.role == .elements && sheets[$0].layout.column(.type) == nil }.map { s in
            let row = sheets[s].layout.headerRow
            let n = elements.lazy.filter { $0.sheet == s && $0.madeFrom == nil }.count
            return (sheets[s].order, row, -1, Diagnostic(.noTypeColumn,
                "there is no Type column, so \(n == 1 ? "the one row is a community" : "each of the \(n) rows is a community")",
                hint: "add a Type column (organisation, platform, person or community) if some are not, or say which column holds the kinds, such as \"Category=type\"",
                file: sheets[s].table.file, cell: address(s, row, 0)))
        }
    }
}
