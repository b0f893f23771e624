import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// `ecomap render`: the diagram's structure, checked by parsing the SVG.
@Suite(.serialized) struct RenderTests {
    static let allKinds = """
        map "Kinds" [id: kinds, cy: "Mathau"]
        organisation org "Social Care Wales" [cy: "Gofal Cymdeithasol Cymru"]
        platform video "Video conferencing"
        person practitioners "Practitioners"
        community forum "Forum"
        org -> practitioners : informs [strength: weak]
        practitioners <-> forum : participates
        org -- forum
        practitioners -> video : uses [strength: strong]
        """

    /// A checked map with the two ways these tests draw it.
    struct Drawable {
        let map: CheckedMap

        func render(_ format: OutputFormat, options: RenderOptions = RenderOptions(), embed: Bool = false) throws -> [UInt8] {
            var options = options
            options.forWebPage = embed
            return try Renderer.render(map, as: format, options: options)
        }

        func diagram(_ options: RenderOptions = RenderOptions()) -> Diagram { DiagramBuilder.build(map, options: options) }
    }

    func document(_ text: String, name: String = "t.ecomap") throws -> Drawable {
        Drawable(map: try checked(text, name: name))
    }

    func svg(_ text: String, _ options: RenderOptions = RenderOptions(), embed: Bool = false) throws -> XMLElement {
        try XMLElement.parse(try document(text).render(.svg, options: options, embed: embed))
    }

    /// The id a node's group gets, as the DOM sees it.
    func nodeGroup(_ root: XMLElement, _ prefix: String, _ id: String) -> XMLElement? {
        root.element(id: "\(prefix)-node-\(id)")
    }

    /// The shape Graphviz drew for a node: its first ellipse, polygon or path.
    func shape(of group: XMLElement) -> XMLElement? {
        group.descendants.first { ["ellipse", "polygon", "path"].contains($0.name) }
    }

    @Test(arguments: Theme.all.map(\.name))
    func eachKindHasItsShapeAndColour(_ themeName: String) throws {
        let theme = try #require(Theme.named(themeName))
        let root = try svg(Self.allKinds, RenderOptions(theme: theme))
        let expected: [(String, NodeKind, String, Int?)] = [
            ("org", .organisation, "path", nil), ("video", .platform, "polygon", 7),
            ("practitioners", .person, "ellipse", nil), ("forum", .community, "polygon", 9),
        ]
        for (id, kind, element, points) in expected {
            let group = try #require(nodeGroup(root, "kinds", id), "no group for \(id)")
            #expect(group.classes == ["node", kind.rawValue])
            let drawn = try #require(shape(of: group))
            #expect(drawn.name == element, "\(id) drawn as \(drawn.name)")
            #expect(drawn.attributes["fill"] == theme.fill(kind).hex, "\(id) in \(themeName)")
            if let points {
                #expect(drawn.attributes["points"]?.split(separator: " ").count == points)
            }
        }
        // One shape per node: four node groups, plus the key's samples.
        #expect(root.groups("node").filter { !$0.classes.contains("key-sample") && !$0.classes.contains("key-text") }.count == 4)
        let background = try #require(root.first("polygon"))
        #expect(background.attributes["fill"] == theme.background.hex)
    }

