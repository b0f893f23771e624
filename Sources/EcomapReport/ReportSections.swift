// The report's sections as its templates show them (`report.mustache` and
// the partials it calls), built by `Report.html()`; the live preview's
// comparison (`comparison.mustache`) shares the findings and drawings.

/// What `report.mustache` shows: the page, and the report inside it.
struct ReportPage {
    var page: PageHead
    var report: ReportBody
}

struct ReportBody {
    var header: Header
    /// For a directory of communities: the audit, then the directory, before the rest.
    var audit: AuditSection?
    var directoryFirst: DirectorySection?
    var summary: Summary
    /// With a best-practice map: every finding.
    var findings: FindingsSection?
    var maps: MapsSection
    var analysts: AnalystsSection
    /// Only when the report names nodes that have no Welsh label in Welsh.
    var notes: NotesSection?
    var footer: String
}

/// The title, where the map comes from and its date, and its description.
struct Header {
    var title: String
    var meta: [Paragraph]
    /// The map's description, a paragraph per language.
    var description: [Paragraph]
}

/// The first page (`summary.mustache`): with a comparison, the numbers, both
/// maps and the findings that matter most (``glance``); without, the map.
struct Summary {
    var heading: Said
    var headline: [Paragraph]
    var glance: Glance?
    var figure: Figure?
}

struct Glance {
    var numbers: Table
    var overview: Overview?
    var mostImportant: Said
    var leading: [Leading]
    var seeAll: [Paragraph]
}

/// Both maps side by side, drawn as one SVG.
struct Overview {
    var svg: String
    var caption: Said
}

/// A finding a director reads first: how many of its kind, one of them, what to do.
struct Leading {
    var title: Said
    var summary: [Paragraph]
    var action: [Paragraph]
}

/// Every finding by kind (`findings.mustache`).
struct FindingsSection {
    var heading: Said
    var matching: [Paragraph]
    var patterns: [Paragraph]
    var groups: [FindingGroup]
}

struct FindingGroup {
    var heading: Said
    var why: [Paragraph]
    var items: [FindingItem]
}

struct FindingItem {
    var summary: [Paragraph]
    /// What to do, for a gap; none for the other kinds.
    var action: [Paragraph]
}

/// The drawings at full size and the map's tables (`maps.mustache`).
struct MapsSection {
    var heading: Said
    var drawings: [Drawing]
    var whoIsInIt: Said
    var whoTable: Table
    var networkNumbers: Said
    var numbersTable: Table
}

/// The per-node numbers and the directory (`analysts.mustache`).
struct AnalystsSection {
    var heading: Said
    var nodesHead: Row
    var nodes: [NodeRow]
    var metricsNote: [Paragraph]
    /// The directory, unless the report opened with it.
    var directory: DirectorySection?
}

/// The directory of communities and organisations (`directory.mustache`),
/// what is missing marked: the analysts' last table, or, in the report of a
/// directory, the second section.
struct DirectorySection {
    /// 2 when the report opens with it, 3 under the analysts' heading.
    var level: Int
    var heading: Said
    var note: [Paragraph]
    var entriesHead: Row
    var entries: [DirectoryRow]
}

/// The community audit a senior sponsor asks for (`audit.mustache`): how
/// many communities, the likely duplicates to merge and why, and what each
/// lacks to be found.
struct AuditSection {
    var heading: Said
    var intro: [Paragraph]
    var duplicatesHeading: Said
    var noDuplicates: [Paragraph]
    var pairs: PairList?
    /// How many pairs are not listed, when more than ``Report/pairsShown``.
    var morePairs: [Paragraph]
    var missingHeading: Said
    var missingMost: [Paragraph]
    var missing: Table?
}

struct PairList {
    var items: [AuditPair]
}

/// Two communities that may be one: their names, the score and why.
struct AuditPair {
    var names: Said
    var reasons: [Paragraph]
}

/// A node's numbers: a row of the analysts' table.
struct NodeRow {
    var name: String
    var kind: String
    var degree: String
    var twoWay: String
    var betweenness: String
    var closeness: String
    var broker: String
}

/// An organisation or community in the directory, each field recorded or missing.
struct DirectoryRow {
    var name: String
    var kind: String
    var fields: [DirectoryField]
}

struct DirectoryField {
    /// The field, or the words that say it is not recorded.
    var text: String
    var missing: Bool
}

struct NotesSection {
    var heading: Said
    var sentences: [Paragraph]
}

/// The live preview's comparison (`comparison.mustache`).
struct LiveComparison {
    var heading: Said
    var numbers: Table
    var drawings: [Drawing]
    var findings: FindingsSection
}
