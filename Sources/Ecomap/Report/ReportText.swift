/// The words a report writes itself, in English or Welsh.
struct ReportText {
    let language: DiagramLanguage

    private func pick(_ en: String, _ cy: String) -> String { language == .cy ? cy : en }

    var map: String { pick("The map", "Y map") }
    var source: String { pick("Source", "Ffynhonnell") }
    var date: String { pick("Date", "Dyddiad") }
    var whoIsInIt: String { pick("Who is in the map", "Pwy sydd yn y map") }
    var kind: String { pick("Kind", "Math") }
    var count: String { pick("Number", "Nifer") }
    var links: String { pick("Links", "Cysylltiadau") }
    var numbers: String { pick("Network numbers", "Rhifau'r rhwydwaith") }
    var node: String { pick("Node", "Nod") }
    var directory: String { pick("Directory of communities and organisations", "Cyfeiriadur cymunedau a sefydliadau") }
    var directoryNote: String {
        pick("What the community audit asks of each: who sponsors it, whether and how it is funded, who leads it. Gaps are marked.",
             "Yr hyn y mae'r archwiliad cymunedau'n ei ofyn am bob un: pwy sy'n ei noddi, a yw'n cael ei ariannu a sut, pwy sy'n ei arwain. Mae bylchau wedi'u marcio.")
    }
    var name: String { pick("Name", "Enw") }
    var description: String { pick("Description", "Disgrifiad") }
    var sponsor: String { pick("Sponsor", "Noddwr") }
    var funded: String { pick("Funded", "Wedi'i ariannu") }
    var funding: String { pick("Funding", "Cyllid") }
    var leads: String { pick("Leads", "Arweinwyr") }
    var contacts: String { pick("Contacts", "Pobl gyswllt") }
    var tags: String { pick("Tags", "Tagiau") }
    var interests: String { pick("Interests", "Diddordebau") }
    var notRecorded: String { pick("not recorded", "heb ei gofnodi") }
    var missingFields: String { pick("missing", "ar goll") }
    var compared: String { pick("Compared with best practice", "O'i gymharu ag arfer gorau") }
    var gaps: String { pick("The gaps, drawn on the map", "Y bylchau, wedi'u tynnu ar y map") }
    var gapsAlt: String { pick("The current map with its gaps marked", "Y map presennol gyda'i fylchau wedi'u marcio") }
    var bestMap: String { pick("The best-practice map", "Y map arfer gorau") }
    var noGaps: String { pick("No gaps found.", "Dim bylchau.") }
    var findings: String { pick("Findings", "Canfyddiadau") }
    var whatToDo: String { pick("What to do", "Beth i'w wneud") }
    var filter: String { pick("Show", "Dangos") }
    var details: String { pick("Point at or tap a node to see its links and details.",
                               "Pwyntiwch at nod neu ei dapio i weld ei gysylltiadau a'i fanylion.") }
    var madeWith: String { pick("Made with ecomap", "Gwnaed gydag ecomap") }
    var none: String { pick("none", "dim") }

    // Map-level numbers.
    var density: String { pick("Density", "Dwysedd") }

    /// A kind of finding, for headings and counts.
    func findingKind(_ kind: Finding.Kind) -> String {
        guard language == .cy else { return kind.plural }
        return switch kind {
        case .missingTwoWay: "cysylltiadau dwy ffordd ar goll"
        case .oneWayNode: "nodau un ffordd"
        case .missingLink: "cysylltiadau ar goll"
        case .missingNode: "nodau ar goll"
        case .missingPlatform: "platfformau ar goll"
        case .isolatedParticipants: "cyfranogwyr ynysig"
        case .distance: "sefydliadau pell"
        case .extra: "yn y map presennol yn unig"
        }
    }

