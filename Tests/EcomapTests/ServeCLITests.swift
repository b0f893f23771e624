import Foundation
import Testing
import EcomapCore
import EcomapReport
import EcomapTestSupport

/// `ecomap serve`, end to end: the built binary on a free port, and the map
/// file changed under it. What the pages hold, the guard and the drawing
/// queue are tested in process (EcomapServeTests); here, what only the
/// binary shows: it starts, follows a save through the file watcher, stops
/// on a signal whatever the map file has become, and survives requests no
/// browser sends. Every test stops its server in a `defer`, so it stops
/// even when an expectation fails.
@Suite(.serialized, .tags(.launchesBinary)) struct ServeCLITests {
    /// A copy of a map from Maps/ in a scratch folder, served.
    struct Served {
        let scratch: Scratch
        let map: String
        let server: Background
        let port: Int
    }

    static func serve(_ name: String = "scw-current", extra: [String] = []) throws -> Served {
        let scratch = try Scratch()
        let text = try String(contentsOfFile: Package.path("Maps/\(name).ecomap"), encoding: .utf8)
        let map = try scratch.write("\(name).ecomap", text)
        let server = try Background(["serve", map, "--port", "0"] + extra)
        guard let port = server.servingPort() else {
            server.stop()
            throw HTTPProbe.Failure.timedOut("the server to start: \(server.stderr)")
        }
        return Served(scratch: scratch, map: map, server: server, port: port)
    }

    /// Saves as many editors do: a new file renamed over the old one.
    static func save(_ text: String, to path: String) throws {
        let temporary = path + ".saving"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Asks for `path` until its body holds `text`; the seconds that took, or nil.
    static func waitFor(_ text: String, port: Int, _ path: String, timeout: Double = 60) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if let reply = try? HTTPGet.get(port: port, path, timeout: timeout), reply.body.contains(text) {
                return Date().timeIntervalSince(start)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// A port another server holds is a diagnostic of its own, with the option that helps.
    @Test func aBusyPortIsSaidPlainly() throws {
        let s = try Self.serve()
        defer { s.server.stop() }
        let second = try Run(["serve", s.map, "--port", String(s.port)])
        #expect(second.status == 1)
        let said = second.stderr.replacingOccurrences(of: ":\(s.port):", with: ":PORT:")
            .replacingOccurrences(of: s.map, with: "<map>")
        let problem = said.split(separator: "\n").filter { $0.contains("[port-unavailable]") || $0.hasPrefix("hint:") }
        Golden.assertMatches(problem.joined(separator: "\n") + "\n", "diagnostics/port-unavailable.txt")
    }

    /// It starts, serves the page, and picks up a save promptly. The release
    /// build takes about 65 ms (Benchmarks/serve_bench.py); this debug build,
    /// beside the other tests and other builds, took up to 1.1 s. Three
    /// seconds still catch a save followed late or not at all.
    @Test(.tags(.wallClock)) func servesThePageAndFollowsASave() throws {
        let s = try Self.serve()
        defer { s.server.stop() }
        let page = try HTTPGet.get(port: s.port, "/")
        #expect(page.status == 200 && page.body.contains("<h1>Social Care Wales communities: current</h1>"))
        #expect(page.body.contains(">Universities<"))
        let original = try String(contentsOfFile: s.map, encoding: .utf8)
        try Self.save(original.replacingOccurrences(of: "\"Universities\"", with: "\"Welsh universities\""), to: s.map)
        let took = Self.waitFor(">Welsh universities<", port: s.port, "/map/scw-current/drawing.svg")
        #expect(took != nil && took! < 3.0, "the save took \(took.map { "\($0) s" } ?? "for ever") to show")
    }

    /// What no browser sends: each refused, and the server goes on.
    @Test func refusesMalformedAndForgedRequests() throws {
        let s = try Self.serve()
        defer { s.server.stop() }
        func status(_ request: String) throws -> Int { try HTTPProbe.ask(port: s.port, request).status }
        let close = "Connection: close\r\n\r\n"
        #expect(try status("GET /map/scw-current HTTP/1.1\r\nHost: 127.0.0.1:\(s.port)\r\n\(close)") == 200)
        // A name another site points at this machine: refused, however it begins.
        for host in ["127.evil.example", "127.0.0.1.nip.io:\(s.port)", "attacker.example"] {
            #expect(try status("GET /map/scw-current HTTP/1.1\r\nHost: \(host)\r\n\(close)") == 403, "\(host)")
        }
        #expect(try status("GET /map/scw-current HTTP/1.1\r\nHost: 127.0.0.1:\(s.port)\r\nSec-Fetch-Site: cross-site\r\n\(close)") == 403)
        #expect(try status("GET http://127.0.0.1/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1:\(s.port)\r\n\(close)") == 404)
        // Not HTTP at all.
        #expect(try status("GARBAGE\r\n\r\n") == 400)
        #expect(try status("GET / HTTP/1.1\r\nHost 127.0.0.1\r\nBad header line\r\n\r\n") == 400)
        // A 10 MB header: refused at 80 KB with 400, the connection closed.
        let big = try HTTPProbe(port: s.port)
        big.send(Array("GET /map/scw-current HTTP/1.1\r\nHost: 127.0.0.1:\(s.port)\r\nX-Big: ".utf8))
        for _ in 0..<160 { if !big.send([UInt8](repeating: UInt8(ascii: "a"), count: 65_536)) { break } }
        #expect(try big.reply().status == 400)
        // And it goes on serving.
        #expect(try HTTPGet.get(port: s.port, "/map/scw-current").status == 200)
        #expect(s.server.process.isRunning)
    }

    /// `--host` adds its address; it used to turn the check off, so that any Host got 200.
    @Test func theHostCheckHoldsWithHost() throws {
        let s = try Self.serve(extra: ["--host", "127.0.0.1"])
        defer { s.server.stop() }
        let forged = try HTTPProbe.ask(port: s.port, "GET /map/scw-current HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
        #expect(forged.status == 403 && forged.body.contains("[request-wrong-host]"))
        #expect(try HTTPGet.get(port: s.port, "/map/scw-current").status == 200)
    }

    @Test func stopsCleanlyOnControlC() throws {
        let s = try Self.serve()
        defer { s.server.stop() }
        // An open event stream must not keep it from stopping.
        let events = try HTTPProbe(port: s.port)
        events.send(Array("GET /map/scw-current/events HTTP/1.1\r\nHost: 127.0.0.1:\(s.port)\r\n\r\n".utf8))
        #expect(try events.head(timeout: 60).status == 200)
        #expect(s.server.signal(SIGINT, timeout: 10) == 0)
        #expect(s.server.stderr.contains("Stopped"))
    }

    /// The map replaced by a named pipe: reading it would wait for ever. The
    /// preview says so and goes on answering, draws again once the file is
    /// back, and stops on SIGTERM (it used to hang, deaf to both signals).
    @Test func aNamedPipeInPlaceOfTheMapHangsNothing() throws {
        let s = try Self.serve()
        defer { s.server.stop() }
        let original = try String(contentsOfFile: s.map, encoding: .utf8)
        #expect(rename(s.map, s.map + ".real") == 0 && mkfifo(s.map, 0o600) == 0)
        #expect(Self.waitFor("[not-a-file]", port: s.port, "/map/scw-current") != nil, "the page says the map is a pipe")
        try FileManager.default.removeItem(atPath: s.map)
        try Self.save(original.replacingOccurrences(of: "\"Universities\"", with: "\"Back again\""), to: s.map)
        #expect(Self.waitFor(">Back again<", port: s.port, "/map/scw-current/drawing.svg") != nil)
        // A pipe again, and a stop while it is there.
        try FileManager.default.removeItem(atPath: s.map)
        #expect(mkfifo(s.map, 0o600) == 0)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(s.server.signal(SIGTERM, timeout: 10) == 0)
        // Started on a pipe, it says so and stops.
        let started = try Run(["serve", s.map, "--port", "0"])
        #expect(started.status == 1 && started.stderr.contains("[not-a-file]"))
    }

    @Test func comparesLive() throws {
        let scratch = try Scratch()
        let best = try scratch.write("best.ecomap", try String(contentsOfFile: Package.path("Maps/scw-best-practice.ecomap"), encoding: .utf8))
        let s = try Self.serve(extra: ["--compare", best])
        defer { s.server.stop() }
        let page = try HTTPGet.get(port: s.port, "/map/scw-current")
        #expect(page.body.contains("Compared with best practice") && page.body.contains("Missing two-way links"))
        #expect(page.body.contains("scw-best-practice-figure") && page.body.contains("scw-current-gaps-figure"))
        // Changing the best-practice map changes the findings.
        var text = try String(contentsOfFile: best, encoding: .utf8)
        text += "person newcomer \"Newcomer\"\nnewcomer <-> host : consults\n"
        try Self.save(text, to: best)
        #expect(Self.waitFor("Newcomer", port: s.port, "/map/scw-current") != nil)
    }

    /// `--open` asks the system's opener (xdg-open) to show the page.
    @Test func opensTheBrowser() throws {
        let scratch = try Scratch()
        let opened = scratch.path("opened.txt")
        let opener = try scratch.write("xdg-open", "#!/bin/sh\necho \"$1\" > '\(opened)'\n")
        chmod(opener, 0o755)
        let server = try Background(["serve", "Maps/scw-current.ecomap", "--port", "0", "--open"],
                                    environment: ["PATH": scratch.url.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")])
        defer { server.stop() }
        let port = try #require(server.servingPort())
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: opened) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let text = try String(contentsOfFile: opened, encoding: .utf8)
        #expect(text == "http://127.0.0.1:\(port)/\n")
    }

    @Test func refusesWhatItCannotServe() throws {
        let missing = try Run(["serve", "no-such-file.ecomap", "--port", "0"])
        #expect(missing.status == 1 && missing.stderr.contains("no-such-file.ecomap"))
        let view = try Run(["serve", "Maps/scw-current.ecomap", "--port", "0", "--focus", "practioners"])
        #expect(view.status == 1 && view.stderr.contains("[view-unknown-node]"))
        #expect(try Run(["serve", "-"]).status == 2)
        #expect(try Run(["serve", "Maps/scw-current.ecomap", "--port", "70000"]).status == 2)
    }
}