    @Test func arrowheadsFollowDirection() throws {
        let root = try svg(Self.allKinds, RenderOptions(legend: false))
        let edges = root.groups("link")
        #expect(edges.count == 4)
        for edge in edges {
            let heads = edge.children.filter { $0.name == "polygon" }.count
            if edge.classes.contains("one-way") { #expect(heads == 1) }
            if edge.classes.contains("two-way") { #expect(heads == 2) }
            if edge.classes.contains("undirected") { #expect(heads == 0) }
        }
    }

    @Test func strengthsAreDrawnDifferently() throws {
        let root = try svg("""
            person a
            person b
            a -> b [strength: strong]
            a -> b : x [strength: weak]
            a -> b : y [strength: stressful]
            a -> b : z [strength: broken]
            a -> b : w
            """, RenderOptions(legend: false))
        func paths(_ strength: String) throws -> [XMLElement] {
            let group = try #require(root.groups("link").first { $0.classes.contains(strength) })
            return group.children.filter { $0.name == "path" }
        }
        #expect(try paths("strong").first?.attributes["stroke-width"] == "3.2")
        #expect(try paths("weak").first?.attributes["stroke-dasharray"] == "5,2")
        #expect(try paths("broken").first?.attributes["stroke-dasharray"] == "1,5")
        #expect(try paths("stressful").filter { $0.attributes["stroke"] != "transparent" }.count == 2, "a stressful link is a double line")
        #expect(try paths("normal").first?.attributes["stroke-dasharray"] == nil)
    }

    /// The key lists only what the map uses.
    @Test func legendListsWhatIsUsed() throws {
        let root = try svg("""
            map "Two kinds" [id: two]
            organisation scw "SCW"
            person p "People"
            scw -> p : informs [strength: weak]
            """)
        let key = try #require(root.element(id: "two-key"))
        #expect(key.classes.contains("key"))
        let samples = root.descendants.filter { $0.classes.contains("key-sample") }.compactMap { $0.attributes["id"] }
        #expect(samples.sorted() == ["two-key-direction-one-way", "two-key-organisation", "two-key-person", "two-key-strength-weak"])
        let text = root.descendants.filter { $0.classes.contains("key-text") }.flatMap { $0.all("text").map(\.allText) }
        // Link types are listed only when the lines carry them (--labels).
        #expect(text == ["Organisation", "Individual", "One way", "Weak"])
        var labelled = RenderOptions()
        labelled.labels = true
        let withTypes = try svg("map \"Two kinds\" [id: two]\norganisation scw \"SCW\"\nperson p \"People\"\nscw -> p : informs\n", labelled)
        let typeText = withTypes.descendants.filter { $0.classes.contains("key-text") }.flatMap { $0.all("text").map(\.allText) }
        #expect(typeText.last == "Interactions: informs")
        let none = try svg("organisation scw\nperson p\nscw -> p\n", RenderOptions(legend: false))
        #expect(none.descendants.allSatisfy { !$0.classes.contains("key") && !$0.classes.contains("key-sample") })
    }

    @Test func legendShowsPlatformsAndAllStrengths() throws {
        let root = try svg("""
            map "All" [id: all]
            platform video
            person a
            person b
            a <-> b [via: video, strength: stressful]
            a -- b [strength: broken]
            a -> b [strength: strong]
            """)
        let samples = Set(root.descendants.filter { $0.classes.contains("key-sample") }.compactMap { $0.attributes["id"] })
        #expect(samples == ["all-key-platform", "all-key-person", "all-key-direction-one-way", "all-key-direction-two-way",
                            "all-key-direction-undirected", "all-key-strength-strong", "all-key-strength-stressful",
                            "all-key-strength-broken", "all-key-via"])
        // The platform is tied to both ends of the interaction that goes through it.
        #expect(root.groups("via").filter { !$0.classes.contains("key-sample") }.count == 2)
    }

    @Test func everyIDIsPrefixed() throws {
        let root = try svg(Self.allKinds.replacingOccurrences(of: "community forum \"Forum\"", with: "community forum \"Forum\" [url: https://example.org/forum]")
            + "\nperson member [in: org]\nmember -> forum\n")
        let ids = ([root] + root.descendants).compactMap { $0.attributes["id"] }
        #expect(ids.count > 20)
        for id in ids { #expect(id == "kinds" || id.hasPrefix("kinds-"), "\(id)") }
        #expect(Set(ids).count == ids.count, "ids are unique")
        #expect(root.element(id: "kinds-group-org")?.classes == ["cluster"])
    }

    @Test func titleAndDescriptionForScreenReaders() throws {
        let root = try svg(Self.allKinds)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "kinds-title kinds-desc")
        #expect(root.children.first?.name == "title" && root.children.first?.text == "Kinds")
        #expect(root.children.dropFirst().first?.name == "desc")
        #expect(root.children.dropFirst().first?.text == "4 nodes (1 organisation, 1 platform, 1 person, 1 community), 4 links, 33% two-way")
        // Hovering a node names it by its label, not its id.
        #expect(nodeGroup(root, "kinds", "org")?.children.first { $0.name == "title" }?.text == "Social Care Wales (Organisation)")
    }

    @Test func welsh() throws {
        var options = RenderOptions()
        options.language = .cy
        let root = try svg(Self.allKinds.replacingOccurrences(of: "person practitioners \"Practitioners\"", with: "person practitioners \"Ymarferwyr\" [cy: \"Ymarferwyr ŵ ŷ â\"]"), options)
        let text = root.all("text").map(\.allText).joined(separator: "|")
        // Long labels are broken into lines.
        #expect(text.contains("Gofal Cymdeithasol|Cymru"))
        #expect(text.contains("Ymarferwyr ŵ ŷ â"))
        for word in ["Allwedd", "Sefydliad", "Platfform neu dechnoleg", "Unigolyn", "Cymuned neu grŵp", "Un ffordd", "Gwan", "Cryf"] {
            #expect(text.contains(word), "\(word)")
        }
        #expect(root.children.first?.text == "Mathau")
    }

    @Test func colourOverrides() throws {
        let root = try svg("""
            map "C" [id: c]
            style organisation [colour: teal]
            organisation a
            organisation b [colour: "#ff8800"]
            a -> b
            """)
        #expect(shape(of: try #require(nodeGroup(root, "c", "a")))?.attributes["fill"] == "#008080")
        #expect(shape(of: try #require(nodeGroup(root, "c", "b")))?.attributes["fill"] == "#ff8800")
        #expect(shape(of: try #require(root.element(id: "c-key-organisation")))?.attributes["fill"] == "#008080")
    }

    @Test func embedIsReadyForAPage() throws {
        let bytes = try document(Self.allKinds).render(.svg, embed: true)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<svg "))
        #expect(!text.contains("<?xml") && !text.contains("<!DOCTYPE") && !text.contains("<!--"))
        let root = try XMLElement.parse(bytes)
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["height"] == nil)
        #expect(root.attributes["style"]?.hasPrefix("max-width:") == true)
        #expect(root.attributes["viewBox"] != nil)
    }

