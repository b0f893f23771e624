import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// The command line, end to end: the built binary, its output and exit status.
@Suite(.tags(.launchesBinary)) struct CLITests {
    static let valid = "map \"T\"\norganisation scw \"Social Care Wales\"\nperson practitioners \"Practitioners\"\nscw -> practitioners : informs\npractitioners <-> scw : consults\n"

    @Test func help() throws {
        let run = try Run(["--help"])
        #expect(run.status == 0)
        Golden.assertMatches(run.stdout, "cli/help.txt")
        let check = try Run(["check", "--help"])
        #expect(check.status == 0)
        Golden.assertMatches(check.stdout, "cli/check-help.txt")
    }

    @Test func version() throws {
        let run = try Run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "\(EcomapCore.version)\n")
    }

    @Test func checkValidMap() throws {
        let scratch = try Scratch()
        let path = try scratch.write("good.ecomap", Self.valid)
        let run = try Run(["check", path])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == "\(path): 2 nodes (1 organisation, 1 person), 2 links, 50% two-way\n")
    }

    @Test func checkReadsStandardInput() throws {
        let run = try Run(["check", "-"], input: Data(Self.valid.utf8))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("-: 2 nodes"))
    }

    @Test func warningsPassUnlessStrict() throws {
        let scratch = try Scratch()
        let path = try scratch.write("w.ecomap", Self.valid + "platform video \"Video\"\n")
        let relaxed = try Run(["check", path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.contains("warning: 'video' has no links [isolated-node]"))
        #expect(relaxed.stdout.hasSuffix("; 1 warning\n"))
        let strict = try Run(["check", "--strict", path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: 'video' has no links [isolated-node]"))
        #expect(strict.stdout == "")
    }

    @Test func errorsExitOne() throws {
        let scratch = try Scratch()
        let path = try scratch.write("bad.ecomap", "map \"T\"\norganisation scw\nperson practitioners\nscw -> practioners : informs\npractitioners -> scw\n")
        let run = try Run(["check", path], in: scratch.url.path)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            \(path):4:8: error: unknown node 'practioners' [unknown-node]
            scw -> practioners : informs
                   ^~~~~~~~~~~
            hint: did you mean 'practitioners'?
            \(path): 1 error, 0 warnings

            """)
    }

    @Test func everyFileIsChecked() throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.ecomap", Self.valid)
        let bad = try scratch.write("bad.ecomap", "person a\na -> b\n")
        let run = try Run(["check", bad, good, scratch.path("missing.ecomap")])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(good): 2 nodes"))
        #expect(run.stderr.contains("\(bad):2:6: error: unknown node 'b'"))
        #expect(run.stderr.contains("missing.ecomap: error: no such file"))
    }

    @Test func jsonDiagnostics() throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.ecomap", Self.valid)
        let bad = try scratch.write("bad.ecomap", "person a\na -> practitioner\n")
        let run = try Run(["check", "--format", "json", good, bad])
        #expect(run.status == 1)
        #expect(run.stderr == "")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        #expect(json["ecomap"] as? Int == 1)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == [good, bad])
        #expect(files.map { $0["valid"] as? Bool } == [true, false])
        let summary = try #require(files[0]["summary"] as? [String: Any])
        #expect(summary["nodes"] as? Int == 2)
        #expect(summary["twoWayShare"] as? Double == 0.5)
        #expect((summary["nodesByKind"] as? [String: Int])?["organisation"] == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0]["code"] as? String == "unknown-node")
        #expect(diagnostics[0]["line"] as? Int == 2)
        #expect(diagnostics[0]["column"] as? Int == 6)
        #expect(diagnostics[0]["length"] as? Int == 12)
        #expect(diagnostics[0]["severity"] as? String == "error")
        // Stable: the same input gives the same bytes.
        #expect(try Run(["check", "--format", "json", good, bad]).stdoutBytes == run.stdoutBytes)
    }

    @Test(arguments: [
        [String](["check"]),
        ["check", "--format", "xml", "x.ecomap"],
        ["check", "--bogus", "x.ecomap"],
        ["check", "--max-diagnostics", "0", "x.ecomap"],
        ["frobnicate"],
        ["export"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let run = try Run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Error:") || run.stderr.contains("error:"))
        #expect(run.stderr.contains("--help"))
    }

    /// Every kind of bad input gives a diagnostic and exit status 1: never a crash or a hang.
    @Test func badInputs() throws {
        let scratch = try Scratch()
        let cases: [(String, [UInt8], String)] = [
            ("empty", [], "the file is empty"),
            ("binary", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0xFF, 0x0A], "binary file"),
            ("latin1", Array("map \"Caf".utf8) + [0xE9, 0x22, 0x0A], "not valid UTF-8"),
            ("quote", Array("map \"T\nperson a \"A\n".utf8), "unterminated string"),
            ("bracket", Array("person a [role: x\nperson b [tags: [a, b]\n".utf8), "unterminated attribute list"),
            ("closing", Array("person a ]\n".utf8), "unexpected ']'"),
        ]
        for (name, bytes, expected) in cases {
            let path = try scratch.write("\(name).ecomap", bytes: bytes)
            let run = try Run(["check", path])
            #expect(run.status == 1, "\(name)")
            #expect(run.stderr.contains(expected), "\(name): \(run.stderr)")
            #expect(!run.stderr.contains("Fatal error"), "\(name)")
        }
    }

    @Test func hundredMegabyteLine() throws {
        let scratch = try Scratch()
        let path = scratch.path("long.ecomap")
        try #require(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        try handle.close()
        let run = try Run(["check", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("line 1 is 104857600 bytes long; the limit is 65536 [line-too-long]"))
        // The line is shown as a window, not 100 MB of text.
        #expect(run.stderr.utf8.count < 1_000)
    }

    @Test func hundredThousandErrorsAreCapped() throws {
        let scratch = try Scratch()
        let path = try scratch.write("many.ecomap", "person a\n" + String(repeating: "a -> nobody\n", count: 100_000))
        let run = try Run(["check", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("... and 99950 more (100000 errors and 0 warnings in all; --max-diagnostics N shows more)"))
        #expect(run.stderr.components(separatedBy: "[unknown-node]").count == 51)
        let fewer = try Run(["check", "--max-diagnostics", "3", path])
        #expect(fewer.stderr.components(separatedBy: "[unknown-node]").count == 4)
    }

    @Test func colourOnlyWhenAsked() throws {
        let scratch = try Scratch()
        let path = try scratch.write("bad.ecomap", "person a\na -> b\n")
        #expect(try !Run(["check", path]).stderr.contains("\u{1B}["))
        #expect(try Run(["check", "--colour", "always", path]).stderr.contains("\u{1B}[1;31merror:"))
    }

    @Test func exportJSON() throws {
        let scratch = try Scratch()
        let path = try scratch.write("scw.ecomap", Self.valid)
        let stdout = try Run(["export", path, "--format", "json"])
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("{\n  \"ecomap\" : 1,"))
        let out = scratch.path("scw.json")
        let file = try Run(["export", path, "-o", out])
        #expect(file.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == stdout.stdout)
    }

    /// A map with errors is not exported, and a file already there is left as it was.
    @Test func exportWritesNothingOnError() throws {
        let scratch = try Scratch()
        let bad = try scratch.write("bad.ecomap", "person a\na -> b\n")
        let out = try scratch.write("out.json", "previous contents")
        let run = try Run(["export", bad, "-o", out])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown node 'b'"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous contents")
        let fresh = scratch.path("fresh.json")
        #expect(try Run(["export", bad, "-o", fresh]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: fresh))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func exportToMissingFolderFails() throws {
        let scratch = try Scratch()
        let path = try scratch.write("scw.ecomap", Self.valid)
        let run = try Run(["export", path, "-o", scratch.path("nope/out.json")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("its folder does not exist [unwritable-file]"))
    }

    @Test func unwritablePathsSayWhatIsWrong() throws {
        let scratch = try Scratch()
        let path = try scratch.write("scw.ecomap", Self.valid)
        let file = try scratch.write("file.txt", "a file")
        let throughFile = try Run(["export", path, "-o", scratch.path("file.txt/out.json")])
        #expect(throughFile.status == 1)
        #expect(throughFile.stderr.hasSuffix("part of the path is a file, not a folder [unwritable-file]\nhint: check the path\n"))
        let folder = try Run(["export", path, "-o", scratch.url.path])
        #expect(folder.stderr.hasSuffix("is a folder [unwritable-file]\nhint: name a file inside it\n"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "a file")
    }

    /// A link is written through, not replaced; a file keeps its permissions.
    @Test func writesThroughLinksAndKeepsPermissions() throws {
        let scratch = try Scratch()
        let path = try scratch.write("scw.ecomap", Self.valid)
        let target = try scratch.write("target.json", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        let link = scratch.path("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.json")
        #expect(try Run(["export", path, "-o", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.json")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("{"))
        let permissions = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    /// A pipe (or a device such as /dev/null) is written to, never replaced by a file.
    @Test func writesIntoAPipe() throws {
        let scratch = try Scratch()
        let path = try scratch.write("scw.ecomap", Self.valid)
        let fifo = scratch.path("pipe.json")
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let output = Pipe()
        reader.standardOutput = output
        try reader.run()
        let run = try Run(["export", path, "-o", fifo])
        var info = stat()
        let stillAPipe = lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO
        // Had the pipe been replaced, cat would wait for a writer for ever.
        if !stillAPipe { reader.terminate() }
        let received = output.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(stillAPipe)
        #expect(run.status == 0)
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("{"))
    }

    /// Every command that writes refuses to write over its own input.
    @Test(arguments: [["render", "IN", "-o", "IN", "--format", "dot"], ["export", "IN", "-o", "./IN"],
                      ["stats", "IN", "-o", "IN"], ["compare", "IN", "IN", "--diagram", "IN.svg", "-o", "IN"]])
    func refusesToOverwriteItsInput(_ arguments: [String]) throws {
        let scratch = try Scratch()
        let path = try scratch.write("in.ecomap", Self.valid)
        let run = try Run(arguments.map { $0.replacingOccurrences(of: "IN", with: "in.ecomap") }, in: scratch.url.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("would overwrite the input 'in.ecomap'"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.valid)
    }

    /// The example in Examples/ builds with the package and runs on a real map.
    @Test func walkMapExample() throws {
        let run = try Run([Package.path("Maps/scw-current.ecomap")], program: "walk-map")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Social Care Wales communities: current\n"))
        #expect(run.stdout.contains("Social Care Wales (Gofal Cymdeithasol Cymru): "))
        #expect(run.stdout.contains("-> Social workers (informs)"))
    }
}
