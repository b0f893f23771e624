import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// `ecomap directory`'s site, made in process.
@Suite struct DirectorySiteTests {
    /// Two agencies, a platform two groups share, funding written three ways, interests, a page, contacts.
    static let audit = """
        map "Agency communities" [id: agencies]
        organisation ea "Environment Agency"
        organisation ne "Natural England" [cy: "Lloegr Naturiol"]
        platform yammer "Yammer"
        platform teams "Microsoft Teams"
        community data "Data Science CoP" [in: ea, funded: yes, funding: "£5k", sponsor: "Chief Data Officer", interests: [data, python], url: "https://example.org/data"]
        community ux "User Research Community" [in: ne, funded: unknown, leads: "Siân Jones", interests: [research]]
        community agile "Agile Delivery CoP" [in: ea, contacts: "Ravi Patel"]
        data -> yammer : uses
        ux -> yammer : uses
        agile -> teams : uses
        data <-> ux : partners
        """

    func files(_ text: String = audit, language: Language = .en, alsoIn second: Language? = nil) throws -> [String: String] {
        let site = DirectorySite(try checked(text, name: "a.ecomap"), options: RenderOptions(language: language), alsoIn: second)
        return Dictionary(uniqueKeysWithValues: try site.files().map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// The values of the `data-NAME` attribute on each entry of the index, by the entry's link.
    func cards(_ index: String, _ name: String) -> [String: String] {
        var out: [String: String] = [:]
        for entry in index.components(separatedBy: "<li class=\"entry\"").dropFirst() {
            let value = entry.components(separatedBy: "data-\(name)=\"").dropFirst().first?.components(separatedBy: "\"").first
            let href = entry.components(separatedBy: "<a href=\"").dropFirst().first?.components(separatedBy: "\"").first
            if let value, let href { out[href] = value }
        }
        return out
    }

    @Test func everyCommunityAndOrganisationHasAPageTheIndexLinksTo() throws {
        let site = try files()
        #expect(Set(site.keys) == ["index.html", "directory.css", "directory.js", "pages/ea.html", "pages/ne.html",
                                   "pages/data.html", "pages/ux.html", "pages/agile.html"])
        let index = try #require(site["index.html"])
        // Alphabetical, as a reader looks a name up; platforms and people have no entry.
        let order = index.components(separatedBy: "<h3><a href=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
        #expect(order == ["pages/agile.html", "pages/data.html", "pages/ea.html", "pages/ne.html", "pages/ux.html"])
        for page in order { #expect(site[page]?.contains("<a href=\"../index.html\">Back to the directory</a>") == true, "\(page)") }
        #expect(index.contains("<link rel=\"stylesheet\" href=\"directory.css\"/>") && index.contains("<script src=\"directory.js\" defer>"))
    }

    @Test func filtersOfferTheMapsValuesAndEachEntryCarriesItsOwn() throws {
        let index = try #require(try files()["index.html"])
        // Options in alphabetical order: organisations 0 Environment Agency, 1 Natural England;
        // platforms 0 Microsoft Teams, 1 Yammer; interests 0 data, 1 python, 2 research.
        #expect(index.contains("<option value=\"0\">Environment Agency</option><option value=\"1\">Natural England</option>"))
        #expect(index.contains("<option value=\"0\">Microsoft Teams</option><option value=\"1\">Yammer</option>"))
        #expect(index.contains("<option value=\"0\">data</option><option value=\"1\">python</option><option value=\"2\">research</option>"))
        #expect(index.contains("<option value=\"yes\">Yes</option><option value=\"partly\">Partly</option>"))
        #expect(cards(index, "organisations") == ["pages/agile.html": "0", "pages/data.html": "0", "pages/ux.html": "1",
                                                  "pages/ea.html": "", "pages/ne.html": ""])
        #expect(cards(index, "platforms")["pages/data.html"] == "1" && cards(index, "platforms")["pages/agile.html"] == "0")
        #expect(cards(index, "interests")["pages/data.html"] == "0 1" && cards(index, "interests")["pages/ux.html"] == "2")
        #expect(cards(index, "funded") == ["pages/agile.html": "unknown", "pages/data.html": "yes", "pages/ux.html": "unknown",
                                           "pages/ea.html": "unknown", "pages/ne.html": "unknown"])
        // The search reads the sponsor, the leads and the box too.
        #expect(cards(index, "search")["pages/data.html"] == "Data Science CoP Chief Data Officer data, python Environment Agency")
        #expect(cards(index, "search")["pages/ux.html"]?.contains("Siân Jones") == true)
        #expect(index.contains("data-showing=\"Showing {1} of {2}\" data-total=\"5\""))
    }

    @Test func aPageSaysWhatIsRecordedWhatIsNotAndHowToJoin() throws {
        let site = try files()
        let data = try #require(site["pages/data.html"])
        #expect(data.contains("<dt>Funded</dt><dd><p>yes: £5k</p></dd>"))
        #expect(data.contains("<dt>Sponsor</dt><dd><p>Chief Data Officer</p></dd>"))
        #expect(data.contains("<div class=\"fact missing\"><dt>Leads</dt><dd><p>not recorded</p></dd>"))
        #expect(data.contains("<a href=\"https://example.org/data\">Open its page</a>"))
        #expect(data.contains("<a href=\"../pages/ea.html\">Environment Agency</a>"), "part of its agency, linked")
        #expect(data.contains("<dt>Platforms</dt><dd><ul class=\"inline\"><li>Yammer</li></ul>"))
        #expect(data.contains("<a href=\"../pages/ux.html\">User Research Community</a> <span class=\"how\">(↔ partners)</span>"))
        #expect(data.contains("<figure class=\"neighbourhood\"><svg"), "a drawing of its neighbourhood")
        // Without a page of its own: whom to ask, from contacts, else leads.
        #expect(site["pages/agile.html"]?.contains("<dt>How to join</dt><dd><p>Ask Ravi Patel</p></dd>") == true)
        #expect(site["pages/ux.html"]?.contains("<dt>How to join</dt><dd><p>Ask Siân Jones</p></dd>") == true)
        // "unknown" is not an answer: the audit's question is still open.
        #expect(site["pages/ux.html"]?.contains("<div class=\"fact missing\"><dt>Funded</dt>") == true)
        let ea = try #require(site["pages/ea.html"])
        #expect(ea.contains("<h2>Communities and people in it</h2><ul class=\"names\"><li><a href=\"../pages/data.html\">Data Science CoP</a></li><li><a href=\"../pages/agile.html\">Agile Delivery CoP</a></li></ul>"))
    }

    /// A partner linked twice is one row, each link an arrow from the page's side with its type.
    @Test func aPartnerIsListedOnceWithEachLinkFromThePagesSide() throws {
        let site = try files("""
            organisation ea "Environment Agency"
            community data "Data CoP" [sponsor: tbc, funded: yes, url: "mailto:data@example.org"]
            data -> ea : informs
            ea -> data : funds
            data -> data : meets
            """)
        let data = try #require(site["pages/data.html"])
        #expect(data.contains("<li><a href=\"../pages/ea.html\">Environment Agency</a> <span class=\"how\">(→ informs, ← funds)</span></li>"))
        #expect(data.components(separatedBy: "Environment Agency</a> <span").count == 2, "one row for the partner")
        #expect(site["pages/ea.html"]?.contains("<span class=\"how\">(← informs, → funds)</span>") == true)
        // "tbc" is still open, as the audit counts it; a mail address is written to, not opened.
        #expect(data.contains("<div class=\"fact missing\"><dt>Sponsor</dt>"))
        #expect(data.contains("<a href=\"mailto:data@example.org\">Send an email</a>"))
        #expect(try #require(site["index.html"]).contains("<p class=\"facts\">Community or group · Funded: yes</p>"))
    }

    @Test func aMapWithNothingToListIsADiagnostic() throws {
        let map = try checked("person a \"A\"\nplatform p \"P\"\na -> p : uses\n", name: "people.ecomap")
        #expect(throws: Diagnostic.self) { try DirectorySite(map).files() }
        do {
            _ = try DirectorySite(map).files()
        } catch {
            #expect(error.code == .nothingToList && error.message == "'people.ecomap' has no community or organisation to list in a directory")
        }
    }

    @Test func welshSiteSaysEverySentenceInWelsh() throws {
        let site = try files(language: .cy)
        let siteWords = Phrase.allCases.filter { $0.rawValue.hasPrefix("site") }
        #expect(siteWords.count == 25)
        for (path, text) in site where path.hasSuffix(".html") {
            #expect(text.hasPrefix("<!DOCTYPE html><html lang=\"cy\">"))
            for phrase in siteWords + [.description, .sponsor, .funded, .leads, .contacts, .notRecorded] {
                // A sentence by its longest fixed part; a word or two as a whole element's text ("All" is in "Allwedd").
                let parts = phrase.text.en.components(separatedBy: ["{", "}"]).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
                let longest = parts.max { $0.count < $1.count } ?? ""
                let english = longest.count >= 12 ? longest : ">\(phrase.text.en)<"
                #expect(!text.contains(english), "\(path): English '\(english)'")
            }
        }
        let index = try #require(site["index.html"])
        #expect(index.contains("<h1>Cyfeiriadur: Agency communities</h1>"))
        #expect(index.contains("<p>3 cymuned; 2 sefydliad. Chwiliwch yn ôl enw"))
        #expect(index.contains("<option value=\"1\">Lloegr Naturiol</option>"))
        #expect(index.contains("data-showing=\"Yn dangos {1} o {2}\""))
        #expect(site["pages/data.html"]?.contains("<dt>Wedi&#39;i ariannu</dt><dd><p>ydy: £5k</p></dd>") == true)
    }

    @Test func bilingualSiteSaysEachInWelshThenEnglishAndANameOnce() throws {
        let site = try files(language: .cy, alsoIn: .en)
        let index = try #require(site["index.html"])
        #expect(index.contains("<label for=\"search\">Chwilio<span class=\"second\" lang=\"en\">Search</span></label>"))
        #expect(index.contains("<option value=\"\">Y cyfan / All</option>"))
        #expect(index.contains("<option value=\"1\">Lloegr Naturiol / Natural England</option>"))
        // A name that is the same in both languages is said once.
        #expect(index.contains("<a href=\"pages/data.html\">Data Science CoP</a>"))
        #expect(index.contains("data-showing=\"Yn dangos {1} o {2} / Showing {1} of {2}\""))
    }

    @Test func markupInTheMapStaysText() throws {
        let site = try files(ReportTests.hostile)
        for (path, text) in site where path.hasSuffix(".html") {
            #expect(!text.contains("<script>alert") && !text.contains("</script><script>") && !text.contains("<i>x"), "\(path)")
        }
        #expect(site["index.html"]?.contains("&lt;script&gt;alert(1)&lt;/script&gt;") == true)
    }

    @Test func theSameMapGivesTheSameBytes() throws {
        #expect(try files() == files())
    }

    /// A box holding more than a page's drawing shows is listed, not drawn.
    @Test func aLargeBoxIsListedNotDrawn() throws {
        let groups = (1...DirectorySite.drawnNeighbourhood).map { "community g\($0) \"Group \($0)\" [in: big]\ng\($0) -> yammer : uses" }
        let site = try files("organisation big \"Big agency\"\nplatform yammer \"Yammer\"\n" + groups.joined(separator: "\n"))
        let big = try #require(site["pages/big.html"])
        let n = DirectorySite.drawnNeighbourhood
        #expect(!big.contains("<figure") && big.contains("<a href=\"../pages/g\(n).html\">Group \(n)</a>"))
        #expect(site["pages/g1.html"]?.contains("<figure class=\"neighbourhood\"><svg") == true)
    }
}
