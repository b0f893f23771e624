import EcomapCore

/// Runs ecomap's own checker on an imported map, before it is written, and
/// places each of its diagnostics at the spreadsheet cell it came from: what
/// `ecomap check` would say of the file, said of the spreadsheet the user
/// knows. The builder gives each node and link a "line" that is its place
/// in ``MapBuilder/origins`` and a "column" that is its spreadsheet column.
enum ImportCheck {
    /// What the checker said, placed in the spreadsheets, and the map checked when it has no errors.
    struct Outcome: Sendable {
        var diagnostics: [Diagnostic]
        var checked: CheckedMap?
    }

    static func check(_ map: EcosystemMap, name: String, builder: MapBuilder, afterErrors: Bool) -> Outcome {
        let document = MapDocument(map: map, name: name)
        var found = document.diagnostics
        // After errors, rows were left out: a node with no links may have lost them there.
        if afterErrors { found.removeAll { $0.code == .isolatedNode } }
        // The importer says why there are no nodes (no-elements, or the errors that kept them out).
        found.removeAll { $0.code == .noNodes }
        // In the order of the sheets and rows, not of the map's kinds.
        let key = { (d: Diagnostic, offset: Int) -> (Int, Int, Int, Int) in
            guard d.range.line >= 1, d.range.line <= builder.origins.count else { return (Int.max, 0, 0, offset) }
            let origin = builder.origins[d.range.line - 1]
            return (builder.sheets[origin.sheet].order, origin.row, d.range.column, offset)
        }
        found = found.enumerated().sorted { key($0.element, $0.offset) < key($1.element, $1.offset) }.map(\.element)
        return Outcome(diagnostics: found.map { place($0, builder) }, checked: afterErrors ? nil : document.checked)
    }

    /// A checker's diagnostic at the cell its node or link came from.
    private static func place(_ d: Diagnostic, _ builder: MapBuilder) -> Diagnostic {
        guard d.range.line >= 1, d.range.line <= builder.origins.count else { return d }
        let origin = builder.origins[d.range.line - 1]
        let table = builder.sheets[origin.sheet].table
        var out = d
        out.file = table.file
        out.cell = builder.address(origin.sheet, origin.row, max(d.range.column - 1, 0))
        out.range = .none
        switch d.code {
        case .duplicateLink:
            if let n = d.related?.line, n >= 1, n <= builder.origins.count {
                let first = builder.origins[n - 1]
                out.message = "this connection repeats the one at \(builder.address(first.sheet, first.row, first.column))"
            }
            out.hint = "delete one of the rows, or give them different types"
        case .selfLink:
            out.hint = "a connection joins two different elements; delete this row"
        case .isolatedNode:
            out.hint = "add a connection from or to it, or delete its row"
        default: break
        }
        return out
    }
}

extension MapBuilder {
    /// What a comment in the map calls the sheet a node or link on a given
    /// "line" came from: `communities.xlsx: Elements`, or `elements.csv`.
    func sourceNames() -> @Sendable (Int) -> String? {
        let names = sheets.map { sheet -> String in
            let table = sheet.table
            let file = table.file.split(separator: "/").last.map(String.init) ?? table.file
            return table.sheet.map { "\(file): \($0)" } ?? file
        }
        let sheetOf = origins.map { Int32($0.sheet) }
        return { line in line >= 1 && line <= sheetOf.count ? names[Int(sheetOf[line - 1])] : nil }
    }
}
