import Foundation
import ZIPFoundation

/// The smallest `.xlsx` workbook Excel, LibreOffice and openpyxl all open:
/// a zip (ZIPFoundation, deflated) of the content types, relationships, a
/// workbook, a bold style for the header row, and one part per sheet.
///
/// The parts are written by hand because no library on the mirror writes
/// SpreadsheetML; the XML is plain, cells hold inline strings (no shared
/// string table to keep in step) or numbers. Every entry has the same date,
/// so the same map gives the same bytes.
enum XLSXWriter {
    static func workbook(_ sheets: [(name: String, rows: [[String]])]) -> [UInt8] {
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes(sheets.count).utf8)),
            ("_rels/.rels", Data("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>
                """.utf8)),
            ("xl/workbook.xml", Data(workbookXML(sheets.map(\.name)).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(workbookRelationships(sheets.count).utf8)),
            ("xl/styles.xml", Data(styles.utf8)),
        ]
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", sheetXML(sheet.rows))) }
        // A new in-memory archive can't fail to be made or written to.
        guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return [] }
        let date = Date(timeIntervalSince1970: 946_728_000) // 2000-01-01 12:00 UTC, the same for every file.
        for (path, data) in parts {
            try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                  compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return Array(archive.data ?? Data())
    }

    private static func contentTypes(_ count: Int) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            """
        for i in 1...max(count, 1) {
            out += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>"
    }

    private static func workbookXML(_ names: [String]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
            """
        for (i, name) in names.enumerated() {
            out += "<sheet name=\"\(XMLText.escape(name, attribute: true))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return out + "</sheets></workbook>"
    }

    private static func workbookRelationships(_ count: Int) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            """
        for i in 1...max(count, 1) {
            out += "<Relationship Id=\"rId\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return out + "</Relationships>"
    }

    /// Style 0 is plain, style 1 bold (for the header row).
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    private static func sheetXML(_ rows: [[String]]) -> Data {
        var out = TextBuffer(capacity: rows.count * 120)
        out.write("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            """)
        for (r, row) in rows.enumerated() {
            let number = String(r + 1)
            out.write("<row r=\"")
            out.write(number)
            out.write("\">")
            for (c, value) in row.enumerated() where !value.isEmpty {
                out.write("<c r=\"")
                out.write(Table.columnName(c))
                out.write(number)
                out.write(r == 0 ? "\" s=\"1\"" : "\"")
                if r > 0, ValueType.isNumber(value) {
                    out.write("><v>")
                    out.write(value)
                    out.write("</v></c>")
                } else {
                    let space = value.first?.isWhitespace == true || value.last?.isWhitespace == true || value.contains("\n")
                    out.write(space ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>")
                    out.writeXML(value)
                    out.write("</t></is></c>")
                }
            }
            out.write("</row>")
        }
        out.write("</sheetData></worksheet>")
        return Data(out.bytes)
    }
}
