import Foundation
import Testing
@testable import EcomapReport
import EcomapCore
import EcomapTestSupport

/// The report's HTML templates (Sources/EcomapReport/Templates).
@Suite struct TemplateTests {
    /// Each file is one the library registers, and each parses.
    @Test func everyTemplateParses() throws {
        let folder = Package.path("Sources/EcomapReport/Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
            .map { String($0.dropLast(".mustache".count)) }
        #expect(Set(names) == Set(Templates.files.map(\.name)))
        #expect(names.count == Templates.files.count)
        let library = try Templates.load()
        for name in names {
            #expect(library.getTemplate(named: name) != nil, "\(name)")
            let file = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name).mustache"))
            #expect(Templates.files.first { $0.name == name }?.bytes == Array(file), "\(name): the binary holds the file")
        }
    }

    /// Text and attributes are escaped by the template library, quotes too:
    /// a value can't end an attribute or start an element.
    @Test func valuesAreEscapedInTextAndAttributes() {
        let hostile = "\" onmouseover=\"alert(1)\" x='<b>&amp;"
        let figure = Figure(id: "m-figure", live: false, focused: false, svg: "<svg></svg>", caption: Said(hostile), show: hostile,
                            kinds: [KindBox(kind: "organisation", name: hostile)], hint: hostile, focus: hostile, whole: hostile, data: "{}")
        let html = Templates.render("figure", figure)
        let escaped = "&quot; onmouseover=&quot;alert(1)&quot; x=&#39;&lt;b&gt;&amp;amp;"
        #expect(html.contains("<figcaption>\(escaped)</figcaption>"))
        #expect(html.contains("data-hint=\"\(escaped)\" data-focus=\"\(escaped)\" data-whole=\"\(escaped)\""))
        #expect(!html.contains("onmouseover=\"") && !html.contains("<b>"))
        // Only Graphviz's SVG and the script's data go in as they are.
        #expect(html.contains("<svg></svg>") && html.contains(">{}</script>"))
    }

    /// A value left out (nil) stays out: Mustache would otherwise show a
    /// value of the same name from around it (here the table's class on a cell).
    @Test func optionalValuesNeverComeFromAround() {
        let table = Table(classes: "wide", head: nil, rows: [Row(cells: [Cell("x"), Cell("1", classes: "number")])])
        let html = Templates.render("table", table)
        #expect(html == "<div class=\"table\"><table class=\"wide\"><tbody>\n<tr><td>x</td><td class=\"number\">1</td></tr>\n</tbody></table></div>")
        let paragraph = Templates.render("paragraph", Paragraph(classes: nil, lang: nil, text: "t"))
        #expect(paragraph == "<p>t</p>")
        let said = Templates.render("said", Said([(.cy, "Yn gryno"), (.en, "In brief")]))
        #expect(said == "Yn gryno<span class=\"second\" lang=\"en\">In brief</span>")
        #expect(Templates.render("said", Said([(.cy, "a"), (.en, "b")], marked: false)) == "a<span class=\"second\">b</span>")
    }

    /// Each group of findings with its heading, why it matters and its items,
    /// what to do only where there is something to do.
    @Test func findingsShowEveryGroupAndItem() {
        let said = { (text: String) in Said([(.cy, text + " (cy)"), (.en, text)]) }
        let section = FindingsSection(
            heading: said("All"), matching: [Paragraph(classes: "note", lang: nil, text: "m")], patterns: [],
            groups: [FindingGroup(heading: said("Gaps"), why: [Paragraph(classes: "why", lang: nil, text: "w")],
                                  items: [FindingItem(summary: [Paragraph(classes: nil, lang: nil, text: "s")],
                                                      action: [Paragraph(classes: "action", lang: nil, text: "a")]),
                                          FindingItem(summary: [Paragraph(classes: nil, lang: nil, text: "t")], action: [])])])
        #expect(Templates.render("findings", section) == """
            <section class="findings"><h2>All (cy)<span class="second" lang="en">All</span></h2><p class="note">m</p>
            <h3>Gaps (cy)<span class="second" lang="en">Gaps</span></h3><p class="why">w</p>
            <ul class="findings">
            <li><p>s</p><p class="action">a</p></li>
            <li><p>t</p></li>
            </ul>
            </section>
            """)
    }

    /// The analysts' two tables, whose rows are typed: each field in its column.
    @Test func analystsTablesShowEveryField() {
        let head = Row(cells: [Cell("Node"), Cell("Degree", classes: "number")])
        let section = AnalystsSection(
            heading: Said("For analysts"), nodesHead: head,
            nodes: [NodeRow(name: "A & B", kind: "Individual", degree: "3", twoWay: "1", betweenness: "0.500", closeness: "0.250", broker: "yes")],
            metricsNote: [], directory: DirectorySection(
                level: 3, heading: Said("Directory"), note: [], entriesHead: Row(cells: [Cell("Name")]),
                entries: [DirectoryRow(name: "Org", kind: "Organisation", fields: [DirectoryField(text: "About", missing: false),
                                                                                 DirectoryField(text: "not recorded", missing: true)])]))
        #expect(Templates.render("analysts", section) == """
            <section class="analysts"><h2>For analysts</h2>
            <div class="table"><table class="wide"><thead><tr><th>Node</th><th class="number">Degree</th></tr></thead><tbody>
            <tr><td>A &amp; B</td><td>Individual</td><td class="number">3</td><td class="number">1</td><td class="number">0.500</td><td class="number">0.250</td><td>yes</td></tr>
            </tbody></table></div>

            <div class="directory-section"><h3>Directory</h3>
            <div class="table"><table class="wide directory"><thead><tr><th>Name</th></tr></thead><tbody>
            <tr><td>Org</td><td>Organisation</td><td>About</td><td class="missing">not recorded</td></tr>
            </tbody></table></div></div></section>
            """)
    }

    /// The community audit's section: each pair with why, the count of those not listed, and the missing table.
    @Test func auditShowsPairsReasonsAndWhatIsMissing() {
        let section = AuditSection(
            heading: Said("Audit"), intro: [], duplicatesHeading: Said("Likely duplicates (3)"), noDuplicates: [],
            pairs: PairList(items: [AuditPair(names: Said("A & B"), reasons: [Paragraph(classes: "reason", lang: nil, text: "why")])]),
            morePairs: [Paragraph(classes: "note", lang: nil, text: "2 more")], missingHeading: Said("Missing"), missingMost: [],
            missing: nil)
        #expect(Templates.render("audit", section) == """
            <section class="audit"><h2>Audit</h2>
            <h3>Likely duplicates (3)</h3>
            <ul class="pairs"><li><strong>A &amp; B</strong><p class="reason">why</p></li></ul>
            <p class="note">2 more</p>
            <h3>Missing</h3>

            </section>
            """)
    }
}