    /// Why a kind of finding matters.
    func why(_ kind: Finding.Kind) -> String {
        guard language == .cy else { return kind.why }
        return switch kind {
        case .missingTwoWay:
            "Mae cyfathrebu sy'n llifo un ffordd yn colli'r hyn y mae cyfranogwyr yn ei wybod, ac yn gadael y sefydliad heb ffordd o glywed eu mewnwelediad."
        case .oneWayNode: "Nid oes gan ran sydd ond yn derbyn lais; nid yw rhan sydd ond yn anfon yn clywed dim yn ôl."
        case .missingLink: "Mewn arfer gorau mae'r ddau hyn yn rhyngweithio'n uniongyrchol; yma nid ydynt."
        case .missingNode: "Mae gan arfer gorau ran sydd ar goll o'r ecosystem hon."
        case .missingPlatform:
            "Mae platfformau'n gadael i bobl ryngweithio rhwng cyfarfodydd a digwyddiadau; mewn arfer gorau maent yn rhan annatod o'r gymuned."
        case .isolatedParticipants:
            "Ni all pobl sydd wedi'u cysylltu â'r sefydliad yn unig, nid â'i gilydd, ddysgu oddi wrth ei gilydd rhwng cyfarfodydd: diben cymuned ymarfer."
        case .distance: "Mewn arfer gorau mae'r sefydliadau'n cydweithio'n agos; yma maent yn bell neu heb gysylltiad."
        case .extra: "Yn y map presennol yn unig: er gwybodaeth."
        }
    }

    /// How the nodes of the two maps were matched, in Welsh.
    func matching(_ c: Comparison) -> String {
        if c.nothingMatched {
            return "Nid oes gan y ddau fap nodau yn gyffredin (yn ôl id, rôl na label), felly fe'u cymherir yn ôl math yn unig: "
                + "rhowch yr un role: i rannau sy'n gyffredin i'w cymharu nod wrth nod."
        }
        let rules = MatchRule.allCases.compactMap { rule -> String? in
            let n = c.matching.rule.values.filter { $0 == rule }.count
            let name = switch rule { case .id: "id"; case .role: "rôl"; case .label: "label" }
            return n > 0 ? "yn ôl \(name): \(n)" : nil
        }
        return "Nodau presennol sy'n cyfateb i nodau arfer gorau: \(c.matching.count) o \(c.current.numbers.nodes) "
            + "(\(rules.joined(separator: ", "))); yn y map presennol yn unig: \(c.onlyCurrent.count); "
            + "yn yr arfer gorau yn unig: \(c.onlyBest.count)."
    }

    /// A `funded:` word (yes, no, partly) in the report's language.
    func fundedValue(_ word: String) -> String {
        switch word {
        case "yes": pick(word, "ydy")
        case "no": pick(word, "nac ydy")
        case "partly": pick(word, "yn rhannol")
        default: word
        }
    }
    var reciprocity: String { pick("Reciprocity: arcs with an arc back (an undirected link counts both ways)", "Cilyddiaeth: arcau ag arc yn ôl (mae cysylltiad heb gyfeiriad yn cyfrif y ddwy ffordd)") }
    var components: String { pick("Connected parts", "Rhannau cysylltiedig") }
    var platformReach: String { pick("People who reach a platform", "Pobl sy'n cyrraedd platfform") }
    var peopleLinks: String { pick("Links between people, per person", "Cysylltiadau rhwng pobl, fesul person") }
    var mostCentral: String { pick("Most central", "Mwyaf canolog") }
    var brokers: String { pick("Brokers (their loss would split the map)", "Broceriaid (byddai eu colli'n hollti'r map)") }
    var betweenness: String { pick("Betweenness", "Rhwngedd") }
    var closeness: String { pick("Closeness", "Agosrwydd") }
    var degree: String { pick("Neighbours", "Cymdogion") }
    var twoWay: String { pick("Two-way", "Dwy ffordd") }
    var broker: String { pick("Broker", "Brocer") }
    var yes: String { pick("yes", "ydy") }
    var metricsNote: String {
        pick("Betweenness: how often a node lies on the shortest paths between others. Closeness: how near it is to the rest. "
             + "Two-way: neighbours it both sends to and hears from. A broker's loss would split the map.",
             "Rhwngedd: pa mor aml y mae nod ar y llwybrau byrraf rhwng eraill. Agosrwydd: pa mor agos ydyw at y gweddill. "
             + "Dwy ffordd: cymdogion y mae'n anfon atynt ac yn clywed ganddynt. Byddai colli brocer yn hollti'r map.")
    }
}
