import EcomapCore
import EcomapTestSupport
import Foundation
import Testing
@testable import EcomapInterchange

/// Every problem an import can report, from a small bad input each, compared
/// as exact text with `Golden/import/<case>.txt`. Each names its file and,
/// where there is one, its sheet and cell; with errors, nothing is made.
@Suite struct ImportDiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: @Sendable () throws -> [(String, [UInt8])]
        var kinds: String?
        var testDescription: String { name }

        init(_ name: String, kinds: String? = nil, _ files: @escaping @Sendable () throws -> [(String, [UInt8])]) {
            self.name = name
            self.kinds = kinds
            self.files = files
        }
    }

    static func csv(_ name: String, _ text: String) -> (String, [UInt8]) { (name, Array(text.utf8)) }
    static func workbook(_ file: String, as name: String) -> @Sendable () throws -> [(String, [UInt8])] {
        { [(name, try Workbooks.bytes(file))] }
    }

    static let elements = "Label,Type\nYouth Forum,community\nSocial Care Wales,organisation\n"

    static let cases: [Case] = [
        Case("unknown-element", workbook("bad-unknown.xlsx", as: "communities.xlsx")),
        Case("formula-cell", workbook("bad-formula.xlsx", as: "communities.xlsx")),
        Case("merged-cells", workbook("bad-merged.xlsx", as: "communities.xlsx")),
        // Its header says Name, which the import now knows: it imports, as a directory.
        Case("missing-header", workbook("bad-header.xlsx", as: "communities.xlsx")),
        // No column of names in the first rows: the sheet's error, with how to say which column it is.
        Case("missing-header-unknown") { [csv("groups.csv", "Who,What\nSam,Data\n")] },
        Case("empty-sheet", workbook("bad-empty.xlsx", as: "communities.xlsx")),
        Case("duplicate-label", workbook("bad-duplicates.xlsx", as: "communities.xlsx")),
        Case("unknown-element-type", workbook("bad-types.xlsx", as: "communities.xlsx")),
        Case("zip-bomb", workbook("bomb.xlsx", as: "communities.xlsx")),
        Case("broken-workbook", workbook("bad-broken.xlsx", as: "communities.xlsx")),
        Case("not-a-spreadsheet-ods", workbook("bad-ods.xlsx", as: "communities.xlsx")),
        Case("not-a-spreadsheet-pdf") { [("communities.xlsx", Array("%PDF-1.7\n%\u{E2}\u{E3}".utf8))] },
        Case("not-a-spreadsheet-binary") { [("communities.csv", [0x4C, 0x61, 0x62, 0x65, 0x6C, 0x00, 0x01, 0x02, 0x0A])] },
        Case("xls-file") { [("communities.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))] },
        Case("text-encoding-windows-1252") {
            [("elements.csv", Array("Label,Type\nYouth Forum,community\nCaf".utf8) + [0xE9] + Array(" Cymru,community\n".utf8))]
        },
        Case("text-encoding-utf16") { [("elements.csv", [0xFF, 0xFE] + Array("Label,Type\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })] },
        Case("csv-quote") { [csv("elements.csv", "Label,Type,Description\nYouth Forum,community,\"Young people\nA,person,\n")] },
        Case("bad-blueprint-json") { [csv("map.json", "{\"elements\": [{\"label\": \"A\"")] },
        Case("bad-blueprint-shape") { [csv("map.json", "{\"nodes\": [], \"edges\": []}")] },
        Case("bad-blueprint-object") { [csv("map.json", "{\"elements\": [{\"label\": \"A\", \"type\": \"person\", \"where\": {\"x\": 1}}, 7]}")] },
        Case("no-elements") { [csv("connections.csv", "From,To\nA,B\n")] },
        Case("duplicate-column") { [csv("elements.csv", "Label,Type,Tags,tags,Funding source,Funding-source\nA,person,x,y,z,w\n")] },
        // A community grower's own list: a title row, headers in row 3 with their
        // own names, free-text funding, a totals row, no Type and no connections.
        Case("grower-list") {
            [csv("groups.csv", """
                Community audit 2024,,,,,,
                ,,,,,,
                Group name,Owner / lead,Funded?,Agency,Link,Sponser,Yammer
                Data Science CoP,Sam Patel,Yes - £5k,Environment Agency,https://example.org/ds,Director of Data,https://yammer.example/ds
                Agile CoP,,No,Natural England,,,
                Total,,,,,,
                """)]
        },
        Case("missing-header-column") { [csv("elements.csv", "Label,Type,,???\nA,person,stray,x\n")] },
        Case("missing-value") {
            [csv("elements.csv", "Label,Type\n,community\nYouth Forum,\nSocial Care Wales,organisation\n"),
             csv("connections.csv", "From,To\nSocial Care Wales,\n,Social Care Wales\n")]
        },
        Case("ambiguous-element") {
            [csv("elements.csv", "ID,Label,Type\nf1,Forum,community\nf2,Forum,community\no,Org,organisation\n"),
             csv("connections.csv", "From,To\no,f1\no,f2\no,Forum\n")]
        },
        Case("duplicate-id") { [csv("elements.csv", "ID,Label,Type\nf1,Forum,community\nf1,Youth Forum,community\n")] },
        Case("bad-direction") { [csv("elements.csv", elements), csv("connections.csv", "From,To,Direction\nSocial Care Wales,Youth Forum,both ways\n")] },
        Case("empty-csv") { [csv("elements.csv", "\n\n")] },
        Case("header-only") { [csv("elements.csv", "Label,Type\n"), csv("connections.csv", "From,To\n")] },
        // What `ecomap check` would say of the map, said of the cells it came from.
        Case("check-problems") {
            [csv("elements.csv", "Label,Type,Funded,Website,Strength\nYouth Forum,community,maybe,www.example.org,\n"
                    + "Social Care Wales,organisation,,,strong\nLonely,person,,,\n"),
             csv("connections.csv", "From,To,Type\nSocial Care Wales,Social Care Wales,informs\nSocial Care Wales,Youth Forum,infroms\n"
                    + "Social Care Wales,Youth Forum,infroms\n")]
        },
        Case("many-problems", workbook("bad-unknown.xlsx", as: "communities.xlsx")),
        // A zip bomb that gives its part a size under every limit, and inflates far past it.
        Case("zip-bomb-forged", workbook("bomb-forged.xlsx", as: "communities.xlsx")),
        // Two copies of one sheet: programs differ in which they read.
        Case("duplicate-part", workbook("zip-duplicate-part.xlsx", as: "communities.xlsx")),
        Case("unsupported-zip-zip64", workbook("zip-zip64.xlsx", as: "communities.xlsx")),
        Case("unsupported-zip-encrypted", workbook("zip-encrypted.xlsx", as: "communities.xlsx")),
        // A cell the language can't hold on one line (65,536 bytes), and a row whose cells together make such a line.
        Case("cell-too-long", workbook("bad-long-cell.xlsx", as: "communities.xlsx")),
        Case("cell-too-long-row") {
            let third = String(repeating: "y", count: 25_000)
            return [csv("elements.csv", "Label,Type,Description,Notes,Aims\nYouth Forum,community,\(third),\(third),\(third)\n"
                            + "Social Care Wales,organisation,,,\n"),
                    csv("connections.csv", "From,To,Label\nSocial Care Wales,Youth Forum,\(String(repeating: "z", count: 70_000))\n")]
        },
        // A zip whose offsets point past its end: ZIPFoundation's in-memory
        // archive trapped on it (FuzzImport's second finding).
        // A deflated part whose stream never ends: ZIPFoundation's reader
        // waited for ever at the end of the file (FuzzImport's third finding).
        Case("zip-stream-never-ends") {
            [("communities.xlsx", Array(try Data(contentsOf: URL(fileURLWithPath: Package.path("Tests/EcomapInterchangeTests/Fixtures/zip-stream-never-ends.xlsx")))))]
        },
        Case("zip-offsets-past-end") {
            [("communities.xlsx", Array(try Data(contentsOf: URL(fileURLWithPath: Package.path("Tests/EcomapInterchangeTests/Fixtures/zip-offsets-past-end.xlsx")))))]
        },
    ]

    @Test(arguments: cases)
    func golden(_ c: Case) throws {
        var files = try c.files()
        if c.name == "many-problems" {
            files += [Self.csv("more.csv", "Label,Type\nYouth Forum,club\n,person\n"), ("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])]
        }
        let options = Importer.Options(kinds: try c.kinds.map { try KindMap(parsing: $0) } ?? KindMap())
        let result = Importer.importFiles(files.map { (name: $0.0, bytes: $0.1) }, options: options)
        #expect(!result.diagnostics.isEmpty)
        if result.diagnostics.hasErrors { #expect(result.bytes == nil, "an import with errors makes nothing") }
        let text = DiagnosticFormatter(colour: false).format(result.diagnostics, sources: [:], limit: 50)
        Golden.assertMatches(text, "import/\(c.name).txt")
        // Spreadsheet problems are placed by cell, never by a line the user has no file for.
        #expect(result.diagnostics.allSatisfy { $0.range.line == 0 && !$0.file.isEmpty })
    }

    /// Every code an import can give is in the docs and a golden case.
    @Test func everyCodeIsDocumentedAndTested() throws {
        let docs = try String(contentsOfFile: Package.path("docs/diagnostics.md"), encoding: .utf8)
        let folder = Golden.directory(for: #filePath).appendingPathComponent("import")
        let goldens = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(Golden.gotSuffix) }
        let said = try goldens.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }.joined()
        for code in DiagnosticCode.importSection.codes {
            #expect(docs.contains("`\(code.name)`"), "\(code.name) is not in docs/diagnostics.md")
            #expect(said.contains("[\(code.name)]"), "no golden case gives \(code.name)")
        }
    }

    /// Diagnostics with a cell say so in JSON, and read back.
    @Test func cellInJSON() throws {
        let d = Diagnostic(.unknownElement, "unknown element 'Youth forum'", hint: "did you mean 'Youth Forum'?",
                           file: "communities.xlsx", at: .none, cell: "Connections!B7")
        let data = try JSONEncoder().encode(d)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["cell"] as? String == "Connections!B7")
        #expect(try JSONDecoder().decode(Diagnostic.self, from: data) == d)
        let plain = Diagnostic(.syntax, "x", file: "a.ecomap", at: SourceRange(line: 1, column: 1))
        #expect((try JSONSerialization.jsonObject(with: try JSONEncoder().encode(plain)) as? [String: Any])?["cell"] == nil)
        #expect(DiagnosticFormatter().format(d, source: nil)
            == "communities.xlsx: Connections!B7: error: unknown element 'Youth forum' [unknown-element]\nhint: did you mean 'Youth Forum'?\n")
    }

    /// Broken input of every kind gives diagnostics, never a crash or a hang:
    /// the start of each kind of file, then bytes drawn from a fixed seed
    /// (the same on every run; FuzzImport tries new ones).
    @Test(arguments: [1, 2, 3] as [UInt64])
    func anyBytesGiveDiagnostics(_ seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let starts: [[UInt8]] = [Array("PK\u{3}\u{4}".utf8), Array("{\"elements\": ".utf8), Array("Label,Type\n\"".utf8), [0xEF, 0xBB, 0xBF]]
        for start in starts {
            for length in [0, 1, 10, 300] {
                let bytes = start + (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                let result = Importer.importFiles([(name: "x", bytes: bytes)])
                #expect(result.diagnostics.hasErrors || result.bytes != nil, "seed \(seed): \(bytes)")
            }
        }
    }
}

/// Imports of tables of millions of cells, in process: seconds each.
@Suite(.tags(.largeInput)) struct ImportLargeInputTests {
    /// Inputs small as files but huge as tables are refused before they take the memory.
    @Test func hugeTables() throws {
        let wide = Importer.importFiles([(name: "wide.xlsx", bytes: try Workbooks.bytes("bad-wide.xlsx"))])
        #expect(wide.diagnostics.map(\.code.name) == ["broken-workbook"])
        #expect(wide.diagnostics.first?.message.contains("over 20 million cells") == true)
        let commas = Importer.importFiles([(name: "commas.csv", bytes: [UInt8](repeating: 0x2C, count: 20_000_001))])
        #expect(commas.diagnostics.map(\.code.name) == ["file-too-large"])
    }
}
