/// Every sentence, heading, label and unit ecomap writes for people, in
/// English and Welsh: the one table.
///
/// Drawings, reports, comparisons and summaries all take their words from
/// here through ``Language``'s subscript, so a Welsh output can't pick up an
/// English sentence by accident, and a test can look for every English entry
/// in a Welsh output. A sentence with parts to fill in marks them `{1}`,
/// `{2}`, ...: Welsh word order differs, so each language places them itself.
///
/// Welsh nouns after a number mutate and some take the singular, so Welsh
/// counts name the number ("nodau: 4") where English counts the noun ("4 nodes").
package enum Phrase: String, CaseIterable, Sendable {
    // Kinds of node.
    case organisation, platform, person, community
    case organisations, platforms, people, communities

    // Lines.
    case oneWay, twoWay, undirected
    case strong, normal, weak, stressful, broken

    // The key of a drawing.
    case key, interactions, via, throughPlatform, broker
    case largerDegree, largerBetweenness, largerCloseness
    case shouldBeTwoWay, missingLink, shouldBeCloser, missingNode, oneWayNodeMark
    case current, bestPractice, comparedWith

    // A map's summary.
    case nodeCountOne, nodeCountMany, linkCountOne, linkCountMany
    case kindCount, kindsInBrackets, twoWayPercent, noDirectedLinks, summaryJoin
    case notShownBoth, notShownOne

    // Comparisons.
    case missingTwoWayLinks, oneWayNodes, missingLinks, missingNodes, missingPlatforms
    case isolatedParticipants, distantOrganisations, onlyInCurrent
    case missingTwoWayLink, oneWayNodeOne, missingLinkOne, missingNodeOne, missingPlatformOne
    case isolatedParticipantsOne, distantOrganisationOne
    case whyMissingTwoWay, whyOneWayNode, whyMissingLink, whyMissingNode, whyMissingPlatform
    case whyIsolatedParticipants, whyDistance, whyExtra
    case findingCount
    case matchNone, matchCount, matchByID, matchByRole, matchByLabel, matchRule
    case rowCurrent, rowBest, rowNodes, rowLinks, rowTwoWayShare, rowPlatformReach, rowPeopleLinks, rowDensity
    case comparing, noGaps, findings, whyItMatters, whatToDo

    // Reports.
    case theMap, source, date, whoIsInIt, kind, number, links, networkNumbers, node
    case directory, directoryNote, name, description, sponsor, funded, funding, leads, contacts, tags, interests
    case notRecorded, compared, gaps, gapsAlt, bestMap, show, details, madeWith, none
    case focusOnNode, showWholeMap

    // The live preview (`ecomap serve`).
    case problems, lastGoodDrawing, noDrawingYet, live, reconnecting, controls, colours, language, layout, automatic
    case labelsOnLines, focusIDs, depthLinks, onlyKinds, hideKinds, startAgain, zoomIn, zoomOut, zoomFit, panHint, maps, wholeMap
    case density, reciprocity, components, platformReach, peopleLinks, mostCentral, brokers
    case betweenness, closeness, neighbours, twoWayNeighbours, brokerColumn, yes, metricsNote
    case fundedYes, fundedNo, fundedPartly

    /// The English and the Welsh.
    package var text: (en: String, cy: String) {
        switch self {
        case .organisation: ("Organisation", "Sefydliad")
        case .platform: ("Platform or technology", "Platfform neu dechnoleg")
        case .person: ("Individual", "Unigolyn")
        case .community: ("Community or group", "Cymuned neu grŵp")
        case .organisations: ("organisations", "sefydliadau")
        case .platforms: ("platforms", "platfformau")
        case .people: ("people", "pobl")
        case .communities: ("communities", "cymunedau")

        case .oneWay: ("One way", "Un ffordd")
        case .twoWay: ("Both ways", "Y ddwy ffordd")
        case .undirected: ("Connected", "Cysylltiedig")
        case .strong: ("Strong", "Cryf")
        case .normal: ("Normal", "Arferol")
        case .weak: ("Weak", "Gwan")
        case .stressful: ("Stressful", "Dan straen")
        case .broken: ("Broken", "Wedi torri")

        case .key: ("Key", "Allwedd")
        case .interactions: ("Interactions", "Rhyngweithiadau")
        case .via: ("via", "drwy")
        case .throughPlatform: ("Through a platform", "Drwy blatfform")
        case .broker: ("Broker: losing it would split the map", "Brocer: byddai ei golli'n hollti'r map")
        case .largerDegree: ("Larger: more connections", "Mwy: mwy o gysylltiadau")
        case .largerBetweenness: ("Larger: more often between others", "Mwy: yn amlach rhwng eraill")
        case .largerCloseness: ("Larger: closer to everyone else", "Mwy: yn nes at bawb arall")
        case .shouldBeTwoWay: ("Should flow both ways", "Dylai lifo'r ddwy ffordd")
        case .missingLink: ("Missing link", "Cyswllt coll")
        case .shouldBeCloser: ("Should be closer", "Dylai fod yn nes")
        case .missingNode: ("Missing: from best practice", "Ar goll: o'r arfer gorau")
        case .oneWayNodeMark: ("One way only, or isolated", "Un ffordd neu ar wahân")
        case .current: ("Current", "Presennol")
        case .bestPractice: ("Best practice", "Arfer gorau")
        case .comparedWith: ("compared with", "o'i gymharu â")

        case .nodeCountOne: ("{1} node", "nodau: {1}")
        case .nodeCountMany: ("{1} nodes", "nodau: {1}")
        case .linkCountOne: ("{1} link", "cysylltiadau: {1}")
        case .linkCountMany: ("{1} links", "cysylltiadau: {1}")
        case .kindCount: ("{1} {2}", "{2}: {1}")
        case .kindsInBrackets: ("{1} ({2})", "{1} ({2})")
        case .twoWayPercent: ("{1}% two-way", "dwy ffordd: {1}%")
        case .noDirectedLinks: ("no directed links", "dim cysylltiadau â chyfeiriad")
        case .summaryJoin: ("{1}, {2}, {3}", "{1}; {2}; {3}")
        case .notShownBoth: ("{1} and {2} not shown", "Heb eu dangos: {1}; {2}")
        case .notShownOne: ("{1} not shown", "Heb eu dangos: {1}")

        case .missingTwoWayLinks: ("missing two-way links", "cysylltiadau dwy ffordd ar goll")
        case .oneWayNodes: ("one-way nodes", "nodau un ffordd")
        case .missingLinks: ("missing links", "cysylltiadau ar goll")
        case .missingNodes: ("missing nodes", "nodau ar goll")
        case .missingPlatforms: ("missing platforms", "platfformau ar goll")
        case .isolatedParticipants: ("isolated participants", "cyfranogwyr ynysig")
        case .distantOrganisations: ("distant organisations", "sefydliadau pell")
        case .onlyInCurrent: ("only in the current map", "yn y map presennol yn unig")
        case .missingTwoWayLink: ("missing two-way link", "cysylltiadau dwy ffordd ar goll")
        case .oneWayNodeOne: ("one-way node", "nodau un ffordd")
        case .missingLinkOne: ("missing link", "cysylltiadau ar goll")
        case .missingNodeOne: ("missing node", "nodau ar goll")
        case .missingPlatformOne: ("missing platform", "platfformau ar goll")
        case .isolatedParticipantsOne: ("group of isolated participants", "cyfranogwyr ynysig")
        case .distantOrganisationOne: ("distant organisation", "sefydliadau pell")
        case .whyMissingTwoWay:
            ("Communication that flows one way misses what participants know, and leaves the organisation unable to feed their insight back.",
             "Mae cyfathrebu sy'n llifo un ffordd yn colli'r hyn y mae cyfranogwyr yn ei wybod, ac yn gadael y sefydliad heb ffordd o glywed eu mewnwelediad.")
        case .whyOneWayNode:
            ("A part that only receives has no say; a part that only sends hears nothing back.",
             "Nid oes gan ran sydd ond yn derbyn lais; nid yw rhan sydd ond yn anfon yn clywed dim yn ôl.")
        case .whyMissingLink:
            ("In best practice these two interact directly; here they don't.",
             "Mewn arfer gorau mae'r ddau hyn yn rhyngweithio'n uniongyrchol; yma nid ydynt.")
        case .whyMissingNode:
            ("Best practice has a part this ecosystem lacks.", "Mae gan arfer gorau ran sydd ar goll o'r ecosystem hon.")
        case .whyMissingPlatform:
            ("Platforms let people interact between meetings and events; in best practice they are integral to the community.",
             "Mae platfformau'n gadael i bobl ryngweithio rhwng cyfarfodydd a digwyddiadau; mewn arfer gorau maent yn rhan annatod o'r gymuned.")
        case .whyIsolatedParticipants:
            ("People linked only to the organisation, not to each other, can't learn from each other between meetings: the point of a community of practice.",
             "Ni all pobl sydd wedi'u cysylltu â'r sefydliad yn unig, nid â'i gilydd, ddysgu oddi wrth ei gilydd rhwng cyfarfodydd: diben cymuned ymarfer.")
        case .whyDistance:
            ("In best practice the organisations work closely together; here they are distant or unconnected.",
             "Mewn arfer gorau mae'r sefydliadau'n cydweithio'n agos; yma maent yn bell neu heb gysylltiad.")
        case .whyExtra: ("Only in the current map: for information.", "Yn y map presennol yn unig: er gwybodaeth.")
        case .findingCount: ("{1} {2}", "{2}: {1}")
        case .matchNone:
            ("The two maps have no nodes in common (by id, role or label), so they are compared by kind only: give shared parts the same role: to compare them node by node.",
             "Nid oes gan y ddau fap nodau yn gyffredin (yn ôl id, rôl na label), felly fe'u cymherir yn ôl math yn unig: rhowch yr un role: i rannau sy'n gyffredin i'w cymharu nod wrth nod.")
        case .matchCount:
            ("{1} of {2} current nodes match best-practice nodes ({3}); {4} only in the current map, {5} only in best practice.",
             "Nodau presennol sy'n cyfateb i nodau arfer gorau: {1} o {2} ({3}); yn y map presennol yn unig: {4}; yn yr arfer gorau yn unig: {5}.")
        case .matchByID: ("id", "id")
        case .matchByRole: ("role", "rôl")
        case .matchByLabel: ("label", "label")
        case .matchRule: ("{1} by {2}", "yn ôl {2}: {1}")
        case .rowCurrent: ("current", "presennol")
        case .rowBest: ("best practice", "arfer gorau")
        case .rowNodes: ("nodes", "nodau")
        case .rowLinks: ("links", "cysylltiadau")
        case .rowTwoWayShare: ("two-way share", "cyfran ddwy ffordd")
        case .rowPlatformReach: ("platform reach", "cyrhaeddiad platfformau")
        case .rowPeopleLinks: ("links between people per person", "cysylltiadau rhwng pobl fesul person")
        case .rowDensity: ("density", "dwysedd")
        case .comparing:
            ("Comparing {1} ({2})\n     with {3} ({4}), the best practice", "Cymharu {1} ({2})\n     â {3} ({4}), yr arfer gorau")
        case .noGaps: ("No gaps found.", "Dim bylchau.")
        case .findings: ("Findings", "Canfyddiadau")
        case .whyItMatters: ("Why it matters", "Pam mae'n bwysig")
        case .whatToDo: ("What to do", "Beth i'w wneud")

        case .theMap: ("The map", "Y map")
        case .source: ("Source", "Ffynhonnell")
        case .date: ("Date", "Dyddiad")
        case .whoIsInIt: ("Who is in the map", "Pwy sydd yn y map")
        case .kind: ("Kind", "Math")
        case .number: ("Number", "Nifer")
        case .links: ("Links", "Cysylltiadau")
        case .networkNumbers: ("Network numbers", "Rhifau'r rhwydwaith")
        case .node: ("Node", "Nod")
        case .directory: ("Directory of communities and organisations", "Cyfeiriadur cymunedau a sefydliadau")
        case .directoryNote:
            ("What the community audit asks of each: who sponsors it, whether and how it is funded, who leads it. Gaps are marked.",
             "Yr hyn y mae'r archwiliad cymunedau'n ei ofyn am bob un: pwy sy'n ei noddi, a yw'n cael ei ariannu a sut, pwy sy'n ei arwain. Mae bylchau wedi'u marcio.")
        case .name: ("Name", "Enw")
        case .description: ("Description", "Disgrifiad")
        case .sponsor: ("Sponsor", "Noddwr")
        case .funded: ("Funded", "Wedi'i ariannu")
        case .funding: ("Funding", "Cyllid")
        case .leads: ("Leads", "Arweinwyr")
        case .contacts: ("Contacts", "Pobl gyswllt")
        case .tags: ("Tags", "Tagiau")
        case .interests: ("Interests", "Diddordebau")
        case .notRecorded: ("not recorded", "heb ei gofnodi")
        case .compared: ("Compared with best practice", "O'i gymharu ag arfer gorau")
        case .gaps: ("The gaps, drawn on the map", "Y bylchau, wedi'u tynnu ar y map")
        case .gapsAlt: ("The current map with its gaps marked", "Y map presennol gyda'i fylchau wedi'u marcio")
        case .bestMap: ("The best-practice map", "Y map arfer gorau")
        case .show: ("Show", "Dangos")
        case .details:
            ("Point at or tap a node to see its links and details.",
             "Pwyntiwch at nod neu ei dapio i weld ei gysylltiadau a'i fanylion.")
        case .madeWith: ("Made with ecomap", "Gwnaed gydag ecomap")
        case .focusOnNode: ("Focus on this and its neighbours", "Canolbwyntio ar hwn a'i gymdogion")
        case .showWholeMap: ("Show the whole map", "Dangos y map cyfan")

        case .problems: ("Problems in the map", "Problemau yn y map")
        case .lastGoodDrawing:
            ("The drawing is the last one made without errors: fix these and it follows.",
             "Y llun yw'r olaf a wnaed heb wallau: cywirwch y rhain a bydd yn dilyn.")
        case .noDrawingYet: ("No drawing yet: fix the problems below.", "Dim llun eto: cywirwch y problemau isod.")
        case .live: ("Live: the page follows each save", "Byw: mae'r dudalen yn dilyn pob cadw")
        case .reconnecting: ("Reconnecting…", "Yn ailgysylltu…")
        case .controls: ("What to show", "Beth i'w ddangos")
        case .colours: ("Colours", "Lliwiau")
        case .language: ("Language", "Iaith")
        case .layout: ("Layout", "Gosodiad")
        case .automatic: ("automatic", "awtomatig")
        case .labelsOnLines: ("Types and labels on the lines", "Mathau a labeli ar y llinellau")
        case .focusIDs: ("Focus on (ids, with commas)", "Canolbwyntio ar (ids, gyda chomas)")
        case .depthLinks: ("Links away from the focus", "Cysylltiadau o'r canolbwynt")
        case .onlyKinds: ("Only these kinds, or tag:NAME", "Y mathau hyn yn unig, neu tag:ENW")
        case .hideKinds: ("Hide these kinds, or tag:NAME", "Cuddio'r mathau hyn, neu tag:ENW")
        case .startAgain: ("Start again", "Dechrau eto")
        case .zoomIn: ("Zoom in", "Chwyddo i mewn")
        case .zoomOut: ("Zoom out", "Chwyddo allan")
        case .zoomFit: ("Fit", "Ffitio")
        case .panHint:
            ("Drag to move the map; wheel, pinch or + and − to zoom; arrow keys to move; 0 to fit.",
             "Llusgwch i symud y map; olwyn, pinsio neu + a − i chwyddo; saethau i symud; 0 i ffitio.")
        case .maps: ("Maps", "Mapiau")
        case .wholeMap: ("The whole map: {1}", "Y map cyfan: {1}")
        case .none: ("none", "dim")
        case .density: ("Density", "Dwysedd")
        case .reciprocity:
            ("Reciprocity: arcs with an arc back (an undirected link counts both ways)",
             "Cilyddiaeth: arcau ag arc yn ôl (mae cysylltiad heb gyfeiriad yn cyfrif y ddwy ffordd)")
        case .components: ("Connected parts", "Rhannau cysylltiedig")
        case .platformReach: ("People who reach a platform", "Pobl sy'n cyrraedd platfform")
        case .peopleLinks: ("Links between people, per person", "Cysylltiadau rhwng pobl, fesul person")
        case .mostCentral: ("Most central", "Mwyaf canolog")
        case .brokers: ("Brokers (their loss would split the map)", "Broceriaid (byddai eu colli'n hollti'r map)")
        case .betweenness: ("Betweenness", "Rhwngedd")
        case .closeness: ("Closeness", "Agosrwydd")
        case .neighbours: ("Neighbours", "Cymdogion")
        case .twoWayNeighbours: ("Two-way", "Dwy ffordd")
        case .brokerColumn: ("Broker", "Brocer")
        case .yes: ("yes", "ydy")
        case .metricsNote:
            ("Betweenness: how often a node lies on the shortest paths between others. Closeness: how near it is to the rest. "
                + "Two-way: neighbours it both sends to and hears from. A broker's loss would split the map.",
             "Rhwngedd: pa mor aml y mae nod ar y llwybrau byrraf rhwng eraill. Agosrwydd: pa mor agos ydyw at y gweddill. "
                + "Dwy ffordd: cymdogion y mae'n anfon atynt ac yn clywed ganddynt. Byddai colli brocer yn hollti'r map.")
        case .fundedYes: ("yes", "ydy")
        case .fundedNo: ("no", "nac ydy")
        case .fundedPartly: ("partly", "yn rhannol")
        }
    }
}
