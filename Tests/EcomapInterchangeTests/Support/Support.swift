import EcomapCore
import EcomapTestSupport
import Foundation
import Testing

/// What only these tests need beside `EcomapTestSupport`: the Python
/// scripts beside this file (networkx, igraph and openpyxl, the tools people
/// use) and the workbooks they make.
enum Interchange {
    /// This folder: the scripts.
    static let support = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// `Tests/EcomapInterchangeTests/Fixtures`: files other programs made.
    static let fixtures = support.deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Runs one of the Python scripts in `Support/` and gives what it printed.
    /// Exit status 3 means a module is missing: that fails the test (it is
    /// never skipped), saying which and how to install it.
    static func python(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", support.appendingPathComponent(script).path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the script runs, so a large output can't block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        process.waitUntilExit()
        group.wait()
        if process.terminationStatus != 0 {
            Issue.record("\(script) failed (\(process.terminationStatus)): \(String(decoding: errData, as: UTF8.self))",
                         sourceLocation: sourceLocation)
        }
        return String(decoding: outData, as: UTF8.self)
    }

    /// A map in `Maps/`, checked.
    static func map(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CheckedMap {
        try checked(path: Package.path("Maps/\(name)"), sourceLocation: sourceLocation)
    }
}

extension Scratch {
    func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: url.appendingPathComponent(name))) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
}

/// The workbooks `Support/make_workbooks.py` writes with openpyxl, made once per test run.
enum Workbooks {
    static var url: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ecomap-workbooks-\(ProcessInfo.processInfo.processIdentifier)")
    }

    static let folder: Result<URL, any Error> = Result {
        let url = Workbooks.url
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        // Removed when the test run ends.
        atexit { try? FileManager.default.removeItem(at: Workbooks.url) }
        if !FileManager.default.fileExists(atPath: url.appendingPathComponent("defra.xlsx").path) {
            _ = try Interchange.python("make_workbooks.py", [url.path])
        }
        return url
    }

    /// The bytes of one workbook; the test fails (not skips) when openpyxl is missing.
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try folder.get().appendingPathComponent(name)
        return Array(try Data(contentsOf: url))
    }

    static func path(_ name: String) throws -> String { try folder.get().appendingPathComponent(name).path }
}
