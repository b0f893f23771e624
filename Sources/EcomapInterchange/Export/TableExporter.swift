import EcomapCore
import Foundation

/// Kumu's layout as files: two CSV files, or one `.xlsx` workbook.
public enum TableExporter {
    /// The elements and connections as CSV, each starting with a UTF-8
    /// byte-order mark so that Excel reads Welsh letters rightly, lines
    /// ending LF (``TextBuffer/writeCSV(_:)``).
    /// A map imported from the user's own spreadsheet gets its columns'
    /// names back ("Owner / lead", not `leads`).
    public static func csv(_ checked: CheckedMap) -> (elements: [UInt8], connections: [UInt8]) {
        let tables = KumuTables(checked.map, ownNames: true)
        return (csvBytes(tables.elements), csvBytes(tables.connections))
    }

    private static func csvBytes(_ rows: [[String]]) -> [UInt8] {
        let parts = pieces(rows.count)
        let written = Parallel.map(parts.count) { k -> TextBuffer in
            var out = TextBuffer(capacity: parts[k].count * 40)
            for row in rows[parts[k]] { out.writeCSV(row) }
            return out
        }
        return [0xEF, 0xBB, 0xBF] + TextBuffer.joined(written)
    }

    /// An `.xlsx` workbook with the sheets Elements and Connections, and
    /// `ecomap (ignore)` with the map's title and header (Kumu skips it;
    /// `ecomap import` reads it back). A map imported from the user's own
    /// spreadsheet gets its columns' names back, as ``csv(_:)`` does.
    public static func xlsx(_ checked: CheckedMap) -> [UInt8] {
        let map = checked.map
        let tables = KumuTables(map, ownNames: true)
        return XLSXWriter.workbook([
            ("Elements", tables.elements),
            ("Connections", tables.connections),
            (Table.headerSheet, KumuTables.header(map)),
        ])
    }
}
