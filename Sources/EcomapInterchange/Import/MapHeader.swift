import EcomapCore

/// The map's title and header attributes on import, from the sheet that
/// carries them in a workbook ecomap exported (``Table/headerSheet``, which
/// ``KumuTables/header(_:)`` writes), so a map's header survives the round trip.
enum MapHeader {
    static func apply(_ sheet: Table?, to map: inout EcosystemMap, title: String?, files: [String]) {
        var attributes: [Attribute] = []
        var sheetTitle: String?
        for row in sheet?.rows.dropFirst() ?? [] {
            let key = row[0].trimmed, value = CellText.clean(row[1].text)
            guard !key.isEmpty, !value.isEmpty else { continue }
            if key == "title" { sheetTitle = value; continue }
            let name = Identifiers.isValid(key) ? key : Identifiers.slug(key)
            guard !name.isEmpty else { continue }
            attributes.append(Attribute(key: name, value: value.contains("|") && name == "tags" ? .list(CellText.items(value)) : .text(value)))
        }
        if sheet == nil {
            let names = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            attributes.append(Attribute(key: AttributeName.source, value: .text(names.joined(separator: ", "))))
        }
        map.title = title ?? sheetTitle ?? files.first.map(stem)
        map.attributes = Attributes(attributes)
    }

    /// "communities" from "data/communities.xlsx", and from "communities-elements.csv"
    /// (what `ecomap export --format csv` and many people name an elements file).
    static func stem(_ path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        var stem = base
        if let dot = base.lastIndex(of: "."), dot > base.startIndex { stem = String(base[..<dot]) }
        for suffix in ["-elements", "_elements", " elements"] where stem.lowercased().hasSuffix(suffix) && stem.count > suffix.count {
            return String(stem.dropLast(suffix.count))
        }
        return stem
    }
}
