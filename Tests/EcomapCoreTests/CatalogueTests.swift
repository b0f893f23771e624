import Foundation
import Testing
import EcomapTestSupport

/// The public API is what the DocC catalogues list: every top-level public
/// declaration of each library appears in its catalogue's topics, so nothing
/// becomes public unnoticed and nothing public goes undocumented.
@Suite struct CatalogueTests {
    static let modules = ["EcomapCore", "EcomapRender", "EcomapReport", "EcomapInterchange"]

    /// Names declared `public` at the top level of a module's sources.
    static func publicNames(in module: String) throws -> Set<String> {
        let root = Package.path("Sources/\(module)")
        guard let files = FileManager.default.enumerator(atPath: root) else { return [] }
        var names = Set<String>()
        let pattern = try Regex(#"^public (?:final )?(?:struct|enum|class|protocol|let|var|func|typealias) ([A-Za-z_][A-Za-z0-9_]*)"#)
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                if let match = line.firstMatch(of: pattern), let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }

    @Test(arguments: modules)
    func everyPublicNameIsInTheCatalogue(_ module: String) throws {
        let names = try Self.publicNames(in: module)
        #expect(!names.isEmpty)
        let catalogue = try String(contentsOfFile: Package.path("Sources/\(module)/\(module).docc/\(module).md"), encoding: .utf8)
        for name in names.sorted() {
            #expect(catalogue.contains("- ``\(name)``"), "\(module).docc does not list \(name)")
        }
    }

    /// Only the render layer calls C: every system library the manifest
    /// binds (Graphviz, cmark-gfm, libplanarity) is imported under `Sources/EcomapRender`
    /// and nowhere else in the libraries or the command line.
    @Test func onlyTheRenderLayerCallsC() throws {
        let manifest = try String(contentsOfFile: Package.path("Package.swift"), encoding: .utf8)
        let libraries = manifest.matches(of: try Regex(#"\.systemLibrary\(\s*name: "([A-Za-z0-9_]+)""#)).compactMap { $0.output[1].substring.map(String.init) }
        #expect(Set(libraries) == ["CGraphviz", "CCmarkGFM", "CPlanarity"], "\(libraries)")
        let root = Package.path("Sources")
        var importers: [String: Set<String>] = [:]
        for case let file as String in FileManager.default.enumerator(atPath: root)! where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            for library in libraries where text.contains("import \(library)\n") {
                importers[library, default: []].insert(String(file.split(separator: "/")[0]))
            }
        }
        for library in libraries { #expect(importers[library] == ["EcomapRender"], "\(library): \(importers[library] ?? [])") }
    }

    /// Each task article names the example that shows it, and that example is a target of the package.
    /// The folders inside each target use one another in one direction only
    /// (Tests/Support/folder_graph.py reads which types each folder names),
    /// and docs/architecture.md draws that order.
    @Test func foldersUseEachOtherInOneDirection() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Package.path("Tests/Support/folder_graph.py"), Package.root.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "folders in a cycle:\n\(text)")
        #expect(text.contains("EcomapCore:") && text.contains("EcomapRender:"))
        let docs = try String(contentsOfFile: Package.path("docs/architecture.md"), encoding: .utf8)
        for line in text.split(separator: "\n") where line.hasPrefix("  ") && !line.contains("CYCLE") {
            #expect(docs.contains(line.trimmingCharacters(in: .whitespaces)), "docs/architecture.md lacks '\(line)'")
        }
    }

    @Test func articlesPointAtExamplesThatBuild() throws {
        let manifest = try String(contentsOfFile: Package.path("Package.swift"), encoding: .utf8)
        for (article, example) in [("EcomapCore.docc/ReadingAndChecking.md", "WalkMap"), ("EcomapCore.docc/ComparingMaps.md", "CompareMaps"),
                                   ("EcomapCore.docc/ComputingTheNumbers.md", "MapNumbers"), ("EcomapRender.docc/DrawingMaps.md", "DrawMap")] {
            let module = article.hasPrefix("EcomapRender") ? "EcomapRender" : "EcomapCore"
            let text = try String(contentsOfFile: Package.path("Sources/\(module)/\(article)"), encoding: .utf8)
            #expect(text.contains("Examples/\(example)"), "\(article) names no example")
            #expect(manifest.contains("path: \"Examples/\(example)\""), "Examples/\(example) is not built with the package")
        }
    }
}
