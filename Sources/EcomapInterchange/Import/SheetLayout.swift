import Foundation
import EcomapCore

/// What a sheet holds, told by its header row as Kumu tells it: elements
/// start with `Label` (or `ID`, `Label`), connections with `From`, `To` (or
/// `ID`, `From`, `To`). And what each column becomes in the map.
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
    }

    var role: Role
    /// The row number of the header row.
    var headerRow: Int
    var columns: [Column]

    /// The layout of `table`, or nil when its first row is no Kumu header.
    static func recognise(_ table: Table) -> (role: Role, row: Table.Row)? {
        guard let first = table.rows.first(where: { !$0.isEmpty }) else { return nil }
        let h = first.cells.prefix(3).map { $0.trimmed.lowercased() }
        func at(_ i: Int) -> String { i < h.count ? h[i] : "" }
        if at(0) == "label" || (at(0) == "id" && at(1) == "label") { return (.elements, first) }
        if (at(0) == "from" && at(1) == "to") || (at(0) == "id" && at(1) == "from" && at(2) == "to") { return (.connections, first) }
        return nil
    }

    /// The uses of a header row's columns, and the problems with them: a
    /// column with values but no header, a header with no letters or digits,
    /// two headers that make the same attribute.
    static func map(_ table: Table, role: Role, header: Table.Row) -> (SheetLayout, [(Int, Diagnostic)]) {
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
            let use = role == .elements ? elementUse(text) : connectionUse(text)
            if case .attribute(let name, _, _) = use, name.isEmpty {
                problems.append((index, Diagnostic(.missingHeader, "the header '\(text)' has no letters or digits to name an attribute",
                    hint: "give the column a header made of words, such as Funding source", file: table.file, cell: cell)))
                continue
            }
            let key = useKey(use)
            if let earlier = seen[key] {
                problems.append((index, Diagnostic(.duplicateColumn, "the column '\(text)' says the same as column \(Table.columnName(earlier)) ('\(header[earlier].trimmed)')",
                    hint: "keep one of them, or rename one (headers become attribute names: 'Funding source' is funding-source)",
                    file: table.file, cell: cell)))
                continue
            }
            seen[key] = index
            columns.append(Column(index: index, header: text, use: use))
        }
        return (SheetLayout(role: role, headerRow: header.number, columns: columns), problems)
    }

    private static func useKey(_ use: Use) -> String {
        if case .attribute(let name, _, _) = use { return "attribute:" + name }
        return "\(use)"
    }

    static func elementUse(_ header: String) -> Use {
        let h = header.lowercased()
        switch h {
        case "id": return .id
        case "label": return .label
        case "type", "kind": return .type
        case "label (cy)", "cy", "welsh", "label (welsh)", "welsh label": return .attribute(AttributeName.cy, list: false, reference: false)
        case "type (original)": return .attribute("type", list: false, reference: false)
        case "in", "part of", "member of", "members of": return .attribute(AttributeName.in, list: true, reference: true)
        case "lead", "leader", "leaders", "community leads", "community leaders": return attribute(AttributeName.leads)
        case "contact", "community contacts": return attribute(AttributeName.contacts)
        case "senior sponsor": return attribute(AttributeName.sponsor)
        case "website", "web site": return attribute(AttributeName.url)
        default:
            if let base = welshPartner(header) { return welsh(elementUse(base), header: header) }
            return attribute(Identifiers.slug(header))
        }
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

    static func connectionUse(_ header: String) -> Use {
        switch header.lowercased() {
        case "from": return .from
        case "to": return .to
        case "direction": return .direction
        case "type": return .linkType
        case "label": return .linkLabel
        case "via": return .attribute(AttributeName.via, list: false, reference: true)
        default:
            if let base = welshPartner(header) { return welsh(connectionUse(base), header: header) }
            return attribute(Identifiers.slug(header))
        }
    }

    /// An attribute column; the language's list attributes (tags, leads, ...) split on `|`.
    private static func attribute(_ name: String) -> Use {
        .attribute(name, list: AttributeName.lists.contains(name), reference: false)
    }

    func column(_ use: Use) -> Column? { columns.first { $0.use == use } }
}