    @Test func sameMapSameBytes() throws {
        let d = try document(Self.allKinds)
        for format in [OutputFormat.svg, .png, .pdf, .dot] {
            #expect(try d.render(format) == d.render(format), "\(format)")
        }
    }

    @Test func pngAndPDF() throws {
        let d = try document(Self.allKinds)
        let png = try d.render(.png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 10_000)
        let pdf = try d.render(.pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: pdf.suffix(6), as: UTF8.self).contains("%%EOF"))
        #expect(pdf.count > 5_000)
    }

    @Test func dotGolden() throws {
        let d = try document(Self.allKinds + "\nperson member \"A \\\"quoted\\\" \\\\ member\\nof two lines\" [in: org]\nmember -> forum\n")
        Golden.assertMatches(String(decoding: try d.render(.dot), as: UTF8.self), "render/kinds.dot")
    }

    /// The layout engine follows the map's size unless one is asked for.
    @Test func automaticLayout() throws {
        #expect(LayoutEngine.automatic(nodes: 12, links: 15) == .neato)
        #expect(LayoutEngine.automatic(nodes: 5_000, links: 50_000) == .sfdp)
        #expect(try document(Self.allKinds).diagram().engine == .neato)
        var options = RenderOptions()
        options.layout = .dot
        let dot = try document(Self.allKinds).diagram(options)
        #expect(dot.engine == .dot)
        #expect(dot.graph[.nslimit] != nil && dot.graph[.mclimit] != nil)
    }

    @Test func closenessSetsLengths() throws {
        let text = "organisation a\norganisation b\norganisation c\na -- b [closeness: close]\na -- c [closeness: distant]\n"
        var options = RenderOptions()
        options.layout = .neato
        #expect(try document(text).diagram(options).edges.map { $0.attributes[.len] } == ["0.8", "1.3"])
        options.layout = .dot
        let dot = try document(text).diagram(options)
        #expect(dot.edges[0].attributes[.weight] == "3" && dot.edges[1].attributes[.minlen] == "2")
        options.layout = .sfdp
        #expect(try document(text).diagram(options).edges.allSatisfy { $0.attributes[.len] == nil })
    }

    static let clustered = """
        map "Boxes" [id: boxes]
        organisation scw "Social Care Wales"
        organisation rdi "Research team" [in: scw]
        person managers "Managers" [in: rdi]
        person officer "Officer" [in: scw]
        organisation uni "Universities"
        person academics "Academics" [in: uni]
        person practitioners "Practitioners"
        community forum "Forum"
        platform video "Video"
        scw -> practitioners : informs
        managers -> forum
        academics -> forum : participates
        practitioners <-> forum
        officer -> video : uses
        rdi -- uni : partners [closeness: distant]
        """

    /// Membership boxes hold their members, nested boxes sit inside their
    /// parents, and nothing else sits inside a box.
    @Test func boxesHoldTheirMembers() throws {
        let diagram = try document(Self.clustered).diagram()
        #expect(CompactLayout.applies(to: diagram))
        let placed = try CompactLayout.place(diagram, deadline: Deadline(seconds: 30)).diagram
        #expect(placed.fixedPositions)
        func box(_ text: String?) throws -> BoundingBox {
            let b = BoundingBox(text)
            #expect(b.maxX > b.minX && b.maxY > b.minY, "no bb: \(text ?? "nil")")
            return b
        }
        let boxes = try placed.clusters.map { try box($0.attributes[.bb]) }
        for (i, node) in placed.nodes.enumerated() {
            let p = (node.attributes[.pos] ?? "").split(separator: ",").compactMap { Double($0) }
            #expect(p.count == 2, "\(node.name) has no position")
            guard p.count == 2 else { continue }
            // Every box that holds the node, directly or through a nested box.
            var holders = Set<Int>()
            var c = node.cluster
            while let k = c { holders.insert(k); c = placed.clusters[k].parent }
            for (k, b) in boxes.enumerated() {
                let insideX = p[0] > b.minX && p[0] < b.maxX
                let inside = insideX && p[1] > b.minY && p[1] < b.maxY
                let name = placed.clusters[k].tooltip
                #expect(inside == holders.contains(k), "\(node.name) and box \(name), node \(i)")
            }
        }
        // The research team's box is inside Social Care Wales's.
        let rdi = try #require(placed.clusters.firstIndex { $0.tooltip == "Research team" })
        let parent = try #require(placed.clusters[rdi].parent)
        #expect(boxes[rdi].minX > boxes[parent].minX && boxes[rdi].maxX < boxes[parent].maxX)
        #expect(boxes[rdi].minY > boxes[parent].minY && boxes[rdi].maxY < boxes[parent].maxY)
    }

    /// Same map, same bytes: also after other maps were drawn in the same
    /// process (Graphviz's fdp failed this, as did cluster order before
    /// ecomap's ID discipline), in every format.
    @Test func sameBytesWhateverCameBefore() throws {
        let d = try document(Self.clustered)
        let first = try d.render(.svg)
        let firstPNG = try d.render(.png)
        _ = try document(Self.allKinds).render(.svg)
        var options = RenderOptions()
        options.layout = .sfdp
        let sfdp = try document(Self.allKinds).render(.svg, options: options)
        _ = try document(Self.clustered).render(.svg, options: options)
        #expect(try d.render(.svg) == first)
        #expect(try d.render(.png) == firstPNG)
        #expect(try document(Self.allKinds).render(.svg, options: options) == sfdp)
    }

    @Test func labelsOnLines() throws {
        var options = RenderOptions(legend: false)
        options.labels = true
        let root = try svg("""
            platform video "Video"
            person a
            person b
            a -> b : meets "periodic meetings" [via: video]
            a -> b : informs
            a -> b "no type"
            """, options)
        let text = root.groups("link").map { $0.all("text").map(\.allText).joined(separator: " ") }
        #expect(text == ["meets: periodic meetings (via Video)", "informs", "no type"])
        let plain = try svg("person a\nperson b\na -> b : meets\n", RenderOptions(legend: false))
        #expect(plain.groups("link").allSatisfy { $0.all("text").isEmpty })
    }
}

