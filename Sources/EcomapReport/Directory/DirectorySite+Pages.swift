import EcomapCore

// What the directory's templates show (`directory-index.mustache`,
// `directory-page.mustache`), built from its entries.

/// The `<head>` of a directory page: its style and script are files beside it.
struct SiteHead {
    var lang: String
    var title: String
    var version: String
    /// The way from the page to the site's folder: "" for the index, "../" for an entry's page.
    var root: String
}

struct SiteIndex {
    var head: SiteHead
    var heading: Said
    var intro: [Paragraph]
    var noScript: [Paragraph]
    var search: Said
    var searchHint: Said
    var filters: [SiteFilter]
    /// The status line's words for the script, `{1}` and `{2}` to fill: "Showing {1} of {2}".
    var showing: String
    var total: Int
    var noMatch: Said
    var entriesHeading: Said
    var entries: [SiteCard]
    var footer: String
}

/// A filter of the index: a labelled list of values, the first "All".
struct SiteFilter {
    /// The `data-` attribute of a card it reads, and its control's id.
    var id: String
    var label: Said
    var all: String
    var options: [SiteOption]
}

struct SiteOption {
    var value: String
    var name: String
}

/// A community or organisation in the index.
struct SiteCard {
    var href: String
    var name: Said
    /// Its kind, the boxes it is in and its funding, on one line: "Community or group · Environment Agency · yes".
    var facts: String
    var description: [Paragraph]
    // What the filters and the search read (`directory.js`).
    var organisations: String
    var kindValue: String
    var fundedValue: String
    var platforms: String
    var interests: String
    var search: String
}

/// A community's or organisation's own page.
struct SitePage {
    var head: SiteHead
    var back: Said
    var name: Said
    var kind: Said
    var facts: [SiteFact]
    /// Who it works with, and what is inside it: each only when it has any.
    var lists: [SiteList]
    var drawing: String?
    var drawingCaption: Said
    var footer: String
}

/// A row of an entry's facts: its label, and its value in each language or
/// links; `missing` marks what the audit asks for and the map doesn't say.
struct SiteFact {
    var label: Said
    var values: [Paragraph]
    var links: SiteList?
    var missing: Bool
}

/// Names under a heading (a fact's have none).
struct SiteList {
    var heading: Said?
    var items: [SiteLink]
}

struct SiteLink {
    var href: String?
    var name: Said
    var how: String?
}

extension DirectorySite {
    private var first: EcomapCore.Language { languages[0] }

    /// Words in each of the site's languages, the same words once.
    func words(_ words: (EcomapCore.Language) -> String) -> Said { Said(distinct(words)) }

    /// Words for a control that can't hold markup (a `<select>`'s option): "Welsh / English".
    func plain(_ words: (EcomapCore.Language) -> String) -> String { distinct(words).map(\.1).joined(separator: " / ") }

    /// Each language's words, leaving out one that repeats the language before
    /// it (a name that is the same in Welsh and English is said once).
    private func distinct(_ words: (EcomapCore.Language) -> String) -> [(EcomapCore.Language, String)] {
        var out: [(EcomapCore.Language, String)] = []
        for language in languages {
            let text = words(language)
            if out.last?.1 != text { out.append((language, text)) }
        }
        return out
    }

    /// Paragraphs, one per language whose words differ, each after the first marked with its language.
    private func paragraphs(_ words: (EcomapCore.Language) -> String?) -> [Paragraph] {
        var out: [Paragraph] = []
        for language in languages {
            guard let text = words(language), out.last?.text != text else { continue }
            out.append(Paragraph(lang: out.isEmpty ? nil : language.rawValue, text: text))
        }
        return out
    }

    /// A value as an option of a list starts it: "Yes", "Ydy".
    private func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private func head(title: String, root: String) -> SiteHead {
        SiteHead(lang: first.rawValue, title: title, version: EcomapCore.version, root: root)
    }

    private var footer: String { "\(first[.madeWith]) \(EcomapCore.version) · \(map.name)" }

    /// A text the audit asks for, in a language, as the report's directory reads it.
    private func known(_ node: Node, _ key: String, in language: EcomapCore.Language) -> String? { Report.answered(node, key, in: language) }

    /// "yes: £5k", "partly", or nil when the map doesn't say.
    private func funding(_ node: Node, in language: EcomapCore.Language) -> String? {
        var funded = SiteEntries.funded(node) == "unknown" ? nil : language.funded(SiteEntries.funded(node))
        if let how = known(node, AttributeName.funding, in: language) { funded = (funded.map { "\($0): " } ?? "") + how }
        return funded
    }

