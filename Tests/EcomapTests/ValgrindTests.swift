import Foundation
import Testing
import EcomapTestSupport

/// ecomap under valgrind: no read outside what was allocated, and no memory
/// lost but Graphviz's own. Graphviz 2.42 loses memory in agopen's id map
/// and in Pango's and fontconfig's caches whatever its caller does; a block
/// lost by ecomap itself would have been allocated by Swift's runtime or the
/// C library called from ecomap's code.
///
/// valgrind runs a copy of the binary without its debug information
/// (`objcopy --strip-debug`): valgrind 3.19 can't read the DWARF that Swift
/// 6 writes, says "Possibly corrupted debuginfo file", and gives up before
/// running the program, debug build or release. The symbols stay, so a lost
/// block still names the function that allocated it. Without valgrind, or
/// when it gives up, these fail: they never pass having looked at nothing.
@Suite(.tags(.valgrind, .launchesBinary))
struct ValgrindTests {
    /// The libraries a lost block may come from: Graphviz and what it loads to draw text.
    static let graphvizOwn = ["libcgraph", "libgvc", "libcdt", "libpathplan", "libxdot", "libgvplugin", "libpango", "libcairo",
                              "libfontconfig", "libfreetype", "libglib", "libgobject", "libexpat", "libharfbuzz", "libpixman"]

    struct Report {
        var invalidAccesses: Int
        var definitelyLost: Int
        /// The first frame that allocated each definitely lost block, past malloc itself.
        var lostIn: [String]
    }

    /// Runs `ecomap arguments` under valgrind in `directory`, from a copy of
    /// the binary without debug information that it keeps there.
    func valgrind(_ arguments: [String], in directory: String) throws -> Report {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/valgrind"), "valgrind is not installed: make test-setup installs it")
        let binary = directory + "/.ecomap-without-debug-info"
        if !FileManager.default.fileExists(atPath: binary) {
            let strip = try Run(["--strip-debug", Run.executable("ecomap"), binary], program: "/usr/bin/objcopy")
            try #require(strip.status == 0, "objcopy: \(strip.stderr)")
        }
        let run = try Run(["--leak-check=full", "--num-callers=8", binary] + arguments, program: "/usr/bin/valgrind", in: directory)
        let text = run.stderr
        // valgrind ran the program to its end only if it summed up its errors.
        try #require(text.contains("ERROR SUMMARY:"), "valgrind did not run \(arguments): \(text.suffix(600))")
        // Reads and writes outside a block; not "uninitialised" reports, which
        // Swift's runtime makes by design as it fills in type metadata.
        let invalid = ["Invalid read", "Invalid write", "Invalid free"].reduce(0) { $0 + text.components(separatedBy: $1).count - 1 }
        var lost = 0
        if let line = text.split(separator: "\n").first(where: { $0.contains("definitely lost:") }),
           let number = line.split(separator: ":").last?.split(separator: " ").first {
            lost = Int(number.replacingOccurrences(of: ",", with: "")) ?? -1
        }
        var lostIn: [String] = []
        // Each record: a header line, then "at" malloc and "by" frames; the first frame not in valgrind's preload is the allocator.
        let lines = text.split(separator: "\n").map(String.init)
        for (i, line) in lines.enumerated() where line.contains("are definitely lost in loss record") {
            let frames = lines[(i + 1)...].prefix { $0.contains(" at 0x") || $0.contains(" by 0x") }
            let caller = frames.first { !$0.contains("vgpreload") } ?? ""
            lostIn.append(caller)
        }
        return Report(invalidAccesses: invalid, definitelyLost: lost, lostIn: lostIn)
    }

    /// `check` loses nothing, and files that end inside a statement are read within their bytes.
    @Test func check() throws {
        let scratch = try Scratch()
        let real = try valgrind(["check", Package.path("Maps/scw-current.ecomap")], in: scratch.url.path)
        #expect(real.invalidAccesses == 0 && real.definitelyLost == 0, "\(real)")
        for (n, text) in ["person a [in:", "person", "a ->", "a -> b :"].enumerated() {
            try scratch.write("f\(n).ecomap", text)
            let report = try valgrind(["check", "f\(n).ecomap"], in: scratch.url.path)
            #expect(report.invalidAccesses == 0 && report.definitelyLost == 0, "\(text): \(report)")
        }
    }

    /// `render` loses only what Graphviz loses; `embed` reads its Markdown cleanly.
    @Test func renderAndEmbed() throws {
        let scratch = try Scratch()
        let drawn = try valgrind(["render", Package.path("Maps/scw-current.ecomap"), "-o", "m.svg"], in: scratch.url.path)
        #expect(drawn.invalidAccesses == 0, "\(drawn)")
        #expect(drawn.lostIn.count > 0 || drawn.definitelyLost == 0)
        for caller in drawn.lostIn {
            #expect(Self.graphvizOwn.contains { caller.contains($0) }, "lost by ecomap itself: \(caller)")
        }
        try scratch.write("d.md", "# D\n\n<p\n\n- ```ecomap\n  person a\n  person b\n  a -> b\n  ```\n\n![x <b>y</b>](m.ecomap)\n")
        try scratch.write("m.ecomap", "person c\nperson d\nc -> d")
        let embedded = try valgrind(["embed", "d.md", "-o", "d.html"], in: scratch.url.path)
        #expect(embedded.invalidAccesses == 0, "\(embedded)")
        for caller in embedded.lostIn {
            #expect(Self.graphvizOwn.contains { caller.contains($0) }, "lost by ecomap itself: \(caller)")
        }
    }
}