/// Labels and links are user text: they must never become markup, DOT
/// attributes, Graphviz escapes or script.
@Suite(.serialized) struct RenderSafetyTests {
    static let hostile: [String] = [
        #"x"] [URL="javascript:alert(1)" label="pwned"#,
        "<script>alert(1)</script>",
        #"\N \G \L \E \T \H \n"#,
        "&amp; &lt; & ; &#45;",
        "a \"quoted\" ] [ ; { } -> -- // /* */ # comment",
        "ending with a backslash \\",
    ]

    /// A map built in code, with what the checker would refuse (a
    /// `javascript:` link): the render layer must be safe on its own too.
    func hostileMap() -> CheckedMap {
        CheckedMap(trusted: hostileEcosystem(), name: "hostile", identifier: "hostile")
    }

    func hostileEcosystem() -> EcosystemMap {
        var map = EcosystemMap(title: "Hostile <title> & \"quotes\"")
        map.attributes = [AttributeName.id: .text("hostile")]
        for (i, label) in Self.hostile.enumerated() {
            var attributes = Attributes()
            attributes[AttributeName.url] = .text(i == 0 ? "javascript:alert(1)" : "https://example.org/?q=\"><script>alert(1)</script>&x=1\\N")
            map.add(Node(id: "n\(i)", kind: .person, label: label, attributes: attributes))
        }
        for i in 1..<Self.hostile.count {
            map.add(Link(from: "n0", to: "n\(i)", type: "informs", label: Self.hostile[i]))
        }
        return map
    }

