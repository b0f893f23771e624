import EcomapCore

extension MapBuilder {
    /// The element a From, To, In or Via cell names: by its ID, then by its
    /// label. Reports an unknown name (with the closest label) or a label two
    /// elements share, and returns nil for them.
    mutating func resolve(_ name: String, sheet s: Int, row: Int, column: Int) -> String? {
        // An element whose own row has an error (no kind) is reported there, not again at each link.
        if let i = byID[name] { return usableIDs[i] }
        if let i = byLabel[name] {
            if i >= 0 { return usableIDs[i] }
            report(s, row, column, Diagnostic(.ambiguousElement, "'\(name)' is the label of more than one element",
                hint: "name the element by its ID here", file: sheets[s].table.file, cell: address(s, row, column)))
            return nil
        }
        var hint = "add it to the elements sheet, or correct the name"
        if suggestionsTried < 100 {
            suggestionsTried += 1
            let trimmed = CellText.clean(name)
            if let exact = byLabel.keys.first(where: { $0.lowercased() == trimmed.lowercased() }) {
                hint = "did you mean '\(exact)'?"
            } else if let close = Suggestion.closest(to: trimmed, in: elements.lazy.map(\.label)) {
                hint = "did you mean '\(close)'?"
            }
        }
        report(s, row, column, Diagnostic(.unknownElement, "unknown element '\(name)'", hint: hint, file: sheets[s].table.file, cell: address(s, row, column)))
        return nil
    }

    /// The attributes of a row, from every column that is an attribute, in column order.
    mutating func attributes(_ s: Int, _ row: Table.Row, line: Int) -> Attributes {
        var out: [Attribute] = []
        // What a funded cell said after yes or no ("Yes - £5k"), for `funding`.
        var more: (text: String, place: SourceRange)?
        for column in sheets[s].layout.columns {
            guard case .attribute(let name, let list, let reference) = column.use,
                  let cell = value(s, row, column.index), !cell.isEmpty else { continue }
            let place = SourceRange(line: line, column: column.index + 1)
            var items = list ? CellText.items(cell.text) : [CellText.clean(cell.text)]
            if name == AttributeName.funded {
                switch FundedCell.read(cell) {
                case .nothing: continue
                case .value(let funded, let rest):
                    items = [funded.rawValue]
                    if let rest {
                        more = (rest, place)
                        splitCount[ColumnKey(sheet: s, column: column.index), default: 0] += 1
                    }
                case .unclear(let text):
                    report(s, row.number, column.index, Diagnostic(.badValue, "'\(column.header)' says '\(text)', which is not yes, no, partly or unknown",
                        hint: "start it with Yes, No, Partly or Unknown and say more after it, such as 'Partly - \(text)': what follows becomes the funding",
                        file: sheets[s].table.file, cell: address(s, row.number, column.index)))
                    continue
                }
            }
            if reference {
                let madeHere = madeColumns.contains(ColumnKey(sheet: s, column: column.index))
                items = items.compactMap { item in
                    if madeHere, let i = made[MapBuilder.madeKey(item)] { return usableIDs[i] }
                    return resolve(item, sheet: s, row: row.number, column: column.index)
                }
                guard !items.isEmpty else { continue }
            }
            guard !items.isEmpty else { continue }
            let value: AttributeValue = items.count == 1 ? .text(items[0]) : .list(items)
            out.append(Attribute(key: name, value: value, keyRange: place, valueRange: place))
        }
        if let more {
            // The sheet's own funding column, if it has one, comes first.
            if let i = out.firstIndex(where: { $0.key == AttributeName.funding }) {
                out[i].value = .text(out[i].value.text + "; " + more.text)
            } else {
                out.append(Attribute(key: AttributeName.funding, value: .text(more.text), keyRange: more.place, valueRange: more.place))
            }
        }
        return Attributes(out)
    }

