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
        // A Welsh partner beside its English: "Description (cy)", which the importer reads back as description-cy.
        case _ where key.hasSuffix(AttributeName.welshSuffix): element(String(key.dropLast(AttributeName.welshSuffix.count))) + " (cy)"
        default: key
        }
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