    @Test func svgShowsTextAsText() throws {
        let map = hostileMap()
        var options = RenderOptions()
        options.labels = true
        let bytes = try Renderer.render(map, as: .svg, options: options)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("<script"))
        let root = try XMLElement.parse(bytes)
        #expect(root.all("script").isEmpty)
        for (i, label) in Self.hostile.enumerated() {
            let group = try #require(root.element(id: "hostile-node-n\(i)"))
            let lines = group.all("text").map(\.allText)
            // Long labels are broken into lines at spaces, and nothing else changes.
            #expect(lines.joined(separator: " ") == label, "\(i): \(lines)")
        }
        // Only http(s) links survive, and their dangerous characters are encoded.
        let hrefs = root.descendants.compactMap { $0.attributes["xlink:href"] }
        #expect(!hrefs.contains { $0.lowercased().contains("javascript") })
        #expect(hrefs.count == Self.hostile.count - 1)
        for href in hrefs {
            #expect(href.hasPrefix("https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&x=1%5CN"))
        }
        #expect(root.children.first?.text == "Hostile <title> & \"quotes\"")
    }

    /// DOT text read back by Graphviz's own parser gives the values ecomap set.
    @Test func dotQuotingSurvivesGraphviz() throws {
        let map = hostileMap()
        let diagram = DiagramBuilder.build(map)
        let dot = DOTWriter.write(diagram)
        let names = map.nodes.map(\.id)
        // Every node Graphviz sees: an injection would have made more, or others.
        let read = try #require(GraphvizRenderer.readBack(dot, attributes: ["label", "URL", "shape"]))
        let mapNodes = read.filter { !$0.key.hasPrefix("key:") }
        #expect(Set(mapNodes.keys) == Set(names), "\(read.keys.sorted())")
        for (i, label) in Self.hostile.enumerated() {
            // What ecomap set (the label broken into lines) is what Graphviz read.
            let set = try #require(diagram.nodes[i].attributes[.label])
            #expect(read["n\(i)"]?["label"] == set)
            let lines = TextWidth.balanced(label, width: 110, size: 11)
            #expect(lines.joined(separator: " ") == label)
            #expect(set == GraphvizText.label(lines.joined(separator: "\n")))
            #expect(read["n\(i)"]?["shape"] == "ellipse")
        }
        #expect(read["n0"]?["URL"] == "", "a javascript: link is never passed on")
        // Injection would have created extra nodes or attributes; the graph has exactly the map's nodes.
        #expect(!dot.contains("URL=\"javascript"))
    }

    @Test func escapingRules() throws {
        #expect(GraphvizText.label(#"a\N"#) == #"a\\N"#)
        #expect(GraphvizText.label("a&b") == "a&amp;b")
        #expect(GraphvizText.label("two\nlines") == #"two\nlines"#)
        #expect(GraphvizText.label("nul\u{0}here") == "nulhere")
        #expect(DOTWriter.quote(#"say "hi" \\"#) == #""say \"hi\" \\""#)
        #expect(GraphvizText.url("javascript:alert(1)") == nil)
        #expect(GraphvizText.url("file:///etc/passwd") == nil)
        #expect(GraphvizText.url("/relative") == nil)
        #expect(GraphvizText.url("mailto:a@b.org") == "mailto:a@b.org")
        #expect(GraphvizText.url("HTTPS://x.org/a b\"<>'\\") == "HTTPS://x.org/a%20b%22%3C%3E%27%5C")
        #expect(GraphvizText.url("https://x.org/?a=1&b=2") == "https://x.org/?a=1&amp;b=2")
    }

    /// ecomap sets only attributes from its own list, whatever the map holds.
    @Test func onlyChosenAttributes() throws {
        var map = hostileEcosystem()
        map.add(Node(id: "evil", kind: .platform, label: "x",
                     attributes: ["image": .text("/etc/passwd"), "fontname": .text("../../x"), "stylesheet": .text("x.css"),
                                  "shape": .text("custom"), "URL": .text("javascript:x")]))
        map.add(Link(from: "evil", to: "n0", attributes: ["weight": .text("99999999"), "splines": .text("ortho")]))
        let diagram = DiagramBuilder.build(CheckedMap(trusted: map, name: "x", identifier: "x"))
        let all = diagram.graph + diagram.nodes.flatMap(\.attributes) + diagram.edges.flatMap(\.attributes)
        let names = Set(all.map(\.name))
        #expect(!names.contains(where: { ["image", "stylesheet", "concentrate", "newrank"].contains($0.rawValue) }))
        #expect(!all.contains { $0.value.contains("/etc/passwd") || $0.value == "ortho" || $0.value == "99999999" || $0.value == "custom" })
        #expect(all.filter { $0.name == .fontname }.allSatisfy { $0.value == "DejaVu Sans" })
        #expect(GVAttribute.Name.allCases.allSatisfy { !["image", "stylesheet", "concentrate", "newrank", "imagepath", "fontpath"].contains($0.rawValue) })
    }
}

