import EcomapCore
import Foundation

/// Kumu's layout as files: two CSV files, or one `.xlsx` workbook.
public enum TableExporter {
    /// The elements and connections as CSV, each starting with a UTF-8
    /// byte-order mark so that Excel reads Welsh letters rightly, lines ending LF.
    ///
    /// Written by hand, not with CSV.swift's writer: that writes one
    /// character at a time to a stream, which took 17 s for a million
    /// connections; the quoting rules (RFC 4180) are these four lines.
    public static func csv(_ checked: CheckedMap) -> (elements: [UInt8], connections: [UInt8]) {
        let tables = KumuTables(checked.map)
        return (csvBytes(tables.elements), csvBytes(tables.connections))
    }

    private static func csvBytes(_ rows: [[String]]) -> [UInt8] {
        let parts = pieces(rows.count)
        let written = Parallel.map(parts.count) { k -> TextBuffer in
            var out = TextBuffer(capacity: parts[k].count * 40)
            for row in rows[parts[k]] {
                for (i, field) in row.enumerated() {
                    if i > 0 { out.write(",") }
                    // A field with a comma, a quote or a line break is quoted, its quotes doubled.
                    if field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                        out.write("\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
                    } else {
                        out.write(field)
                    }
                }
                out.write("\n")
            }
            return out
        }
        return [0xEF, 0xBB, 0xBF] + TextBuffer.joined(written)
    }

    /// An `.xlsx` workbook with the sheets Elements and Connections, and
    /// `ecomap (ignore)` with the map's title and header (Kumu skips it;
    /// `ecomap import` reads it back).
    public static func xlsx(_ checked: CheckedMap) -> [UInt8] {
        let map = checked.map
        let tables = KumuTables(map)
        return XLSXWriter.workbook([
            ("Elements", tables.elements),
            ("Connections", tables.connections),
            (SheetLayout.headerSheet, MapHeader.rows(map)),
        ])
    }
}
