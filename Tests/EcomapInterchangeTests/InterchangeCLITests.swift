import EcomapTestSupport
import Foundation
import Testing

/// The built `ecomap` binary, as a new user would run it: import a workbook,
/// check it, draw it, report it, audit it, export it.
@Suite(.tags(.launchesBinary)) struct InterchangeCLITests {
    func copy(_ workbook: String, into scratch: Scratch, as name: String? = nil) throws -> String {
        try scratch.write(name ?? workbook, bytes: try Workbooks.bytes(workbook))
    }

    /// The README's walk-through: the workbook a community grower keeps
    /// (`Examples/Import/agency-groups.xlsx`: title row, headers in row 4,
    /// their own column names, free-text funding, a totals row, a notes
    /// sheet) imports in one run, passes --strict, and the audit finds the
    /// six pairs planted in it and none of the look-alikes.
    @Test func agencyGroupsWorkbookImportsAndAuditsAsTheReadmeShows() throws {
        let folder = Package.path("Examples/Import")
        let scratch = try Scratch()
        let map = scratch.path("groups.ecomap")
        let run = try Run(["import", "agency-groups.xlsx", "-o", map, "--title", "Agency groups"], in: folder)
        #expect(run.status == 0 && run.stderr.contains("  Owner / lead    leads\n") && run.stderr.contains("[totals-row]"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("Wrote \(map): 37 nodes (7 organisations, 30 communities), 0 links, no directed links\n"), "\(run.stderr)")
        #expect(try Run(["check", "--strict", map]).status == 0)
        let audit = try Run(["audit", map, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: audit.stdoutBytes) as? [String: Any])
        let pairs = try #require(json["duplicates"] as? [[String: Any]]).compactMap { ($0["labels"] as? [String])?.joined(separator: " | ") }
        #expect(Set(pairs) == ["Data Science CoP | Data Science Community of Practice", "DDaT | Digital, Data and Technology Profession",
                               "User Research CoP | User Research Community", "Power BI Community | PowerBI users",
                               "Agile CoP | Agile Delivery CoP", "Line Managers Network | Line Manager Community"], "\(pairs)")
        let text = try Run(["audit", map])
        #expect(text.stdout.hasPrefix("Audit of Agency groups: 30 communities\n"))
        #expect(text.stdout.contains("      'DDaT' is short for 'Digital Data Technology'\n"), "\(text.stdout)")
        #expect(text.stdout.contains("Missing to be found (26 of 30)\n") && text.stdout.contains("Missing most: description 16, sponsor 16, funded 14, leads or contacts 16, url 26\n"))
    }

    @Test func importCheckAndDraw() throws {
        let scratch = try Scratch()
        _ = try copy("kumu.xlsx", into: scratch)
        let run = try Run(["import", "kumu.xlsx", "-o", "kumu.ecomap"], in: scratch.url.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "Wrote kumu.ecomap: 4 nodes (1 organisation, 1 platform, 1 person, 1 community), 5 links, 25% two-way\n")
        let check = try Run(["check", "--strict", "kumu.ecomap"], in: scratch.url.path)
        #expect(check.status == 0, "\(check.stderr)")
        let render = try Run(["render", "kumu.ecomap", "-o", "kumu.svg"], in: scratch.url.path)
        #expect(render.status == 0 && scratch.exists("kumu.svg"), "\(render.stderr)")
    }

    /// The README's import and audit examples, on the workbooks shipped in
    /// `Examples/Import/` (made by make_workbooks.py, as the tests' are):
    /// they do what the README shows.
    @Test func readmeExamples() throws {
        let folder = Package.path("Examples/Import")
        let scratch = try Scratch()
        let typo = try Run(["import", folder + "/communities.xlsx", "-o", scratch.path("c.ecomap")], in: folder)
        #expect(typo.status == 1 && typo.stderr.hasPrefix("\(folder)/communities.xlsx: Connections!B7: error: unknown element 'Youth forum' [unknown-element]\nhint: did you mean 'Youth Forum'?\n"), "\(typo.stderr)")
        let defra = try Run(["import", "defra.xlsx", "-o", scratch.path("defra.ecomap"), "--title", "Defra communities", "--kind-map",
                             "Staff network=community,Yammer group=community,Community of practice=community,Profession=community"], in: folder)
        #expect(defra.stderr.hasSuffix(": 16 nodes (1 organisation, 1 platform, 3 people, 11 communities), 28 links, 0% two-way\n"), "\(defra.stderr)")
        let audit = try Run(["audit", scratch.path("defra.ecomap")])
        #expect(audit.stdout.hasPrefix("Audit of Defra communities: 11 communities\n\nJudged by these columns of the spreadsheet the map came from:\n"
            + "  Label           label\n"), "\(audit.stdout)")
        #expect(audit.stdout.contains("  Senior sponsor  sponsor\n") && audit.stdout.contains("\n\nLikely duplicates (5)\n"), "\(audit.stdout)")
    }

    /// A workbook is read in memory: with nowhere to write a temporary file,
    /// a good one imports and a broken one gets its own diagnostic. (Until
    /// the zip was read by hand, ZIPFoundation's reader in memory trapped
    /// on broken zips, and import needed a temporary file.)
    @Test func noTemporaryFolder() throws {
        let scratch = try Scratch()
        let missing = ["TMPDIR": scratch.path("missing")]
        let good = try Run(["import", Package.path("Examples/Import/defra.xlsx"), "-o", scratch.path("m.ecomap"), "--kind-map", DefraWorkbook.kinds],
                           environment: missing)
        #expect(good.status == 0 && scratch.exists("m.ecomap"), "\(good.stderr)")
        let broken = Package.path("Tests/EcomapInterchangeTests/Fixtures/zip-offsets-past-end.xlsx")
        let run = try Run(["import", broken, "-o", scratch.path("b.ecomap")], environment: missing)
        #expect(run.status == 1 && run.stderr.hasPrefix("\(broken): error: '\(broken)' is a zip file with no workbook in it"), "\(run.stderr)")
        #expect(!scratch.exists("b.ecomap"))
    }

    /// The Defra landscape kept as a spreadsheet: it imports, its report's
    /// directory shows the audit columns, and the audit finds what was planted.
    @Test func defraLandscape() throws {
        let scratch = try Scratch()
        _ = try copy("defra.xlsx", into: scratch)
        let failed = try Run(["import", "defra.xlsx", "-o", "defra.ecomap"], in: scratch.url.path)
        #expect(failed.status == 1 && !scratch.exists("defra.ecomap"))
        #expect(failed.stderr.contains("defra.xlsx: Communities!B4: error: unknown element type 'Staff network'"))
        // The library's hint says what to do in words; the command line adds its option.
        #expect(failed.stderr.contains("in the kind map, such as \"Staff network=community\"")
            && failed.stderr.contains(" (--kind-map \"TYPE=KIND,...\")\n"))
        #expect(failed.stderr.hasSuffix("4 errors, 0 warnings; nothing was written\n"))
        let run = try Run(["import", "defra.xlsx", "-o", "defra.ecomap", "--kind-map", DefraWorkbook.kinds, "--title", "Defra communities"],
                          in: scratch.url.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Run(["check", "--strict", "defra.ecomap"], in: scratch.url.path).status == 0)
        let report = try Run(["report", "defra.ecomap", "-o", "report.html"], in: scratch.url.path)
        #expect(report.status == 0, "\(report.stderr)")
        let html = String(decoding: try scratch.bytes("report.html"), as: UTF8.self)
        #expect(html.contains("Director of HR") && html.contains("Two co-chairs") && html.contains("Defra communities"))
        let audit = try Run(["audit", "defra.ecomap", "--fail-on", "duplicates"], in: scratch.url.path)
        #expect(audit.status == 1)
        #expect(audit.stdout.contains("Likely duplicates (5)") && audit.stdout.contains("looks like an abbreviation of"))
        #expect(try Run(["audit", "defra.ecomap", "--fail-on", "missing", "--format", "json"], in: scratch.url.path).status == 1)
        let welsh = try Run(["audit", "defra.ecomap", "--lang", "cy"], in: scratch.url.path)
        #expect(welsh.status == 0 && welsh.stdout.hasPrefix("Archwiliad o Defra communities: 11 o gymunedau\n"))
        #expect(welsh.stdout.contains("Dyblygion tebygol (5)") && !welsh.stdout.contains("Likely duplicates"))
        // Both languages: each line in Welsh, its English under it; the file said written in both.
        let both = try Run(["audit", "defra.ecomap", "--lang", "cy+en", "-o", "audit.txt"], in: scratch.url.path)
        #expect(both.status == 0 && both.stderr == "Ysgrifennwyd / Wrote audit.txt\n", "\(both.stderr)")
        let lines = String(decoding: try scratch.bytes("audit.txt"), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(2)) == ["Archwiliad o Defra communities: 11 o gymunedau", "Audit of Defra communities: 11 communities"])
        let duplicates = try #require(lines.firstIndex(of: "Dyblygion tebygol (5)"))
        #expect(lines[duplicates + 1] == "Likely duplicates (5)")
        #expect(lines[duplicates + 2].hasPrefix("  - ") && lines[duplicates + 2].contains(" ac ED&I network"))
        #expect(lines[duplicates + 3].hasPrefix("    ") && lines[duplicates + 3].contains(" and ED&I network"))
        #expect(lines.last?.hasPrefix("Missing most: ") == true && lines.dropLast().last?.hasPrefix("Ar goll amlaf: ") == true)
        let bad = try Run(["audit", "defra.ecomap", "--fail-on", "duplicates,typos"], in: scratch.url.path)
        #expect(bad.status == 2 && bad.stderr.contains("'typos' is not a finding"))
    }

    @Test func auditPassesAClearMap() throws {
        let scratch = try Scratch()
        try scratch.write("ok.ecomap", """
            map "OK"
            community a "Youth Forum" [description: "x", sponsor: "y", funded: yes, leads: "z", url: https://x.org]
            person p "People"
            p -> a : participates
            """)
        let run = try Run(["audit", "ok.ecomap", "--fail-on", "duplicates,missing", "-o", "audit.txt"], in: scratch.url.path)
        #expect(run.status == 0 && run.stderr == "Wrote audit.txt\n", "\(run.stderr)")
    }

    /// A bad workbook writes nothing and leaves an existing map as it was.
    @Test func badImportWritesNothing() throws {
        let scratch = try Scratch()
        _ = try copy("bad-unknown.xlsx", into: scratch, as: "communities.xlsx")
        try scratch.write("communities.ecomap", "old\n")
        let run = try Run(["import", "communities.xlsx", "-o", "communities.ecomap"], in: scratch.url.path)
        #expect(run.status == 1)
        #expect(run.stderr == """
            communities.xlsx: Connections!B7: error: unknown element 'Youth forum' [unknown-element]
            hint: did you mean 'Youth Forum'?
            1 error, 0 warnings; nothing was written

            """)
        #expect(String(decoding: try scratch.bytes("communities.ecomap"), as: UTF8.self) == "old\n")
        let mapped = try Run(["import", "communities.xlsx", "-o", "x.ecomap", "--kind-map", "Staff network"], in: scratch.url.path)
        #expect(mapped.status == 2 && mapped.stderr.contains("--kind-map: 'Staff network' is not TYPE=KIND"))
        let same = try Run(["import", "communities.xlsx", "-o", "communities.xlsx"], in: scratch.url.path)
        #expect(same.status == 2 && same.stderr.contains("would overwrite the input"))
    }

    /// A cell the language can't hold on one line (65,536 bytes) is an
    /// error at that cell, and nothing is written: it imported, and then the
    /// map it wrote failed `ecomap check --strict` with line-too-long.
    @Test func cellTooLongWritesNothing() throws {
        let scratch = try Scratch()
        try scratch.write("e.csv", "Label,Type,Description\nYouth Forum,community,A forum\n"
                          + "Social Care Wales,organisation,\(String(repeating: "x", count: 70_000))\n")
        try scratch.write("c.csv", "From,To\nSocial Care Wales,Youth Forum\n")
        let run = try Run(["import", "e.csv", "c.csv", "-o", "m.ecomap"], in: scratch.url.path)
        #expect(run.status == 1 && run.stderr.hasPrefix(
            "e.csv: C3: error: the cell holds 70000 bytes of text, more than the 65536 a line of a map can hold [cell-too-long]\n"), "\(run.stderr)")
        #expect(!scratch.exists("m.ecomap"))
        // Just under the limit, the map is written and checks.
        try scratch.write("e.csv", "Label,Type,Description\nYouth Forum,community,A forum\n"
                          + "Social Care Wales,organisation,\(String(repeating: "x", count: 65_000))\n")
        let fits = try Run(["import", "e.csv", "c.csv", "-o", "m.ecomap"], in: scratch.url.path)
        #expect(fits.status == 0, "\(fits.stderr)")
        #expect(try Run(["check", "--strict", "m.ecomap"], in: scratch.url.path).status == 0)
    }

    /// With --strict, a warning (an element with no connections) writes nothing.
    @Test func strictImport() throws {
        let scratch = try Scratch()
        try scratch.write("e.csv", "Label,Type\nA,person\nB,person\nLonely,person\n")
        try scratch.write("c.csv", "From,To\nA,B\n")
        let loose = try Run(["import", "e.csv", "c.csv", "-o", "m.ecomap"], in: scratch.url.path)
        #expect(loose.status == 0 && loose.stderr.hasPrefix("e.csv: A4: warning: 'lonely' has no links [isolated-node]\n"))
        let strict = try Run(["import", "e.csv", "c.csv", "-o", "n.ecomap", "--strict"], in: scratch.url.path)
        #expect(strict.status == 1 && !scratch.exists("n.ecomap"))
    }

    @Test func exportEveryFormat() throws {
        let scratch = try Scratch()
        let map = Package.path("Maps/scw-current.ecomap")
        for (format, file) in [("graphml", "m.graphml"), ("gexf", "m.gexf"), ("xlsx", "m.xlsx"), ("kumu", "m.json"),
                               ("mermaid", "m.mmd"), ("json", "e.json")] {
            let run = try Run(["export", map, "--format", format, "-o", file], in: scratch.url.path)
            #expect(run.status == 0 && run.stderr == "Wrote \(file)\n" && scratch.exists(file), "\(format): \(run.stderr)")
        }
        let csv = try Run(["export", map, "--format", "csv", "-o", "scw.csv"], in: scratch.url.path)
        #expect(csv.status == 0 && csv.stderr == "Wrote scw-elements.csv\nWrote scw-connections.csv\n")
        let back = try Run(["import", "scw-elements.csv", "scw-connections.csv", "-o", "back.ecomap"], in: scratch.url.path)
        #expect(back.status == 0, "\(back.stderr)")
        let noBase = try Run(["export", map, "--format", "csv"], in: scratch.url.path)
        #expect(noBase.status == 2 && noBase.stderr.contains("name them with -o BASE"))
        let stdout = try Run(["export", map, "--format", "mermaid"], in: scratch.url.path)
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("---\ntitle: ") && stdout.stderr.isEmpty)
    }

    @Test func help() throws {
        for command in ["import", "export", "audit"] {
            let run = try Run([command, "--help"])
            Golden.assertMatches(run.stdout, "cli/\(command)-help.txt")
        }
    }
}
