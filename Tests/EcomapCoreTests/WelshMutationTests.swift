import Testing
@testable import EcomapCore

/// The Welsh module (`Welsh`): mutations, the forms of the words that cause
/// them, names after prepositions and nouns after numbers, each on a table
/// of cases a Welsh speaker would write.
@Suite struct WelshMutationTests {
    /// Words and names, each mutation, as a Welsh writer writes them.
    static let mutations: [(String, Welsh.Mutation, String)] = [
        // Soft: p t c b d g m ll rh.
        ("platfform", .soft, "blatfform"), ("Pwyllgor Ieuenctid", .soft, "Bwyllgor Ieuenctid"), ("pobl", .soft, "bobl"),
        ("Pen-y-bont ar Ogwr", .soft, "Ben-y-bont ar Ogwr"), ("Powys", .soft, "Bowys"),
        ("Tîm Cymorth", .soft, "Dîm Cymorth"), ("technoleg", .soft, "dechnoleg"), ("Trefynwy", .soft, "Drefynwy"),
        ("Cyngor Caerdydd", .soft, "Gyngor Caerdydd"), ("cymuned", .soft, "gymuned"), ("Caerdydd", .soft, "Gaerdydd"),
        ("Bwrdd Iechyd", .soft, "Fwrdd Iechyd"), ("Bangor", .soft, "Fangor"), ("blatfform", .soft, "flatfform"),
        ("Dysgwyr", .soft, "Ddysgwyr"), ("Dinbych", .soft, "Ddinbych"), ("datblygu", .soft, "ddatblygu"),
        ("Gofal Cymdeithasol Cymru", .soft, "Ofal Cymdeithasol Cymru"), ("Gwirfoddolwyr", .soft, "Wirfoddolwyr"),
        ("Gŵyl", .soft, "Ŵyl"), ("gwaith", .soft, "waith"), ("Glan-llyn", .soft, "Lan-llyn"), ("Gwynedd", .soft, "Wynedd"),
        ("Menter Caerdydd", .soft, "Fenter Caerdydd"), ("Mudiad Meithrin", .soft, "Fudiad Meithrin"), ("merched", .soft, "ferched"),
        ("Llwyfan Dysgu", .soft, "Lwyfan Dysgu"), ("Llywodraeth Cymru", .soft, "Lywodraeth Cymru"), ("llinell", .soft, "linell"),
        ("Llanelli", .soft, "Lanelli"),
        ("Rhwydwaith Rhieni", .soft, "Rwydwaith Rhieni"), ("rhaglen", .soft, "raglen"), ("Rhondda", .soft, "Rondda"),
        // Letters and digraphs soft mutation leaves.
        ("Ffederasiwn", .soft, "Ffederasiwn"), ("ffordd", .soft, "ffordd"), ("Fforwm", .soft, "Fforwm"),
        ("Chwaraeon Cymru", .soft, "Chwaraeon Cymru"), ("Theatr Clwyd", .soft, "Theatr Clwyd"), ("Phillips", .soft, "Phillips"),
        ("Sefydliad", .soft, "Sefydliad"), ("Hyfforddiant", .soft, "Hyfforddiant"), ("Nyrsys", .soft, "Nyrsys"),
        ("Ysgol", .soft, "Ysgol"), ("Academyddion", .soft, "Academyddion"), ("Tsieina", .soft, "Tsieina"),
        ("Ddraig", .soft, "Ddraig"), ("", .soft, ""),
        // Soft, sparing ll and rh (after predicative "yn" and "mor").
        ("llawn", .softSparingLlRh, "llawn"), ("rhad", .softSparingLlRh, "rhad"), ("da", .softSparingLlRh, "dda"),
        ("pwysig", .softSparingLlRh, "bwysig"), ("gwan", .softSparingLlRh, "wan"), ("cryf", .softSparingLlRh, "gryf"),
        ("mawr", .softSparingLlRh, "fawr"), ("bach", .softSparingLlRh, "fach"), ("tawel", .softSparingLlRh, "dawel"),
        // Nasal.
        ("Pontypridd", .nasal, "Mhontypridd"), ("platfform", .nasal, "mhlatfform"), ("Trefynwy", .nasal, "Nhrefynwy"),
        ("Caerdydd", .nasal, "Nghaerdydd"), ("cymuned", .nasal, "nghymuned"), ("Bangor", .nasal, "Mangor"),
        ("Dinbych", .nasal, "Ninbych"), ("Gwynedd", .nasal, "Ngwynedd"), ("gwaith", .nasal, "ngwaith"),
        ("Machynlleth", .nasal, "Machynlleth"), ("Llanelli", .nasal, "Llanelli"), ("Rhuthun", .nasal, "Rhuthun"),
        ("Abertawe", .nasal, "Abertawe"), ("Theatr", .nasal, "Theatr"),
        // Aspirate.
        ("Cyngor Caerdydd", .aspirate, "Chyngor Caerdydd"), ("pobl", .aspirate, "phobl"), ("Tîm Cymorth", .aspirate, "Thîm Cymorth"),
        ("Pwyllgor", .aspirate, "Phwyllgor"), ("cymunedau", .aspirate, "chymunedau"), ("technoleg", .aspirate, "thechnoleg"),
        ("Bwrdd Iechyd", .aspirate, "Bwrdd Iechyd"), ("Gofal", .aspirate, "Gofal"), ("Dysgwyr", .aspirate, "Dysgwyr"),
        ("Menter", .aspirate, "Menter"), ("Llwyfan", .aspirate, "Llwyfan"), ("Rhwydwaith", .aspirate, "Rhwydwaith"),
        ("Chwaraeon", .aspirate, "Chwaraeon"), ("Tsieina", .aspirate, "Tsieina"),
    ]

