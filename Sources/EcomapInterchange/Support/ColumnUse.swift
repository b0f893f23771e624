import EcomapCore

/// What one column of a spreadsheet became in the map: a field ecomap knows
/// (the label, `leads`, `url`, ...) or the user's own attribute, and how
/// that was decided. The import gives one per column
/// (``Importer/Result/columns``); the map keeps them in its header
/// (`columns: ["Owner / lead=leads", ...]`), so that the audit can say
/// what it judged by and an export can give the columns their names back.
public struct ColumnUse: Sendable, Hashable, Codable {
    /// How a column's use was decided.
    public enum Recognition: String, Sendable, Hashable, Codable {
        /// The header is the field's own name (`Label`, `Sponsor`).
        case named
        /// The header is a usual other name for the field (`Owner / lead`, `Agency`, `Funded?`).
        case usual
        /// The user said so (`--columns "Yammer=url"`).
        case told
        /// No field: kept as the user's own attribute (`Notes` is `notes`).
        case own
    }

    /// The header as written (`Owner / lead`).
    public var header: String
    /// The field it is; nil for the user's own attribute.
    public var field: ColumnField?
    /// The attribute the column fills: the field's (``ColumnField/attribute``)
    /// or the user's own (`notes`); nil for the label, kind and id.
    public var attribute: String?
    public var recognition: Recognition
    /// Where the header is (`'Communities'!D4`), when the map was made from the spreadsheet just now.
    public var cell: String?
    /// The file, the sheet (nil for a CSV file) and the header's row, when made just now.
    public var file: String?
    public var sheet: String?
    public var row: Int?
    /// For an `in` column whose values name no element: the organisations made from them.
    public var made = 0
    /// For a `funded` column: the cells that said more than yes or no, whose
    /// words became `funding` ("Yes - £5k" gives `funded: yes, funding: "£5k"`).
    public var split = 0

    /// A column's use.
    public init(header: String, field: ColumnField?, attribute: String?, recognition: Recognition, cell: String? = nil) {
        self.header = header
        self.field = field
        self.attribute = attribute
        self.recognition = recognition
        self.cell = cell
    }

    /// How the map's header keeps it: `Owner / lead=leads`, or `Notes=notes`
    /// for an attribute of the user's own.
    public var entry: String { header + "=" + (field?.rawValue ?? attribute ?? "") }

    /// The columns a map's header (`columns:`) says it was imported from, in
    /// order; empty when it says none. An entry's field is the one named
    /// after `=`; any other name is the user's own attribute.
    public static func read(_ attributes: Attributes) -> [ColumnUse] {
        attributes.items(AttributeName.columns).compactMap { item in
            guard let equals = item.lastIndex(of: "=") else { return nil }
            let header = String(item[..<equals]), name = String(item[item.index(after: equals)...])
            guard !header.isEmpty, !name.isEmpty else { return nil }
            if let field = ColumnField(rawValue: name) {
                return ColumnUse(header: header, field: field, attribute: field.attribute, recognition: .usual)
            }
            return ColumnUse(header: header, field: nil, attribute: name, recognition: .own)
        }
    }

    /// Which column became which field, and which were kept as the user's
    /// own attributes, under a heading for each sheet ("Columns of
    /// audit.xlsx, 'Communities', headers in row 4:"): what import and audit print.
    ///
    /// Columns read back from a map's header name no file; their list is
    /// given without a heading, since the text around it says what they are.
    public static func report(_ uses: [ColumnUse], language: Language = .en) -> String {
        var out = ""
        var start = 0
        while start < uses.count {
            let first = uses[start]
            var end = start + 1
            while end < uses.count, uses[end].file == first.file, uses[end].sheet == first.sheet { end += 1 }
            let name = (first.file.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? "")
                + (first.sheet.map { ", '\($0)'" } ?? "")
            switch (name.isEmpty, first.row) {
            case (true, _): if start > 0 { out += language[.columnsHeading] + "\n" }
            case (false, let row?) where row > 1: out += language[.columnsOfSheetRow, name, row] + "\n"
            case (false, _): out += language[.columnsOfSheet, name] + "\n"
            }
            let part = uses[start..<end]
            let width = min(part.map(\.header.count).max() ?? 0, 28)
            for use in part {
                let pad = use.header.count < width ? String(repeating: " ", count: width - use.header.count) : ""
                out += "  " + use.header + pad + "  " + use.said(in: language) + "\n"
            }
            start = end
        }
        return out
    }

    /// Whether every column has the name ecomap's own export gives it (a
    /// workbook ecomap wrote, or Kumu's own): then there is nothing to say or keep.
    public static func arePlain(_ uses: [ColumnUse]) -> Bool {
        uses.allSatisfy { $0.header == KumuHeaders.element($0) }
    }

    /// What the column became, in words: "leads", "in: 12 organisations made
    /// from its values", "notes (your own attribute)".
    public func said(in language: Language = .en) -> String {
        guard let field else { return language[.columnOwn, attribute ?? ""] }
        var out = field.rawValue
        switch field {
        case .type: out = language[.columnKind]
        case .ignore: out = language[.columnIgnored]
        case .in where made > 0: out += ": " + language[.columnMade, made]
        case .funded where split > 0: out = language[.columnSplit, split]
        default: break
        }
        if recognition == .told { out += " " + language[.columnTold] }
        return out
    }
}
