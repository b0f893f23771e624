import Foundation
import EcomapCore

/// What a sheet holds, told by its header row, and what each column becomes.
///
/// Kumu's layout starts a sheet of elements with `Label` and one of
/// connections with `From`, `To`; people's own lists put a title above the
/// headers, name the columns their own way (`Group name`, `Owner / lead`)
/// and in any order. So the header row is the first of the sheet's first
/// ``searchedRows`` rows that names a label column (elements) or both ends
/// (connections), by Kumu's names, the usual other names (``HeaderWords``)
/// or the user's (``ColumnMap``); the rows above it are the sheet's title.
struct SheetLayout: Sendable {
    enum Role: Sendable { case elements, connections }

    /// What a column becomes.
    enum Use: Equatable, Sendable {
        case id, label, type, from, to, direction, linkType, linkLabel
        /// An attribute; `list` splits the cell on `|`; `reference` names elements (`in`, `via`).
        case attribute(String, list: Bool, reference: Bool)
    }

    struct Column: Sendable {
        var index: Int
        var header: String
        var use: Use
        /// The field it is (nil for the user's own attribute) and how that was told.
        var field: ColumnField?
        var recognition: ColumnUse.Recognition
    }

    var role: Role
    /// The row number of the header row.
    var headerRow: Int
    var columns: [Column]
    /// The text of the rows above the header (a title, a date, a note), first cell of each.
    var title: [String] = []

    /// How far down a sheet its header row may be.
    static let searchedRows = 30

    /// The role and header row of `table`, or nil when none of its first rows is a header.
    static func recognise(_ table: Table, columns told: ColumnMap = ColumnMap()) -> (role: Role, row: Table.Row)? {
        for row in table.rows.prefix(searchedRows) where !row.isEmpty {
            let texts = row.cells.map { cell -> String? in
                if case .text(let s) = cell { return s.trimmingCharacters(in: .whitespacesAndNewlines) }
                return nil
            }
            let filled = texts.compactMap { $0 }.filter { !$0.isEmpty }
            guard !filled.isEmpty else { continue }
            let connection = filled.map { told.field(for: $0) ?? HeaderWords.connection($0)?.field }
            if connection.contains(.from) && connection.contains(.to) { return (.connections, row) }
            let element = filled.map { told.field(for: $0).map { ($0, ColumnUse.Recognition.told) } ?? HeaderWords.element($0) }
            // A title row is one cell; a header of one column must be named plainly (Label, or by the user).
            if let label = element.firstIndex(where: { $0?.field == .label }),
               filled.count >= 2 || element[label]!.recognition != .usual {
                return (.elements, row)
            }
        }
        return nil
    }

    /// The uses of a header row's columns, and the problems with them: a
    /// column with values but no header, a header with no letters or digits,
    /// two headers that make the same field or attribute.
    static func map(_ table: Table, role: Role, header: Table.Row, columns told: ColumnMap = ColumnMap()) -> (SheetLayout, [(Int, Diagnostic)]) {
        var columns: [Column] = []
        var problems: [(Int, Diagnostic)] = []
        var seen: [String: Int] = [:]
        let width = table.rows.reduce(header.cells.count) { max($0, $1.cells.count) }
        for index in 0..<width {
            let text = header[index].trimmed
            let cell = table.address(row: header.number, column: index)
            if text.isEmpty {
                if table.rows.contains(where: { $0.number > header.number && !$0[index].isEmpty }) {
                    problems.append((index, Diagnostic(.missingHeader, "column \(Table.columnName(index)) has values but no header",
                        hint: "give the column a header, such as Description, or delete it", file: table.file, cell: cell)))
                }
                continue
            }
            let (use, field, recognition) = self.use(text, role: role, told: told)
            guard let use else { continue }  // told to ignore it
            if case .attribute(let name, _, _) = use, name.isEmpty {
                problems.append((index, Diagnostic(.missingHeader, "the header '\(text)' has no letters or digits to name an attribute",
                    hint: "give the column a header made of words, such as Funding source", file: table.file, cell: cell)))
                continue
            }
            let key = useKey(use)
            if let earlier = seen[key] {
                var problem = Diagnostic(.duplicateColumn, "the column '\(text)' says the same as column \(Table.columnName(earlier)) ('\(header[earlier].trimmed)')",
                    hint: recognition == .own ? "keep one of them, or rename one (headers become attribute names: 'Funding source' is funding-source)"
                        : "keep one of them, or say what each is, such as \"\(text)=contacts\" or \"\(text)=ignore\"",
                    file: table.file, cell: cell)
                if recognition != .own { problem.remedies = [.columnMap] }
                problems.append((index, problem))
                continue
            }
            seen[key] = index
            columns.append(Column(index: index, header: text, use: use, field: field, recognition: recognition))
        }
        var layout = SheetLayout(role: role, headerRow: header.number, columns: columns)
        layout.title = table.rows.filter { $0.number < header.number }.compactMap { row in
            row.cells.first { !$0.isEmpty && $0.trimmed.count > 0 }.map { CellText.clean($0.text) }
        }
        return (layout, problems)
    }