    @Test(arguments: mutations.indices)
    func mutation(_ i: Int) {
        let (word, mutation, expected) = Self.mutations[i]
        #expect(Welsh.mutate(word, mutation) == expected, "\(word), \(mutation)")
    }

    @Test func theTableIsLargeAndCoversEveryMutableLetter() {
        #expect(Self.mutations.count + Self.sentences.count + Self.counts.count >= 100)
        let softened = Self.mutations.filter { $0.1 == .soft && $0.0 != $0.2 }.map { $0.0.lowercased() }
        for initial in ["p", "t", "c", "b", "d", "g", "ll", "m", "rh"] {
            #expect(softened.contains { $0.hasPrefix(initial) }, "no soft mutation of \(initial)")
        }
    }

    /// Names of the map after the table's prepositions, through the phrase
    /// table as findings put them: Welsh names mutate, the rest stay.
    static let sentences: [(Phrase, Filler, String)] = [
        (.routeAction, welsh("Gofal Cymdeithasol Cymru"), "Symudwch y sgwrs hon i Ofal Cymdeithasol Cymru,"),
        (.routeAction, welsh("Llwyfan Dysgu"), "Symudwch y sgwrs hon i Lwyfan Dysgu,"),
        (.routeAction, welsh("Cymuned Arfer"), "Symudwch y sgwrs hon i Gymuned Arfer,"),
        (.routeAction, welsh("Porth Cymunedol"), "Symudwch y sgwrs hon i Borth Cymunedol,"),
        (.routeAction, .fixed("Padlet"), "Symudwch y sgwrs hon i Padlet,"),
        (.routeAction, welsh("Yr Hwb"), "Symudwch y sgwrs hon i'r Hwb,"),
        (.routeAction, welsh("Y Llwyfan"), "Symudwch y sgwrs hon i'r Llwyfan,"),
        (.routeAction, welsh("GIG Cymru"), "Symudwch y sgwrs hon i GIG Cymru,"),
        (.routeAction, welsh("Microsoft Teams"), "Symudwch y sgwrs hon i Microsoft Teams,"),
        (.routeAction, welsh("Yammer"), "Symudwch y sgwrs hon i Yammer,"),
        (.routeAction, welsh("'Cwtsh'"), "Symudwch y sgwrs hon i 'Cwtsh',"),
        (.routeAction, welsh("2 grŵp"), "Symudwch y sgwrs hon i 2 grŵp,"),
        (.routeAction, welsh("grŵp Facebook"), "Symudwch y sgwrs hon i grŵp Facebook,"),
        (.voiceAction, welsh("Pwyllgor Ieuenctid"), "Rhowch lais i Bwyllgor Ieuenctid:"),
        (.voiceAction, welsh("Tîm Cymorth"), "Rhowch lais i Dîm Cymorth:"),
        (.voiceAction, welsh("Bwrdd Iechyd"), "Rhowch lais i Fwrdd Iechyd:"),
        (.voiceAction, welsh("Dysgwyr"), "Rhowch lais i Ddysgwyr:"),
        (.voiceAction, welsh("Mudiad Meithrin"), "Rhowch lais i Fudiad Meithrin:"),
        (.voiceAction, welsh("Rhwydwaith Rhieni"), "Rhowch lais i Rwydwaith Rhieni:"),
        (.voiceAction, welsh("Gwirfoddolwyr"), "Rhowch lais i Wirfoddolwyr:"),
        (.voiceAction, welsh("Academyddion"), "Rhowch lais i Academyddion:"),
        (.voiceAction, .fixed("Practitioners"), "Rhowch lais i Practitioners:"),
        (.hearAction, welsh("Cyngor Caerdydd"), "sy'n cael negeseuon gan Gyngor Caerdydd ymateb"),
        (.linksPartners, welsh("Cyngor Caerdydd"), "mae'n cysylltu â Chyngor Caerdydd"),
        (.linksPartners, welsh("Academyddion"), "mae'n cysylltu ag Academyddion"),
        (.isolatedAction, welsh("Llywodraeth Cymru"), "Crëwch ffyrdd i Lywodraeth Cymru gwrdd"),
        (.peerAction, welsh("Penaethiaid"), "Rhowch ffyrdd i Benaethiaid gwrdd"),
        (.extraNodeSentence, welsh("Gofal Cymdeithasol Cymru"), "sy'n cyfateb i Ofal Cymdeithasol Cymru ("),
        (.extraNodeSentence, welsh("Cyngor Caerdydd"), "sy'n cyfateb i Gyngor Caerdydd ("),
        (.extraNodeSentence, welsh("Yr Urdd"), "sy'n cyfateb i'r Urdd ("),
        (.connectViaAction, welsh("Llwyfan Dysgu"), "Cysylltwch nhw drwy Lwyfan Dysgu:"),
        (.connectViaAction, welsh("Platfform Cymunedol"), "Cysylltwch nhw drwy Blatfform Cymunedol:"),
        (.connectViaAction, welsh("Y Llwyfan"), "Cysylltwch nhw drwy'r Llwyfan:"),
        (.throughSuffix, welsh("Tîm Data"), ", drwy Dîm Data"),
        (.auditHeading, welsh("Cymunedau Defra"), "Archwiliad o Gymunedau Defra:"),
        (.auditHeading, welsh("Mapiau Cymru"), "Archwiliad o Fapiau Cymru:"),
        (.andJoin, welsh("Cyngor Caerdydd"), "Gofal a Chyngor Caerdydd"),
        (.andJoin, welsh("Pwyllgor Ieuenctid"), "Gofal a Phwyllgor Ieuenctid"),
        (.andJoin, welsh("Tîm Cymorth"), "Gofal a Thîm Cymorth"),
        (.andJoin, welsh("Bwrdd Iechyd"), "Gofal a Bwrdd Iechyd"),
        (.andJoin, welsh("Academyddion"), "Gofal ac Academyddion"),
        (.andJoin, welsh("Yr Urdd"), "Gofal a'r Urdd"),
        (.andJoin, .fixed("Council"), "Gofal a Council"),
        (.closerAction, welsh("Cyngor Caerdydd"), "Dewch â Chyngor Caerdydd a Gofal"),
        (.closerAction, welsh("Ysgolion"), "Dewch ag Ysgolion a Gofal"),
        (.closerAction, welsh("Y Gymdeithas"), "Dewch â'r Gymdeithas a Gofal"),
        // A line through a platform's hover text.
        (.via, welsh("Llwyfan Dysgu"), "Gweithwyr drwy Lwyfan Dysgu"),
        (.via, welsh("Porth Pobl Ifanc"), "Gweithwyr drwy Borth Pobl Ifanc"),
    ]

