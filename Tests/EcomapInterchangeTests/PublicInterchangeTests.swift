import Foundation
import Testing
// The public API only: no @testable here, so this file sees what a program using the library sees.
import EcomapCore
import EcomapInterchange
import EcomapTestSupport

/// Spreadsheet in, every format out, and the audit, through the public API
/// alone: what the DocC catalogue's example does.
@Suite struct PublicInterchangeTests {
    static let elements = "Label,Type,Label (cy),Sponsor\nSocial Care Wales,organisation,Gofal Cymdeithasol Cymru,\n"
        + "Youth Forum,Staff network,Fforwm Ieuenctid,Director\nYouth forum!,group,,\n"
    static let connections = "From,To,Direction\nSocial Care Wales,Youth Forum,mutual\nSocial Care Wales,Youth forum!,\n"

    @Test func importExportAudit() throws {
        let kinds = try KindMap(parsing: "Staff network=community")
        let result = Importer.importFiles([("youth-elements.csv", Array(Self.elements.utf8)), ("c.csv", Array(Self.connections.utf8))],
                                          options: Importer.Options(kinds: kinds))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let map = try #require(result.checked)
        #expect(map.identifier == "youth" && map.nodes.map(\.id) == ["social-care-wales", "youth-forum", "youth-forum-2"])
        #expect(result.summary?.nodes == 3 && result.text?.contains("community youth-forum \"Youth Forum\"") == true)
        // What import writes is a map ecomap reads with no problems.
        #expect(MapDocument(name: "youth.ecomap", text: try #require(result.text)).diagnostics.isEmpty)

        #expect(GraphMLExporter.graphml(map).contains("<graph id=\"youth\" edgedefault=\"directed\">"))
        #expect(GEXFExporter.gexf(map).contains("<edge id=\"0\" source=\"social-care-wales\" target=\"youth-forum\" type=\"mutual\">"))
        #expect(MermaidExporter.flowchart(map).contains("n0 <--> n1"))
        let csv = TableExporter.csv(map)
        #expect(String(decoding: csv.connections, as: UTF8.self).contains("social-care-wales,youth-forum,,mutual,"))
        #expect(TableExporter.xlsx(map).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(KumuJSONExporter.blueprint(map).contains("\"direction\" : \"mutual\""))

        let audit = Audit(map)
        let pair = try #require(audit.duplicates.first)
        #expect(pair.reasons.map(\.reason) == [.sameLabel])
        #expect(pair.reasons.first?.detail(in: .cy).contains("yr un geiriau") == true)
        #expect(audit.gaps.first?.missing == [.description, .funded, .leadsOrContacts, .url])
        #expect(AuditReport.text(audit, map: map).hasPrefix("Audit of youth: 2 communities\n"))
        #expect(AuditReport.json(audit, map: map).contains("\"reason\" : \"same-label\""))
        #expect(AuditReport.csv(audit, map: map).hasPrefix("finding,node,label,other node,other label,detail,score\n"))
    }

    /// Every import problem's code says what it means and what to do, under a name of its own.
    @Test func importCodesSayWhatTheyMean() {
        let codes = DiagnosticCode.importSection.codes
        #expect(Set(codes.map(\.name)).count == codes.count)
        for code in codes {
            #expect(!code.meaning.isEmpty && !code.remedy.isEmpty, "\(code.name)")
            #expect(code.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(code.name)")
        }
    }
}
