import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// Every diagnostic ecomap can give, each from a small map, compared as exact
/// text with `Golden/diagnostics/<case>.txt`.
@Suite struct DiagnosticGoldenTests {
    /// A map written to show one problem (sometimes a few of one kind).
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var testDescription: String { name }

        init(_ name: String, _ text: String) { self.name = name; bytes = Array(text.utf8) }
        init(_ name: String, bytes: [UInt8]) { self.name = name; self.bytes = bytes }
    }

    static let header = "map \"Test\"\n"

    static let cases: [Case] = [
        Case("empty-file", ""),
        Case("empty-file-whitespace", "  \n\t\n"),
        Case("binary-file", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x0A]),
        Case("invalid-utf8", bytes: Array("map \"Caf".utf8) + [0xE9] + Array("\"\norganisation a \"A\"\na -> a\nperson b \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8)),
        Case("line-too-long", header + "organisation a \"A\"\n" + String(repeating: "x", count: 70_000) + "\n"),
        Case("syntax-start", header + "\"Social Care Wales\"\n"),
        Case("syntax-symbol", header + "@scw -> x\n"),
        Case("syntax-alone", header + "organisation scw \"SCW\"\nscw\n"),
        Case("syntax-arrow-lookalike", header + "organisation a \"A\"\norganisation b \"B\"\na → b\na <=> b\n"),
        Case("syntax-chain", header + "person a\nperson b\nperson c\na -> b -> c\n"),
        Case("syntax-missing-id", header + "organisation \"Social Care Wales\"\n"),
        Case("syntax-missing-target", header + "person a\na -> \"b\"\n"),
        Case("syntax-missing-type", header + "person a\nperson b\na -> b : \"informs\"\n"),
        Case("syntax-attribute-name", header + "person a [\"x\": y]\n"),
        Case("syntax-attribute-colon", header + "person a [role host]\n"),
        Case("syntax-attribute-separator", header + "person a [role: host; in: x]\n"),
        Case("syntax-missing-value", header + "person a [role: , in: x]\n"),
        Case("syntax-list-separator", header + "person a [tags: [a b]]\n"),
        Case("syntax-trailing", header + "person a \"A\" \"again\"\n"),
        Case("syntax-invisible", header + "person\u{00A0}a \"A\"\nperson b\u{200B} \"B\"\n"),
        Case("syntax-stray-bracket", header + "person a \"A\" ]\n"),
        Case("unterminated-string", header + "person a \"Social care practitioners\nperson b \"B\" [role: \"lead]\n"),
        Case("unterminated-string-then-links", header + "person a \"Social care practitioners\nperson b\na -> b\nb -> c\n"),
        Case("unterminated-list", header + "person a \"A\" [role: lead\nperson b \"B\" [tags: [x, y]\n"),
        Case("unknown-escape", header + "person a \"C:\\Users\\x\"\n"),
        Case("invalid-character", header + "person a \"Alarm\u{07}\"\nperson b [role: \"x\u{1B}[31m\"]\nperson c \"\u{FFFE}\"\na -> b\n"),
        Case("curly-quote", header + "organisation scw “Social Care Wales”\nperson “x”\n"),
        Case("unknown-kind", header + "organsation scw \"Social Care Wales\"\npeople p \"People\"\n"),
        Case("duplicate-header", header + "organisation a \"A\"\nmap \"Again\"\n"),
        Case("no-nodes", "# A map with only comments\nmap \"Nothing yet\" [source: notes]\n"),
        Case("duplicate-id", header + "person practitioners \"Practitioners\"\nperson practitioners \"Practitioners again\"\npractitioners -> practitioners\n"),
        Case("unknown-node", header + "organisation scw \"SCW\"\nperson practitioners \"Practitioners\"\nscw -> practioners : informs\nscw -> nobody\n"),
        Case("unknown-node-in", header + "organisation scw \"SCW\"\nperson a \"A\" [in: scv]\n"),
        Case("unknown-node-in-list", header + "organisation scw \"SCW\"\nperson a \"A\" [in: [scw, practitoners]]\na -> scw\n"),
        Case("unknown-node-via", header + "platform video \"Video\"\nperson a\nperson b\na -> b [via: vidoe]\n"),
        Case("bad-value-strength", header + "person a\nperson b\na -> b [strength: weeak]\na <-> b [strength: \"very strong\"]\n"),
        Case("bad-value-closeness", header + "organisation a\norganisation b\na -- b [closeness: far]\n"),
        Case("bad-value-funded", header + "community c \"C\" [funded: maybe]\nperson p\np -> c\n"),
        Case("bad-value-url", header + "organisation a \"A\" [url: www.example.org]\norganisation b \"B\" [url: \"javascript:alert(1)\"]\na -- b\n"),
        Case("bad-value-colour", header + "organisation a \"A\" [colour: blu]\norganisation b \"B\" [color: \"#12345\"]\na -- b\n"),
        Case("bad-value-list", header + "organisation a \"A\" [role: [host, lead]]\nperson p\np -> a\n"),
        Case("bad-value-in-kind", header + "platform video\nperson a \"A\" [in: video]\nperson b [in: b]\na -> b\n"),
        Case("bad-value-map-id", "map \"Test\" [id: \"scw current!\"]\nperson a\nperson b\na -> b\n"),
        Case("membership-cycle", header + "organisation a \"A\" [in: b]\norganisation b \"B\" [in: a]\n"),
        Case("isolated-node", header + "organisation scw \"SCW\"\nperson a\nperson b\na -> b\n"),
        // People and communities may link to themselves (peer links); organisations and platforms not.
        Case("self-link", header + "organisation a\nplatform b\nperson c\na -> a\nb <-> b\nc <-> c : meets\na -> c\nc -> b\n"),
        Case("duplicate-link", header + "person a\nperson b\na -> b : informs\nb <- a : informs\na <-> b\nb <-> a\n"),
        Case("duplicate-attribute", header + "person a [role: lead, role: member]\nperson b\na -> b\n"),
        Case("unknown-attribute", header + "person a [rloe: lead]\nperson b\na -> b [strenght: weak]\n"),
        Case("misplaced-attribute", header + "person a [strength: weak]\nperson b [sponsor: x]\na -> b [sponsor: x]\n"),
        Case("unknown-type", header + "person a\nperson b\na -> b : infroms\na -> b : mentors\n"),
        Case("via-not-platform", header + "person a\nperson b\nperson c\na -> b [via: c]\n"),
        Case("duplicate-style", header + "style organisation [colour: teal]\nstyle organisation [colour: grey, colur: red]\nstyle persn [colour: red]\nstyle community\norganisation a\norganisation b\na -- b\n"),
        Case("welsh-columns", header + "person ŵyr \"Ŵyr\" [rôl: x]\nŵyr -> ŷd\n"),
        Case("tab-indent", header + "person a\n\ta -> bb\n"),
        Case("crlf", "map \"Test\"\r\nperson a\r\na -> b\r\n"),
        Case("many-errors", header + String(repeating: "a -> b\n", count: 60)),
    ]

    @Test(arguments: cases)
    func diagnostics(_ c: Case) {
        let document = MapDocument(source: SourceText(name: "\(c.name).ecomap", bytes: c.bytes))
        let text = DiagnosticFormatter().format(document.diagnostics,
                                                sources: [document.source.name: document.source], limit: 50)
        Golden.assertMatches(text, "diagnostics/\(c.name).txt")
    }

    /// `check --lang cy`: every text with no Welsh, and none where the map
    /// gives Welsh, repeats a name, or holds only a number or an address.
    @Test func missingWelsh() {
        let document = MapDocument(name: "missing-welsh.ecomap", text: """
            map "Youth services" [cy: "Gwasanaethau ieuenctid", description: "Who works with young people", source: "Workshop, May 2024", source-cy: "Gweithdy, Mai 2024"]
            organisation council "Cardiff Council" [cy: "Cyngor Caerdydd", description: "The local authority", sponsor: "Head of Youth Services", funding: "Core budget", funding-cy: "Cyllideb graidd"]
            platform padlet "Padlet" [cy: "Padlet", contacts: ["youth@example.org"], leads: ["Two youth workers", "A volunteer"]]
            person workers "Youth workers" [interests: [sport, music], interests-cy: [chwaraeon, cerddoriaeth]]
            community forum "Youth forum" [url: https://example.org]
            council -> workers : funds "grant" [cy: "grant"]
            workers <-> forum : meets "weekly sessions" [frequency: "twice a week", description: "Held in the library", description-cy: "Yn y llyfrgell"]
            workers -> padlet : uses [frequency: weekly]
            forum -> council : informs "2024"
            """)
        #expect(document.diagnostics.isEmpty)
        let text = DiagnosticFormatter().format(document.missingWelsh(), sources: [document.source.name: document.source], limit: 50)
        Golden.assertMatches(text, "diagnostics/missing-welsh.txt")
        #expect(MapDocument(name: "cy.ecomap", text: "map \"A\" [cy: \"A\"]\nperson a [cy: b]\n").missingWelsh().isEmpty)
    }

    /// Problems with the files themselves rather than their text.
    @Test func fileProblems() throws {
        let scratch = try Scratch()
        var found: [Diagnostic] = []
        for path in [scratch.path("missing.ecomap"), scratch.url.path] {
            #expect(throws: Diagnostic.self) { try FileIO.contents(of: path) }
            do { _ = try FileIO.contents(of: path) } catch { found.append(error) }
        }
        let big = try scratch.write("big.ecomap", String(repeating: "# x\n", count: 300))
        do { _ = try FileIO.contents(of: big, limit: 1_000) } catch { found.append(error) }
        do { try FileIO.writeAtomically("x", to: scratch.path("no/such/folder/out.json")) } catch { found.append(error) }
        // A named pipe with no writer: opened as it is, reading it would wait for ever.
        let pipe = scratch.path("pipe.ecomap")
        #expect(mkfifo(pipe, 0o600) == 0)
        do { _ = try FileIO.contents(of: pipe) } catch { found.append(error) }
        #expect(FileIO.problemWithKind(of: pipe)?.code == .notAFile)
        #expect(FileIO.problemWithKind(of: big) == nil && FileIO.problemWithKind(of: scratch.url.path) == nil)
        #expect(found.count == 5)
        let text = DiagnosticFormatter().format(found, sources: [:], limit: 50)
            .replacingOccurrences(of: scratch.url.path, with: "<scratch>")
        Golden.assertMatches(text, "diagnostics/file-problems.txt")
    }

    /// The core's codes each have a name of their own, a meaning and a remedy.
    @Test func coreCodesSayWhatTheyMean() {
        let codes = DiagnosticCode.coreSections.flatMap(\.codes)
        #expect(Set(codes.map(\.name)).count == codes.count)
        for code in codes { #expect(!code.meaning.isEmpty && !code.remedy.isEmpty, "\(code.name)") }
    }
}