    static func welsh(_ name: String) -> Filler { Filler(name, mutable: Welsh.mayMutate(name)) }

    @Test(arguments: sentences.indices)
    func nameAfterAPreposition(_ i: Int) {
        let (phrase, name, expected) = Self.sentences[i]
        let text = switch phrase {
        case .andJoin: Language.cy[phrase, "Gofal", name]
        case .closerAction: Language.cy[phrase, name, Filler.word("Gofal")]
        case .via: Language.cy[phrase, Filler.fixed("Gweithwyr"), name]
        case .extraNodeSentence: Language.cy[phrase, name, "sefydliad"]
        case .auditHeading: Language.cy[phrase, name, "11 o gymunedau"]
        default: Language.cy[phrase, name]
        }
        #expect(text.contains(expected), "\(text)")
    }

    /// A name that starts with the article: as written at the start of a
    /// sentence, joined to a word ending in a vowel, in lower case elsewhere.
    @Test func theArticleOfAName() {
        let urdd = Self.welsh("Yr Urdd"), dysgwyr = Self.welsh("Dysgwyr")
        #expect(Language.cy[.oneWaySentence, urdd, dysgwyr, ""].hasPrefix("Mae'r Urdd → Dysgwyr yn llifo"))
        #expect(Language.cy[.answerAction, urdd, dysgwyr].hasPrefix("Rhowch ffordd i Ddysgwyr ateb yr Urdd:"))
        #expect(Language.cy[.answerAction, dysgwyr, urdd].hasPrefix("Rhowch ffordd i'r Urdd ateb Dysgwyr:"))
        #expect(Language.cy[.strengthSentence, urdd, "→", dysgwyr, "", "gwan", "cryf"].hasPrefix("Yr Urdd → Dysgwyr"))
        #expect(Language.cy[.oneWaySentence, dysgwyr, urdd, ""].hasPrefix("Mae Dysgwyr → yr Urdd yn llifo"))
        #expect(Finding.list([Self.welsh("Cyngor"), Self.welsh("Yr Urdd"), Self.welsh("Y Lolfa")], .cy).text == "Cyngor, yr Urdd a'r Lolfa")
        #expect(Welsh.inSentence("Y Lolfa") == "y Lolfa" && Welsh.inSentence("Gofal") == "Gofal")
    }

