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
