import EcomapCore
import EcomapInterchange

/// The community audit as a report shows it, in HTML and in Markdown alike:
/// the likeliest pairs first, each named with the box it sits in, and the
/// fields missing most first.
struct ReportAudit {
    let audit: Audit
    /// The pairs listed, at most ``Report/pairsShown``, the likeliest first.
    let pairs: [Audit.Duplicate]
    /// How many more pairs the audit found than are listed.
    let notShown: Int
    /// The fields some community lacks, the most often missing first.
    let fields: [(field: Audit.Field, count: Int)]

    init(_ audit: Audit) {
        self.audit = audit
        let ranked = audit.duplicates.sorted { a, b in a.score != b.score ? a.score > b.score : (a.first, a.second) < (b.first, b.second) }
        pairs = Array(ranked.prefix(Report.pairsShown))
        notShown = ranked.count - pairs.count
        // Fields missing equally often keep the audit's order.
        let counted = Array(audit.missingCounts.enumerated())
        fields = counted.sorted { a, b in a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset }
            .map(\.element)
    }
}

extension Report {
    /// "Audit of Agency groups: 30 communities".
    func auditHeading(_ audit: Audit, in language: EcomapCore.Language) -> String {
        language[.auditHeading, map.titleName(in: language), language.counted(.community, audit.audited.count)]
    }

    /// "Data Science CoP (Environment Agency) and Data Science Community of Practice (Environment Agency) (score 1.00)":
    /// with the box each sits in, so that two groups of one name in two agencies can be told apart.
    func pairTitle(_ pair: Audit.Duplicate, in language: EcomapCore.Language) -> String {
        func named(_ i: Int) -> Filler {
            let node = map.nodes[i], name = node.name(in: language)
            guard let box = node.memberOf.first.flatMap({ map[$0] }) else { return name }
            return Filler("\(name.text) (\(box.label(in: language)))", mutable: name.mutable)
        }
        return language[.andJoin, named(pair.first), named(pair.second)] + " (" + language[.auditScore, AuditReport.score(pair.score)] + ")"
    }

    /// Why two communities may be one, in a language, as one sentence.
    func pairReasons(_ pair: Audit.Duplicate, in language: EcomapCore.Language) -> String {
        pair.reasons(in: language).map { $0.detail(in: language) }.joined(separator: "; ")
    }

    /// "Missing most: url 26, description 16, ..." or "nothing missing".
    func missingMost(_ figures: ReportAudit, in language: EcomapCore.Language) -> String {
        figures.fields.isEmpty ? language[.auditNothingMissing] : language[.auditMissingMost, figures.fields.map { item in
            language[.auditFieldCount, item.field.name(in: language), item.count]
        }.joined(separator: ", ")]
    }

    /// Each community that lacks something, with what, in the first language.
    func auditRows(_ figures: ReportAudit) -> [[String]] {
        figures.audit.gaps.map { gap in
            [map.nodes[gap.node].label(in: text), gap.missing.map { $0.name(in: text) }.joined(separator: ", ")]
        }
    }

    /// A text the audit asks for (a description, a sponsor, ...), in a
    /// language: nil when not given or still open ("unknown", "tbc", as the
    /// audit counts them). The report's directory and the directory site read it alike.
    static func answered(_ node: Node, _ key: String, in language: EcomapCore.Language) -> String? {
        guard let value = node.attributes.text(key, in: language)?.trimmingCharacters(in: .whitespaces), Audit.isKnown(value) else { return nil }
        return value
    }
}
