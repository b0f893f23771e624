import Testing
@testable import EcomapCore
import EcomapTestSupport

/// Every construct of the language, parsed into the model.
@Suite struct LanguageTests {
    func parse(_ text: String) -> MapDocument { MapDocument(name: "test.ecomap", text: text) }

    /// The sketch from the language issue parses as written.
    @Test func sketchParses() throws {
        let document = parse("""
            # Social Care Wales: how groups run today
            map "Social Care Wales communities: current" [source: "Social Finance, December 2022"]

            organisation scw "Social Care Wales" [cy: "Gofal Cymdeithasol Cymru", role: host]
            organisation universities "Universities"
            platform video "Video conferencing"
            platform eventbrite "Eventbrite"
            person managers "Improvement and development managers" [in: scw]
            person practitioners "Social care practitioners"
            community forum "Regional practice forum" [sponsor: "Head of Research", funded: no, leads: "Two team leaders"]

            scw -> practitioners : informs "one-way updates" [strength: weak]
            managers -> practitioners : meets "periodic in-person meetings" [frequency: quarterly]
            scw -> eventbrite : uses
            practitioners <-> forum : participates
            scw -- universities : partners [closeness: distant]
            """)
        #expect(!document.diagnostics.hasErrors)
        // The sketch declares video conferencing but links nothing to it.
        #expect(document.diagnostics.map(\.code.name) == ["isolated-node"])
        let map = document.map
        #expect(map.title == "Social Care Wales communities: current")
        #expect(map.attributes.text("source") == "Social Finance, December 2022")
        #expect(map.nodes.map(\.id) == ["scw", "universities", "video", "eventbrite", "managers", "practitioners", "forum"])
        #expect(map.nodes.map(\.kind) == [.organisation, .organisation, .platform, .platform, .person, .person, .community])
        let scw = try #require(map["scw"])
        #expect(scw.label == "Social Care Wales")
        #expect(scw.welshLabel == "Gofal Cymdeithasol Cymru")
        #expect(scw.role == "host")
        #expect(map["managers"]?.memberOf == ["scw"])
        #expect(map["forum"]?.attributes.text("funded") == "no")
        #expect(map.links.count == 5)
        let first = map.links[0]
        #expect(first.from == "scw" && first.to == "practitioners")
        #expect(first.direction == .oneWay && first.type == "informs" && first.label == "one-way updates")
        #expect(first.strength == .weak)
        #expect(map.links[1].frequency == "quarterly")
        #expect(map.links[2].type == "uses" && map.links[2].label == nil)
        #expect(map.links[3].direction == .twoWay)
        #expect(map.links[4].direction == .undirected && map.links[4].closeness == .distant)
    }

    @Test(arguments: [
        ("organisation", NodeKind.organisation), ("organization", .organisation),
        ("platform", .platform), ("technology", .platform),
        ("person", .person), ("individual", .person),
        ("community", .community), ("group", .community), ("network", .community),
    ])
    func kindKeywords(_ keyword: String, _ kind: NodeKind) {
        let document = parse("\(keyword) a \"A\"\nperson b\na -> b\n")
        #expect(document.diagnostics.isEmpty)
        #expect(document.map["a"]?.kind == kind)
    }

    @Test func labelDefaultsToID() {
        let map = parse("person practitioners\nperson b\npractitioners -> b\n").map
        #expect(map["practitioners"]?.label == "practitioners")
    }

    @Test(arguments: [
        ("a -> b", "a", "b", LinkDirection.oneWay),
        ("a <- b", "b", "a", .oneWay),
        ("a <-> b", "a", "b", .twoWay),
        ("a -- b", "a", "b", .undirected),
        ("a->b", "a", "b", .oneWay),
        ("a<-b", "b", "a", .oneWay),
        ("a<->b", "a", "b", .twoWay),
        ("a--b", "a", "b", .undirected),
    ])
    func linkOperators(_ line: String, _ from: String, _ to: String, _ direction: LinkDirection) throws {
        let document = parse("person a\nperson b\n\(line)\n")
        #expect(document.diagnostics.isEmpty)
        let link = try #require(document.map.links.first)
        #expect(link.from == from && link.to == to && link.direction == direction)
    }