    /// Every node, grouped by kind (organisations, platforms, people,
    /// communities), in sheet and row order within a kind.
    mutating func nodes() -> [Node] {
        var out: [Node] = []
        for kind in NodeKind.allCases {
            for e in elements where e.kind == kind && !e.id.isEmpty {
                let layout = sheets[e.sheet].layout
                let labelColumn = layout.column(.label)!.index
                if let column = e.madeFrom {
                    // An organisation made from a value of an `in` column: placed at the first cell naming it.
                    origins.append(Origin(sheet: e.sheet, row: e.row.number, column: column))
                    out.append(Node(id: e.id, kind: kind, label: e.label, range: SourceRange(line: origins.count, column: column + 1)))
                    continue
                }
                origins.append(Origin(sheet: e.sheet, row: e.row.number, column: labelColumn))
                let line = origins.count
                var attributes = self.attributes(e.sheet, e.row, line: line)
                // Keep the sheet's own word for the type when it says more than the kind.
                if let t = layout.column(.type), attributes["type"] == nil,
                   case let typeText = CellText.clean(e.row[t.index].text), typeText.lowercased() != kind.rawValue {
                    let place = SourceRange(line: line, column: t.index + 1)
                    attributes.all.insert(Attribute(key: "type", value: .text(typeText), keyRange: place, valueRange: place), at: 0)
                }
                out.append(Node(id: e.id, kind: kind, label: e.label, attributes: attributes,
                                range: SourceRange(line: line, column: labelColumn + 1)))
            }
        }
        return out
    }

    /// Every link, in sheet and row order; a `To` cell naming several elements
    /// (`a|b`) gives a link to each. Large sheets are worked on in pieces side
    /// by side: each piece has its own copy of the builder (the element
    /// lookups are shared, not copied) and the pieces' links, places and
    /// problems are joined in order.
    mutating func links() -> [Link] {
        let work = sheets.indices.filter { sheets[$0].layout.role == .connections }.flatMap { s in
            sheets[s].table.rows.indices.filter { r in
                sheets[s].table.rows[r].number > sheets[s].layout.headerRow && !sheets[s].table.rows[r].isEmpty
            }.map { (sheet: s, row: $0) }
        }
        let parts = pieces(work.count)
        let base = origins.count
        let columns = sheets.map(ConnectionColumns.init)
        let snapshot = self
        var results = Parallel.map(parts.count) { k -> (links: [Link], builder: MapBuilder) in
            var builder = snapshot
            builder.problems = []
            builder.origins = []
            builder.origins.reserveCapacity(parts[k].count)
            var links: [Link] = []
            links.reserveCapacity(parts[k].count)
            for w in parts[k] {
                builder.link(work[w].sheet, work[w].row, columns[work[w].sheet], line: base + w + 1, into: &links)
            }
            builder.releaseRows()
            return (links, builder)
        }
        for part in results {
            origins += part.builder.origins
            problems += part.builder.problems
            suggestionsTried += part.builder.suggestionsTried
        }
        // The first piece's links are taken over, not copied: a million links copied cost a tenth of a second.
        var all: [Link] = []
        swap(&all, &results[0].links)
        all.reserveCapacity(results.reduce(all.count) { $0 + $1.links.count })
        for part in results.dropFirst() { all += part.links }
        return all
    }

    /// The ids a From or To cell names, or nil (reported) when it is empty or names an unknown element.
    private mutating func ends(_ s: Int, _ row: Table.Row, _ column: Int, _ name: String) -> [String]? {
        let text = value(s, row, column)?.text ?? ""
        // One name, the usual case, needs no list.
        if !text.utf8.contains(0x7C) {
            let one = CellText.clean(text)
            if !one.isEmpty { return resolve(one, sheet: s, row: row.number, column: column).map { [$0] } }
        }
        let names = CellText.items(text)
        if names.isEmpty {
            report(s, row.number, column, Diagnostic(.missingValue, "this connection has no \(name)", hint: "name an element from the elements sheet, or delete the row",
                file: sheets[s].table.file, cell: address(s, row.number, column)))
            return nil
        }
        let ids = names.compactMap { resolve($0, sheet: s, row: row.number, column: column) }
        return ids.count == names.count ? ids : nil
    }

