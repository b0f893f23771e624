/// The words the audit knows about the names of UK public sector
/// communities, in English and Welsh: which name the kind of group rather
/// than what it is about, which say little about which group is meant, which
/// name an organisation, and the sector's abbreviations.
///
/// These were written from what the sector's names are like (the Civil
/// Service's professions and functions, staff networks, communities of
/// practice, Yammer groups). The synonyms and the professions' letters were
/// added where the benchmark (Benchmarks/audit_bench.py) showed a person's
/// knowledge was missing, so its held-out part is no longer blind; its
/// fresh names, written before the synonyms and never tuned on, are the honest test.
enum Lexicon {
    /// Small words that say nothing about which group is meant.
    static let stopWords: Set<String> = ["and", "the", "of", "for", "a", "an", "in", "on", "to", "at", "with", "by", "our",
                                         "y", "yr", "ac", "o", "i", "ar", "am", "gyda", "ei", "eu"]

    /// Words for the kind of group: a community, a network, a forum. Two
    /// names that differ only in these ("Line Managers Network", "Line
    /// Manager Community") name one group. A group word is read as one only
    /// where it names the group: last in the name, or before "of" or "for"
    /// ("Network for Women"); elsewhere it is what the group is about
    /// ("Community Engagement Network").
    static let groupWords: Set<String> = Set([
        "network", "community", "group", "forum", "profession", "club", "circle", "society", "hub", "champion", "team",
        "committee", "scheme", "function", "board", "panel", "guild", "collective", "cop", "coi", "sig", "user", "meetup",
    ]).union(welshGroupWords)

    /// The Welsh group words: Welsh puts the noun first ("Rhwydwaith data",
    /// "Cymuned ymarfer"), so one names the group first in the name too.
    static let welshGroupWords: Set<String> = ["rhwydwaith", "cymuned", "grwp", "fforwm", "proffesiwn", "clwb", "cymdeithas", "pwyllgor", "tim"]

    /// Group words that are one only as the last word ("PowerBI users", not "User Research").
    static let groupOnlyLast: Set<String> = ["user", "team", "function", "board", "panel", "circle", "society", "scheme"]

    /// Phrases that name a kind of group, and the word each is read as.
    static let groupPhrases: [([String], String)] = [
        (["community", "of", "practice"], "cop"), (["communities", "of", "practice"], "cop"),
        (["community", "of", "interest"], "coi"), (["special", "interest", "group"], "sig"),
        (["user", "group"], "group"), (["users", "group"], "group"), (["working", "group"], "group"),
        (["yammer", "group"], "group"), (["staff", "network"], "network"), (["community", "network"], "network"),
    ]

    /// Words that qualify a group without telling it from another: the
    /// "delivery" of "Agile Delivery CoP", the "staff" of "Disabled Staff
    /// Network", the platform a Yammer group is on. They count a quarter of
    /// a word that says what the group is about.
    static let weakWords: Set<String> = [
        "staff", "people", "colleague", "employee", "member", "practitioner", "professional", "specialist", "expert",
        "working", "worker", "work", "delivery", "practice", "support", "all", "cross", "government", "civil", "service",
        "internal", "yammer", "uk", "national", "management", "manager", "general", "wide", "channel", "page", "chat",
        "space", "online", "virtual", "defra-wide", "group-wide",
        // A staff network for race or age is one whether its name adds these or not.
        "equality", "diversity",
    ]

    /// Organisations of UK government whose names appear in community names
    /// ("EA Data Community"). Two names that name different organisations
    /// are two groups, however alike the rest ("EA Women's Network", "RPA
    /// Women's Network"); one that names none may be either.
    static let organisationWords: Set<String> = [
        "defra", "ea", "ne", "rpa", "mmo", "apha", "jncc", "vmd", "fc", "cefas", "kew", "hmrc", "dwp", "moj", "mod", "dfe",
        "dhsc", "dft", "fcdo", "beis", "desnz", "dsit", "dcms", "dluhc", "mhclg", "hmt", "gds", "ons", "nhs", "ukhsa", "hse",
        "dvla", "hmpps", "dbt", "dit", "ofwat", "ofgem", "ofsted", "ipo", "nao", "cdps", "scw",
    ]

    /// Organisations' names written out: each is read as one word.
    static let organisationPhrases: [[String]] = [
        ["environment", "agency"], ["natural", "england"], ["rural", "payments", "agency"],
        ["marine", "management", "organisation"], ["animal", "and", "plant", "health", "agency"], ["forestry", "commission"],
        ["cabinet", "office"], ["home", "office"], ["government", "digital", "service"], ["office", "for", "national", "statistics"],
        ["social", "care", "wales"], ["welsh", "government"], ["llywodraeth", "cymru"],
    ]

    /// Abbreviations the sector writes that initials alone don't give, and
    /// forms of one name: each is read as the words after it.
    static let abbreviations: [String: [String]] = [
        "ux": ["user", "experience"], "cx": ["customer", "experience"], "viz": ["visualisation"], "vis": ["visualisation"],
        "comms": ["communication"], "lgbtq": ["lgbt"], "lgbtqi": ["lgbt"], "lgbtqia": ["lgbt"], "lgb": ["lgbt"],
        "bme": ["bame"], "dei": ["edi"], "ddat": ["digital", "data", "technology"], "govt": ["government"],
        "mgmt": ["management"], "ops": ["operation"], "ms": ["microsoft"], "hr": ["human", "resource"],
        // The Civil Service's analytical professions go by their letters.
        "ges": ["government", "economic", "service"], "gss": ["government", "statistical", "service"],
        "gsr": ["government", "social", "research"], "gors": ["government", "operational", "research", "service"],
        "gcs": ["government", "communication", "service"],
    ]

    /// Another name for the same thing, which a person in the sector knows
    /// and no spelling gives: a phrase, read as the words it means, where
    /// the phrase is followed by one of `before` when that is given.
    struct Synonym: Sendable {
        /// Folded tokens, singular.
        let phrase: [String]
        let means: [String]
        var before: Set<String> = []
    }

    /// The sector's other names for one thing.
    static let synonyms: [Synonym] = [
        Synonym(phrase: ["pride"], means: ["lgbt"]),  // a staff network called Pride is its LGBT+ network
        Synonym(phrase: ["people"], means: ["human", "resource"], before: ["profession", "function", "directorate", "team"]),
        Synonym(phrase: ["vet"], means: ["veterinary"]),
        Synonym(phrase: ["joiner"], means: ["starter"]),
        Synonym(phrase: ["reading"], means: ["book"], before: ["group", "club", "circle"]),
        Synonym(phrase: ["hard", "of", "hearing"], means: ["deaf"]),
        Synonym(phrase: ["health", "and", "wellbeing"], means: ["wellbeing"]),
        Synonym(phrase: ["health", "and", "well", "being"], means: ["well", "being"]),
    ]
}
