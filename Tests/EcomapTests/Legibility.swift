import Foundation
import Testing
import EcomapTestSupport

/// `Benchmarks/legibility.py --json` run on drawings the built binary makes:
/// what the page, crossing and department-map tests read their measures from
/// (the SVG as a reader sees it, never ecomap's internals).
enum Legibility {
    /// One drawing's measures (the script's `record`); the columns a run
    /// doesn't measure are nil.
    struct Record: Decodable {
        var map: String
        var nodes: Int
        var represented: Int
        var uncounted: Int
        var slide: Double?
        var a4: Double?
        var overlaps: Int
        var through: Int
        var crossings: Int
        var neato: Int?
        var cut: Int
        var key: Bool
        var planar: Bool?
        var minimum: Int?
        var minimumExact: Bool?
        var ecoCrossings: Int?
        var ecoSlide: Double?
        var ecoOverlaps: Int?
        var ecoThrough: Int?
        var ecoCut: Int?
    }

    /// The maps' drawings by page kind, and the SVG files given, measured as they are.
    struct Measures: Decodable {
        var pages: [String: [Record]]
        var drawings: [Record]
    }

    /// Runs the script on `inputs` (maps drawn for each of `pages`, and SVG
    /// files); `baseline` adds neato's crossings on ecomap's own DOT.
    static func measure(_ inputs: [String], pages: String = "default,a4", baseline: Bool = false,
                        timeout: Int? = nil) throws -> Measures {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Benchmarks/legibility.py", "--json", "--ecomap", Run.executable("ecomap"), "--pages", pages]
            + (baseline ? [] : ["--no-baseline"]) + (timeout.map { ["--timeout", String($0)] } ?? []) + inputs
        process.currentDirectoryURL = Package.root
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "legibility.py failed")
        return try JSONDecoder().decode(Measures.self, from: data)
    }
}
