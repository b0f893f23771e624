import EcomapTestSupport
import Foundation
import Testing

/// The folders of `Sources/EcomapInterchange` stand in an order, as the
/// package's targets do: a folder may use what is declared in the folders
/// below it, never above or beside it. One target can't have the compiler
/// hold it to that, so this test does, by reading the code (comments left
/// out) for the names each folder declares. docs/architecture.md gives the order.
@Suite struct FolderOrderTests {
    /// Each folder, and the folders it may use.
    static let below: [String: Set<String>] = [
        "Support": [],
        "Zip": [],
        "Tables": ["Support", "Zip"],
        "Import": ["Support", "Zip", "Tables"],
        "Export": ["Support", "Zip", "Tables"],
        "Audit": ["Support"],
    ]

    static let root = URL(fileURLWithPath: Package.path("Sources/EcomapInterchange"))

    /// The Swift files of a folder, each as its code without comments.
    static func code(_ folder: String) throws -> [(file: String, text: String)] {
        let url = root.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }.sorted().map { name in
            let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line)
            }
            return (name, lines.joined(separator: "\n"))
        }
    }

    /// The types and free functions a folder declares at the top level
    /// (members and nested types are reached through them).
    static func declared(_ folder: String) throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: #"^(?:public |package |internal |private |fileprivate )?(?:final )?(?:struct|enum|class|actor|protocol|typealias|func) ([A-Za-z_][A-Za-z0-9_]*)"#,
                                              options: .anchorsMatchLines)
        var names = Set<String>()
        for (_, text) in try code(folder) {
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { names.insert(String(text[range])) }
            }
        }
        return names
    }

    @Test func everyFolderIsPlaced() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.root.path).filter { !$0.hasSuffix(".docc") }
        #expect(Set(folders) == Set(Self.below.keys), "a new folder needs a place in the order, here and in docs/architecture.md")
    }

    @Test(arguments: below.keys.sorted())
    func usesOnlyFoldersBelow(_ folder: String) throws {
        let allowed = Self.below[folder]!
        var owners: [String: String] = [:]
        for other in Self.below.keys where other != folder {
            for name in try Self.declared(other) { owners[name] = other }
        }
        let word = try NSRegularExpression(pattern: #"[A-Za-z_][A-Za-z0-9_]*"#)
        for (file, text) in try Self.code(folder) {
            let used = Set(word.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } })
            for name in used.sorted() {
                guard let owner = owners[name], !allowed.contains(owner) else { continue }
                Issue.record("\(folder)/\(file) uses \(name), declared in \(owner), which is not below \(folder)")
            }
        }
    }
}