    func indexValues(_ entries: SiteEntries) -> SiteIndex {
        let organisationIndex = Dictionary(uniqueKeysWithValues: entries.organisations.enumerated().map { ($1.id, $0) })
        let platformIndex = Dictionary(uniqueKeysWithValues: entries.platforms.enumerated().map { ($1.id, $0) })
        let interestIndex = Dictionary(uniqueKeysWithValues: entries.interests.enumerated().map { ($1, $0) })
        let cards = entries.all.map { entry -> SiteCard in
            let node = entry.node
            var searched = languages.map { node.label(in: $0) }
            for key in [AttributeName.description, AttributeName.sponsor, AttributeName.leads, AttributeName.contacts, AttributeName.interests] {
                searched += languages.compactMap { known(node, key, in: $0) }
            }
            searched += entry.boxes.flatMap { box in languages.map { box.label(in: $0) } }
            return SiteCard(
                href: DirectorySite.pagePath(of: node.id),
                name: words { node.label(in: $0) },
                facts: ([plain { $0.kind(node.kind) }] + entry.boxes.map { box in plain { box.label(in: $0) } }
                    + [plain { language in funding(node, in: language).map { "\(language[.funded]): \($0)" } ?? language[.siteFundedUnknown] }])
                    .joined(separator: " · "),
                description: paragraphs { known(node, AttributeName.description, in: $0) },
                organisations: entry.boxes.compactMap { organisationIndex[$0.id].map(String.init) }.joined(separator: " "),
                kindValue: node.kind.rawValue, fundedValue: SiteEntries.funded(node),
                platforms: entry.platforms.compactMap { platformIndex[$0.id].map(String.init) }.joined(separator: " "),
                interests: node.attributes.items(AttributeName.interests, in: first).compactMap { interestIndex[$0].map(String.init) }
                    .joined(separator: " "),
                search: searched.joined(separator: " "))
        }
        let kinds = [NodeKind.community, .organisation].filter { kind in entries.all.contains { $0.node.kind == kind } }
        var filters = [
            SiteFilter(id: "organisations", label: words { $0[.siteOrganisationFilter] }, all: plain { $0[.siteAll] },
                       options: entries.organisations.enumerated().map { SiteOption(value: String($0), name: plain($1.label(in:))) }),
            SiteFilter(id: "kind", label: words { $0[.siteKindFilter] }, all: plain { $0[.siteAll] },
                       options: kinds.map { kind in SiteOption(value: kind.rawValue, name: plain { $0.kind(kind) }) }),
            SiteFilter(id: "funded", label: words { $0[.funded] }, all: plain { $0[.siteAll] },
                       options: ["yes", "partly", "no", "unknown"].map { word in
                           SiteOption(value: word, name: plain { capitalised(word == "unknown" ? $0[.notRecorded] : $0.funded(word)) })
                       }),
            SiteFilter(id: "platforms", label: words { $0[.sitePlatformFilter] }, all: plain { $0[.siteAll] },
                       options: entries.platforms.enumerated().map { SiteOption(value: String($0), name: plain($1.label(in:))) }),
            SiteFilter(id: "interests", label: words { $0[.siteInterestFilter] }, all: plain { $0[.siteAll] },
                       options: entries.interests.enumerated().map { SiteOption(value: String($0), name: $1) }),
        ]
        // A filter with nothing to choose between says nothing.
        filters.removeAll { $0.options.count < 2 && $0.id != "funded" }
        let communities = entries.all.filter { $0.node.kind == .community }.count
        return SiteIndex(
            head: head(title: first[.siteTitle, map.title(in: first)], root: ""),
            heading: words { $0[.siteTitle, map.title(in: $0)] },
            intro: paragraphs { language in
                let counts = [(NodeKind.community, communities), (.organisation, entries.all.count - communities)]
                    .filter { $0.1 > 0 }.map { language.counted($0.0, $0.1) }
                return language[.siteIntro, counts.count == 2 ? language[.countsJoin, counts[0], counts[1]] : counts.first ?? "0"]
            },
            noScript: paragraphs { $0[.siteNoScript] },
            search: words { $0[.siteSearch] }, searchHint: words { $0[.siteSearchHint] }, filters: filters,
            showing: plain { $0[.siteShowing] }, total: cards.count,
            noMatch: words { $0[.siteNoMatch] }, entriesHeading: words { $0[.siteEntries] }, entries: cards, footer: footer)
    }

