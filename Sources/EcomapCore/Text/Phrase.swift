/// Every sentence, heading, label and unit ecomap writes for people, in
/// English and Welsh: the one table.
///
/// Drawings, reports, comparisons and summaries all take their words from
/// here through ``Language``'s subscript, so a Welsh output can't pick up an
/// English sentence by accident, and a test can look for every English entry
/// in a Welsh output. A sentence with parts to fill in marks them `{1}`,
/// `{2}`, ...: Welsh word order differs, so each language places them itself.
///
/// A number with a noun is written `{1:gap/gaps}`: the singular, then the
/// plural. Each language counts its own way: English "1 gap", "3 gaps";
/// Welsh the singular after a numeral, mutated as the numeral read aloud
/// mutates it, and "o" with the plural for larger numbers ("2 fwlch",
/// "3 bwlch", "12 o fylchau"; ``Welsh/count(_:one:many:)``). The Welsh of
/// names and words put after a preposition is mutated in the same way
/// (``Language``'s subscript, ``Filler``).
package enum Phrase: String, CaseIterable, Sendable {
    // Kinds of node.
    case organisation, platform, person, community
    case organisations, platforms, people, communities
    /// One person, as a count says it ("1 person", "2 berson").
    case personOne

    // Lines.
    case oneWay, twoWay, undirected
    case strong, normal, weak, stressful, broken

    // The key of a drawing.
    case key, interactions, via, viaName, throughPlatform, broker, partOfBox
    case largerDegree, largerBetweenness, largerCloseness
    case shouldBeTwoWay, missingLink, shouldBeCloser, missingNode, oneWayNodeMark, shouldGoThroughPlatform, shouldBeStronger
    case shouldBeStrongerOrCloser
    case current, bestPractice, comparedWith, gapSummary

    // A map's summary.
    case nodeNoun, nodesNoun, linkNoun, linksNoun
    case kindsInBrackets, twoWayPercent, noDirectedLinks, summaryJoin
    case notShownBoth, notShownOne

    // A summarised drawing (an overview of a large map).
    case overviewSentence, otherKind, smallerKind, countsJoin, usedBy, groupShape, countedLines, sharedPlatformNote
    case seeInside, seeInsideWith, seeInsideByClicking, bundledLines

    // Comparisons.
    case missingTwoWayLinks, oneWayNodes, missingLinks, missingNodes, missingPlatforms
    case isolatedParticipants, distantMany, onlyInCurrent, moveToPlatformMany, strengthenMany
    case missingTwoWayLink, oneWayNodeOne, missingLinkOne, missingNodeOne, missingPlatformOne
    case isolatedParticipantsOne, distantOne, moveToPlatformOne, strengthenOne
    case whyMissingTwoWay, whyOneWayNode, whyMissingLink, whyMissingNode, whyMissingPlatform
    case whyIsolatedParticipants, whyDistance, whyExtra, whyMoveToPlatform, whyStrengthen

    // Findings, one sentence each.
    case oneWaySentence, answerAction, typeInBrackets
    case routeDirectSentence, routeOtherSentence, routePeerSentence, routeAction
    case strengthSentence, strengthenAction, repairAction
    case strongWord, workingWord, weakWord, strainedWord, brokenWord
    case distantSentence, notCloseSentence, distantUnlinkedSentence, closerAction
    case onlyReceivesSentence, onlySendsSentence, counterpartBothWays, voiceAction, hearAction
    case missingLinkSentence, missingPeerSentence, throughSuffix, connectAction, connectViaAction, peerAction
    case missingNodeSentence, linksPartners, platformAction, nodeAction
    case organisationWord, platformWord, personWord, communityWord
    case isolatedSentence, isolatedAction
    case extraNodeSentence, extraLinkSentence, extraAction
    case patternSentence, patternOneWayHere, andMore, andJoin
    case matchNone, matchCount, matchByID, matchByRole, matchByLabel, matchRule
    case rowCurrent, rowBest, rowNodes, rowLinks, rowTwoWayShare, rowPlatformReach, rowPeopleLinks, rowDensity
    case comparing, noGaps, findings, whyItMatters, whatToDo, inTheMap, moreFindings

    // Reports.
    case insideGroup, moreGroupsToOpen, reportAuditIntro, reportMissingColumn, reportMorePairs
    case theMap, source, date, whoIsInIt, kind, number, links, networkNumbers, node
    case directory, directoryNote, name, description, sponsor, funded, funding, leads, contacts, tags, interests
    case notRecorded, compared, gaps, gapsAlt, bestMap, show, details, madeWith, none
    case focusOnNode, showWholeMap

    // The live preview (`ecomap serve`).
    case problems, lastGoodDrawing, noDrawingYet, live, liveWithErrors, reconnecting, controls, colours, language, layout, automatic
    case themeDefault, themeColourblind, themePrint, themeDark, bothLanguages
    case labelsOnLines, focusIDs, depthLinks, onlyKinds, hideKinds, startAgain, zoomIn, zoomOut, zoomFit, panHint, maps, wholeMap
    case density, reciprocity, components, platformReach, peopleLinks, mostCentral, brokers
    case betweenness, closeness, neighbours, twoWayNeighbours, brokerColumn, yes, metricsNote
    case fundedYes, fundedNo, fundedPartly
    case daily, weekly, fortnightly, monthly, quarterly, yearly, annually, occasionally, once, regularly
    case twoWayShare, headlineCompared, inBrief, mostImportant, findingsInFull, theMapsAndNumbers, forAnalysts
    case bothMaps, noWelshNames, andMoreOfKind, notes, seeAll

    // `ecomap stats`.
    case statsNodes, statsLinks, statsLinksValue, statsTwoWay, statsTwoWayValue, statsDensity, statsReciprocity
    case statsReciprocityValue, statsComponents, statsComponentsValue, statsReach, statsReachValue, statsPeopleLinks
    case statsPeopleLinksValue, statsMostCentral, statsBrokers, statsEstimates, statsEstimatesValue, statsNoPeople
    case statsNode, statsKind, statsIn, statsOut, statsDegree, statsTwoWayColumn, statsMore

    // `ecomap audit`.
    case auditHeading, auditDuplicates, auditNoneFound, auditMissing, auditNothingMissing, auditMissingMost, auditFieldCount
    case auditDescription, auditSponsor, auditFunded, auditLeadsOrContacts, auditURL
    case auditSameLabel, auditSameWords, auditWelshOf, auditSharedWelsh, auditAcronym, auditSpelling, auditMembers
    case auditScore, auditJoined, auditShortFor, auditSameMeaning, auditWordForms, auditGroupWords, auditDifferentOrganisations, auditDifferentNumbers, auditFewerWords
    case auditSharedEvidence, auditJudgedBy, auditLeads

    // The directory site (`ecomap directory`).
    case siteTitle, siteIntro, siteSearch, siteSearchHint, siteAll, siteShowing, siteNoMatch, siteOrganisationFilter
    case siteKindFilter, sitePlatformFilter, siteInterestFilter, siteEntries, siteBack, sitePartOf, siteHowToJoin
    case siteOpenLink, siteEmail, siteAsk, sitePlatforms, siteWorksWith, siteInside, siteNeighbourhood, siteNoScript, siteFundedUnknown, siteRemovedStale

    // Which spreadsheet column became which field (`ecomap import`, `ecomap audit`).
    case columnsHeading, columnsOfSheet, columnsOfSheetRow, columnOwn, columnKind, columnIgnored, columnMade, columnSplit, columnTold

    // The command line's own words in outputs that have a language.
    case cliTopShowsMore, cliMaxFindingsShowsMore, cliWrote

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
        case .personOne: ("person", "person")

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
        // A line through a platform's hover text: "Social workers via Teams", "Gweithwyr cymdeithasol drwy Lwyfan Dysgu".
        case .via: ("{1} via {2}", "{1} drwy {2}")
        case .viaName: ("(via {1})", "(drwy {1})")
        case .throughPlatform: ("Through a platform", "Drwy blatfform")
        case .partOfBox: ("Box: part of the one in bold", "Blwch: rhan o'r un mewn print trwm")
        case .broker: ("Broker: losing it would split the map", "Brocer: byddai ei golli'n hollti'r map")
        case .largerDegree: ("Larger: more connections", "Mwy: mwy o gysylltiadau")
        case .largerBetweenness: ("Larger: more often between others", "Mwy: yn amlach rhwng eraill")
        case .largerCloseness: ("Larger: closer to everyone else", "Mwy: yn nes at bawb arall")
        case .shouldBeTwoWay: ("Should flow both ways", "Dylai lifo'r ddwy ffordd")
        case .missingLink: ("Missing link", "Cyswllt ar goll")
        case .shouldBeCloser: ("Should be closer", "Dylai fod yn nes")
        case .shouldGoThroughPlatform: ("Should go through a platform", "Dylai fynd drwy blatfform")
        case .shouldBeStronger: ("Should be stronger", "Dylai fod yn gryfach")
        case .shouldBeStrongerOrCloser: ("Should be stronger or closer", "Dylai fod yn gryfach neu'n nes")
        case .missingNode: ("Missing (from best practice)", "Ar goll (o'r arfer gorau)")
        case .oneWayNodeMark: ("One way only, or isolated", "Un ffordd yn unig, neu ynysig")
        case .current: ("Current", "Presennol")
        case .bestPractice: ("Best practice", "Arfer gorau")
        case .comparedWith: ("compared with", "o'i gymharu â")
        case .gapSummary: ("{1}. Compared with {2}: {3}", "{1}. O'i gymharu â {2}: {3}")

        case .nodeNoun: ("node", "nod")
        case .nodesNoun: ("nodes", "nodau")
        case .linkNoun: ("link", "cysylltiad")
        case .linksNoun: ("links", "cysylltiadau")
        case .kindsInBrackets: ("{1} ({2})", "{1} ({2})")
        case .twoWayPercent: ("{1}% two-way", "dwy ffordd: {1}%")
        case .noDirectedLinks: ("no directed links", "dim cysylltiadau â chyfeiriad")
        case .summaryJoin: ("{1}, {2}, {3}", "{1}; {2}; {3}")
        case .notShownBoth: ("{1} and {2} not shown", "{1} a {2} heb eu dangos")
        case .notShownOne: ("{1} not shown", "{1} heb eu dangos")

        case .overviewSentence: ("{1} nodes drawn as {2} shapes", "Nodau: {1}, wedi'u dangos fel siapiau: {2}")
        case .otherKind: ("other {1}", "{1} eraill")
        case .smallerKind: ("{1} smaller {2}", "{2} llai: {1}")
        case .countsJoin: ("{1}, {2}", "{1}; {2}")
        case .usedBy: ("used by {1}", "defnyddir gan {1}")
        case .groupShape: ("A group: what it holds is written in it", "Grŵp: mae'r hyn sydd ynddo wedi'i ysgrifennu arno")
        case .countedLines: ("Lines carry how many links they stand for", "Mae llinellau'n dangos faint o gysylltiadau sydd ynddynt")
        case .sharedPlatformNote: ("Platforms many groups use: users counted", "Platfformau llawer o grwpiau: defnyddwyr wedi'u cyfrif")
        case .seeInside: ("Draw a group alone to see inside it", "Lluniwch grŵp ar ei ben ei hun i weld y tu mewn")
        case .seeInsideWith: ("To see inside a group: {1} {2}", "I weld y tu mewn i grŵp: {1} {2}")
        case .seeInsideByClicking: ("Click a group to see inside it", "Cliciwch ar grŵp i weld y tu mewn iddo")
        case .bundledLines: ("Lines into a platform, bundled by group, with a count", "Llinellau i blatfform, wedi'u bwndelu fesul grŵp, gyda rhif")

        case .missingTwoWayLinks: ("missing two-way links", "cysylltiadau dwy ffordd ar goll")
        case .oneWayNodes: ("one-way nodes", "nodau un ffordd")
        case .missingLinks: ("missing links", "cysylltiadau ar goll")
        case .missingNodes: ("missing nodes", "nodau ar goll")
        case .missingPlatforms: ("missing platforms", "platfformau ar goll")
        case .isolatedParticipants: ("isolated participants", "cyfranogwyr ynysig")
        case .distantMany: ("pairs to bring closer", "parau i'w dwyn yn nes")
        case .onlyInCurrent: ("only in the current map", "yn y map presennol yn unig")
        case .moveToPlatformMany: ("conversations to move onto a platform", "sgyrsiau i'w symud i blatfform")
        case .strengthenMany: ("links to strengthen", "cysylltiadau i'w cryfhau")
        case .missingTwoWayLink: ("missing two-way link", "cyswllt dwy ffordd ar goll")
        case .oneWayNodeOne: ("one-way node", "nod un ffordd")
        case .missingLinkOne: ("missing link", "cyswllt ar goll")
        case .missingNodeOne: ("missing node", "nod ar goll")
        case .missingPlatformOne: ("missing platform", "platfform ar goll")
        case .isolatedParticipantsOne: ("isolated participant", "cyfranogwr ynysig")
        case .distantOne: ("pair to bring closer", "pâr i'w ddwyn yn nes")
        case .moveToPlatformOne: ("conversation to move onto a platform", "sgwrs i'w symud i blatfform")
        case .strengthenOne: ("link to strengthen", "cyswllt i'w gryfhau")
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
            ("In best practice these two work closely together; here they are distant or unconnected.",
             "Mewn arfer gorau mae'r ddau hyn yn cydweithio'n agos; yma maent yn bell oddi wrth ei gilydd neu heb gysylltiad.")
        case .whyExtra: ("Only in the current map: for information.", "Yn y map presennol yn unig: er gwybodaeth.")
        case .whyMoveToPlatform:
            ("On a platform a conversation can be seen, joined and kept between meetings; best practice holds it there.",
             "Ar blatfform gellir gweld sgwrs, ymuno â hi a'i chadw rhwng cyfarfodydd; mae arfer gorau'n ei chynnal yno.")
        case .whyStrengthen:
            ("A weak, strained or broken link carries little; in best practice this link works well.",
             "Ychydig a ddaw drwy gyswllt gwan, dan straen neu wedi torri; mewn arfer gorau mae'r cyswllt hwn yn gweithio'n dda.")

        case .oneWaySentence:
            ("{1} → {2}{3} flows one way; in best practice it flows both ways",
             "Mae {1} → {2}{3} yn llifo un ffordd; mewn arfer gorau mae'n llifo'r ddwy ffordd")
        case .answerAction:
            ("Give {2} a way to answer {1}: a reply channel, a shared space on a platform, time for questions.",
             "Rhowch ffordd i {2} ateb {1}: sianel ymateb, gofod a rennir ar blatfform, amser i holi.")
        case .typeInBrackets: (" ({1})", " ({1})")
        case .routeDirectSentence:
            ("{1} and {2} talk directly{3}; in best practice this conversation goes through {4}",
             "Mae {1} a {2} yn siarad yn uniongyrchol{3}; mewn arfer gorau mae'r sgwrs hon yn mynd drwy {4}")
        case .routeOtherSentence:
            ("{1} and {2} talk through {5}{3}; in best practice this conversation goes through {4}",
             "Mae {1} a {2} yn siarad drwy {5}{3}; mewn arfer gorau mae'r sgwrs hon yn mynd drwy {4}")
        case .routePeerSentence:
            ("{1} talk among themselves directly{2}; in best practice they talk through {3}",
             "Mae {1} yn siarad â'i gilydd yn uniongyrchol{2}; mewn arfer gorau maent yn siarad drwy {3}")
        case .routeAction:
            ("Move this conversation onto {1}, where others can see it and join in between meetings.",
             "Symudwch y sgwrs hon i {1}, lle gall eraill ei gweld ac ymuno â hi rhwng cyfarfodydd.")
        case .strengthSentence: ("{1} {2} {3}{4}: {5} here, {6} in best practice", "{1} {2} {3}{4}: {5} yma, {6} mewn arfer gorau")
        case .strengthenAction:
            ("Strengthen it: more regular contact, a named person on each side, shared work.",
             "Cryfhewch y cyswllt: cyswllt mwy rheolaidd, person penodol ar bob ochr, gwaith ar y cyd.")
        case .repairAction:
            ("Repair it: find out what went wrong between them and agree how to work together again.",
             "Trwsiwch y cyswllt: darganfyddwch beth aeth o'i le rhyngddynt a chytunwch sut i gydweithio eto.")
        case .strongWord: ("strong", "cryf")
        case .workingWord: ("working", "yn gweithio")
        case .weakWord: ("weak", "gwan")
        case .strainedWord: ("strained", "dan straen")
        case .brokenWord: ("broken", "wedi torri")
        case .distantSentence:
            ("{1} and {2} are distant; in best practice they work closely together",
             "Mae {1} a {2} yn bell oddi wrth ei gilydd; mewn arfer gorau maent yn cydweithio'n agos")
        case .notCloseSentence:
            ("{1} and {2} are not close; in best practice they work closely together",
             "Nid yw {1} a {2} yn agos; mewn arfer gorau maent yn cydweithio'n agos")
        case .distantUnlinkedSentence:
            ("{1} and {2} are not linked; in best practice they work closely together",
             "Nid yw {1} a {2} wedi'u cysylltu; mewn arfer gorau maent yn cydweithio'n agos")
        case .closerAction:
            ("Bring {1} and {2} closer: shared work, regular contact, a partnership.",
             "Dewch â {1} a {2} yn nes at ei gilydd: gwaith ar y cyd, cyswllt rheolaidd, partneriaeth.")
        case .onlyReceivesSentence: ("{1} only receives ({2} in, none out)", "Mae {1} yn derbyn yn unig ({2} i mewn, dim allan)")
        case .onlySendsSentence: ("{1} only sends ({2} out, none in)", "Mae {1} yn anfon yn unig ({2} allan, dim i mewn)")
        case .counterpartBothWays: ("; in best practice {1} sends and receives", "; mewn arfer gorau mae {1} yn anfon ac yn derbyn")
        case .voiceAction: ("Give {1} a voice: a way to feed back, ask and share.", "Rhowch lais i {1}: ffordd o roi adborth, holi a rhannu.")
        case .hearAction:
            ("Give {1} a way to hear back from those it sends to.", "Rhowch ffordd i'r rhai sy'n cael negeseuon gan {1} ymateb.")
        case .missingLinkSentence:
            ("{1} and {2} have no link; in best practice {3} {4} {5}{6}", "Nid oes cyswllt rhwng {1} a {2}; mewn arfer gorau {3} {4} {5}{6}")
        case .missingPeerSentence:
            ("{1} don't interact among themselves; in best practice they do{2}",
             "Nid yw {1} yn rhyngweithio â'i gilydd; mewn arfer gorau maent yn gwneud hynny{2}")
        case .throughSuffix: (", through {1}", ", drwy {1}")
        case .connectAction:
            ("Connect them: introduce them, and give them a reason and a place to talk.",
             "Cysylltwch nhw: cyflwynwch nhw i'w gilydd, a rhowch reswm a lle iddynt siarad.")
        case .connectViaAction:
            ("Connect them through {1}: introduce them there, with a reason to talk.",
             "Cysylltwch nhw drwy {1}: cyflwynwch nhw yno, gyda rheswm i siarad.")
        case .peerAction:
            ("Give {1} ways to meet and talk with each other: peer sessions, a shared space on a platform.",
             "Rhowch ffyrdd i {1} gwrdd a siarad â'i gilydd: sesiynau cymheiriaid, gofod a rennir ar blatfform.")
        case .missingNodeSentence: ("No {1} like {2}", "Dim {1} fel {2}")
        case .linksPartners: ("; in best practice it links {1}", "; mewn arfer gorau mae'n cysylltu â {1}")
        case .platformAction:
            ("Consider a place like {1} where people can meet and talk between meetings.",
             "Ystyriwch le fel {1} lle gall pobl gwrdd a siarad rhwng cyfarfodydd.")
        case .nodeAction: ("Consider whether a {1} like {2} has a place here.", "Ystyriwch a oes lle yma i {1} fel {2}.")
        case .organisationWord: ("organisation", "sefydliad")
        case .platformWord: ("platform", "platfform")
        case .personWord: ("person", "unigolyn")
        case .communityWord: ("community", "cymuned")
        case .isolatedSentence:
            ("{1}: not linked to other people; in best practice people interact with each other",
             "{1}: heb gysylltiad â phobl eraill; mewn arfer gorau mae pobl yn rhyngweithio â'i gilydd")
        case .isolatedAction:
            ("Create ways for {1} to meet and talk with other participants: a community platform, peer sessions.",
             "Crëwch ffyrdd i {1} gwrdd a siarad â chyfranogwyr eraill: platfform cymunedol, sesiynau cymheiriaid.")
        case .extraNodeSentence: ("{1} ({2}) has no counterpart in best practice", "Nid oes dim sy'n cyfateb i {1} ({2}) yn yr arfer gorau")
        case .extraLinkSentence: ("{1} and {2} are linked here but not in best practice", "Mae {1} a {2} wedi'u cysylltu yma ond nid yn yr arfer gorau")
        case .extraAction: ("Nothing needed; check whether best practice would have it too.", "Dim angen gwneud dim; gwiriwch a ddylai fod yn yr arfer gorau hefyd.")
        case .patternSentence:
            ("Communication between {1} flows both ways in {2} of links here, {3} in best practice",
             "Mae cyfathrebu rhwng {1} yn llifo'r ddwy ffordd mewn {2} o'r cysylltiadau yma, {3} mewn arfer gorau")
        case .patternOneWayHere: ("; one way here: {1}", "; un ffordd yma: {1}")
        case .andMore: ("{1} and {2} more", "{1} a {2} arall")
        case .andJoin: ("{1} and {2}", "{1} a {2}")
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
        case .inTheMap: ("In the map", "Yn y map")
        case .moreFindings: ("... and {1} more", "... a {1} arall")

        case .theMap: ("The map", "Y map")
        // A report of a map drawn as a summary: each large group drawn alone, and what is left.
        case .insideGroup: ("Inside {1}", "Y tu mewn i {1}")
        case .reportAuditIntro:
            ("Each pair below may be one community listed twice: merge them, or say in each description how they differ. The list after them is what each community lacks for people to find it and join.",
             "Gall pob pâr isod fod yn un gymuned a restrwyd ddwywaith: unwch nhw, neu ddywedwch ym mhob disgrifiad sut maen nhw'n wahanol. Y rhestr ar eu hôl yw'r hyn sydd ar goll o bob cymuned er mwyn i bobl ddod o hyd iddi ac ymuno.")
        case .reportMissingColumn: ("Missing", "Ar goll")
        case .reportMorePairs:
            ("Not shown here: {1:pair/pairs}. ecomap audit lists every one.", "Heb eu dangos yma: {1:pâr/parau}. Mae ecomap audit yn rhestru pob un.")
        case .moreGroupsToOpen:
            ("Groups not drawn here: {1}. ecomap render --focus ID draws the inside of any group the summary names.",
             "Grwpiau heb eu dangos yma: {1}. Mae ecomap render --focus ID yn dangos y tu mewn i unrhyw grŵp a enwir yn y crynodeb.")
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
        case .gaps: ("The gaps, drawn on the map", "Y bylchau, wedi'u dangos ar y map")
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
        case .liveWithErrors: ("Live: the last save has errors, shown above the map", "Byw: mae gwallau yn y cadw diwethaf, uwchben y map")
        case .reconnecting: ("Reconnecting…", "Yn ailgysylltu…")
        case .controls: ("What to show", "Beth i'w ddangos")
        case .colours: ("Colours", "Lliwiau")
        case .language: ("Language", "Iaith")
        // The themes' names (TermCymru: lliwddall, colour-blind; argraffu, print; rhagosodiad, default).
        case .themeDefault: ("default", "rhagosodiad")
        case .themeColourblind: ("colour-blind", "lliwddall")
        case .themePrint: ("print", "argraffu")
        case .themeDark: ("dark", "tywyll")
        case .bothLanguages: ("Welsh and English", "Cymraeg a Saesneg")
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
        case .daily: ("daily", "bob dydd")
        case .weekly: ("weekly", "bob wythnos")
        case .fortnightly: ("fortnightly", "bob pythefnos")
        case .monthly: ("monthly", "bob mis")
        case .quarterly: ("quarterly", "bob chwarter")
        case .yearly: ("yearly", "bob blwyddyn")
        case .annually: ("annually", "bob blwyddyn")
        case .occasionally: ("occasionally", "yn achlysurol")
        case .once: ("once", "unwaith")
        case .regularly: ("regularly", "yn rheolaidd")
        case .twoWayShare: ("Two-way share: directed links that flow both ways", "Cyfran ddwy ffordd: cysylltiadau â chyfeiriad sy'n llifo'r ddwy ffordd")
        case .headlineCompared:
            ("Today {1} of the interactions with a direction flow both ways; in best practice {2}. The comparison finds {3:gap/gaps}; the ones that matter most are below, each with what to do.",
             "Heddiw mae {1} o'r rhyngweithiadau â chyfeiriad yn llifo'r ddwy ffordd; mewn arfer gorau {2}. Mae'r gymhariaeth yn canfod {3:bwlch/bylchau}; mae'r rhai pwysicaf isod, pob un ag awgrym o beth i'w wneud.")
        case .inBrief: ("In brief", "Yn gryno")
        case .mostImportant: ("What matters most", "Beth sydd bwysicaf")
        case .findingsInFull: ("The findings in full", "Y canfyddiadau'n llawn")
        case .theMapsAndNumbers: ("The maps and their numbers", "Y mapiau a'u rhifau")
        case .forAnalysts: ("For analysts", "Ar gyfer dadansoddwyr")
        case .bothMaps: ("Today and best practice, side by side", "Heddiw ac arfer gorau, ochr yn ochr")
        case .noWelshNames:
            ("These have no Welsh name in the maps, so their English name is used: {1}.",
             "Nid oes enw Cymraeg i'r rhain yn y mapiau, felly defnyddir eu henw Saesneg: {1}.")
        case .andMoreOfKind: ("and {1} more like it", "a {1} arall tebyg")
        case .notes: ("Notes", "Nodiadau")
        case .seeAll: ("All {1} gaps are listed in full below.", "Mae'r {1:bwlch/bylchau} i gyd wedi'u rhestru'n llawn isod.")

        case .statsNodes: ("nodes", "nodau")
        case .statsLinks: ("links", "cysylltiadau")
        case .statsLinksValue:
            ("{1}, as {2} arcs (a two-way or undirected link, or a tie through a platform, is an arc each way)",
             "{1}, sef {2:arc/arcau} (mae cysylltiad dwy ffordd neu heb gyfeiriad, neu glymiad drwy blatfform, yn arc bob ffordd)")
        case .statsTwoWay: ("two-way", "dwy ffordd")
        case .statsTwoWayValue: ("{1} of directed links flow both ways", "{1} o'r cysylltiadau â chyfeiriad yn llifo'r ddwy ffordd")
        case .statsDensity: ("density", "dwysedd")
        case .statsReciprocity: ("reciprocity", "cilyddiaeth")
        case .statsReciprocityValue: ("{1} of arcs have an arc back", "{1} o'r arcau ag arc yn ôl")
        case .statsComponents: ("components", "cydrannau")
        case .statsComponentsValue: ("{1} connected, {2} strongly connected", "cysylltiedig: {1}; cysylltiedig yn gryf: {2}")
        case .statsReach: ("platform reach", "cyrhaeddiad platfformau")
        case .statsReachValue: ("{1} of people reach a platform", "{1} o bobl yn cyrraedd platfform")
        case .statsPeopleLinks: ("people links", "cysylltiadau pobl")
        case .statsPeopleLinksValue: ("{1} links between people per person", "{1} o gysylltiadau rhwng pobl fesul person")
        case .statsMostCentral: ("most central", "mwyaf canolog")
        case .statsBrokers: ("brokers", "broceriaid")
        case .statsEstimates: ("estimates", "amcangyfrifon")
        case .statsEstimatesValue: ("betweenness and closeness from {1} sampled sources", "rhwngedd ac agosrwydd o {1:ffynhonnell sampl/ffynonellau sampl}")
        case .statsNoPeople: ("no people in the map", "dim pobl yn y map")
        case .statsNode: ("node", "nod")
        case .statsKind: ("kind", "math")
        case .statsIn: ("in", "i mewn")
        case .statsOut: ("out", "allan")
        case .statsDegree: ("degree", "gradd")
        case .statsTwoWayColumn: ("two-way", "dwy ffordd")
        case .statsMore: ("{1} more", "{1} arall")

        case .auditHeading: ("Audit of {1}: {2}", "Archwiliad o {1}: {2}")
        case .auditDuplicates: ("Likely duplicates ({1})", "Dyblygion tebygol ({1})")
        case .auditNoneFound: ("none found", "dim wedi'u canfod")
        case .auditMissing: ("Missing to be found ({1} of {2})", "Ar goll er mwyn eu canfod ({1} o {2})")
        case .auditNothingMissing: ("nothing missing", "dim byd ar goll")
        case .auditMissingMost: ("Missing most: {1}", "Ar goll amlaf: {1}")
        case .auditFieldCount: ("{1} {2}", "{1} ({2})")
        case .auditDescription: ("description", "disgrifiad")
        case .auditSponsor: ("sponsor", "noddwr")
        case .auditFunded: ("funded", "wedi'i ariannu")
        case .auditLeadsOrContacts: ("leads or contacts", "arweinwyr neu bobl gyswllt")
        case .auditURL: ("url", "cyfeiriad gwe")
        case .auditSameLabel: ("the same label, '{1}'", "yr un label, '{1}'")
        case .auditSameWords:
            ("'{1}' and '{2}' are the same words apart from case, punctuation, order or plurals",
             "yr un geiriau yw '{1}' a '{2}', ar wahân i briflythrennau, atalnodi, trefn neu luosog")
        case .auditWelshOf: ("'{1}' is the Welsh label of '{2}'", "'{1}' yw label Cymraeg '{2}'")
        case .auditSharedWelsh: ("both have the Welsh label '{1}'", "mae gan y ddau y label Cymraeg '{1}'")
        case .auditAcronym: ("'{1}' looks like an abbreviation of '{2}'", "mae '{1}' yn edrych fel talfyriad o '{2}'")
        case .auditSpelling: ("'{1}' and '{2}' are spelt a letter or two apart", "mae sillafu '{1}' a '{2}' lythyren neu ddwy yn wahanol")
        case .auditMembers: ("they share {1} members, of the {2} in '{3}'", "maent yn rhannu {1:aelod/aelodau}, o'r {2} sydd yn '{3}'")
        case .auditScore: ("score {1}", "sgôr {1}")
        case .auditJoined: ("'{1}' is '{2}' written as one word", "'{1}' yw '{2}' wedi'i ysgrifennu'n un gair")
        case .auditShortFor: ("'{1}' is short for '{2}'", "mae '{1}' yn fyr am '{2}'")
        case .auditSameMeaning: ("'{1}' is another name for '{2}'", "mae '{1}' yn enw arall ar '{2}'")
        case .auditWordForms: ("'{1}' and '{2}' are forms of one word", "mae '{1}' a '{2}' yn ffurfiau ar yr un gair")
        case .auditGroupWords: ("'{1}' and '{2}' both name the kind of group", "mae '{1}' a '{2}' ill dau yn enwi'r math o grŵp")
        case .auditDifferentNumbers:
            ("but their numbers differ, '{1}' and '{2}'", "ond mae eu rhifau'n wahanol, '{1}' a '{2}'")
        case .auditDifferentOrganisations:
            ("but they name different organisations, '{1}' and '{2}'", "ond maent yn enwi sefydliadau gwahanol, '{1}' a '{2}'")
        case .auditFewerWords: ("every word of '{1}' is in '{2}', which adds '{3}'", "mae pob gair o '{1}' yn '{2}', sy'n ychwanegu '{3}'")
        case .auditSharedEvidence: ("both have the same {1}: {2}", "mae gan y ddau yr un {1}: {2}")
        case .auditLeads: ("leads", "arweinwyr")
        case .auditJudgedBy: ("Judged by these columns of the spreadsheet the map came from:", "Wedi'i farnu yn ôl y colofnau hyn o'r daenlen y daeth y map ohoni:")
        case .columnsHeading: ("Columns:", "Colofnau:")
        case .columnsOfSheet: ("Columns of {1}:", "Colofnau {1}:")
        case .columnsOfSheetRow: ("Columns of {1}, headers in row {2}:", "Colofnau {1}, penawdau yn rhes {2}:")
        case .columnOwn: ("{1} (your own attribute)", "{1} (eich priodoledd eich hun)")
        case .columnKind: ("type (the kind of each row)", "type (math pob rhes)")
        case .columnIgnored: ("left out", "wedi'i hepgor")
        case .columnMade: ("organisations made from its values: {1}", "sefydliadau wedi'u gwneud o'i gwerthoedd: {1}")
        case .columnSplit: ("funded, and funding from what cells said after yes or no (cells: {1})", "funded, a funding o'r hyn a ddywedodd celloedd ar ôl ie neu na (celloedd: {1})")
        case .columnTold: ("(as you said)", "(fel y dywedoch)")
        case .cliTopShowsMore: ("--top shows more", "mae --top yn dangos mwy")
        case .cliMaxFindingsShowsMore: ("--max-findings N shows more", "mae --max-findings N yn dangos mwy")
        case .siteTitle: ("Directory: {1}", "Cyfeiriadur: {1}")
        case .siteIntro:
            ("{1}. Search by name, or narrow the list by organisation, kind, funding, platform or interest.",
             "{1}. Chwiliwch yn ôl enw, neu gulhewch y rhestr yn ôl sefydliad, math, cyllid, platfform neu ddiddordeb.")
        case .siteSearch: ("Search", "Chwilio")
        case .siteSearchHint:
            ("Part of a name, a description, a sponsor, a lead or an interest.",
             "Rhan o enw, disgrifiad, noddwr, arweinydd neu ddiddordeb.")
        case .siteAll: ("All", "Y cyfan")
        case .siteShowing: ("Showing {1} of {2}", "Yn dangos {1} o {2}")
        case .siteNoMatch: ("Nothing matches. Clear the search or a filter.", "Does dim yn cyfateb. Cliriwch y chwiliad neu hidlydd.")
        case .siteOrganisationFilter: ("Organisation", "Sefydliad")
        case .siteKindFilter: ("Kind", "Math")
        case .sitePlatformFilter: ("Platform", "Platfform")
        case .siteInterestFilter: ("Interest", "Diddordeb")
        case .siteEntries: ("Communities and organisations", "Cymunedau a sefydliadau")
        case .siteBack: ("Back to the directory", "Yn ôl i'r cyfeiriadur")
        case .sitePartOf: ("Part of", "Yn rhan o")
        case .siteHowToJoin: ("How to join", "Sut i ymuno")
        case .siteOpenLink: ("Open its page", "Agor y dudalen")
        case .siteEmail: ("Send an email", "Anfon e-bost")
        case .siteAsk: ("Ask {1}", "Gofynnwch i {1}")
        case .sitePlatforms: ("Platforms", "Platfformau")
        case .siteWorksWith: ("Works with", "Yn gweithio gyda")
        case .siteInside: ("Communities and people in it", "Y cymunedau a'r bobl y tu mewn")
        case .siteNeighbourhood: ("Its neighbourhood in the map", "Y gymdogaeth yn y map")
        case .siteNoScript: ("Search and filters need JavaScript; every entry is listed below.", "Mae angen JavaScript ar gyfer chwilio a hidlo; mae pob cofnod wedi'i restru isod.")
        case .siteFundedUnknown: ("Funding not recorded", "Cyllid heb ei gofnodi")
        case .siteRemovedStale:
            ("Removed {1:page/pages} from an earlier run, of entries the map no longer has",
             "Tynnwyd {1:tudalen/tudalennau} o rediad cynharach, o gofnodion nad ydynt yn y map mwyach")
        // What a command says on standard error once its file is written ("Wrote map.svg").
        case .cliWrote: ("Wrote", "Ysgrifennwyd")
        }
    }
}
