import EcomapCore

/// What a spreadsheet column can be for the map: one of the fields ecomap
/// knows (the label, the kind, the audit's sponsor, funded, leads, ...), or
/// nothing (`ignore`). A column that is none of these is kept as the user's
/// own attribute.
///
/// The same names serve both kinds of sheet: on a sheet of connections
/// `type` is the link's type and `label` its label.
public enum ColumnField: String, CaseIterable, Sendable, Codable {
    /// The element's name (`Group name`, `Name`, `Community`).
    case label
    /// An id that connections may name it by.
    case id
    /// The kind: organisation, platform, person or community, from the
    /// sheet's own words (`Staff network`), which are kept as `type:`.
    case type
    case description
    /// The Welsh label.
    case cy
    case tags, interests
    /// The organisations or communities it belongs to (`Part of`, `Agency`):
    /// drawn as a box around it.
    case `in`
    case sponsor, funded, funding, leads, contacts, url
    /// A connection's ends, direction and platform.
    case from, to, direction, via
    /// A column left out of the map.
    case ignore

    /// The attribute this field fills, when it is one (`in` for ``in``); nil
    /// for the label, id, kind, a connection's ends and direction, and ``ignore``.
    public var attribute: String? {
        switch self {
        case .label, .id, .type, .from, .to, .direction, .ignore: nil
        default: rawValue
        }
    }

    /// Whether a sheet of elements can have it (the rest are a connection's).
    public var isElementField: Bool {
        switch self {
        case .from, .to, .direction, .via: false
        default: true
        }
    }

    /// A field from a word a person may write for it after `=` in a column
    /// map: its name, or a usual other name (`kind`, `welsh`, `lead`, `link`, `skip`).
    public init?(word: String) {
        let w = word.trimmingCharacters(in: .whitespaces).lowercased()
        if let field = ColumnField(rawValue: w) { self = field; return }
        let others: [String: ColumnField] = [
            "name": .label, "kind": .type, "welsh": .cy, "tag": .tags, "interest": .interests, "part of": .in, "box": .in,
            "lead": .leads, "leaders": .leads, "contact": .contacts, "link": .url, "website": .url, "source": .from,
            "target": .to, "skip": .ignore, "none": .ignore,
        ]
        guard let field = others[w] else { return nil }
        self = field
    }
}

/// The user's own word on which column is which field: `--columns "Owner /
/// lead=leads,Link=url"`. It wins over the usual names, and it names
/// columns whose header ecomap doesn't know.
public struct ColumnMap: Sendable, Hashable {
    /// Each header, compared without regard to case or spaces, and the field it is.
    public private(set) var fields: [String: ColumnField] = [:]

    /// No columns named: the usual names decide.
    public init() {}

    /// Reads `"Owner / lead=leads, Link=url"`; throws a message naming the
    /// entry that isn't `HEADER=FIELD`, or the field that isn't one.
    public init(parsing text: String) throws(ColumnMapError) {
        for (header, word) in try NamedPairs.read(text, notAPair: { ColumnMapError(message: "'\($0)' is not HEADER=FIELD") }) {
            guard let field = ColumnField(word: word) else {
                let names = ColumnField.allCases.map(\.rawValue)
                let near = Suggestion.closest(to: word.lowercased(), in: names).map { " (did you mean '\($0)'?)" } ?? ""
                throw ColumnMapError(message: "'\(word)' is not a field\(near); the fields are \(names.joined(separator: ", "))")
            }
            fields[ColumnMap.key(header)] = field
        }
    }

    /// The field the user gave `header`, if any.
    public func field(for header: String) -> ColumnField? {
        fields.isEmpty ? nil : fields[ColumnMap.key(header)]
    }

    /// A header as compared: lower case, runs of white space one space.
    static func key(_ header: String) -> String {
        header.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A column map that can't be read, and why.
    public struct ColumnMapError: Error, CustomStringConvertible {
        /// What is wrong, naming the entry: "'Owner' is not HEADER=FIELD".
        public var message: String
        public var description: String { message }
    }
}