    func pageValues(_ entry: SiteEntry, drawing: String?, entries: SiteEntries) -> SitePage {
        let node = entry.node
        func link(_ other: Node, how: String? = nil) -> SiteLink {
            SiteLink(href: entries.ids.contains(other.id) ? "../" + DirectorySite.pagePath(of: other.id) : nil,
                     name: words { other.label(in: $0) }, how: how)
        }
        func fact(_ label: Phrase, _ key: String) -> SiteFact {
            let values = paragraphs { known(node, key, in: $0) }
            return SiteFact(label: words { $0[label] }, values: values.isEmpty ? paragraphs { $0[.notRecorded] } : values,
                            links: nil, missing: values.isEmpty)
        }
        var facts = [fact(.description, AttributeName.description), fact(.sponsor, AttributeName.sponsor)]
        let funded = paragraphs { funding(node, in: $0) }
        facts.append(SiteFact(label: words { $0[.funded] }, values: funded.isEmpty ? paragraphs { $0[.notRecorded] } : funded,
                              links: nil, missing: funded.isEmpty))
        facts += [fact(.leads, AttributeName.leads), fact(.contacts, AttributeName.contacts)]
        // How to join: the community's own page where the map gives one, else whom to ask.
        if let url = node.url, WebAddress.isAllowed(url) {
            let phrase: Phrase = WebAddress.scheme(of: url) == "mailto:" ? .siteEmail : .siteOpenLink
            facts.append(SiteFact(label: words { $0[.siteHowToJoin] }, values: [],
                                  links: SiteList(items: [SiteLink(href: url, name: words { $0[phrase] }, how: url)]), missing: false))
        } else {
            let ask = paragraphs { language in
                (known(node, AttributeName.contacts, in: language) ?? known(node, AttributeName.leads, in: language)).map { language[.siteAsk, $0] }
            }
            facts.append(SiteFact(label: words { $0[.siteHowToJoin] }, values: ask.isEmpty ? paragraphs { $0[.notRecorded] } : ask,
                                  links: nil, missing: ask.isEmpty))
        }
        if !node.interests.isEmpty {
            facts.append(SiteFact(label: words { $0[.interests] },
                                  values: paragraphs { node.attributes.items(AttributeName.interests, in: $0).joined(separator: ", ") },
                                  links: nil, missing: false))
        }
        if !entry.boxes.isEmpty {
            facts.append(SiteFact(label: words { $0[.sitePartOf] }, values: [], links: SiteList(items: entry.boxes.map { link($0) }), missing: false))
        }
        if !entry.platforms.isEmpty {
            facts.append(SiteFact(label: words { $0[.sitePlatforms] }, values: [], links: SiteList(items: entry.platforms.map { link($0) }), missing: false))
        }
        // One row per partner, however many links: each link as an arrow from
        // this page's side (→ it goes to them, ← it comes from them, ↔ both
        // ways, — undirected) and its type, in the page's languages.
        var order: [String] = [], links: [String: (node: Node, links: [Link])] = [:]
        for partner in entry.partners {
            if links[partner.node.id] == nil { order.append(partner.node.id); links[partner.node.id] = (partner.node, []) }
            links[partner.node.id]!.links.append(partner.link)
        }
        let partners = order.map { id in
            let (other, ways) = links[id]!
            return link(other, how: plain { language in
                ways.map { line in
                    let arrow = switch line.direction {
                    case .twoWay: "↔"
                    case .undirected: "—"
                    case .oneWay: line.from == node.id ? "→" : "←"
                    }
                    return line.type.map { "\(arrow) \(language.type($0))" } ?? arrow
                }.joined(separator: ", ")
            })
        }
        return SitePage(
            head: head(title: node.label(in: first), root: "../"), back: words { $0[.siteBack] },
            name: words { node.label(in: $0) }, kind: words { $0.kind(node.kind) }, facts: facts,
            lists: [SiteList(heading: words { $0[.siteWorksWith] }, items: partners),
                    SiteList(heading: words { $0[.siteInside] }, items: entry.inside.map { link($0) })].filter { !$0.items.isEmpty },
            drawing: drawing, drawingCaption: words { $0[.siteNeighbourhood] }, footer: footer)
    }
}
