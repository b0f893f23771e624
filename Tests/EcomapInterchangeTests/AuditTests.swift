import EcomapCore
import EcomapTestSupport
import Foundation
import Testing
@testable import EcomapInterchange

/// `ecomap audit`: likely duplicates, each with why, and what each community
/// lacks to be found.
@Suite struct AuditTests {
    func map(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CheckedMap {
        try checked((["map \"A\""] + lines).joined(separator: "\n"), name: "a.ecomap", sourceLocation: sourceLocation)
    }

    func pairs(_ audit: Audit, _ map: CheckedMap) -> [String: [Audit.Reason]] {
        Dictionary(uniqueKeysWithValues: audit.duplicates.map { d in
            ("\(map.nodes[d.first].id) \(map.nodes[d.second].id)", d.reasons.map(\.reason))
        })
    }

    /// The Defra landscape kept as a spreadsheet: the duplicates and gaps planted in it are found.
    @Test func defraWorkbook() throws {
        let result = Importer.importFiles([(name: "defra.xlsx", bytes: try Workbooks.bytes("defra.xlsx"))],
                                          options: Importer.Options(kinds: try KindMap(parsing: DefraWorkbook.kinds)))
        let map = try #require(result.checked)
        let audit = Audit(map)
        #expect(audit.audited.count == 11)
        #expect(pairs(audit, map) == [
            "equality-diversity-and-inclusion-network ed-i-network": [.acronym],
            "race-network-2 race-network": [.sameLabel],
            "welsh-language-network rhwydwaith-yr-iaith-gymraeg": [.welsh],
            "data-science-community data-sceince-community": [.spelling],
            "agile-practitioners agile-delivery-community": [.members],
        ])
        let gaps = Dictionary(uniqueKeysWithValues: audit.gaps.map { (map.nodes[$0.node].id, $0.missing) })
        #expect(gaps["ed-i-network"] == Audit.Field.allCases)
        #expect(gaps["welsh-language-network"] == [.url])
        #expect(gaps["agile-practitioners"] == [.sponsor, .funded, .url])
        #expect(gaps["policy-profession"] == nil && gaps["equality-diversity-and-inclusion-network"] == nil)
        #expect(map.identifier == "defra")
        Golden.assertMatches(AuditReport.text(audit, map: map), "audit/defra-workbook.txt")
        Golden.assertMatches(AuditReport.text(audit, map: map, language: .cy), "audit/defra-workbook-cy.txt")
    }

    /// In Welsh the reasons quote the Welsh labels where both nodes have one
    /// (CGGC, not WCVA), shared evidence quotes the value as written and its
    /// Welsh, and a pair's second name takes the mutation after "a".
    @Test func welshReasonsQuoteTheWelsh() throws {
        let m = try map([
            "community wcva \"WCVA\" [cy: \"CGGC\"]",
            "community council \"Wales Council for Voluntary Action\" [cy: \"Cyngor Gweithredu Gwirfoddol Cymru\"]",
            "community a \"Practice forum\" [cy: \"Fforwm ymarfer\", leads: \"Siân Jones\", sponsor: \"Head of Data\", sponsor-cy: \"Pennaeth Data\"]",
            "community b \"Forum for practice\" [cy: \"Pwyllgor ymarfer\", leads: \"sian jones\", sponsor: \"head of data\"]",
            "community r1 \"Data network\" [cy: \"Rhwydwaith data\"]", "community r2 \"Data community\" [cy: \"Cymuned ddata\"]",
            "community g1 \"Agile practitioners\" [cy: \"Ymarferwyr ystwyth\"]",
            "community g2 \"Delivery circle\" [cy: \"Cylch cyflawni\"]",
            "person p1 \"P1\" [in: [g1, g2]]", "person p2 \"P2\" [in: [g1, g2]]", "person p3 \"P3\" [in: [g1, g2]]",
        ])
        let audit = Audit(m, all: false, threshold: Audit.defaultThreshold)
        let welsh = AuditReport.text(audit, map: m, language: .cy)
        #expect(welsh.contains("mae 'CGGC' yn edrych fel talfyriad o 'Cyngor Gweithredu Gwirfoddol Cymru'"), "\(welsh)")
        #expect(!welsh.contains("WCVA") && !welsh.contains("Wales Council"), "\(welsh)")
        #expect(welsh.contains("CGGC (wcva) a Chyngor Gweithredu Gwirfoddol Cymru (council)"), "\(welsh)")
        #expect(welsh.contains("Fforwm ymarfer (a) a Phwyllgor ymarfer (b)"), "\(welsh)")
        #expect(welsh.contains("mae gan y ddau yr un arweinwyr: Siân Jones"), "\(welsh)")
        #expect(welsh.contains("mae gan y ddau yr un noddwr: Pennaeth Data"), "\(welsh)")
        #expect(welsh.contains("o'r 3 sydd yn 'Ymarferwyr ystwyth'"), "\(welsh)")
        // A Welsh group word comes first: "Fforwm ymarfer" and "Pwyllgor ymarfer" differ only in it.
        #expect(welsh.contains("mae 'Fforwm' a 'Pwyllgor' ill dau yn enwi'r math o grŵp"), "\(welsh)")
        // "Cymuned ddata" is mutated, which the likeness of names doesn't undo: the Welsh
        // labels aren't alike enough to speak for the pair, so the English reason is quoted.
        #expect(welsh.contains("Rhwydwaith data (r1) a Chymuned ddata (r2)"), "\(welsh)")
        #expect(welsh.contains("mae 'network' a 'community' ill dau yn enwi'r math o grŵp"), "\(welsh)")
        let english = AuditReport.text(audit, map: m, language: .en)
        #expect(english.contains("'WCVA' looks like an abbreviation of 'Wales Council for Voluntary Action'"), "\(english)")
        #expect(english.contains("both have the same sponsor: Head of Data"), "\(english)")
    }

    /// The audit's text of a map of these lines, at the default threshold.
    func auditText(_ lines: [String], in language: Language) throws -> String {
        let m = try map(lines)
        return AuditReport.text(Audit(m, all: false, threshold: Audit.defaultThreshold), map: m, language: language)
    }

    /// Welsh labels alike but for their order are said as such, and a Welsh
    /// label that is its node's English one is no "Welsh label of" anything.
    @Test func welshLabelsSaidAsTheyAre() throws {
        let text = try auditText([
            "community a \"Practice forum\" [cy: \"Fforwm ymarfer\"]",
            "community b \"Forum of practitioners\" [cy: \"Ymarfer fforwm\"]",
            "community c \"Cymuned ymarfer\" [cy: \"Cymuned ymarfer\"]",
            "community d \"Cymuned ymarfer\"",
        ], in: .en)
        #expect(text.contains("'Fforwm ymarfer' and 'Ymarfer fforwm' are the same words"), "\(text)")
        #expect(!text.contains("is the Welsh label of 'Cymuned ymarfer'"), "\(text)")
        #expect(text.contains("Cymuned ymarfer (c) and Cymuned ymarfer (d)"), "\(text)")
    }

    /// Shared evidence from a list quotes the item shared, with no Welsh
    /// (a list's Welsh can't be matched to it); Welsh labels that aren't
    /// alike leave the English labels' reasons in the Welsh text.
    @Test func welshEvidenceAndUnlikeWelshLabels() throws {
        let welsh = try auditText([
            "community a \"Data forum\" [leads: [\"Siân Jones\", \"Tom Evans\"], leads-cy: \"Siân Jones a Tom Evans\"]",
            "community b \"Data forums\" [leads: \"sian jones\"]",
            "community c \"Statistics network\" [cy: \"Rhwydwaith ystadegau\"]",
            "community d \"Statistics community\" [cy: \"Cymuned gwybodaeth\"]",
        ], in: .cy)
        #expect(welsh.contains("mae gan y ddau yr un arweinwyr: Siân Jones\n"), "\(welsh)")
        #expect(!welsh.contains("Tom Evans"), "\(welsh)")
        #expect(welsh.contains("mae 'network' a 'community' ill dau yn enwi'r math o grŵp"), "\(welsh)")
    }

    @Test func labelKeys() {
        #expect(LabelKeys("ED&I network").initials == "edin")
        #expect(LabelKeys("Equality, Diversity and Inclusion Network").initials == "edin")
        #expect(LabelKeys("ED&I network").hasAcronym && !LabelKeys("Equality, Diversity and Inclusion Network").hasAcronym)
        #expect(LabelKeys("Staff Networks (Defra)").key == LabelKeys("defra: staff network").key)
        #expect(LabelKeys("Ŵyl y Gân").key == LabelKeys("wyl gan").key)
        #expect(LabelKeys("Business network").key == "business network")
    }

    @Test func acronymsAgainstExpansions() throws {
        // (HR is a known abbreviation, read as "human resources" before any initials: see pairsOnlyTheSectorKnows.)
        let m = try map(["community kim \"KIM network\"", "community knowledge \"Knowledge and Information Management Network\"",
                     "community data \"Data Network\"", "community nomads \"Digital Nomads\"",
                     "community oddd \"OD&D\"", "community odd \"Organisational development and design\""])
        let found = pairs(Audit(m), m)
        #expect(found == ["kim knowledge": [.acronym], "oddd odd": [.acronym]])
    }

    @Test func welshForms() throws {
        let m = try map(["community a \"Welsh Language Network\" [cy: \"Rhwydwaith yr Iaith\"]",
                     "community b \"Rhwydwaith yr iaith\"",
                     "community c \"Bilingual services\" [cy: \"Gwasanaethau dwyieithog\"]",
                     "community d \"Two languages\" [cy: \"Gwasanaethau Dwyieithog\"]"])
        #expect(pairs(Audit(m), m) == ["a b": [.welsh], "c d": [.welsh]])
    }

    /// Communities only, unless --all; and words every label has tell nothing.
    @Test func scopeAndCommonWords() throws {
        var lines = (0..<100).map { "community c\($0) \"Community \($0) of the research network\"" }
        lines += ["organisation o1 \"Research Council\"", "organisation o2 \"Research council\""]
        let m = try map(lines)
        #expect(Audit(m).duplicates.isEmpty)
        #expect(pairs(Audit(m, all: true), m) == ["o1 o2": [.sameLabel]])
        #expect(Audit(m).audited.count == 100 && Audit(m, all: true).audited.count == 102)
    }

    @Test func gapsNeedRealValues() throws {
        let m = try map(["community a \"A\" [description: \"x\", sponsor: unknown, funded: yes, contacts: \"a@x.org\", url: https://x.org]",
                     "organisation b \"B\" [description: \"y\"]"])
        let audit = Audit(m, all: true)
        #expect(audit.gaps.map(\.missing) == [[.sponsor], [.url]])
    }

    @Test func reports() throws {
        let m = try map(["community a \"Race network\"", "community b \"Race Network\" [description: \"x\"]"])
        let audit = Audit(m)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(AuditReport.json(audit, map: m).utf8)) as? [String: Any])
        #expect(json["ecomap"] as? Int == 1 && json["scope"] as? String == "communities" && json["audited"] as? Int == 2)
        let duplicates = try #require(json["duplicates"] as? [[String: Any]])
        #expect(duplicates.first?["nodes"] as? [String] == ["a", "b"])
        #expect((duplicates.first?["reasons"] as? [[String: Any]])?.first?["reason"] as? String == "same-label")
        #expect((json["missing"] as? [[String: Any]])?.count == 2)
        let csv = AuditReport.csv(audit, map: m)
        #expect(csv.hasPrefix("finding,node,label,other node,other label,detail,score\nduplicate,a,Race network,b,Race Network,"))
        #expect(csv.contains("\nmissing,b,Race Network,,,sponsor; funded; leads or contacts; url,\n"))
    }

    /// A map of communities a0, b0, a1, b1, ... named by the pairs, and its
    /// audit, which is expected to find exactly those pairs.
    func auditOfPairs(_ names: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) throws -> (CheckedMap, Audit) {
        let m = try map(names.enumerated().flatMap { k, pair in ["community a\(k) \"\(pair.0)\"", "community b\(k) \"\(pair.1)\""] },
                        sourceLocation: sourceLocation)
        let audit = Audit(m)
        #expect(Set(pairs(audit, m).keys) == Set(names.indices.map { "a\($0) b\($0)" }), sourceLocation: sourceLocation)
        return (m, audit)
    }

    /// The six pairs issue 22's grower found the audit missed are found, each with a score.
    @Test func pairsAPersonSees() throws {
        let names = [("Data Science CoP", "Data Science Community of Practice"),
                     ("DDaT", "Digital, Data and Technology Profession"),
                     ("User Research CoP", "User Research Community"),
                     ("Power BI Community", "PowerBI users"),
                     ("Agile CoP", "Agile Delivery CoP"),
                     ("Line Managers Network", "Line Manager Community")]
        let (m, audit) = try auditOfPairs(names)
        #expect(audit.duplicates.allSatisfy { $0.score >= Audit.defaultThreshold && !$0.reasons.isEmpty })
        // DDaT is read as short for the long name, and the reason says so.
        let ddat = try #require(audit.duplicates.first { m.nodes[$0.first].id == "a1" })
        #expect(ddat.reasons.contains { $0.detail().contains("DDaT") })
    }

    /// Names a person in the sector knows as one group though no spelling
    /// says so: another name for one thing (Pride, People Profession), the
    /// professions' letters, an acronym whose last letter is the network's,
    /// an organisation's letters as a community's topic, a qualifier that
    /// tells no staff network apart, one thing said twice.
    @Test func pairsOnlyTheSectorKnows() throws {
        let names = [("LGBTQ+ Network", "Pride Network"),
                     ("HR Profession", "People Profession"),
                     ("GES Network", "Economists' Network"),
                     ("Young Professionals Group", "YPN"),
                     ("Robotic Process Automation CoP", "RPA Community of Practice"),
                     ("Race Equality Network", "Race Network"),
                     ("Analysis Function Network", "Analysts' Network"),
                     ("Deaf and Hard of Hearing Network", "Deaf Network"),
                     ("Book Club", "Reading Group")]
        let (m, audit) = try auditOfPairs(names)
        let pride = try #require(audit.duplicates.first { m.nodes[$0.first].id == "a0" })
        let details = pride.reasons.map { $0.detail() }, welsh = pride.reasons.map { $0.detail(in: .cy) }
        #expect(details.contains("'Pride' is another name for 'LGBTQ'"), "\(details)")
        #expect(welsh.contains("mae 'Pride' yn enw arall ar 'LGBTQ'"), "\(welsh)")
    }

    /// What the sector's knowledge reads as one group stays apart where a
    /// person would keep it apart: an agency's networks against the robots'
    /// CoP, two staff networks sharing only "Equality", the same words as
    /// the head of another kind of thing, reading that is no book club.
    @Test func sectorKnowledgeKeepsGroupsApart() throws {
        let m = try map(["community a \"Robotic Process Automation CoP\"", "community b \"RPA Staff Network\"",
                         "community c \"RPA Data Community\"", "community d \"Race Equality Network\"",
                         "community e \"Gender Equality Network\"", "community f \"Research Operations Community\"",
                         "community g \"Operational Research CoP\"", "community h \"Reading Skills Network\"",
                         "community i \"Book Club\""])
        #expect(pairs(Audit(m), m).isEmpty, "\(pairs(Audit(m), m))")
    }

    /// Look-alikes that are two groups stay two.
    @Test func lookAlikesAreNotPairs() throws {
        let m = try map(["community a \"Data Science CoP\"", "community b \"Data Engineering CoP\"",
                         "community c \"Women in Science\"", "community d \"Women in Engineering\"",
                         "community e \"EA Women's Network\"", "community f \"RPA Women's Network\"",
                         "community g \"Men's Network\"", "community h \"Menopause Network\""])
        #expect(Audit(m).duplicates.isEmpty)
    }

    /// Names numbered apart are groups numbered apart, though they share a sponsor: the
    /// synthetic benchmark's 1,025 communities ("Community 4 of the data network") gave
    /// 74,637 pairs before. The difference is said when a lower threshold lists them.
    @Test func numbersTellGroupsApart() throws {
        let m = try map(["community a \"Community 4 of the data network\" [sponsor: \"Head of data\"]",
                         "community b \"Community 46 of the data network\" [sponsor: \"Head of data\"]",
                         "community c \"Apprentices 2023\"", "community d \"Apprentices 2024\""])
        #expect(Audit(m).duplicates.isEmpty)
        let low = Audit(m, threshold: 0.3).duplicates
        #expect(low.count == 1 && low.allSatisfy { $0.reasons.contains { if case .differentNumbers = $0.why { true } else { false } } },
                "\(low.map { $0.reasons.map { $0.detail() } })")
        #expect(low.first?.reasons.last?.detail(in: .cy) == "ond mae eu rhifau'n wahanol, '4' a '46'")
    }

    /// --threshold: a higher score finds fewer; shared evidence raises a pair.
    @Test func thresholdAndEvidence() throws {
        let m = try map(["community a \"Agile CoP\" [sponsor: \"Jo Bloggs\"]", "community b \"Agile Delivery CoP\" [sponsor: \"jo bloggs\"]",
                         "community c \"Data Science CoP\"", "community d \"Data Science Community of Practice\""])
        let all = Audit(m, threshold: 0.5)
        #expect(all.duplicates.count == 2)
        let agile = try #require(all.duplicates.first { m.nodes[$0.first].id == "a" })
        #expect(agile.reasons.contains { $0.reason == .evidence })
        #expect(Audit(m, threshold: 1).duplicates.count == 1)
        #expect(AuditReport.text(all, map: m).contains("score 1.00"))
    }
}

/// The audit of a department-sized directory and larger: seconds each in a debug build.
@Suite(.tags(.largeInput)) struct AuditLargeInputTests {
    /// Far less than quadratic: 5,000 groups, most alike in their words: pairs are
    /// looked for only among names sharing a key, and a key most names share is skipped.
    @Test func manyGroups() throws {
        let topics = ["research", "evidence", "digital", "bilingual", "data", "wellbeing", "equality"]
        var built = EcosystemMap()
        for i in 0..<5_000 {
            built.add(Node(id: "c\(i)", kind: .community, label: "Community \(i) of the \(topics[i % 7]) network"))
        }
        let m = try #require(MapDocument(map: built).checked)
        let audit = Audit(m)
        #expect(audit.duplicates.isEmpty && audit.gaps.count == 5_000)
    }
}