/// A drawing of 10,000 nodes, in process: seconds of Graphviz's time.
@Suite(.tags(.largeInput)) struct RenderLargeInputTests {
    /// A 10,000-node chain: deep enough to overflow a small thread stack inside Graphviz.
    @Test func longChain() throws {
        var text = "map \"Chain\" [id: chain]\n"
        for i in 0..<10_000 { text += "person p\(i)\n" }
        for i in 1..<10_000 { text += "p\(i - 1) -> p\(i)\n" }
        let chain = RenderTests.Drawable(map: try checked(text, name: "chain.ecomap"))
        #expect(chain.diagram().engine == .sfdp)
        // What this holds to is the stack, not the time: an hour's limit, so a
        // busy machine (a CI run beside other builds) can't fail it.
        var options = RenderOptions(legend: false)
        options.timeout = 3_600
        options.layout = .sfdp  // every node drawn: the default would summarise 10,000 people as one list
        let svg = try chain.render(.svg, options: options)
        let root = try XMLElement.parse(svg)
        #expect(root.groups("node").count == 10_000)
        #expect(root.groups("link").count == 9_999)
    }
}

/// One deadline for a whole drawing, and one rule for ids everywhere.
@Suite struct RenderEntryTests {
    /// The deadline is a moment, not a length given to each Graphviz call: a
    /// drawing whose every layout is quick still stops once the moment passes.
    @Test func oneDeadlineForEveryLayout() throws {
        let map = try checked(RenderTests.clustered, name: "boxes.ecomap")
        let diagram = DiagramBuilder.build(map)
        let deadline = Deadline(seconds: 0.2)
        _ = try GraphvizRenderer.render(diagram, format: .svg, deadline: Deadline(seconds: 60))
        Thread.sleep(forTimeInterval: 0.3)
        #expect(throws: Diagnostic.self) { try GraphvizRenderer.render(diagram, format: .svg, deadline: deadline) }
    }

    /// A Welsh map id passes the check and names the drawing's elements as written.
    @Test func welshMapID() throws {
        let map = try checked("map \"Ŵyr\" [id: ŵyr]\nperson a\nperson b\na -> b\n", name: "w.ecomap")
        #expect(map.identifier == "ŵyr")
        let root = try XMLElement.parse(try Renderer.render(map, as: .svg))
        #expect(root.element(id: "ŵyr-node-a") != nil)
        #expect(GraphvizText.elementID("ŵyr") == "ŵyr" && GraphvizText.elementID("a b/c") == "a_b_c")
    }
}
