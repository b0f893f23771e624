import Foundation
import Testing
@testable import EcomapReport
import EcomapTestSupport

/// The report's script and style are files, compiled into the binary.
@Suite struct ReportAssetsTests {
    static let script = Package.path("Sources/EcomapReport/Assets/report.js")
    static let style = Package.path("Sources/EcomapReport/Assets/report.css")

    /// What the binary holds is what the files say (SwiftPM's embedInCode).
    @Test func binaryHoldsTheFiles() throws {
        #expect(PageAssets.css == (try String(contentsOfFile: Self.style, encoding: .utf8)))
        #expect(PageAssets.script == (try String(contentsOfFile: Self.script, encoding: .utf8)))
        #expect(PackageResources.directory_css == Array(try String(contentsOfFile: Self.directoryStyle, encoding: .utf8).utf8))
        #expect(PackageResources.directory_js == Array(try String(contentsOfFile: Self.directoryScript, encoding: .utf8).utf8))
    }

    /// The directory site's own style and script (`ecomap directory`).
    static let directoryScript = Package.path("Sources/EcomapReport/Assets/directory.js")
    static let directoryStyle = Package.path("Sources/EcomapReport/Assets/directory.css")
}

/// The report's script and style, checked as code by the programs that read
/// them (`node --check`, tinycss2). Each check is shown to fail on a broken
/// copy, so a missing checker can't pass for a clean file.
@Suite(.tags(.launchesBinary)) struct ReportAssetsCLITests {
    static let script = ReportAssetsTests.script
    static let style = ReportAssetsTests.style

    /// `node --check` on a file: its exit status and what it said.
    func nodeCheck(_ path: String) throws -> Run {
        try Run(["node", "--check", path], program: "/usr/bin/env")
    }

    /// `check_css.py` (tinycss2) on a file.
    func cssCheck(_ path: String) throws -> Run {
        try Run(["python3", Package.path("Tests/Support/check_css.py"), path], program: "/usr/bin/env")
    }

    @Test func scriptIsValidJavaScript() throws {
        let run = try nodeCheck(Self.script)
        #expect(run.status == 0, "node --check failed (`make test-setup` installs Node.js): \(run.stderr)")
        let scratch = try Scratch()
        // The script with its closing `})();` cut off.
        let cut = try #require(PageAssets.script.range(of: "})();", options: .backwards))
        let broken = try scratch.write("broken.js", String(PageAssets.script[..<cut.lowerBound]))
        let check = try nodeCheck(broken)
        #expect(check.status != 0 && check.stderr.contains("SyntaxError"), "\(check.status): \(check.stderr)")
    }

    @Test func directorySiteScriptAndStyleAreValid() throws {
        let script = try nodeCheck(ReportAssetsTests.directoryScript)
        #expect(script.status == 0, "node --check failed: \(script.stderr)")
        let style = try cssCheck(ReportAssetsTests.directoryStyle)
        #expect(style.status == 0, "check_css.py failed: \(style.stdout)\(style.stderr)")
    }

    @Test func styleParsesAsWritten() throws {
        let run = try cssCheck(Self.style)
        #expect(run.status == 0, "check_css.py failed (`make test-setup` installs tinycss2): \(run.stdout)\(run.stderr)")
        let scratch = try Scratch()
        let css = PageAssets.css
        #expect(css.contains("margin: 0; background:") && css.hasSuffix("}\n}\n"))
        // A semicolon left out, and the print block left open: a browser would
        // drop a rule and carry on, so each must fail the check.
        for (name, broken) in [("semicolon.css", css.replacingOccurrences(of: "margin: 0; background:", with: "margin: 0 background:")),
                               ("open.css", String(css.dropLast(2)))] {
            let check = try cssCheck(try scratch.write(name, broken))
            #expect(check.status == 1 && check.stdout.contains("\(name):"), "\(name): \(check.stdout)\(check.stderr)")
        }
    }
}
