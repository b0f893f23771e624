import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// What fuzzing and fault tests found in the core (issue 15), each kept as a test.
@Suite struct RobustnessTests {
    /// A file that ends inside a statement, with no final newline, was read
    /// one byte past its end (`Reader.here()` asked for the column after the
    /// last byte). Debug builds check every access to the bytes, so each of
    /// these traps if anything reads past the end; the places are exact.
    @Test(arguments: [
        ("person a [in:", "1:14", "syntax"),
        ("map \"T\"\nperson", "2:7", "syntax"),
        ("person a\na ->", "2:5", "syntax"),
        ("person a\nperson b\na -> b :", "3:9", "syntax"),
        ("person a \"", "1:10", "unterminated-string"),
        ("person a [in: [x,", "1:15", "unterminated-list"),
        ("person \u{00E9}", "1:8", "isolated-node"),
    ])
    func endOfFileInsideAStatement(_ text: String, _ place: String, _ code: String) {
        var bytes = Array(text.utf8)
        // The bytes end exactly where the file does: nothing after them to read by mistake.
        bytes.reserveCapacity(bytes.count)
        let document = MapDocument(source: SourceText(name: "f.ecomap", bytes: bytes))
        let first = document.diagnostics.first { $0.code.name == code }
        #expect(first.map { "\($0.range.line):\($0.range.column)" } == place, "\(document.diagnostics)")
    }

    /// `Parallel.map` gave every result back but kept its own copy: each
    /// checked map leaked its checks' results (2 GB over 743,000 documents).
    @Test func parallelMapReleasesItsResults() {
        let before = Counted.live.value
        do {
            let results = Parallel.map(1_000) { _ in Counted() }
            #expect(results.count == 1_000)
        }
        #expect(Counted.live.value == before, "every result is freed once the caller lets go")
    }

    /// Past ``DiagnosticList/limit``, problems are counted, not kept: a file of
    /// identical lines took 60 times its size in memory.
    @Test func problemsPastTheLimitAreCounted() {
        let lines = DiagnosticList.limit * 2
        let text = "map \"T\"\n" + String(repeating: "person a\n", count: lines) + "a -> nobody\n"
        let document = MapDocument(name: "many.ecomap", text: text)
        #expect(document.errorCount == lines)
        #expect(document.diagnostics.count == DiagnosticList.limit)
        #expect(document.checked == nil)
        // Kept in the order of the file, the first ones first: the second
        // line declares `a` again, the unknown node at the end is past the limit.
        #expect(document.diagnostics.first?.range.line == 3)
        #expect(document.diagnostics.allSatisfy { $0.code.name == "duplicate-id" })
        let text2 = "map \"T\"\nperson a\n" + String(repeating: "person a\n", count: 5) + (0..<lines).map { "person w\($0)\n" }.joined()
        let warned = MapDocument(name: "w.ecomap", text: text2)
        #expect(warned.errorCount == 5 && warned.warningCount == lines + 1)
        #expect(warned.diagnostics.filter { $0.severity == .error }.count == 5, "errors are kept before warnings")
        let formatted = DiagnosticFormatter().format(warned.diagnostics, sources: [:], limit: 3,
                                                     totals: (warned.errorCount, warned.warningCount))
        #expect(formatted.hasSuffix("... and \(lines + 3) more (5 errors and \(lines + 1) warnings in all)\n"))
    }

    /// Control characters (but tab) and U+FFFE/U+FFFF in text are refused,
    /// with the code point named, where they were written: an SVG holding
    /// one is not XML, and a browser shows nothing.
    @Test func controlCharactersAreRefused() throws {
        var values = (0x01...0x1F).filter { $0 != 0x09 && $0 != 0x0A }.map { UInt32($0) }
        values += [0xFFFE, 0xFFFF]
        for value in values {
            let c = String(Character(Unicode.Scalar(value)!))
            let hex = String(value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            for (text, column) in [("map \"T\(c)\"\nperson a\n", 7), ("person a \"A\(c)\"\n", 12),
                                   ("person a [role: \"x\(c)\"]\n", 19), ("person a [role: x\(c)]\n", 18),
                                   ("person a [tags: [x, y\(c)]]\n", 22)] {
                let document = MapDocument(name: "c.ecomap", text: text)
                let found = document.diagnostics.first { $0.code.name == "invalid-character" }
                #expect(found?.message.contains(code) == true, "\(code) in \(text.debugDescription): \(document.diagnostics)")
                #expect(found?.range.column == column, "\(code) in \(text.debugDescription)")
                #expect(document.checked == nil)
            }
        }
        // Tab, a line break written \n, and other unusual characters stay.
        let fine = MapDocument(name: "ok.ecomap", text: "person a \"A\tB\\nC\u{7F}\u{85}\u{FFFD}\u{200F}\"\nperson b\na -> b\n")
        #expect(fine.checked != nil, "\(fine.diagnostics)")
    }

    /// A map built in code has no parser in front of it: the check refuses it there.
    @Test func controlCharactersInAMapBuiltInCode() {
        let map = EcosystemMap(title: "Bell\u{07}", nodes: [Node(id: "a", kind: .person, label: "A\u{1B}[31m"), Node(id: "b", kind: .person)],
                               links: [Link(from: "a", to: "b", label: "x\u{FFFF}")])
        let document = MapDocument(map: map)
        #expect(document.checked == nil)
        #expect(document.diagnostics.filter { $0.code.name == "invalid-character" }.map(\.message) == [
            "text can't hold the control character U+0007", "text can't hold the control character U+001B (escape)",
            "text can't hold U+FFFF, which is not a character",
        ])
    }
}

/// Checking many maps in one process, in `ecomap-soak`: a built program.
@Suite(.tags(.launchesBinary)) struct SoakCLITests {
    /// Checking 10,000 maps in one process (as a server would) keeps
    /// memory flat: `ecomap-soak` checks a map again and again in a process
    /// of its own, where no other test's memory counts, and says what it holds.
    @Test func tenThousandDocumentsInOneProcess() throws {
        let run = try Run([Package.path("Maps/scw-current.ecomap"), "10000"], program: "ecomap-soak")
        #expect(run.status == 0, "\(run.stderr)")
        let resident = run.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").last.flatMap { Double($0) } }
        #expect(resident.count == 10)
        // Flat to the tenth of a megabyte here; the leak this guards against added 11.5 MB.
        let grown = (resident.last ?? 0) - (resident.dropFirst().first ?? 0)
        #expect(grown < 2, "resident memory grew by \(grown) MB from 2,000 to 10,000 maps")
    }
}

/// An object that counts how many of it are alive.
final class Counted: Sendable {
    static let live = LiveCount()
    init() { Counted.live.add(1) }
    deinit { Counted.live.add(-1) }
}

/// A count that tests on several threads can change.
final class LiveCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ n: Int) { lock.lock(); count += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
