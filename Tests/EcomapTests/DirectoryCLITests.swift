import Foundation
import Testing
import EcomapTestSupport

/// `ecomap directory` end to end: the built binary writes a site into a folder.
@Suite(.tags(.launchesBinary)) struct DirectoryCLITests {
    @Test func writesTheSiteIntoAFolderItMakes() throws {
        let scratch = try Scratch()
        let folder = scratch.path("out/site")
        let run = try Run(["directory", "Maps/defra-communities.ecomap", "-o", folder])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "Wrote \(folder)/index.html + \(folder)/pages/*.html (11)\n")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder + "/pages").sorted()
        #expect(pages.count == 11 && pages.contains("cops.html") && pages.contains("defra.html"))
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        // Every link of the index leads to a page that was written.
        let links = index.components(separatedBy: "<a href=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
        #expect(links.count == 11)
        for link in links { #expect(FileManager.default.fileExists(atPath: folder + "/" + link), "\(link)") }
        #expect(FileManager.default.fileExists(atPath: folder + "/directory.js"))
        // The same map, the same bytes.
        let again = scratch.path("again")
        #expect(try Run(["directory", "Maps/defra-communities.ecomap", "-o", again]).status == 0)
        for name in ["index.html", "pages/cops.html", "pages/defra.html"] {
            #expect(FileManager.default.contents(atPath: folder + "/" + name) == FileManager.default.contents(atPath: again + "/" + name))
        }
    }

    /// A second run after the map lost a community removes its old page and
    /// says so, in each language asked for; a file of the user's in the folder stays.
    @Test func aSecondRunRemovesThePagesOfEntriesTheMapLost() throws {
        let scratch = try Scratch()
        let text = "community a \"Alpha network\"\ncommunity b \"Beta network\"\ncommunity c \"Gamma network\"\na -> b\nb -> c\n"
        try scratch.write("groups.ecomap", text)
        #expect(try Run(["directory", "groups.ecomap", "-o", "site"], in: scratch.url.path).status == 0)
        try scratch.write("site/pages/notes.txt", "mine")
        try scratch.write("groups.ecomap", text.replacingOccurrences(of: "community c \"Gamma network\"\n", with: "")
            .replacingOccurrences(of: "b -> c\n", with: ""))
        let run = try Run(["directory", "groups.ecomap", "-o", "site", "--lang", "cy+en"], in: scratch.url.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("\nTynnwyd 1 dudalen o rediad cynharach, o gofnodion nad ydynt yn y map mwyach / "
                                     + "Removed 1 page from an earlier run, of entries the map no longer has\n"), "\(run.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: scratch.path("site/pages")).sorted()
        #expect(pages == ["a.html", "b.html", "notes.txt"])
        // A run that removes nothing says nothing of it.
        let same = try Run(["directory", "groups.ecomap", "-o", "site"], in: scratch.url.path)
        #expect(same.status == 0 && !same.stderr.contains("Removed"), "\(same.stderr)")
    }

    @Test func bilingualSaysWroteInBothLanguages() throws {
        let scratch = try Scratch()
        let run = try Run(["directory", "Maps/scw-current.ecomap", "-o", scratch.path("site"), "--lang", "cy+en"])
        #expect(run.status == 0 && run.stderr.hasPrefix("Ysgrifennwyd / Wrote "), "\(run.stderr)")
        let index = try String(contentsOfFile: scratch.path("site/index.html"), encoding: .utf8)
        #expect(index.contains("<html lang=\"cy\">") && index.contains("<span class=\"second\" lang=\"en\">Search</span>"))
    }

    @Test func aFileWhereTheFolderShouldBeIsADiagnosticAndNothingIsWritten() throws {
        let scratch = try Scratch()
        let file = try scratch.write("taken", "a file")
        let run = try Run(["directory", "Maps/scw-current.ecomap", "-o", file])
        #expect(run.status == 1)
        #expect(run.stderr == "\(file): error: '\(file)' is a file, not a folder [unwritable-file]\nhint: name a folder to write into, or a new one to make\n",
                "\(run.stderr)")
        let kept = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!run.stderr.contains("Fatal error") && kept == "a file")
    }

    @Test func aFileNameForTheFolderIsRefusedWithAHint() throws {
        let run = try Run(["directory", "Maps/scw-current.ecomap", "-o", "site.html"])
        #expect(run.status == 2 && run.stderr.contains("-o names a folder for the site, not a file: 'site.html' (try -o site)"), "\(run.stderr)")
        let part = try Run(["directory", "Maps/scw-current.ecomap", "-o", "site", "--focus", "scw"])
        #expect(part.status == 2 && part.stderr.contains("a directory draws each community's neighbourhood"), "\(part.stderr)")
    }

    @Test func aMapWithNothingToListSaysSoAndWritesNothing() throws {
        let scratch = try Scratch()
        try scratch.write("people.ecomap", "person a \"A\"\nplatform p \"P\"\na -> p : uses\n")
        let run = try Run(["directory", "people.ecomap", "-o", "site"], in: scratch.url.path)
        #expect(run.status == 1)
        Golden.assertMatches(run.stderr, "diagnostics/nothing-to-list.txt")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("site/index.html")))
    }

    @Test func aBrokenMapWritesNothing() throws {
        let scratch = try Scratch()
        let map = try scratch.write("broken.ecomap", "community a \"A\"\na -> missing\n")
        let run = try Run(["directory", map, "-o", scratch.path("site")])
        #expect(run.status == 1 && run.stderr.contains("broken.ecomap:2:6: error: unknown node 'missing' [unknown-node]"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("site")))
    }
}