    /// The table's own words mutate where names do: "i gymuned", "i blatfform".
    @Test func kindWordsMutate() {
        #expect(Language.cy[.nodeAction, Finding.kindWord(.community, .cy), Self.welsh("Bwrdd Ieuenctid")]
            == "Ystyriwch a oes lle yma i gymuned fel Bwrdd Ieuenctid.")
        #expect(Language.cy[.nodeAction, Finding.kindWord(.platform, .cy), Self.welsh("Porth")].contains("i blatfform fel Porth"))
        #expect(Language.en[.nodeAction, Finding.kindWord(.community, .en), "Youth board"] == "Consider whether a community like Youth board has a place here.")
    }

    /// Nouns after numbers: the singular, mutated as the numeral read aloud
    /// mutates it; "o" and the plural above ten.
    static let counts: [(Int, String, String, String)] = [
        (0, "platfform ar goll", "platfformau ar goll", "dim platfformau ar goll"),
        (1, "platfform ar goll", "platfformau ar goll", "1 platfform ar goll"),
        (2, "platfform ar goll", "platfformau ar goll", "2 blatfform ar goll"),
        (3, "platfform ar goll", "platfformau ar goll", "3 phlatfform ar goll"),
        (4, "platfform ar goll", "platfformau ar goll", "4 platfform ar goll"),
        (5, "platfform ar goll", "platfformau ar goll", "5 platfform ar goll"),
        (6, "platfform ar goll", "platfformau ar goll", "6 phlatfform ar goll"),
        (7, "platfform ar goll", "platfformau ar goll", "7 platfform ar goll"),
        (10, "platfform ar goll", "platfformau ar goll", "10 platfform ar goll"),
        (11, "platfform ar goll", "platfformau ar goll", "11 o blatfformau ar goll"),
        (100, "platfform ar goll", "platfformau ar goll", "100 o blatfformau ar goll"),
        (1, "cymuned", "cymunedau", "1 gymuned"), (2, "cymuned", "cymunedau", "2 gymuned"),
        (3, "cymuned", "cymunedau", "3 cymuned"), (6, "cymuned", "cymunedau", "6 chymuned"),
        (12, "cymuned", "cymunedau", "12 o gymunedau"),
        (2, "cymuned gref", "cymunedau cryf", "2 gymuned gref"), (12, "cymuned gref", "cymunedau cryf", "12 o gymunedau cryf"),
        (1, "llinell", "llinellau", "1 llinell"), (2, "llinell", "llinellau", "2 linell"),
        (1, "sefydliad", "sefydliadau", "1 sefydliad"), (2, "sefydliad", "sefydliadau", "2 sefydliad"),
        (3, "cysylltiad", "cysylltiadau", "3 chysylltiad"), (15, "cysylltiad", "cysylltiadau", "15 o gysylltiadau"),
        (2, "bwlch", "bylchau", "2 fwlch"), (3, "bwlch", "bylchau", "3 bwlch"), (24, "bwlch", "bylchau", "24 o fylchau"),
        (2, "person", "pobl", "2 berson"), (3, "person", "pobl", "3 pherson"), (12, "person", "pobl", "12 o bobl"),
        (2, "nod", "nodau", "2 nod"), (12, "nod", "nodau", "12 o nodau"),
        (1, "cyswllt i'w gryfhau", "cysylltiadau i'w cryfhau", "1 cyswllt i'w gryfhau"),
        (2, "cyswllt i'w gryfhau", "cysylltiadau i'w cryfhau", "2 gyswllt i'w cryfhau"),
        (1, "pâr i'w ddwyn yn nes", "parau i'w dwyn yn nes", "1 pâr i'w ddwyn yn nes"),
        (2, "pâr i'w ddwyn yn nes", "parau i'w dwyn yn nes", "2 bâr i'w dwyn yn nes"),
        (3, "sgwrs i'w symud i blatfform", "sgyrsiau i'w symud i blatfform", "3 sgwrs i'w symud i blatfform"),
        (2, "ffynhonnell sampl", "ffynonellau sampl", "2 ffynhonnell sampl"),
        (200, "ffynhonnell sampl", "ffynonellau sampl", "200 o ffynonellau sampl"),
        (4, "aelod", "aelodau", "4 aelod"), (2, "cyfranogwr", "cyfranogwyr", "2 gyfranogwr"),
        (2, "cyfranogwr ynysig", "cyfranogwyr ynysig", "2 gyfranogwr ynysig"),
    ]

    @Test(arguments: counts.indices)
    func count(_ i: Int) {
        let (n, one, many, expected) = Self.counts[i]
        #expect(Welsh.count(n, one: one, many: many) == expected)
    }

    @Test func countsInTheTable() {
        #expect(Finding.Kind.missingPlatform.counted(1, in: .cy) == "1 platfform ar goll")
        #expect(Finding.Kind.missingPlatform.counted(3, in: .cy) == "3 phlatfform ar goll")
        #expect(Finding.Kind.missingPlatform.counted(3, in: .en) == "3 missing platforms")
        #expect(Finding.Kind.missingPlatform.counted(1, in: .en) == "1 missing platform")
        #expect(Finding.Kind.strengthen.counted(2, in: .cy) == "2 gyswllt i'w cryfhau")
        #expect(Finding.Kind.isolatedParticipants.counted(4, in: .cy) == "4 cyfranogwr ynysig")
        #expect(Language.cy.counted(.community, 1) == "1 gymuned")
        #expect(Language.cy.counted(.platform, 2) == "2 blatfform")
        #expect(Language.cy.counted(.person, 5) == "5 person")
        #expect(Language.cy.counted(.organisation, 12) == "12 o sefydliadau")
        #expect(Language.en.counted(.person, 1) == "1 person" && Language.en.counted(.person, 5) == "5 people")
        #expect(Language.cy[.seeAll, 2] == "Mae'r 2 fwlch i gyd wedi'u rhestru'n llawn isod.")
        #expect(Language.cy[.seeAll, 31] == "Mae'r 31 o fylchau i gyd wedi'u rhestru'n llawn isod.")
        #expect(Language.en[.seeAll, 31] == "All 31 gaps are listed in full below.")
        #expect(Language.cy[.auditMembers, 3, 5, "Rhwydwaith"] == "maent yn rhannu 3 aelod, o'r 5 sydd yn 'Rhwydwaith'")
        #expect(Language.en[.headlineCompared, "0%", "68%", 1].contains("finds 1 gap;"))
        #expect(Language.cy[.headlineCompared, "0%", "68%", 2].contains("yn canfod 2 fwlch;"))
    }

    /// "yn" before a place, and predicative "yn".
    @Test(arguments: [
        ("Caerdydd", "yng Nghaerdydd"), ("Bangor", "ym Mangor"), ("Machynlleth", "ym Machynlleth"),
        ("Trefynwy", "yn Nhrefynwy"), ("Dinbych", "yn Ninbych"), ("Gwynedd", "yng Ngwynedd"), ("Powys", "ym Mhowys"),
        ("Llanelli", "yn Llanelli"), ("Rhuthun", "yn Rhuthun"), ("Abertawe", "yn Abertawe"),
    ])
    func inAPlace(_ place: String, _ expected: String) {
        #expect(Welsh.inPlace(place) == expected)
    }

    @Test(arguments: [("llawn", "yn llawn"), ("rhad", "yn rhad"), ("da", "yn dda"), ("cryf", "yn gryf"), ("gwan", "yn wan"),
                      ("pwysig", "yn bwysig"), ("mawr", "yn fawr"), ("agos", "yn agos")])
    func predicative(_ word: String, _ expected: String) {
        #expect(Welsh.predicative(word) == expected)
    }

    @Test func herTakesAnH() {
        #expect(Welsh.withH("enw") == "henw" && Welsh.withH("Ardal") == "Hardal" && Welsh.withH("cartref") == "cartref")
    }

    /// What is never mutated: codes, quotes, numbers, borrowings.
    @Test(arguments: ["GIG Cymru", "CDPS", "ED&I", "B2B", "'Cwtsh'", "\"Gofal\"", "(Gofal)", "2 grŵp", "LinkedIn", "YouTube",
                      "Yammer", "Google", "Microsoft", "Zoom", "Twitter", "Facebook", "Teams", "WhatsApp", "Kumu",
                      "gêm", "grŵp", "Slack", "Thread"])
    func neverMutated(_ name: String) {
        #expect(!Welsh.mayMutate(name) || Welsh.mutate(name, .soft) == name, "\(name)")
    }

    @Test(arguments: ["Gofal", "Cyngor Caerdydd", "Llwyfan", "Rhwydwaith", "Dealltwriaeth", "Crefft", "Pen-y-bont", "Menter Iaith"])
    func welshNamesMutate(_ name: String) {
        #expect(Welsh.mayMutate(name), "\(name)")
    }

    /// A node's name: its Welsh label mutates unless it is its English one
    /// or the map says `mutate: no`; `mutate: yes` mutates it anyway.
    @Test func nodeNames() {
        func node(_ label: String, _ cy: String?, _ mutate: String? = nil) -> Node {
            var attributes = Attributes()
            if let cy { attributes[AttributeName.cy] = .text(cy) }
            if let mutate { attributes[AttributeName.mutate] = .text(mutate) }
            return Node(id: "n", kind: .organisation, label: label, attributes: attributes)
        }
        #expect(node("Social Care Wales", "Gofal Cymdeithasol Cymru").name(in: .cy).mutable)
        #expect(!node("Social Care Wales", "Gofal Cymdeithasol Cymru").name(in: .en).mutable)
        #expect(!node("Social Care Wales", nil).name(in: .cy).mutable)
        #expect(!node("Padlet", "Padlet").name(in: .cy).mutable)
        #expect(node("Menter Caerdydd", "Menter Caerdydd", "yes").name(in: .cy).mutable)
        #expect(!node("Social Care Wales", "Gofal Cymdeithasol Cymru", "no").name(in: .cy).mutable)
        let menter = node("Menter Caerdydd", "Menter Caerdydd", "yes").name(in: .cy)
        #expect(Language.cy[.voiceAction, menter].hasPrefix("Rhowch lais i Fenter Caerdydd:"))
    }

    /// Every placeholder the Welsh table puts after a word that mutates,
    /// filled with a Welsh name, comes out mutated; and no Welsh template puts
    /// a bare number before a noun (it must count: `{1:bwlch/bylchau}`).
    @Test func everyPlaceholderAfterAMutatingWord() {
        var checked = 0
        for phrase in Phrase.allCases {
            let template = phrase.text.cy
            for k in 1...9 where template.contains("{\(k)}") {
                guard let word = Self.wordBefore("{\(k)}", in: template), let trigger = Welsh.triggers[word] else { continue }
                var arguments: [any CustomStringConvertible] = (1...9).map { _ in Filler.fixed("X") }
                arguments[k - 1] = Filler.word("Cyngor Caerdydd")
                let text = Language.fillWelsh(template, arguments)
                let expected = Welsh.mutate("Cyngor Caerdydd", trigger.mutation)
                #expect(text.contains(expected), "\(phrase): \(text)")
                checked += 1
            }
        }
        #expect(checked >= 15)
    }

    @Test func noNumberBeforeANounUncounted() {
        let nouns: Set<String> = ["bwlch", "bylchau", "arc", "arcau", "aelod", "aelodau", "ffynhonnell", "ffynonellau", "nod", "nodau",
                                  "cysylltiad", "cysylltiadau", "cyswllt", "platfform", "platfformau", "sefydliad", "sefydliadau",
                                  "cymuned", "cymunedau", "person", "pobl", "canfyddiad", "canfyddiadau", "gwaith"]
        for phrase in Phrase.allCases {
            let template = phrase.text.cy
            var rest = template[...]
            while let open = rest.range(of: "} ") {
                let next = rest[open.upperBound...].prefix { !$0.isWhitespace && $0 != "," && $0 != ";" && $0 != ")" }
                #expect(!nouns.contains(String(next)), "\(phrase): '\(next)' after a placeholder")
                rest = rest[open.upperBound...]
            }
        }
    }

    static func wordBefore(_ placeholder: String, in template: String) -> String? {
        guard let range = template.range(of: placeholder) else { return nil }
        let before = template[..<range.lowerBound]
        guard before.last == " " else { return nil }
        let word = before.dropLast().reversed().prefix { $0.isLetter || $0 == "'" }
        return String(word.reversed()).lowercased()
    }
}
