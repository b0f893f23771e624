import EcomapCore

/// The map's title and header attributes on import, from the sheet that
/// carries them in a workbook ecomap exported (``Table/headerSheet``, which
/// ``KumuTables/header(_:)`` writes), so a map's header survives the round trip.
enum MapHeader {
    /// `sheetTitle` is the text above a sheet's headers; `directory` says the
    /// map has no connections; `columns` are what the columns became, kept
    /// in the header unless every one has the name ecomap's export gives it.
    static func apply(_ sheet: Table?, to map: inout EcosystemMap, title: String?, files: [String],
                      sheetTitle: String? = nil, directory: Bool = false, columns: [ColumnUse] = []) {
        var attributes: [Attribute] = []
        var fromSheet: String?
        for row in sheet?.rows.dropFirst() ?? [] {
            let key = row[0].trimmed, value = CellText.clean(row[1].text)
            guard !key.isEmpty, !value.isEmpty else { continue }
            if key == "title" { fromSheet = value; continue }
            let name = Identifiers.isValid(key) ? key : Identifiers.slug(key)
            guard !name.isEmpty else { continue }
            attributes.append(Attribute(key: name, value: value.contains("|") && AttributeName.lists.contains(name) ? .list(CellText.items(value)) : .text(value)))
        }
        if directory, !attributes.contains(where: { $0.key == AttributeName.directory }) {
            attributes.insert(Attribute(key: AttributeName.directory, value: .text("yes")), at: 0)
        }
        if sheet == nil {
            let names = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            attributes.append(Attribute(key: AttributeName.source, value: .text(names.joined(separator: ", "))))
            var entries: [String] = []
            for use in columns where !entries.contains(use.entry) { entries.append(use.entry) }
            if !ColumnUse.arePlain(columns) {
                attributes.append(Attribute(key: AttributeName.columns, value: .list(entries)))
            }
        }
        map.title = title ?? fromSheet ?? sheetTitle ?? files.first.map(stem)
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