    /// `b <- a` keeps the places of both ids, so diagnostics point at the right one.
    @Test func reversedLinkKeepsRanges() throws {
        let link = try #require(parse("person a\nperson bb\nbb <- a\n").map.links.first)
        #expect(link.from == "a" && link.fromRange == SourceRange(line: 3, column: 7, length: 1))
        #expect(link.to == "bb" && link.toRange == SourceRange(line: 3, column: 1, length: 2))
    }

    @Test func typeAndLabelAreOptional() {
        let links = parse("""
            person a
            person b
            a -> b
            a -> b : meets
            a -> b "label only"
            a -> b : mentors "a type of our own" [strength: strong]
            """).map.links
        #expect(links.map(\.type) == [nil, "meets", nil, "mentors"])
        #expect(links.map(\.label) == [nil, nil, "label only", "a type of our own"])
        #expect(links[3].strength == .strong)
        #expect(links[0].strength == .normal)
    }

    @Test func idsWithDashesDotsAndUnderscores() {
        let document = parse("person social-workers\nperson team_leaders\norganisation rpa.north\nsocial-workers -> team_leaders\nrpa.north -- social-workers\n")
        #expect(document.diagnostics.isEmpty)
        #expect(document.map.nodes.map(\.id) == ["social-workers", "team_leaders", "rpa.north"])
    }

