import Foundation
import Testing

/// Expected outputs kept as files under each test target's `Golden/` folder
/// (`Tests/EcomapTests/Golden/`, `Tests/EcomapCoreTests/Golden/`).
///
/// A missing file is written and the test fails, so nothing passes by
/// accident; `ECOMAP_RECORD=1 swift test` rewrites changed files, for review
/// in `git diff`.
public enum Golden {
    /// The `Golden` folder of the test target that `file` is in.
    public static func directory(for file: String) -> URL {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.deletingLastPathComponent().lastPathComponent != "Tests", folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("Golden")
    }

    public static func assertMatches(_ actual: String, _ name: String, filePath: String = #filePath,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory(for: filePath).appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["ECOMAP_RECORD"] == "1"
        guard let expected = try? String(contentsOf: url, encoding: .utf8), !recording else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); check it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
    }
}

/// Where the package is, for tests that read `Maps/` or run the built binary.
public enum Package {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

/// The maps in `Maps/`, drawn from the seed texts: every test that should hold
/// for real maps runs on each.
public enum MapFiles {
    /// File names, sorted.
    public static let names: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Package.path("Maps"))) ?? []
        return names.filter { $0.hasSuffix(".ecomap") }.sorted()
    }()
}
