/// The smallest `.xlsx` workbook Excel, LibreOffice and openpyxl all open:
/// a zip (``ZipWriter``, deflated) of the content types, relationships, a
/// workbook, a bold style for the header row, and one part per sheet.
///
/// The parts are written by hand because no library on the mirror writes
/// SpreadsheetML; the XML is plain, cells hold inline strings (no shared
/// string table to keep in step) or numbers. Every entry has the same date,
/// so the same map gives the same bytes.
enum XLSXWriter {
    static func workbook(_ sheets: [(name: String, rows: [[String]])]) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes(sheets.count).utf8))
        zip.add("_rels/.rels", Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="xl/workbook.xml"/></Relationships>
            """.utf8))
        zip.add("xl/workbook.xml", Array(workbookXML(sheets.map(\.name)).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheets.count).utf8))
        zip.add("xl/styles.xml", Array(styles.utf8))
        for (i, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(i + 1).xml", sheetXML(sheet.rows)) }
        return zip.finish()
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

    private static func sheetXML(_ rows: [[String]]) -> [UInt8] {
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
        return out.bytes
    }
}
