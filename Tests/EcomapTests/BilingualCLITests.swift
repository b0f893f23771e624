import Foundation
import Testing
@testable import EcomapReport
import EcomapTestSupport

/// `--lang cy+en` on the outputs that speak (issue 21): Welsh first, English
/// after it, in stats, compare (text and Markdown) and drawings; a drawing's
/// membership boxes named in its language.
@Suite(.tags(.launchesBinary)) struct BilingualCLITests {
    static let current = "Maps/scw-current.ecomap", best = "Maps/scw-best-practice.ecomap"

    /// Where `text` first says `a`, and that it says `b` after it.
    func welshBefore(_ a: String, _ b: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let welsh = text.range(of: a) else { Issue.record("no '\(a)'", sourceLocation: sourceLocation); return }
        guard let english = text.range(of: b) else { Issue.record("no '\(b)'", sourceLocation: sourceLocation); return }
        #expect(welsh.lowerBound < english.lowerBound, "'\(a)' should come before '\(b)'", sourceLocation: sourceLocation)
    }

    @Test func stats() throws {
        let run = try Run(["stats", Self.current, "--lang", "cy+en", "--top", "3"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The title in each language, Welsh first.
        #expect(lines.prefix(2) == ["Cymunedau Gofal Cymdeithasol Cymru: presennol", "Social Care Wales communities: current"])
        welshBefore("  nodau ", "  nodes ", in: run.stdout)
        // A number said the same way in both is given once, labelled in both.
        #expect(run.stdout.contains("dwysedd / density"))
        // The node table: Welsh headings with the English names' headings on the right, then a line of English headings under the numbers.
        let heading = try #require(lines.firstIndex { $0.hasPrefix("nod ") })
        #expect(lines[heading].range(of: #"brocer +node +kind$"#, options: .regularExpression) != nil, "\(lines[heading])")
        let englishHeading = lines[heading + 1]
        #expect(englishHeading.hasPrefix(" "), "the English headings stand over the numbers, not the names: '\(englishHeading)'")
        #expect(englishHeading.contains("betweenness") && englishHeading.contains("closeness"))
        let first = lines[heading + 2]
        #expect(first.hasPrefix("Gofal Cymdeithasol Cymru") && first.contains("Social Care Wales"))
        welshBefore("(9 arall", "(9 more", in: run.stdout)
        // One language is as it was: no English in the Welsh table.
        let welsh = try Run(["stats", Self.current, "--lang", "cy"])
        #expect(!welsh.stdout.contains("Social Care Wales") && !welsh.stdout.contains("density"))
    }

    @Test func compareText() throws {
        let run = try Run(["compare", Self.current, Self.best, "--lang", "cy+en", "--max-findings", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        welshBefore("Cymharu ", "Comparing ", in: run.stdout)
        welshBefore("Canfyddiadau: ", "Findings: ", in: run.stdout)
        #expect(run.stdout.contains("Cysylltiadau dwy ffordd ar goll (6) / Missing two-way links (6)"))
        welshBefore("Pam mae'n bwysig: ", "Why it matters: ", in: run.stdout)
        welshBefore("Beth i'w wneud: ", "What to do: ", in: run.stdout)
        // The table: each row's Welsh label on the left, its English on the right.
        #expect(run.stdout.range(of: #"\n  nodau +12 +13  nodes\n"#, options: .regularExpression) != nil, "\(run.stdout)")
    }

    @Test func compareMarkdown() throws {
        let run = try Run(["compare", Self.current, Self.best, "--lang", "cy+en", "--format", "markdown", "--max-findings", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("## O'i gymharu ag arfer gorau · Compared with best practice\n"), "\(run.stdout.prefix(200))")
        // Each sentence followed by its English, in italics, on the next line; "â" aspirates the name after it.
        #expect(run.stdout.contains("**Cymunedau Gofal Cymdeithasol Cymru: presennol** (presennol) o'i gymharu â **Chymuned ymarfer arfer gorau** (arfer gorau).  \n"
            + "_**Social Care Wales communities: current** (current) compared with **Best-practice community of practice** (best practice)._"))
        #expect(run.stdout.contains("### Cysylltiadau dwy ffordd ar goll (6) · Missing two-way links (6)"))
        #expect(run.stdout.contains("| nodau / nodes | 12 | 13 |"))
    }

    @Test func render() throws {
        let scratch = try Scratch()
        let run = try Run(["render", Self.current, "--lang", "cy+en", "-o", scratch.path("map.svg")])
        #expect(run.status == 0 && run.stderr == "Ysgrifennwyd / Wrote \(scratch.path("map.svg"))\n", "\(run.stderr)")
        let svg = try String(contentsOfFile: scratch.path("map.svg"), encoding: .utf8)
        #expect(svg.contains("<title>Cymunedau Gofal Cymdeithasol Cymru: presennol / Social Care Wales communities: current</title>"))
        // Both labels on each node, Welsh above English.
        let node = try #require(svg.range(of: "id=\"scw-current-node-scw\"") ?? svg.range(of: "node&#45;scw\""))
        let rest = svg[node.upperBound...].prefix(1500)
        let welsh = try #require(rest.range(of: ">Gofal Cymdeithasol<") ?? rest.range(of: ">Gofal Cymdeithasol Cymru<"))
        let english = try #require(rest.range(of: ">Social Care Wales<"))
        #expect(welsh.lowerBound < english.lowerBound)
        // A node's web link says its name on one line in each language.
        #expect(svg.contains("xlink:title=\"Gofal Cymdeithasol Cymru / Social Care Wales\""))
        #expect(!svg.contains("\\n"))
        // The key in both, an entry's English under its Welsh.
        #expect(svg.contains("<title>Allwedd / Key</title>"))
        welshBefore(">Sefydliad<", ">Organisation<", in: svg)
        welshBefore(">Un ffordd<", ">One way<", in: svg)
        // Boxes' hover text in both.
        #expect(svg.contains("<title>Prifysgolion\nUniversities</title>") || svg.contains("<title>Prifysgolion&#10;Universities</title>"))
    }

    /// A membership box's hover text is in the drawing's language (issue 21).
    @Test func boxTitlesInWelsh() throws {
        let run = try Run(["render", Self.current, "--lang", "cy", "--format", "svg", "-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("<title>Prifysgolion</title>"))
        #expect(!run.stdout.contains("Universities") && !run.stdout.contains("Social Care Wales"))
    }

    /// `cy:` on a link is its label in Welsh.
    @Test func linkLabelsInWelsh() throws {
        let run = try Run(["render", "Tests/EcomapTests/Fixtures/ieuenctid-presennol.ecomap", "--lang", "cy", "--labels",
                           "--format", "svg", "-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(">hysbysu: sesiynau<") && run.stdout.contains(">briffio misol<"))
        #expect(!run.stdout.contains("monthly") && !run.stdout.contains("briefings"))
        #expect(run.stdout.contains("hysbysu"))
    }

    /// embed --lang cy+en: each map bilingual, with its controls in both languages.
    @Test func embed() throws {
        let scratch = try Scratch()
        _ = try scratch.write("scw-current.ecomap", try String(contentsOfFile: Package.path(Self.current), encoding: .utf8))
        let document = try scratch.write("doc.md", "# Mapiau / Maps\n\n![Y map / The map](scw-current.ecomap)\n")
        let run = try Run(["embed", document, "--lang", "cy+en", "-o", scratch.path("doc.html")])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: scratch.path("doc.html"), encoding: .utf8)
        #expect(html.contains(">Gofal Cymdeithasol<") && html.contains(">Social Care Wales<"))
        #expect(html.contains("Allwedd / Key"))
        #expect(html.contains("<legend>Dangos / Show</legend>"), "the filter's words in both languages")
        #expect(html.contains("> Sefydliad / Organisation</label>"))
    }

    /// The Welsh report of every map in Maps/ says each description and
    /// source in Welsh (description-cy, source-cy), in its text and in the
    /// details its script shows on a click (issue 21).
    @Test(arguments: ["scw-current", "scw-best-practice", "cdps-communities", "defra-communities", "ogn-wales", "wao-digital-leadership"])
    func welshReportSaysTheMapsTextInWelsh(_ name: String) throws {
        let scratch = try Scratch()
        let source = try String(contentsOfFile: Package.path("Maps/\(name).ecomap"), encoding: .utf8)
        let run = try Run(["report", "Maps/\(name).ecomap", "--lang", "cy", "-o", scratch.path("r.html")])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: scratch.path("r.html"), encoding: .utf8)
        // Every English text whose Welsh partner differs, whole, as written or as the page escapes it.
        let english = source.matches(of: /(?:description|source|funding|sponsor): "([^"]+)"/).map { String($0.1) }
        let welsh = source.matches(of: /(?:description|source|funding|sponsor)-cy: "([^"]+)"/).map { String($0.1) }
        #expect(!welsh.isEmpty)
        for text in Set(english).subtracting(welsh) where text.split(separator: " ").count >= 3 {
            #expect(!html.contains(text) && !html.contains(HTMLText.escape(text)), "English '\(text)' in the Welsh report of \(name)")
        }
        let firstWelsh = String(welsh[0].prefix { $0 != "'" && $0 != "&" }.prefix(30))
        #expect(html.contains(firstWelsh), "no '\(firstWelsh)'")
    }

    /// A map written in both languages, with Welsh labels beginning with
    /// each consonant Welsh mutates, read in Welsh: names mutate after the
    /// words that cause it, one kept as written (mutate: no), counts take the
    /// singular (issue 21).
    @Test func aMapWrittenInWelshReadsAsWelsh() throws {
        let scratch = try Scratch()
        let current = "Tests/EcomapTests/Fixtures/ieuenctid-presennol.ecomap", best = "Tests/EcomapTests/Fixtures/ieuenctid-arfer-gorau.ecomap"
        let compare = try Run(["compare", current, best, "--lang", "cy", "--max-findings", "100"])
        #expect(compare.status == 0, "\(compare.stderr)")
        let report = try Run(["report", current, "--compare", best, "--lang", "cy", "-o", scratch.path("r.md")])
        #expect(report.status == 0, "\(report.stderr)")
        let md = try String(contentsOfFile: scratch.path("r.md"), encoding: .utf8)
        // The terminal's text with its wrapped lines joined.
        let flat = compare.stdout.replacingOccurrences(of: "\n    ", with: " ").replacingOccurrences(of: "\n  ", with: " ")
        for text in [flat, md] {
            for said in ["i Dîm Cymorth Ieuenctid", "i Weithwyr ieuenctid", "i Ddysgwyr", "i Bwyllgor Ieuenctid", "i Benaethiaid",
                         "drwy Borth Pobl Ifanc", "â Phenaethiaid", "â Chyngor Caerdydd"] {
                #expect(text.contains(said), "no '\(said)'")
            }
            #expect(text.contains("i Clwb Darllen Dewi"), "mutate: no keeps the name")
            for slip in ["i Tîm", "i Gweithwyr", "i Dysgwyr", "i Pwyllgor", "drwy Porth", "â Penaethiaid", "i Bwrdd", "i Gofal", "i Menter", "i Rhwydwaith"] {
                #expect(!text.contains(slip + " "), "'\(slip)' unmutated")
            }
        }
        #expect(flat.contains("gan Fwrdd Iechyd Caerdydd a'r Fro") && flat.contains("gan Ofal Cymdeithasol Cymru")
                && flat.contains("gan Fenter Caerdydd") && flat.contains("gan Rwydwaith Rhieni"))
        #expect(flat.contains("Canfyddiadau: 11 o gysylltiadau dwy ffordd ar goll, 2 sgwrs i'w symud i blatfform, 3 chyswllt i'w"))
        // The report's leading findings count as Welsh counts.
        #expect(md.contains("**11 o gysylltiadau dwy ffordd ar goll**") && md.contains("**2 blatfform ar goll**") && md.contains("**2 bâr i'w dwyn yn nes**"))
        #expect(!md.contains("2 platfformau") && !md.contains("2 parau") && !md.contains("11 cysylltiadau"))
        #expect(md.contains("Pwy sy'n gweithio gyda phobl ifanc yng Nghaerdydd"))
    }
}
