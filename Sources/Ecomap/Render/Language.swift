/// The words a diagram writes itself (the key), in English or Welsh.
public enum DiagramLanguage: String, CaseIterable, Sendable {
    case en, cy

    public var key: String { self == .cy ? "Allwedd" : "Key" }

    /// A kind's plural as a heading for a count ("sefydliadau: 4"): Welsh
    /// nouns after a number mutate and take the singular, so the Welsh
    /// summary names the count rather than counting the noun.
    public func plural(_ kind: NodeKind) -> String {
        switch (self, kind) {
        case (.en, .organisation): "organisations"
        case (.en, .platform): "platforms"
        case (.en, .person): "people"
        case (.en, .community): "communities"
        case (.cy, .organisation): "sefydliadau"
        case (.cy, .platform): "platfformau"
        case (.cy, .person): "pobl"
        case (.cy, .community): "cymunedau"
        }
    }

    public func kind(_ kind: NodeKind) -> String {
        switch (self, kind) {
        case (.en, .organisation): "Organisation"
        case (.en, .platform): "Platform or technology"
        case (.en, .person): "Individual"
        case (.en, .community): "Community or group"
        case (.cy, .organisation): "Sefydliad"
        case (.cy, .platform): "Platfform neu dechnoleg"
        case (.cy, .person): "Unigolyn"
        case (.cy, .community): "Cymuned neu grŵp"
        }
    }

    public func strength(_ strength: Strength) -> String {
        switch (self, strength) {
        case (.en, .strong): "Strong"
        case (.en, .normal): "Normal"
        case (.en, .weak): "Weak"
        case (.en, .stressful): "Stressful"
        case (.en, .broken): "Broken"
        case (.cy, .strong): "Cryf"
        case (.cy, .normal): "Arferol"
        case (.cy, .weak): "Gwan"
        case (.cy, .stressful): "Dan straen"
        case (.cy, .broken): "Wedi torri"
        }
    }

    public func direction(_ direction: LinkDirection) -> String {
        switch (self, direction) {
        case (.en, .oneWay): "One way"
        case (.en, .twoWay): "Both ways"
        case (.en, .undirected): "Connected"
        case (.cy, .oneWay): "Un ffordd"
        case (.cy, .twoWay): "Y ddwy ffordd"
        case (.cy, .undirected): "Cysylltiedig"
        }
    }

    /// A built-in link type in this language; other types are shown as written.
    public func type(_ type: String) -> String {
        guard self == .cy else { return type }
        return [
            "informs": "hysbysu", "meets": "cyfarfod", "uses": "defnyddio", "funds": "ariannu",
            "hosts": "cynnal", "partners": "partneru", "participates": "cymryd rhan", "consults": "ymgynghori",
        ][type] ?? type
    }

    public var interactions: String { self == .cy ? "Rhyngweithiadau" : "Interactions" }
    public var via: String { self == .cy ? "drwy" : "via" }
    public var broker: String { self == .cy ? "Brocer: byddai ei golli'n hollti'r map" : "Broker: losing it would split the map" }

    public func larger(_ metric: SizeMetric) -> String {
        switch (self, metric) {
        case (.en, .degree): "Larger: more connections"
        case (.en, .betweenness): "Larger: more often between others"
        case (.en, .closeness): "Larger: closer to everyone else"
        case (.cy, .degree): "Mwy: mwy o gysylltiadau"
        case (.cy, .betweenness): "Mwy: yn amlach rhwng eraill"
        case (.cy, .closeness): "Mwy: yn nes at bawb arall"
        }
    }

    public var shouldBeTwoWay: String { self == .cy ? "Dylai lifo'r ddwy ffordd" : "Should flow both ways" }
    public var missingLink: String { self == .cy ? "Cyswllt coll" : "Missing link" }
    public var shouldBeCloser: String { self == .cy ? "Dylai fod yn nes" : "Should be closer" }
    public var missingNode: String { self == .cy ? "Ar goll: o'r arfer gorau" : "Missing: from best practice" }
    public var oneWayNode: String { self == .cy ? "Un ffordd neu ar wahân" : "One way only, or isolated" }
    public var current: String { self == .cy ? "Presennol" : "Current" }
    public var bestPractice: String { self == .cy ? "Arfer gorau" : "Best practice" }
    public var comparedWith: String { self == .cy ? "o'i gymharu â" : "compared with" }

    public var throughPlatform: String { self == .cy ? "Drwy blatfform" : "Through a platform" }
}
