import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// Writing files whole, with the permissions the user expects.
@Suite struct FileIOTests {
    func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// The process's umask, read without changing it (as ecomap itself never does).
    func umask() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
        return try #require(Int(line.split(separator: "\t").last.map(String.init) ?? "", radix: 8))
    }

    /// More files than the signal handler has slots for, written together (a
    /// directory site's pages): each is written. Staging waited for a slot
    /// that only its own finished write would free, and hung.
    ///
    /// The write runs on a thread of its own, waited for here, so that only
    /// its own time counts. A `.timeLimit` also counted the time the test
    /// waited for one of the test pool's threads, which other tests hold for
    /// minutes under the full suite on two cores: it failed a write that took 0.01 s.
    @Test func moreFilesThanSignalSlotsAreAllWritten() throws {
        let scratch = try Scratch()
        let files = (0..<100).map { (path: scratch.path("page-\($0).html"), bytes: Array("page \($0)".utf8)) }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Thread {
            outcome.set(Result { () throws(Diagnostic) in try FileIO.writeAtomically(files) })
            done.signal()
        }.start()
        try #require(done.wait(timeout: .now() + 60) == .success, "writing 100 files hung")
        try #require(outcome.get()).get()
        for (k, file) in files.enumerated() { #expect(FileManager.default.contents(atPath: file.path) == Data("page \(k)".utf8)) }
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "no temporary file stays behind: \(left)")
    }

    @Test func newFileGetsTheUsualMode() throws {
        let scratch = try Scratch()
        let path = scratch.path("new.json")
        try FileIO.writeAtomically("{}\n", to: path)
        #expect(try mode(path) == 0o666 & ~umask())
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}\n")
    }

    /// A replaced file keeps its permissions, but never set-user-ID or set-group-ID.
    @Test func replacedFileKeepsItsModeWithoutSetID() throws {
        let scratch = try Scratch()
        let path = try scratch.write("old.svg", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o6750], ofItemAtPath: path)
        try FileIO.writeAtomically("new", to: path)
        #expect(try mode(path) == 0o750)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["old.svg"], "no temporary file is left")
    }
}

/// What a write on another thread came to, read once it has signalled.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Void, Diagnostic>?
    func set(_ value: Result<Void, Diagnostic>) { lock.withLock { result = value } }
    func get() -> Result<Void, Diagnostic>? { lock.withLock { result } }
}
