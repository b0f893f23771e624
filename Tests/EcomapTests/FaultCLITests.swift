import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// Faults around the files ecomap writes (issue 15): full disks, signals,
/// links planted by other users. The built binary, end to end.
@Suite(.tags(.launchesBinary)) struct FaultCLITests {
    static let map = "map \"T\"\norganisation o \"O\"\nperson p \"P\"\no -> p\n"

    /// A write to standard output or error that fails is reported and ends
    /// the command with status 1: it used to trap in FileHandle (SIGILL, 132).
    @Test func fullDiskOnStandardOutputAndError() throws {
        let scratch = try Scratch()
        let map = try scratch.write("m.ecomap", Self.map)
        let out = try Run(["check", map], outputTo: "/dev/full")
        #expect(out.status == 1)
        #expect(out.stderr == "error: can't write to standard output: no space left on the device [unwritable-file]\n"
            + "hint: free some space, or send the output somewhere else\n")
        let err = try Run(["check", "bad-\(UUID()).ecomap"], errorsTo: "/dev/full")
        #expect(err.status == 1, "nobody left to tell, but the status says it")
        // The drawing is written whole; saying so fails, and the status says that.
        let drawn = try Run(["render", map, "-o", scratch.path("m.svg")], errorsTo: "/dev/full")
        #expect(drawn.status == 1)
        #expect(try XMLElement.parse(Data(contentsOf: scratch.url.appendingPathComponent("m.svg"))).name == "svg")
        let stats = try Run(["stats", map, "-o", "-"], outputTo: "/dev/full")
        #expect(stats.status == 1)
        #expect(stats.stderr.hasPrefix("error: no space left on the disk to write standard output [unwritable-file]"))
        let help = try Run(["--help"], outputTo: "/dev/full")
        #expect(help.status == 1 && help.stderr.contains("no space left"))
        for run in [out, err, drawn, stats, help] { #expect(!run.stderr.contains("Fatal error")) }
    }

    /// SIGINT or SIGTERM while a file is being written removes the hidden
    /// temporary file (it used to stay, up to 115 MB), and the process ends
    /// by that signal, as it would have.
    @Test(arguments: [SIGINT, SIGTERM])
    func signalDuringAWriteLeavesNothing(_ signal: Int32) throws {
        let scratch = try Scratch()
        // 48 MB of labels, so that writing the export takes long enough to be caught in.
        let label = String(repeating: "x", count: 60_000)
        var text = "map \"Long\"\n"
        for i in 0..<800 { text += "person p\(i) \"\(label)\"\n" }
        for i in 1..<800 { text += "p\(i - 1) -> p\(i)\n" }
        try scratch.write("long.ecomap", text)
        var caught = false
        for _ in 0..<3 where !caught {
            var signalled = false
            // Stop it the moment its temporary file appears, then signal it.
            let run = try Measured(["export", "long.ecomap", "-o", "out.json"], in: scratch.url.path) { pid in
                guard !signalled else { return }
                let names = (try? FileManager.default.contentsOfDirectory(atPath: scratch.url.path)) ?? []
                guard names.contains(where: { $0.hasPrefix(".out.json.tmp-") }) else { return }
                kill(pid, SIGSTOP)
                caught = (try? FileManager.default.contentsOfDirectory(atPath: scratch.url.path))?
                    .contains { $0.hasPrefix(".out.json.tmp-") } ?? false
                kill(pid, signal)
                kill(pid, SIGCONT)
                signalled = true
            }
            if caught { #expect(run.signal == signal, "\(run.status) \(run.stderr)") }
            let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
            #expect(left == ["long.ecomap"] || (!caught && Set(left) == ["long.ecomap", "out.json"]), "\(left)")
            try? FileManager.default.removeItem(atPath: scratch.path("out.json"))
        }
        #expect(caught, "the write was never caught with its temporary file there")
    }

    /// In a folder anyone may write to but only owners may delete from (as
    /// /tmp), a link another user made is not written through: as root,
    /// ecomap used to overwrite whatever it pointed at. Links of one's own,
    /// or made by the folder's owner, are followed as before.
    @Test(.enabled(if: geteuid() == 0, "only root can give a link to another user"))
    func linksOtherUsersPlantInSharedFolders() throws {
        let scratch = try Scratch()
        let map = try scratch.write("m.ecomap", Self.map)
        let shared = scratch.path("shared")
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        #expect(chmod(shared, 0o1777) == 0)
        let victim = try scratch.write("victim.json", "precious")
        let planted = shared + "/out.json"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
        let stranger: uid_t = 4_321
        #expect(lchown(planted, stranger, stranger) == 0)
        let run = try Run(["export", map, "-o", planted])
        #expect(run.status == 1)
        #expect(run.stderr.contains("is a link that another user made in a shared folder; ecomap does not write through it [unwritable-file]"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
        // The same link, owned by the user, is followed.
        #expect(lchown(planted, geteuid(), getegid()) == 0)
        #expect(try Run(["export", map, "-o", planted]).status == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8).hasPrefix("{"))
        // Outside a shared folder, anyone's link is followed, as the kernel would.
        let own = scratch.path("link.json")
        try FileManager.default.createSymbolicLink(atPath: own, withDestinationPath: victim)
        #expect(lchown(own, stranger, stranger) == 0)
        #expect(try Run(["export", map, "-o", own]).status == 0)
    }

    /// A file with a second name (a hard link) is replaced under the name
    /// written to; the other name keeps the old contents (FileIO.mayFollow says why).
    @Test func hardLinksKeepTheirOldContents() throws {
        let scratch = try Scratch()
        let map = try scratch.write("m.ecomap", Self.map)
        let first = try scratch.write("a.json", "old")
        #expect(link(first, scratch.path("b.json")) == 0)
        #expect(try Run(["export", map, "-o", first]).status == 0)
        #expect(try String(contentsOfFile: first, encoding: .utf8).hasPrefix("{"))
        #expect(try String(contentsOfFile: scratch.path("b.json"), encoding: .utf8) == "old")
    }

    /// A replaced file loses set-user-ID and set-group-ID, end to end.
    @Test func replacedFileDropsSetID() throws {
        let scratch = try Scratch()
        let map = try scratch.write("m.ecomap", Self.map)
        let out = try scratch.write("out.json", "old")
        #expect(chmod(out, 0o6755) == 0)
        #expect(try Run(["export", map, "-o", out]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o755)
    }
}
