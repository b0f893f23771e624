import Foundation
import Testing

/// A built binary left running (`ecomap serve`, `ecomap watch`), with what it
/// writes to standard error. Stop it with ``stop()``, in a `defer` right after
/// starting it, so that it stops even when an expectation fails; it is
/// stopped when released too.
public final class Background: @unchecked Sendable {
    public let process = Process()
    private let lock = NSLock()
    private var errorText = ""
    private let reader = DispatchGroup()

    public init(_ arguments: [String], program name: String = "ecomap", in directory: String = Package.root.path,
                environment: [String: String] = [:]) throws {
        let path = Run.executable(name)
        Slow.expectTagged(.launchesBinary, starting: path)
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Run.RunError.notBuilt(path) }
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        DispatchQueue.global().async(group: reader) { [self] in
            let handle = err.fileHandleForReading
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                lock.lock(); errorText += String(decoding: data, as: UTF8.self); lock.unlock()
            }
        }
    }

    deinit { stop() }

    /// What it has written to standard error so far.
    public var stderr: String { lock.lock(); defer { lock.unlock() }; return errorText }

    /// Waits until standard error holds `text`; false if it doesn't within `timeout` seconds or the process ends.
    public func waitFor(_ text: String, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stderr.contains(text) { return true }
            if !process.isRunning { return stderr.contains(text) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// The address `ecomap serve` says it serves at, and its port.
    public func servingPort(timeout: Double = 60) -> Int? {
        guard waitFor("(Ctrl-C stops)", timeout: timeout),
              let match = stderr.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//) else { return nil }
        return Int(match.output.1)
    }

    /// Sends a signal and waits up to `timeout` seconds for the process to end; its exit status, or nil if it didn't.
    public func signal(_ number: Int32, timeout: Double = 30) -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, number)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Stops it: SIGINT, then SIGKILL if it hasn't stopped within 5 s.
    public func stop() {
        guard process.isRunning else { return }
        if signal(SIGINT, timeout: 5) == nil {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
