import Foundation
import Testing

/// Expected outputs kept as files under `Tests/EcomapTests/Golden/`.
///
/// A missing file is written and the test fails, so nothing passes by
/// accident; `ECOMAP_RECORD=1 swift test` rewrites changed files, for review
/// in `git diff`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static func assertMatches(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
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
enum Package {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