    /// Where a connections sheet's columns are, looked up once rather than for every row.
    struct ConnectionColumns {
        var from = 0, to = 0
        var direction: Int?, type: Int?, label: Int?

        init(_ sheet: Sheet) {
            let layout = sheet.layout
            guard layout.role == .connections else { return }
            from = layout.column(.from)!.index
            to = layout.column(.to)!.index
            direction = layout.column(.direction)?.index
            type = layout.column(.linkType)?.index
            label = layout.column(.linkLabel)?.index
        }
    }

    /// The links of one connections row.
    private mutating func link(_ s: Int, _ r: Int, _ c: ConnectionColumns, line: Int, into out: inout [Link]) {
        let row = sheets[s].table.rows[r], file = sheets[s].table.file
        let fromColumn = c.from, toColumn = c.to
        origins.append(Origin(sheet: s, row: row.number, column: fromColumn))
        var one: (String, String)?
        var from: [String]?, to: [String]?
        let fromText = row[fromColumn].text, toText = row[toColumn].text
        if case .text = row[fromColumn], case .text = row[toColumn], !fromText.utf8.contains(0x7C), !toText.utf8.contains(0x7C),
           case let (a, b) = (CellText.clean(fromText), CellText.clean(toText)), !a.isEmpty, !b.isEmpty {
            // One element at each end, the usual case: no lists to make.
            let ra = resolve(a, sheet: s, row: row.number, column: fromColumn)
            let rb = resolve(b, sheet: s, row: row.number, column: toColumn)
            if let ra, let rb { one = (ra, rb) }
        } else {
            from = ends(s, row, fromColumn, "From")
            to = ends(s, row, toColumn, "To")
        }
        var direction = LinkDirection.oneWay
        if let d = c.direction, let cell = value(s, row, d) {
            if let known = CellText.direction(cell.text) { direction = known } else {
                report(s, row.number, d, Diagnostic(.badValue, "unknown direction '\(CellText.clean(cell.text))'",
                    hint: "Kumu's directions are directed, mutual and undirected", file: file,
                    at: .none, cell: address(s, row.number, d)))
            }
        }
        let typeColumn = c.type
        var type: String?
        if let t = typeColumn, let cell = value(s, row, t), !cell.isEmpty {
            // A type already written as ecomap writes types is kept; other words are made into one.
            let plain = !cell.text.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } && Identifiers.isValid(cell.text)
            let slug = plain ? cell.text : Identifiers.slug(cell.text)
            if slug.isEmpty {
                report(s, row.number, t, Diagnostic(.badValue, "the type '\(CellText.clean(cell.text))' has no letters or digits",
                    hint: "a type is a word such as informs, meets or uses", file: file,
                    at: .none, cell: address(s, row.number, t)))
            } else {
                type = slug
            }
        }
        let label = c.label.flatMap { value(s, row, $0) }.map { CellText.clean($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
        let attributes = self.attributes(s, row, line: line)
        if let (a, b) = one {
            out.append(Link(from: a, to: b, direction: direction, type: type, label: label, attributes: attributes,
                            fromRange: SourceRange(line: line, column: fromColumn + 1),
                            toRange: SourceRange(line: line, column: toColumn + 1),
                            typeRange: typeColumn.map { SourceRange(line: line, column: $0 + 1) } ?? .none))
            return
        }
        guard let from, let to else { return }
        for a in from {
            for b in to {
                out.append(Link(from: a, to: b, direction: direction, type: type, label: label, attributes: attributes,
                                fromRange: SourceRange(line: line, column: fromColumn + 1),
                                toRange: SourceRange(line: line, column: toColumn + 1),
                                typeRange: typeColumn.map { SourceRange(line: line, column: $0 + 1) } ?? .none))
            }
        }
    }
}