    /// What a header becomes: the user's field, a known name's, or an
    /// attribute of its own name; nil use for a column the user ignores.
    private static func use(_ header: String, role: Role, told: ColumnMap) -> (Use?, ColumnField?, ColumnUse.Recognition) {
        if HeaderWords.key(header) == "type (original)", told.field(for: header) == nil {
            return (.attribute("type", list: false, reference: false), nil, .named)
        }
        let found: (field: ColumnField, recognition: ColumnUse.Recognition)? = told.field(for: header).map { ($0, .told) }
            ?? (role == .elements ? HeaderWords.element(header) : HeaderWords.connection(header))
        guard let (field, recognition) = found else {
            // "Description (cy)" is the Welsh partner of whatever "Description" is.
            if let base = welshPartner(header), let partner = use(base, role: role, told: told).0 {
                return (welsh(partner, header: header), nil, .named)
            }
            return (attribute(Identifiers.slug(header)), nil, .own)
        }
        switch (field, role) {
        case (.ignore, _): return (nil, .ignore, recognition)
        case (.id, _): return (.id, field, recognition)
        case (.label, .elements): return (.label, field, recognition)
        case (.label, .connections): return (.linkLabel, field, recognition)
        case (.type, .elements): return (.type, field, recognition)
        case (.type, .connections): return (.linkType, field, recognition)
        case (.from, .connections): return (.from, field, recognition)
        case (.to, .connections): return (.to, field, recognition)
        case (.direction, .connections): return (.direction, field, recognition)
        case (.in, .elements), (.via, .connections):
            return (.attribute(field.rawValue, list: field == .in, reference: true), field, recognition)
        default:
            // A field of the other kind of sheet (leads on a connection) is an attribute of that name.
            return (attribute(field.attribute ?? field.rawValue), field.attribute == nil ? nil : field, recognition)
        }
    }

    private static func useKey(_ use: Use) -> String {
        if case .attribute(let name, _, _) = use { return "attribute:" + name }
        return "\(use)"
    }

    static func elementUse(_ header: String) -> Use {
        use(header, role: .elements, told: ColumnMap()).0 ?? attribute(Identifiers.slug(header))
    }

    static func connectionUse(_ header: String) -> Use {
        use(header, role: .connections, told: ColumnMap()).0 ?? attribute(Identifiers.slug(header))
    }

    /// The column a Welsh column partners: "Description (cy)", "Description
    /// (Welsh)", "Description Cymraeg" give "Description"; nil for any other.
    static func welshPartner(_ header: String) -> String? {
        let h = header.lowercased()
        for suffix in [" (cy)", " (welsh)", " (cymraeg)", " cymraeg"] where h.hasSuffix(suffix) && h.count > suffix.count {
            return String(header.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The Welsh partner of a column's use: `cy` for the label, `NAME-cy` for
    /// an attribute; a column that partners neither is an attribute of its own.
    private static func welsh(_ use: Use, header: String) -> Use {
        switch use {
        case .label, .linkLabel: .attribute(AttributeName.cy, list: false, reference: false)
        case .attribute(let name, let list, _) where !name.isEmpty && name != AttributeName.cy:
            .attribute(AttributeName.welsh(name), list: list, reference: false)
        default: attribute(Identifiers.slug(header))
        }
    }

    /// An attribute column; the language's list attributes (tags, leads, ...) split on `|`.
    private static func attribute(_ name: String) -> Use {
        .attribute(name, list: AttributeName.lists.contains(name), reference: false)
    }

    func column(_ use: Use) -> Column? { columns.first { $0.use == use } }

    /// The column that fills `field`, if the sheet has one.
    func column(for field: ColumnField) -> Column? { columns.first { $0.field == field } }
}
