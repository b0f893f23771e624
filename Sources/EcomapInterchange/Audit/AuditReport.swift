import EcomapCore
import Foundation

/// The audit as text for people (English or Welsh), JSON for programs, or
/// CSV for a spreadsheet. JSON and CSV are in English whatever the language
/// of the text, as `ecomap stats` writes them: programs read their keys.
public enum AuditReport {
    /// The audit for people to read: the likely duplicates with why, what
    /// each audited node lacks, and which fields are missing most.
    public static func text(_ audit: Audit, map checked: CheckedMap, language: Language = .en) -> String {
        text(audit, map: checked, languages: [language])
    }

    /// The audit in one language or, bilingual, in two (`--lang cy+en`):
    /// each sentence followed by its translation on the next line, the
    /// first language first, as `compare` writes its text.
    public static func text(_ audit: Audit, map checked: CheckedMap, languages: [Language]) -> String {
        let languages = languages.isEmpty ? [Language.en] : languages
        /// Each language's line: the first with `first` before it (a list's
        /// dash), the translations under it with `rest` (lined up with its text).
        func each(_ first: String = "", _ rest: String? = nil, _ line: (Language) -> String) -> String {
            languages.enumerated().map { k, language in (k == 0 ? first : rest ?? first) + line(language) + "\n" }.joined()
        }
        let n = audit.audited.count
        var out = each { language in
            language[.auditHeading, checked.titleName(in: language),
                     audit.all ? language.count(n, .nodeNoun, .nodesNoun) : language.counted(.community, n)]
        }
        // What the audit judged by: which column of the spreadsheet became which field.
        let columns = ColumnUse.read(checked.map.attributes)
        if !columns.isEmpty, !ColumnUse.arePlain(columns) {
            out += "\n" + languages.map { $0[.auditJudgedBy] + "\n" + ColumnUse.report(columns, language: $0) }.joined(separator: "\n")
        }
        out += "\n" + each { $0[.auditDuplicates, audit.duplicates.count] }
        if audit.duplicates.isEmpty { out += each("  ") { $0[.auditNoneFound] } }
        for d in audit.duplicates {
            out += each("  - ", "    ") { $0[.andJoin, name(checked, d.first, $0), name(checked, d.second, $0)] + ", " + $0[.auditScore, score(d.score)] }
            for language in languages {
                for r in d.reasons(in: language) { out += "      " + r.detail(in: language) + "\n" }
            }
        }
        out += "\n" + each { $0[.auditMissing, audit.gaps.count, n] }
        if audit.gaps.isEmpty { out += each("  ") { $0[.auditNothingMissing] } }
        for g in audit.gaps {
            out += each("  - ", "    ") { language in
                name(checked, g.node, language).text + ": " + g.missing.map { $0.name(in: language) }.joined(separator: ", ")
            }
        }
        let missingMost = audit.missingCounts
        if !missingMost.isEmpty {
            out += "\n" + each { language in
                language[.auditMissingMost, missingMost.map { language[.auditFieldCount, $0.field.name(in: language), $0.count] }
                    .joined(separator: ", ")]
            }
        }
        return out
    }

    /// A score with two decimals, the same bytes on every machine.
    package static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// "Pwyllgor Gwirfoddolwyr (pwyllgor)": a name with its id, which in
    /// Welsh takes the mutation of the word before it ("a Phwyllgor").
    private static func name(_ checked: CheckedMap, _ i: Int, _ language: Language) -> Filler {
        let name = checked.nodes[i].name(in: language)
        return Filler("\(name.text) (\(checked.nodes[i].id))", mutable: name.mutable)
    }

    /// The audit as JSON (docs/json.md): the likely pairs and what each node lacks.
    public static func json(_ audit: Audit, map checked: CheckedMap) -> String {
        let nodes = checked.nodes
        return JSONText.encode(Document(
            ecomap: MapJSON.version,
            map: Header(id: checked.identifier, title: checked.map.title),
            scope: audit.all ? "all" : "communities",
            threshold: audit.threshold,
            audited: audit.audited.count,
            duplicates: audit.duplicates.map { d in
                Pair(nodes: [nodes[d.first].id, nodes[d.second].id],
                     labels: [nodes[d.first].label, nodes[d.second].label],
                     score: d.score,
                     reasons: d.reasons.map { Because(reason: $0.reason.rawValue, detail: $0.detail()) })
            },
            missing: audit.gaps.map { Missing(node: nodes[$0.node].id, label: nodes[$0.node].label, missing: $0.missing.map(\.rawValue)) }))
    }

    /// One row per finding: `finding,node,label,other node,other label,detail,score`.
    public static func csv(_ audit: Audit, map checked: CheckedMap) -> String {
        let nodes = checked.nodes
        var rows = [["finding", "node", "label", "other node", "other label", "detail", "score"]]
        for d in audit.duplicates {
            let (a, b) = (nodes[d.first], nodes[d.second])
            rows.append(["duplicate", a.id, a.label, b.id, b.label, d.reasons.map { $0.detail() }.joined(separator: "; "), score(d.score)])
        }
        for g in audit.gaps {
            let n = nodes[g.node]
            rows.append(["missing", n.id, n.label, "", "", g.missing.map(\.rawValue).joined(separator: "; "), ""])
        }
        var out = TextBuffer()
        for row in rows { out.writeCSV(row) }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    struct Document: Encodable {
        var ecomap: Int
        var map: Header
        var scope: String
        var threshold: Double
        var audited: Int
        var duplicates: [Pair]
        var missing: [Missing]
    }

    struct Header: Encodable { var id: String; var title: String? }
    struct Pair: Encodable { var nodes: [String]; var labels: [String]; var score: Double; var reasons: [Because] }
    struct Because: Encodable { var reason: String; var detail: String }
    struct Missing: Encodable { var node: String; var label: String; var missing: [String] }
}
