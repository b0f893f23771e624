/// A finding in words: what was found and what to do, in either language,
/// every word from the one table (``Phrase``).
extension Finding {
    /// What was found, in a sentence that names the nodes by their labels
    /// (their Welsh labels in Welsh, where they have them).
    public func summary(in language: Language = .en) -> String {
        switch detail {
        case .oneWayLink(let from, let to, let type):
            return language[.oneWaySentence, from(language), to(language), Finding.typePart(type, language)]
        case .route(let a, let b, let type, let platform, let through):
            if a == b, through == nil { return language[.routePeerSentence, a(language), Finding.typePart(type, language), platform(language)] }
            if let through {
                return language[.routeOtherSentence, a(language), b(language), Finding.typePart(type, language), platform(language), through(language)]
            }
            return language[.routeDirectSentence, a(language), b(language), Finding.typePart(type, language), platform(language)]
        case .strength(let from, let to, let arrow, let type, let now, let best):
            return language[.strengthSentence, from(language), Finding.arrow(arrow), to(language), Finding.typePart(type, language),
                            Finding.strengthWord(now, language), Finding.strengthWord(best, language)]
        case .distance(let a, let b, let now, let linked):
            let phrase: Phrase = !linked ? .distantUnlinkedSentence : now == .distant ? .distantSentence : .notCloseSentence
            return language[phrase, a(language), b(language)]
        case .oneWayNode(let node, let sends, let receives, let counterpart):
            let first = sends == 0 ? language[.onlyReceivesSentence, node(language), receives] : language[.onlySendsSentence, node(language), sends]
            return first + (counterpart.map { language[.counterpartBothWays, $0(language)] } ?? "")
        case .missingLink(let from, let to, let type, let twoWay, let via):
            let extra = Finding.typePart(type, language) + (via.map { language[.throughSuffix, $0(language)] } ?? "")
            if from == to { return language[.missingPeerSentence, from(language), extra] }
            return language[.missingLinkSentence, from(language), to(language), from(language), Finding.arrow(twoWay ? .twoWay : .oneWay),
                            to(language), extra]
        case .missingNode(let node, let kind, let partners):
            let partnersPart = partners.isEmpty ? "" : language[.linksPartners, Finding.list(partners.map { $0(language) }, language)]
            return language[.missingNodeSentence, Finding.kindWord(kind, language), node(language)] + partnersPart
        case .isolated(let node):
            return language[.isolatedSentence, node(language)]
        case .extraNode(let node, let kind):
            return language[.extraNodeSentence, node(language), Finding.kindWord(kind, language)]
        case .extraLink(let a, let b):
            return language[.extraLinkSentence, a(language), b(language)]
        }
    }

    /// What to do about it, in plain words (no map syntax: see ``edit`` for that).
    public func action(in language: Language = .en) -> String {
        switch detail {
        case .oneWayLink(let from, let to, _):
            return language[.answerAction, from(language), to(language)]
        case .route(_, _, _, let platform, _):
            return language[.routeAction, platform(language)]
        case .strength(_, _, _, _, let now, _):
            return language[now == .broken ? .repairAction : .strengthenAction]
        case .distance(let a, let b, _, _):
            return language[.closerAction, a(language), b(language)]
        case .oneWayNode(let node, let sends, _, _):
            return language[sends == 0 ? .voiceAction : .hearAction, node(language)]
        case .missingLink(let from, let to, _, _, let via):
            if from == to { return language[.peerAction, from(language)] }
            return via.map { language[.connectViaAction, $0(language)] } ?? language[.connectAction]
        case .missingNode(let node, let kind, _):
            return kind == .platform ? language[.platformAction, node(language)] : language[.nodeAction, Finding.kindWord(kind, language), node(language)]
        case .isolated(let node):
            return language[.isolatedAction, node(language)]
        case .extraNode, .extraLink:
            return language[.extraAction]
        }
    }

    /// " (informs)", with a built-in type in the language; nothing without a type.
    static func typePart(_ type: String?, _ language: Language) -> String {
        type.map { language[.typeInBrackets, language.type($0)] } ?? ""
    }

    static func arrow(_ direction: LinkDirection) -> String {
        switch direction {
        case .oneWay: "→"
        case .twoWay: "↔"
        case .undirected: "—"
        }
    }

    static func strengthWord(_ strength: Strength, _ language: Language) -> String {
        switch strength {
        case .strong: language[.strongWord]
        case .normal: language[.workingWord]
        case .weak: language[.weakWord]
        case .stressful: language[.strainedWord]
        case .broken: language[.brokenWord]
        }
    }

    /// A kind as a word of the table, which Welsh mutates after a preposition ("i gymuned").
    static func kindWord(_ kind: NodeKind, _ language: Language) -> Filler {
        switch kind {
        case .organisation: .word(language[.organisationWord])
        case .platform: .word(language[.platformWord])
        case .person: .word(language[.personWord])
        case .community: .word(language[.communityWord])
        }
    }

    /// "A, B and C" ("A, B a C", the last name mutated as "a" asks: "a Chyngor Caerdydd").
    static func list(_ items: [Filler], _ language: Language) -> Filler {
        guard items.count > 1 else { return items.first ?? .fixed("") }
        let head = items.dropLast().enumerated().map { $0 == 0 || language == .en ? $1.text : Welsh.inSentence($1.text) }
            .joined(separator: ", ")
        return Filler(language[.andJoin, Filler(head, mutable: items[0].mutable), items.last!], mutable: items[0].mutable)
    }
}
