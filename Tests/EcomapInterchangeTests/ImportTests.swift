import EcomapCore
import EcomapTestSupport
import Foundation
import Testing
@testable import EcomapInterchange

/// `ecomap import`: Kumu's layout from CSV, .xlsx and blueprints, made into a
/// map that reads back as itself and passes `check --strict`.
@Suite struct ImportTests {
    /// Imports, and checks what every import must be: no problems, and text
    /// that the parser reads back as the same map, with no diagnostics at all.
    func imported(_ files: [(String, [UInt8])], kinds: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> EcosystemMap {
        let options = Importer.Options(kinds: try kinds.map { try KindMap(parsing: $0) } ?? KindMap())
        let result = Importer.importFiles(files.map { (name: $0.0, bytes: $0.1) }, options: options)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        let text = try #require(result.text, sourceLocation: sourceLocation)
        let document = MapDocument(name: "imported.ecomap", text: text)
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        #expect(Same.map(document.map, try #require(result.map)), "the text reads back as another map", sourceLocation: sourceLocation)
        return document.map
    }

    static let elements = "\u{FEFF}Label,Type,Description,Tags,Label (cy),Funding source\r\n"
        + "Social Care Wales,ORGANIZATION,\"The regulator, in Cardiff\",host|bilingual,Gofal Cymdeithasol Cymru,Welsh Government\r\n"
        + "Yammer,tool,,,,\r\n"
        + "Social workers,People,\"Practitioners\r\nacross \"\"all\"\" of Wales\",,,\r\n"
        + "Youth Forum,group,,,Fforwm Ieuenctid,\r\n"
    static let connections = "From,To,Type,Direction,Label,Strength\n"
        + "Social Care Wales,Social workers|Youth Forum,Informs,directed,newsletter,weak\n"
        + "Social workers,Yammer,uses,,,\n"
        + "\n"
        + "Social workers,Youth Forum,participates,mutual,,\n"
        + "Social Care Wales,Yammer,,undirected,,\n"

    @Test func csvFiles() throws {
        let map = try imported([("elements.csv", Array(Self.elements.utf8)), ("connections.csv", Array(Self.connections.utf8))])
        #expect(map.nodes.map(\.id) == ["social-care-wales", "yammer", "social-workers", "youth-forum"])
        #expect(map.nodes.map(\.kind) == [.organisation, .platform, .person, .community])
        let scw = try #require(map["social-care-wales"])
        #expect(scw.description == "The regulator, in Cardiff")
        #expect(scw.tags == ["host", "bilingual"])
        #expect(scw.welshLabel == "Gofal Cymdeithasol Cymru")
        #expect(scw.attributes.text("funding") == "Welsh Government")
        #expect(map["social-workers"]?.description == "Practitioners\nacross \"all\" of Wales")
        #expect(map.links.count == 5)
        #expect(map.links.map(\.to) == ["social-workers", "youth-forum", "yammer", "youth-forum", "yammer"])
        #expect(map.links.map(\.direction) == [.oneWay, .oneWay, .oneWay, .twoWay, .undirected])
        #expect(map.links[0].type == "informs" && map.links[0].label == "newsletter" && map.links[0].strength == .weak)
        #expect(map.title == "elements")
    }

    /// A Welsh column beside its English one becomes the text's Welsh
    /// partner (issue 21): "X (cy)", "X (Welsh)", "X Cymraeg"; and export
    /// writes each partner back as "X (cy)".
    @Test func welshColumnsArePartners() throws {
        let elements = "Label,Label (Welsh),Type,Description,Description Cymraeg,Funding,Funding (cy)\n"
            + "Youth committee,Pwyllgor Ieuenctid,community,Young people who advise,Pobl ifanc sy'n cynghori,A small grant,Grant bach\n"
            + "Council,Cyngor,organisation,,,,\n"
        let connections = "From,To,Type,Label,Label (cy),Description,Description (Welsh)\n"
            + "Council,Youth committee,funds,core budget,cyllideb graidd,Every year,Bob blwyddyn\n"
        let map = try imported([("e.csv", Array(elements.utf8)), ("c.csv", Array(connections.utf8))])
        let committee = try #require(map["youth-committee"])
        #expect(committee.welshLabel == "Pwyllgor Ieuenctid")
        #expect(committee.text("description", in: .cy) == "Pobl ifanc sy'n cynghori")
        #expect(committee.text("funding", in: .cy) == "Grant bach" && committee.text("funding", in: .en) == "A small grant")
        let link = try #require(map.links.first)
        #expect(link.label(in: .cy) == "cyllideb graidd" && link.label(in: .en) == "core budget")
        #expect(link.text("description", in: .cy) == "Bob blwyddyn")
        let tables = KumuTables(map)
        #expect(tables.elements[0].contains("Description (cy)") && tables.elements[0].contains("funding (cy)"))
        #expect(tables.connections[0].contains("Label (cy)") && tables.connections[0].contains("Description (cy)"))
    }

    @Test func semicolonsFromEuropeanExcel() throws {
        let elements = "Label;Type;Score\nA;person;\"1,5\"\nB;person;2\n"
        let map = try imported([("e.csv", Array(elements.utf8)), ("c.csv", Array("From;To\nA;B\n".utf8))])
        #expect(map["a"]?.attributes.text("score") == "1,5")
        #expect(map.links.count == 1)
    }

    /// Quoted fields as RFC 4180 has them, and as spreadsheets bend it: every
    /// field quoted, empty quoted fields, doubled quotes, separators and line
    /// breaks inside quotes, text after a closing quote (kept, as Excel keeps
    /// it), a quote inside an unquoted field (text). CSV.swift, which did
    /// the quoted records, read `"Hub"s` as `Hub"` and took the rest of the
    /// record into it.
    @Test func quotedFields() throws {
        let csv = "\"Label\",\"Type\",\"Description\",\"Notes\"\r\n"
            + "\"Hub\"s,\"community\",\"\",\"a, b\"\r\n"
            + "\"Say \"\"hi\"\"\",person,\"two\r\nlines\",a \"b\" c\r\n"
            + "\"Last\",\"person\",,\"\"\"\"\n"
        let table = try #require(CSVTable.read(Array(csv.utf8), file: "e.csv").table)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Label", "Type", "Description", "Notes"],
            ["Hubs", "community", "", "a, b"],
            ["Say \"hi\"", "person", "two\r\nlines", "a \"b\" c"],
            ["Last", "person", "", "\""],
        ])
        #expect(table.rows[1].cells[2] == .empty && table.rows[3].cells[2] == .empty)
    }

    @Test func blueprint() throws {
        let json = """
            {"elements": [{"label": "A", "type": "Person", "count": 13, "share": 0.5, "tags": ["x", "y"], "active": true},
                          {"label": "B", "type": "community", "Favourite Dessert": "shave ice"}],
             "connections": [{"from": "A", "to": "B", "direction": "mutual", "type": "likes"}]}
            """
        let map = try imported([("map.json", Array(json.utf8))])
        let a = try #require(map["a"])
        #expect(a.attributes.text("count") == "13" && a.attributes.text("share") == "0.5")
        #expect(a.tags == ["x", "y"] && a.attributes.text("active") == "true")
        #expect(map["b"]?.attributes.text("favourite-dessert") == "shave ice")
        #expect(map.links.first?.direction == .twoWay && map.links.first?.type == "likes")
    }

    @Test func workbookFromOpenpyxl() throws {
        let map = try imported([("kumu.xlsx", try Workbooks.bytes("kumu.xlsx"))])
        #expect(map.nodes.count == 4 && map.links.count == 5)
        #expect(map["social-workers"]?.description == "Practitioners\nacross Wales")
        #expect(map["youth-forum"]?.welshLabel == "Fforwm Ieuenctid")
        // "Hosts" in the Type column is a type like any other, written as ecomap writes types.
        #expect(map.links.last?.type == "hosts" && map.links.last?.direction == .undirected)
    }

    @Test func workbooksFromLibreOffice() throws {
        let folder = Interchange.fixtures
        let files = try ["libreoffice-elements.xlsx", "libreoffice-connections.xlsx"].map { name in
            (name, Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
        let map = try imported(files)
        #expect(map.nodes.count == 4 && map.links.count == 4)
        let scw = try #require(map["social-care-wales"])
        #expect(scw.attributes.text("last-reviewed") == "2019-11-04")
        #expect(scw.attributes.text("members") == "12")
        #expect(scw.description == "The regulator, in Cardiff")
    }

    /// The Defra landscape as a spreadsheet: types mapped with --kind-map,
    /// dates, numbers and booleans as Excel stores them, an (ignore) sheet with a formula.
    @Test func defraWorkbook() throws {
        let map = try imported([("defra.xlsx", try Workbooks.bytes("defra.xlsx"))], kinds: DefraWorkbook.kinds)
        #expect(map.countsByKind[.community] == 11)
        let edi = try #require(map["equality-diversity-and-inclusion-network"])
        #expect(edi.attributes.text("sponsor") == "Director of HR")
        #expect(edi.attributes.text("funded") == "yes")
        #expect(edi.attributes.text("funding") == "HR budget")
        #expect(edi.attributes.text("leads") == "Two co-chairs")
        #expect(edi.attributes.text("last-reviewed") == "2019-10-01")
        #expect(edi.attributes.text("members") == "420")
        #expect(edi.attributes.text("type") == "Staff network")
        #expect(map["race-network-2"]?.attributes.text("funded") == "partly")
        #expect(map["welsh-language-network"]?.attributes.text("funded") == "no")
        #expect(map["data-science-community"]?.attributes.text("last-reviewed") == "2019-11-04 15:40")
    }

    @Test func idsAreUniqueAndStable() {
        #expect(Identifiers.ids(for: ["Youth Forum", "Youth forum!", "ED&I network", "Ŵyl y Gân", "???"])
            == ["youth-forum", "youth-forum-2", "ed-i-network", "ŵyl-y-gân", "element"])
        // The same labels in another order keep their ids: the first in code-point order has the plain one.
        #expect(Identifiers.ids(for: ["Youth forum!", "Youth Forum"]) == ["youth-forum-2", "youth-forum"])
        #expect(Identifiers.ids(for: ["a", "a 2"], taken: ["a"]) == ["a-2", "a-2-2"])
        #expect(Identifiers.slug("Funding source") == "funding-source")
        #expect(Identifiers.isValid("rpa.north") && !Identifiers.isValid("a--b") && !Identifiers.isValid("-a"))
    }

    @Test func sameInputSameBytes() throws {
        let files: [(name: String, bytes: [UInt8])] = [("e.csv", Array(Self.elements.utf8)), ("c.csv", Array(Self.connections.utf8))]
        #expect(Importer.importFiles(files).bytes == Importer.importFiles(files).bytes)
    }

    @Test func kindMap() throws {
        let map = try KindMap(parsing: "Staff network=community, Agency = organisation")
        #expect(map.kind(for: " staff NETWORK ") == .community && map.kind(for: "Company") == .organisation)
        #expect(map.kind(for: "Profession") == nil)
        #expect(throws: KindMap.KindMapError.self) { try KindMap(parsing: "Staff network") }
        #expect(throws: KindMap.KindMapError.self) { try KindMap(parsing: "Staff network=club") }
    }

    @Test func excelDates() {
        #expect(ExcelDate.text(serial: 43773.652_777_8, date1904: false) == "2019-11-04 15:40")
        #expect(ExcelDate.text(serial: 1, date1904: false) == "1900-01-01")
        #expect(ExcelDate.text(serial: 61, date1904: false) == "1900-03-01")
        #expect(ExcelDate.text(serial: 42311, date1904: true) == "2019-11-04")
        #expect(ExcelDate.numberText(13, written: "13.0") == "13" && ExcelDate.numberText(0.5, written: "0.5") == "0.5")
        #expect(DateStyles.isDateFormat("yyyy-mm-dd") && DateStyles.isDateFormat("[$-809]dd mmmm yyyy"))
        #expect(!DateStyles.isDateFormat("0.00 \"days\"") && !DateStyles.isDateFormat("General"))
    }
}

/// The Defra workbook's types, as a user would map them.
enum DefraWorkbook {
    static let kinds = "Staff network=community,Yammer group=community,Community of practice=community,Profession=community"
}

/// Two maps are the same map: the same nodes (id, kind, label, attributes)
/// and links (ends, direction, type, label, attributes) in the same order,
/// whatever the order of attributes and whether one value is written as a
/// list of one.
enum Same {
    static func map(_ a: EcosystemMap, _ b: EcosystemMap) -> Bool {
        a.nodes.count == b.nodes.count && a.links.count == b.links.count
            && zip(a.nodes, b.nodes).allSatisfy { x, y in
                x.id == y.id && x.kind == y.kind && x.label == y.label && attributes(x.attributes) == attributes(y.attributes)
            }
            && zip(a.links, b.links).allSatisfy { x, y in
                x.from == y.from && x.to == y.to && x.direction == y.direction && x.type == y.type && x.label == y.label
                    && attributes(x.attributes) == attributes(y.attributes)
            }
    }

    static func attributes(_ a: Attributes) -> [String: [String]] {
        Dictionary(a.all.map { ($0.key, $0.value.items) }, uniquingKeysWith: { $1 })
    }
}
