import EcomapCore
import Foundation

// Checks one map again and again in one process, as a long-running program
// (a server) would, and prints the memory the process holds after each
// thousand: a leak shows as a line that keeps rising. The tests run it
// (RobustnessTests) because in-process tests share their memory with every
// other test running beside them.
//
//   swift run ecomap-soak Maps/scw-current.ecomap 10000
let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[2]), count > 0 else {
    FileHandle.standardError.write(Data("usage: ecomap-soak MAP COUNT\n".utf8))
    exit(2)
}
let bytes: [UInt8]
do { bytes = try Array(Data(contentsOf: URL(fileURLWithPath: arguments[1]))) } catch {
    FileHandle.standardError.write(Data("can't read \(arguments[1])\n".utf8))
    exit(1)
}

/// Resident memory in bytes, from /proc/self/statm (pages).
func resident() -> Int {
    let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

print("documents\tresident MB")
for i in 1...count {
    let document = MapDocument(source: SourceText(name: "soak.ecomap", bytes: bytes))
    if document.errorCount > 0 { FileHandle.standardError.write(Data("the map has errors\n".utf8)); exit(1) }
    if i % 1_000 == 0 { print("\(i)\t\(String(format: "%.1f", Double(resident()) / 1_048_576))") }
}