    /// An accent typed as a letter and a combining mark (as some editors save
    /// it) reads as part of the id, and is the same id as the single letter.
    @Test func combiningMarksInIds() throws {
        let document = parse("person dw\u{0302}r \"Dŵr\"\nperson gwyl\nd\u{0175}r -> gwyl\n")
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics)")
        #expect(document.map.links.count == 1)
        #expect(document.map["d\u{0175}r"] != nil)
    }

    /// Welsh text in ids, labels and attributes round-trips exactly.
    @Test func welshRoundTrips() throws {
        let text = """
            map "Cymunedau" [cy: "Cymunedau Gofal Cymdeithasol Cymru"]
            organisation gŵyl "Gŵyl ŷd â ŵ" [cy: "Gofal Cymdeithasol Cymru", description: "ŵ ŷ â ê î ô û"]
            person dŵr "Dŵr"
            gŵyl -> dŵr : informs "Ymgysylltu ŵ"
            """
        let document = parse(text)
        #expect(document.diagnostics.isEmpty)
        let node = try #require(document.map["gŵyl"])
        #expect(node.label == "Gŵyl ŷd â ŵ")
        #expect(node.welshLabel == "Gofal Cymdeithasol Cymru")
        #expect(node.description == "ŵ ŷ â ê î ô û")
        #expect(document.map.links.first?.label == "Ymgysylltu ŵ")
        #expect(document.map.attributes.text("cy") == "Cymunedau Gofal Cymdeithasol Cymru")
        // The same bytes come back out in the export.
        let json = MapJSON.encode(document.map, identifier: "cy")
        #expect(json.contains("\"Gŵyl ŷd â ŵ\""))
        #expect(json.contains("\"ŵ ŷ â ê î ô û\""))
    }

    @Test func stringEscapes() throws {
        let document = parse(#"person a "Team leaders\n(two)" [description: "Known as \"the leads\" \\ here"]"# + "\nperson b\na -> b\n")
        #expect(document.diagnostics.isEmpty)
        let node = try #require(document.map["a"])
        #expect(node.label == "Team leaders\n(two)")
        #expect(node.description == #"Known as "the leads" \ here"#)
    }

    /// Markup in a label is just text.
    @Test func markupStaysText() {
        let label = #"<script>alert("x")</script> & <b>bold</b> [not: attrs] # not a comment"#
        let escaped = label.replacingOccurrences(of: "\"", with: "\\\"")
        let document = parse("person a \"\(escaped)\"\nperson b\na -> b\n")
        #expect(document.diagnostics.isEmpty)
        #expect(document.map["a"]?.label == label)
    }

    @Test func attributeValues() throws {
        let document = parse("""
            person a [tags: [bilingual, "digital skills", x-y], interests: research, url: https://example.org/a#b, colour: #5b8c3a, count: 13, note: "a, b]",]
            person b [in: [org, club], tags: []]
            organisation org
            community club
            a -> b
            """)
        #expect(document.diagnostics.isEmpty)
        let a = try #require(document.map["a"])
        #expect(a.tags == ["bilingual", "digital skills", "x-y"])
        #expect(a.interests == ["research"])
        #expect(a.url == "https://example.org/a#b")
        #expect(a.attributes.text("colour") == "#5b8c3a")
        #expect(a.attributes.text("count") == "13")
        #expect(a.attributes.text("note") == "a, b]")
        #expect(document.map["b"]?.memberOf == ["org", "club"])
        #expect(document.map["b"]?.tags == [])
    }

    /// Users add their own columns; they are kept in order, as written.
    @Test func ownAttributesAreKept() {
        let node = parse("person a [owner: \"Comms team\", count: 13]\nperson b\na -> b\n").map["a"]
        #expect(node?.attributes.all.map(\.key) == ["owner", "count"])
        #expect(node?.attributes.text("owner") == "Comms team")
    }

    @Test func commentsAndBlankLines() {
        let document = parse("""
            # a comment

               # an indented comment
            map "T" # after the header
            person a "A" # after a node
            person b [role: x] # after attributes
            a -> b : meets "m" # after a link
            \t
            """)
        #expect(document.diagnostics.isEmpty)
        #expect(document.map.nodes.count == 2 && document.map.links.count == 1)
        #expect(document.map.title == "T")
    }

    @Test func headerVariants() {
        #expect(parse("map\nperson a\nperson b\na -> b\n").map.headerRange != nil)
        let m = parse("map [id: scw-current, date: 2022-12]\nperson a\nperson b\na -> b\n")
        #expect(m.diagnostics.isEmpty)
        #expect(m.map.title == nil && m.map.attributes.text("date") == "2022-12")
        #expect(m.identifier == "scw-current")
    }

    @Test func identifierFallsBackToFileName() {
        let document = MapDocument(name: "Maps/scw-best-practice.ecomap", text: "person a\nperson b\na -> b\n")
        #expect(document.identifier == "scw-best-practice")
        #expect(MapDocument(name: "-", text: "person a\nperson b\na -> b\n").identifier == "map")
    }

    @Test func nodesMayBeDeclaredAfterLinks() {
        let document = parse("a -> b\nperson a\nperson b\n")
        #expect(document.diagnostics.isEmpty)
    }

    @Test func windowsLineEndingsAndByteOrderMark() {
        let document = MapDocument(source: SourceText(name: "w.ecomap", bytes: [0xEF, 0xBB, 0xBF] + Array("map \"T\"\r\nperson a \"A\"\r\nperson b\r\na -> b\r\n".utf8)))
        #expect(document.diagnostics.isEmpty)
        #expect(document.map.title == "T")
        #expect(document.map["a"]?.label == "A")
    }

    /// A large file is parsed in pieces, one per core; the result must be the
    /// same map, the same problems, in the same order, however it is cut.
    @Test func piecesJoinToTheSameMap() {
        var text = "map \"Big\"\n"
        for i in 0..<3_000 {
            text += "person p\(i) \"Person \(i)\" [role: r\(i % 7)]\n"
            if i > 0 { text += "p\(i) -> p\(i - 1) : informs\n" }
            if i % 997 == 0 { text += "p\(i) -> nobody\nbroken line \"\n" }
            if i == 2_000 { text += "map \"Second header\"\nperson p5 \"duplicate\"\n" }
        }
        let source = SourceText(name: "big.ecomap", text: text)
        let one = Parser.parse(source, pieces: 1)
        for pieces in [2, 3, 7] {
            let many = Parser.parse(source, pieces: pieces)
            #expect(many.map == one.map)
            #expect(many.diagnostics.kept == one.diagnostics.kept)
        }
        #expect(one.diagnostics.kept.map(\.code.name).contains("duplicate-header"))
        #expect(one.map.title == "Big")
    }
}
