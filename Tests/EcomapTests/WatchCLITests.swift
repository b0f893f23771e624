import Foundation
import Testing
import EcomapTestSupport

/// `ecomap watch`, end to end: saves by rename and in place, a broken save,
/// and a clean stop on SIGINT and SIGTERM.
@Suite(.serialized, .tags(.launchesBinary)) struct WatchCLITests {
    static let map = """
        map "Watched" [id: watched]
        organisation scw "Social Care Wales"
        person practitioners "Practitioners"
        scw -> practitioners : informs

        """

    /// Waits until `path` holds `text`.
    static func waitFor(_ text: String, in path: String, timeout: Double = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let data = FileManager.default.contents(atPath: path), String(decoding: data, as: UTF8.self).contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    @Test func redrawsOnEachSaveAndKeepsTheLastGoodOutput() throws {
        let scratch = try Scratch()
        let map = try scratch.write("watched.ecomap", Self.map)
        let out = scratch.path("watched.svg")
        let watch = try Background(["watch", map, "-o", out])
        defer { watch.stop() }
        #expect(watch.waitFor("Watching"))
        #expect(Self.waitFor(">Practitioners<", in: out))

        // Saved as vim and most editors do: a new file renamed over the old one.
        try ServeCLITests.save(Self.map.replacingOccurrences(of: "\"Practitioners\"", with: "\"Social workers\""), to: map)
        #expect(Self.waitFor(">Social workers<", in: out))

        // A broken save: the diagnostic is printed and the drawing stays as it was.
        let good = try Data(contentsOf: URL(fileURLWithPath: out))
        try Data((Self.map + "scw -> practioners\n").utf8).write(to: URL(fileURLWithPath: map))
        #expect(watch.waitFor("error: unknown node 'practioners' [unknown-node]"))
        #expect(watch.waitFor("hint: did you mean 'practitioners'?"))
        #expect(watch.waitFor("the last output stays"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == good)

        // Saved in several steps (emptied, then written): followed, and the last step wins.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: map))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(Self.map.replacingOccurrences(of: "\"Practitioners\"", with: "\"Team leaders\"").utf8))
        try handle.close()
        #expect(Self.waitFor(">Team leaders<", in: out))

        #expect(watch.signal(SIGTERM) == 0)
        #expect(watch.stderr.contains("Stopped watching"))
    }

    @Test func writesReportsAndStopsOnControlC() throws {
        let scratch = try Scratch()
        let map = try scratch.write("watched.ecomap", Self.map)
        let out = scratch.path("report.html")
        let watch = try Background(["watch", map, "--report", "-o", out, "--focus", "scw"])
        defer { watch.stop() }
        // The point is that the report is written and written again, not how
        // soon: a debug build's report beside a full test run on 2 cores has
        // taken over a minute.
        #expect(Self.waitFor("<h1>Watched</h1>", in: out, timeout: 300))
        // Deleted and written again, as some editors save.
        try FileManager.default.removeItem(atPath: map)
        try Data(Self.map.replacingOccurrences(of: "\"Watched\"", with: "\"Watched again\"").utf8).write(to: URL(fileURLWithPath: map))
        #expect(Self.waitFor("<h1>Watched again</h1>", in: out, timeout: 300))
        #expect(watch.signal(SIGINT) == 0)
    }

    /// The map replaced by a named pipe: `watch` says so, draws again once
    /// the real file is back, and stops on SIGINT (it used to never draw again).
    @Test func aNamedPipeInPlaceOfTheMapIsSaidAndOutlived() throws {
        let scratch = try Scratch()
        let map = try scratch.write("watched.ecomap", Self.map)
        let out = scratch.path("watched.svg")
        let watch = try Background(["watch", map, "-o", out])
        defer { watch.stop() }
        #expect(Self.waitFor(">Practitioners<", in: out))
        try FileManager.default.removeItem(atPath: map)
        #expect(mkfifo(map, 0o600) == 0)
        #expect(watch.waitFor("is a named pipe (FIFO), not a file"))
        #expect(watch.waitFor("[not-a-file]"))
        try FileManager.default.removeItem(atPath: map)
        try ServeCLITests.save(Self.map.replacingOccurrences(of: "\"Practitioners\"", with: "\"Back again\""), to: map)
        #expect(Self.waitFor(">Back again<", in: out))
        try FileManager.default.removeItem(atPath: map)
        #expect(mkfifo(map, 0o600) == 0)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(watch.signal(SIGINT) == 0)
    }

    @Test(arguments: [
        ["watch", "-", "-o", "x.svg"],
        ["watch", "Maps/scw-current.ecomap", "-o", "x.txt"],
        ["watch", "Maps/scw-current.ecomap", "-o", "x.svg", "--compare", "Maps/scw-best-practice.ecomap"],
        ["watch", "Maps/scw-current.ecomap", "-o", "Maps/scw-current.ecomap", "--report"],
    ])
    func usageErrors(_ arguments: [String]) throws {
        #expect(try Run(arguments).status == 2)
    }
}
