import Foundation
import Testing
@testable import EcomapCore
import EcomapTestSupport

/// Welsh, whole: under `--lang cy` no sentence, heading or unit comes from
/// the English side of the table (issue 11). A Welsh public body must be able
/// to publish the document as it is.
@Suite struct WelshTests {
    /// Every English entry of the table that is not also the Welsh one, cut at
    /// its placeholders into the pieces a Welsh output must not hold (pieces of
    /// at least two words: shorter ones are names, units and words both languages share).
    static let english: [String] = {
        var pieces = Set<String>()
        for phrase in Phrase.allCases where phrase.text.en != phrase.text.cy {
            for piece in phrase.text.en.split(separator: "{").map({ $0.drop { $0 != "}" }.dropFirst() + "" }) + [Substring(phrase.text.en.prefix { $0 != "{" })] {
                let trimmed = piece.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                if trimmed.split(separator: " ").count >= 2 { pieces.insert(trimmed) }
            }
        }
        return pieces.sorted()
    }()

    @Test func theTableHasEnoughToCheck() {
        #expect(Self.english.count > 120)
        #expect(Self.english.contains("flows one way; in best practice it flows both ways"))
    }
}

/// Welsh output of the built binary: reports, compare, stats and the audit.
@Suite(.tags(.launchesBinary)) struct WelshCLITests {
    /// The text a reader sees: tags and scripts gone, entities read.
    func visibleText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: #"<script[\s\S]*?</script>"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<style[\s\S]*?</style>"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#45;", "-"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    func englishIn(_ text: String) -> [String] { WelshTests.english.filter { text.contains($0) } }

    @Test func reportHasNoEnglishSentence() throws {
        let scratch = try Scratch()
        let run = try Run(["report", "Maps/scw-current.ecomap", "--compare", "Maps/scw-best-practice.ecomap", "--lang", "cy",
                           "-o", scratch.path("adroddiad.html")])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: scratch.path("adroddiad.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"cy\">"))
        #expect(englishIn(visibleText(html)) == [])
        // The drawings' keys and titles are Welsh too.
        #expect(html.contains("Allwedd") && !html.contains(">Key<"))
        let md = try Run(["report", "Maps/scw-current.ecomap", "--compare", "Maps/scw-best-practice.ecomap", "--lang", "cy",
                          "-o", scratch.path("adroddiad.md")])
        #expect(md.status == 0)
        #expect(englishIn(try String(contentsOfFile: scratch.path("adroddiad.md"), encoding: .utf8)) == [])
    }

    @Test func compareAndStatsHaveNoEnglishSentence() throws {
        let compare = try Run(["compare", "Maps/scw-current.ecomap", "Maps/scw-best-practice.ecomap", "--lang", "cy", "--max-findings", "100"])
        #expect(compare.status == 0)
        #expect(englishIn(compare.stdout) == [])
        #expect(compare.stdout.contains("Canfyddiadau: "))
        let json = try Run(["compare", "Maps/scw-current.ecomap", "Maps/scw-best-practice.ecomap", "--lang", "cy", "--format", "json"])
        #expect(json.status == 0)
        #expect(englishIn(json.stdout) == [])
        #expect(json.stdout.contains("yn llifo un ffordd; mewn arfer gorau mae'n llifo'r ddwy ffordd"))
        let stats = try Run(["stats", "Maps/scw-current.ecomap", "--lang", "cy"])
        #expect(englishIn(stats.stdout) == [])
    }

    /// The audit's text, with a pair found for every reason, in Welsh.
    @Test func auditHasNoEnglishSentence() throws {
        let scratch = try Scratch()
        let map = try scratch.write("grwpiau.ecomap", """
            map "Grwpiau"
            community a "Race network"
            community b "Race Network"
            community c "ED&I network"
            community d "Equality, Diversity and Inclusion Network"
            community e "Data Science Community"
            community f "Data Sceince Community"
            community g "Welsh Language Network" [cy: "Rhwydwaith yr Iaith"]
            community h "Rhwydwaith yr iaith"
            community i "Agile practitioners"
            community j "Delivery group"
            person p1 "One" [in: [i, j]]
            person p2 "Two" [in: [i, j]]
            """)
        let audit = try Run(["audit", map, "--lang", "cy"])
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(englishIn(audit.stdout) == [])
        for word in ["talfyriad", "yr un geiriau", "label Cymraeg", "lythyren neu ddwy", "aelod", "Ar goll amlaf"] {
            #expect(audit.stdout.contains(word), "no '\(word)' in the Welsh audit")
        }
    }

    /// Bilingual: Welsh first, each heading and sentence followed by its English.
    @Test func bilingualReport() throws {
        let scratch = try Scratch()
        let run = try Run(["report", "Maps/scw-current.ecomap", "--compare", "Maps/scw-best-practice.ecomap", "--lang", "cy+en",
                           "-o", scratch.path("r.html")])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: scratch.path("r.html"), encoding: .utf8)
        let welsh = try #require(html.range(of: "Y canfyddiadau&#39;n llawn"))
        let english = try #require(html.range(of: "The findings in full"))
        #expect(welsh.lowerBound < english.lowerBound)
        #expect(html.contains("<span class=\"second\" lang=\"en\">The findings in full</span>"))
        let cy = try #require(html.range(of: "yn llifo un ffordd; mewn arfer gorau mae&#39;n llifo&#39;r ddwy ffordd"))
        let en = try #require(html.range(of: "flows one way; in best practice it flows both ways"))
        #expect(cy.lowerBound < en.lowerBound)
    }
}
