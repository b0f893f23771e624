import Foundation
import Testing

/// Runs a built binary of the package and captures what it does, for end-to-end tests.
public struct Run {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var stdoutBytes: Data

    /// The directory the test runner was built into; `swift build` puts the
    /// package's executables there too (the Makefile builds them before testing).
    public static let buildDirectory: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        // On Linux the runner may live inside an `.xctest` bundle folder.
        if dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
        return dir
    }()

    public static func executable(_ name: String) -> String {
        // A tool of the system's, named by its path (xmllint, valgrind).
        if name.hasPrefix("/") { return name }
        if name == "ecomap", let custom = ProcessInfo.processInfo.environment["ECOMAP_BIN"] { return custom }
        let candidates = [buildDirectory.appendingPathComponent(name).path,
                          Package.path(".build/debug/\(name)")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// Runs `name` with `arguments` in `directory`, feeding `input` to standard input.
    /// `outputTo` and `errorsTo` send standard output or error to a file
    /// instead (such as `/dev/full`); what is captured from it is then empty.
    @discardableResult
    public init(_ arguments: [String], program name: String = "ecomap", input: Data? = nil,
         in directory: String = Package.root.path, environment: [String: String] = [:],
         outputTo: String? = nil, errorsTo: String? = nil) throws {
        let path = Run.executable(name)
        Slow.expectTagged(name.hasSuffix("/valgrind") ? .valgrind : .launchesBinary, starting: path)
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw name.hasPrefix("/") ? RunError.notInstalled(path) : RunError.notBuilt(path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = try outputTo.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? out
        process.standardError = try errorsTo.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? err
        process.standardInput = inPipe
        try process.run()
        // Our copies of the write ends must close, or reading them would never end.
        if outputTo != nil { try out.fileHandleForWriting.close() }
        if errorsTo != nil { try err.fileHandleForWriting.close() }
        // Read both pipes while the process runs, so a large output can't block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        status = process.terminationStatus
        stdoutBytes = outData
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }

    public enum RunError: Error, CustomStringConvertible {
        case notBuilt(String)
        /// A tool of the system's (xmllint, valgrind) is missing.
        case notInstalled(String)
        /// The relay that measures a run (``Measured``) said nothing: python3 is missing or failed.
        case notMeasured(String)
        public var description: String {
            switch self {
            case .notBuilt(let path): "\(path) is not built; run `swift build` (or `make test`) first"
            case .notInstalled(let path): "\(path) is not installed; `make test-setup` installs it"
            case .notMeasured(let path): "\(path) could not be measured: python3 is missing or failed (`make test-setup` installs it)"
            }
        }
    }
}

/// A scratch folder for a test, removed when it is done with.
public final class Scratch {
    public let url: URL
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ecomap-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }
}
