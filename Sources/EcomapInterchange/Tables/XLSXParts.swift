import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small SAX readers for the parts of an `.xlsx` workbook other than its
/// sheets: the workbook's list of sheets, the relationships that say where
/// each sheet is, the shared strings and the number formats that mark dates.
///
/// Foundation's XMLParser (libxml2) does the parsing; these only collect.
/// Workbook parts never hold a DTD, so any part that has one is refused
/// before parsing (see ``XMLPart/parse(_:_:)``): no entity can expand.
enum XMLPart {
    /// Parses `bytes` with `reader`; false when the XML is malformed, cut
    /// short (Foundation's parser on Linux doesn't always say so itself) or holds a DTD.
    static func parse(_ bytes: [UInt8], _ reader: PartReader) -> Bool {
        if bytes.firstRange(of: Array("<!DOCTYPE".utf8)) != nil || bytes.firstRange(of: Array("<!ENTITY".utf8)) != nil {
            return false
        }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        return parser.parse() && reader.isComplete
    }

    /// An attribute by its local name, whatever prefix a writer gave it (`r:id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }

    /// Decodes the `_xHHHH_` escapes OOXML uses for control characters in text.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = "", rest = Substring(text)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let digits = rest[start.upperBound...].prefix(5)
            if digits.count == 5, digits.last == "_", let code = UInt32(digits.dropLast(), radix: 16),
               let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                out += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return out + rest
    }
}

/// What every part reader shares: it follows the depth of the elements, so
/// that a part cut short is told from a whole one, and hands each event on.
class PartReader: NSObject, XMLParserDelegate {
    private var depth = 0, sawRoot = false, failed = false

    /// Whether the document ended where its root element closed.
    var isComplete: Bool { sawRoot && depth == 0 && !failed }

    /// Stops the parse at the end of the element being read (the part goes past a limit).
    func abort() { failed = true }

    func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {}
    func end(_ name: String) {}
    func text(_ string: String) {}

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        sawRoot = true
        start(name, attributes, parser)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        end(name)
        if failed { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }
}

/// `xl/workbook.xml`: the sheets in order, and whether dates count from 1904.
final class WorkbookList: PartReader {
    var sheets: [(name: String, relationship: String)] = []
    var date1904 = false

    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        if name == "sheet", let sheetName = attributes["name"], let id = XMLPart.attribute("id", in: attributes) {
            sheets.append((sheetName, id))
        } else if name == "workbookPr" {
            let value = attributes["date1904"]
            date1904 = value == "1" || value == "true"
        }
    }
}

/// A `.rels` part: relationship ids and the parts they point to.
final class Relationships: PartReader {
    var targets: [String: String] = [:]

    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
            targets[id] = target
        }
    }

    /// The zip path of a target given relative to `xl/` (or absolute).
    static func path(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text, rich-text runs joined, phonetic guides left out.
final class SharedStrings: PartReader {
    var strings: [String] = []
    private var current = "", inText = false, phonetic = 0

    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        switch name {
        case "si": current = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { current += string }
    }

    override func end(_ name: String) {
        switch name {
        case "si": strings.append(XMLPart.unescape(current))
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }
}

/// `xl/styles.xml`: which cell styles show numbers as dates. Excel stores a
/// date as a number of days; only its format says it is a date.
final class DateStyles: PartReader {
    /// For each cell style (`s="3"`), whether its number format is a date or time.
    var isDate: [Bool] = []
    private var customFormats: [Int: String] = [:]
    private var inCellFormats = false

    /// Excel's built-in date and time formats.
    static let builtIn: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
            isDate.append(DateStyles.builtIn.contains(id) || customFormats[id].map(DateStyles.isDateFormat) ?? false)
        default: break
        }
    }

    override func end(_ name: String) {
        if name == "cellXfs" { inCellFormats = false }
    }

    /// Whether a format code shows a date or time: a d, m, y, h or s outside
    /// quoted text and [brackets] (`yyyy-mm-dd`, but not `0.00 "days"`).
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for c in code.lowercased() {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted, !bracket, "dmyhs".contains(c) { return true }
            }
        }
        return false
    }
}
