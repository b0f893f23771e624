import Foundation
import Testing

/// Expected outputs kept as files under each test target's `Golden/` folder
/// (`Tests/EcomapTests/Golden/`, `Tests/EcomapCoreTests/Golden/`).
///
/// A missing file is written and the test fails, so nothing passes by
/// accident. An output that differs is written beside its golden file as
/// `NAME.got`, and the failure shows a line diff and the two ways to accept
/// it: `make accept-goldens` (every `.got` over its golden file) or
/// `ECOMAP_RECORD=1 swift test --filter …` (that test's files written anew).
/// Either way, review `git diff` before committing.
public enum Golden {
    /// The `Golden` folder of the test target that `file` is in.
    public static func directory(for file: String) -> URL {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.deletingLastPathComponent().lastPathComponent != "Tests", folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("Golden")
    }

    /// The ending of the file that holds what a test got when it differed.
    public static let gotSuffix = ".got"

    public static func assertMatches(_ actual: String, _ name: String, filePath: String = #filePath,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        let recording = ProcessInfo.processInfo.environment["ECOMAP_RECORD"] == "1"
        if let failure = compare(actual, name, in: directory(for: filePath), recording: recording,
                                 acceptCommand: acceptCommand(for: Test.current)) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }

    /// Compares `actual` with the golden file `name` in `folder`: nil when
    /// they match (and any stale `NAME.got` is removed), else what went wrong.
    /// A missing file, or any file when `recording`, is written with `actual`;
    /// a different one is left alone and `actual` goes to `NAME.got`.
    public static func compare(_ actual: String, _ name: String, in folder: URL, recording: Bool = false,
                               acceptCommand: String = "ECOMAP_RECORD=1 swift test") -> String? {
        let url = folder.appendingPathComponent(name)
        let got = URL(fileURLWithPath: url.path + gotSuffix)
        try? FileManager.default.removeItem(at: got)
        guard let expected = try? String(contentsOf: url, encoding: .utf8), !recording else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return "recorded Golden/\(name); check it and run the tests again"
        }
        if actual == expected { return nil }
        let wrote = (try? actual.write(to: got, atomically: true, encoding: .utf8)) != nil
        return """
            output differs from Golden/\(name)\(wrote ? "; what the test got is in Golden/\(name)\(gotSuffix)" : "")
            \(LineDiff.unified(expected, actual, from: "Golden/\(name)", to: "got"))
            If the new output is right: make accept-goldens (every .got over its golden file), \
            or \(acceptCommand); then review git diff.
            """
    }

    /// The command that writes the current test's golden files anew.
    public static func acceptCommand(for test: Test?) -> String {
        guard let test else { return "ECOMAP_RECORD=1 swift test" }
        // An id reads `Target.Suite/function(_:)/File.swift:12:5`; `--filter` wants `Target.Suite/function`.
        var parts = String(describing: test.id).split(separator: "/").map(String.init)
        if parts.count > 1, parts.last?.contains(".swift:") == true { parts.removeLast() }
        if let last = parts.last, let paren = last.firstIndex(of: "(") { parts[parts.count - 1] = String(last[..<paren]) }
        return "ECOMAP_RECORD=1 swift test --filter '\(parts.joined(separator: "/"))'"
    }
}

/// A line diff in the unified format (`diff -u`), for golden mismatches.
public enum LineDiff {
    /// Hunks of the lines that differ between `old` and `new`, with `context`
    /// lines around each; empty when they are the same. Longest common
    /// subsequence over lines: O(n·m) time and memory, so inputs over 2,000
    /// lines a side are shown from their first difference instead.
    public static func unified(_ old: String, _ new: String, from oldName: String = "expected", to newName: String = "got",
                               context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        if a == b { return "" }
        var script: [(Character, String)] = []
        if a.count > 2_000 || b.count > 2_000 {
            let same = zip(a, b).prefix { $0 == $1 }.count
            script = a[..<same].map { (" ", $0) } + a[same...].map { ("-", $0) } + b[same...].map { ("+", $0) }
        } else {
            // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
            var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    script.append((" ", a[i])); i += 1; j += 1
                } else if j < b.count, i == a.count || lengths[i][j + 1] > lengths[i + 1][j] {
                    script.append(("+", b[j])); j += 1
                } else {
                    script.append(("-", a[i])); i += 1
                }
            }
        }
        // Group the edits, with their context, into hunks.
        let changed = script.indices.filter { script[$0].0 != " " }
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(script.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks {
            let before = script[..<hunk.lowerBound]
            let oldStart = before.filter { $0.0 != "+" }.count, newStart = before.filter { $0.0 != "-" }.count
            let body = script[hunk]
            let oldCount = body.filter { $0.0 != "+" }.count, newCount = body.filter { $0.0 != "-" }.count
            out += "@@ -\(oldStart + (oldCount > 0 ? 1 : 0)),\(oldCount) +\(newStart + (newCount > 0 ? 1 : 0)),\(newCount) @@\n"
            for (mark, line) in body { out += "\(mark)\(line)\n" }
        }
        return out
    }

    /// The lines of `text`; a last line without a line break is marked, as diff does.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() } else if !lines.isEmpty { lines[lines.count - 1] += "  (no line break at the end)" }
        return lines
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
