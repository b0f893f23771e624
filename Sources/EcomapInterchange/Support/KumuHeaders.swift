import EcomapCore

/// The header ecomap's own export writes for each column of a sheet of
/// elements (Kumu's names), which its import reads back: so the import can
/// tell a workbook ecomap wrote from one with its owner's own names, and the
/// export writes them.
enum KumuHeaders {
    /// The header of a node attribute's column: `Label (cy)`, `Description`,
    /// `Tags`, `In`, `Type (original)` for `type`, else the attribute's name.
    static func element(_ key: String) -> String {
        switch key {
        case AttributeName.cy: "Label (cy)"
        case "type": "Type (original)"
        case AttributeName.in: "In"
        case AttributeName.description, AttributeName.tags: key.prefix(1).uppercased() + key.dropFirst()
        default: welshPartner(key, of: element) ?? key
        }
    }

    /// The header of a link attribute's column: `Label (cy)`, `Description`, else the attribute's name.
    static func connection(_ key: String) -> String {
        switch key {
        case AttributeName.description: "Description"
        case AttributeName.cy: "Label (cy)"
        default: welshPartner(key, of: connection) ?? key
        }
    }

    /// A Welsh partner's header beside its English one's: "Description (cy)"
    /// for `description-cy`, which the importer reads back as that; nil for any other key.
    private static func welshPartner(_ key: String, of header: (String) -> String) -> String? {
        guard key.hasSuffix(AttributeName.welshSuffix) else { return nil }
        return header(String(key.dropLast(AttributeName.welshSuffix.count))) + " (cy)"
    }

    /// The header of a column the export writes for a field, or for the user's own attribute.
    static func element(_ use: ColumnUse) -> String {
        switch use.field {
        case .label: "Label"
        case .id: "ID"
        case .type: "Type"
        default: element(use.attribute ?? use.header)
        }
    }
}
