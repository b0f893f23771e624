import Foundation
import Testing
import EcomapTestSupport

/// The page's style and script are files checked as code: the script by
/// node's parser, the style by tinycss2's (`make test-setup` installs both).
/// They start those programs, so `make test-fast` leaves them out.
@Suite(.tags(.launchesBinary)) struct AssetCLITests {
    static let folder = Package.path("Sources/EcomapServe/Resources")

    @Test func theScriptIsJavaScript() throws {
        let run = try Run(["node", "--check", "\(Self.folder)/preview.js"], program: "/usr/bin/env")
        #expect(run.status != 127, "node is missing: `make test-setup` installs it")
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func theStyleIsCSS() throws {
        let run = try Run(["python3", Package.path("Tests/Support/check_css.py"), "\(Self.folder)/preview.css"], program: "/usr/bin/env")
        #expect(!run.stderr.contains("No module named"), "tinycss2 is missing: `make test-setup` installs it")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    /// The checks catch what they are for.
    @Test func theChecksFindMistakes() throws {
        let scratch = try Scratch()
        let script = try scratch.write("bad.js", "(function () { var x = ; })();\n")
        #expect(try Run(["node", "--check", script], program: "/usr/bin/env").status == 1)
        let style = try scratch.write("bad.css", ".a { color: red; }\n.b { color: ; }\n} .c { }\n")
        let css = try Run(["python3", Package.path("Tests/Support/check_css.py"), style], program: "/usr/bin/env")
        #expect(css.status == 1 && css.stdout.contains("bad.css:2"), "\(css.stdout)")
    }
}
