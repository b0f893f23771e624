/// The attribute names that carry meaning for ecomap.
///
/// Any other name is kept as written (users add their own columns) and
/// carried through to exports.
public enum AttributeName {
    public static let cy = "cy"
    public static let description = "description"
    public static let role = "role"
    public static let `in` = "in"
    public static let tags = "tags"
    public static let interests = "interests"
    public static let url = "url"
    public static let sponsor = "sponsor"
    public static let funded = "funded"
    public static let funding = "funding"
    public static let leads = "leads"
    public static let contacts = "contacts"
    public static let colour = "colour"
    public static let color = "color"

    public static let strength = "strength"
    public static let frequency = "frequency"
    public static let via = "via"
    public static let closeness = "closeness"

    public static let id = "id"
    public static let source = "source"
    public static let date = "date"
    /// `directory: yes`: the map is a directory of communities, a list more
    /// than a network, so a node without links is no problem.
    public static let directory = "directory"
    /// The columns of the spreadsheet a map was imported from, in order, each
    /// `HEADER=field` (`"Owner / lead=leads"`), so an export can give them back.
    public static let columns = "columns"

    /// `mutate: no` keeps a node's Welsh name (or the map's Welsh title) as
    /// written after a preposition; `yes` mutates one that would be kept.
    public static let mutate = "mutate"

    /// The suffix of a text attribute's Welsh partner: `description-cy`.
    public static let welshSuffix = "-cy"

    /// The Welsh partner of a text attribute: `description-cy` for
    /// `description`. The Welsh of a statement's own text (a node's or a
    /// link's label, the map's title) is `cy`.
    public static func welsh(_ name: String) -> String { name + welshSuffix }

    /// The text attributes with a meaning on a node: each has a Welsh partner.
    public static let nodeTexts: [String] = [description, sponsor, funding, leads, contacts, interests]
    /// The text attributes with a meaning on a link.
    public static let linkTexts: [String] = [description, frequency]
    /// The text attributes with a meaning on the `map` header.
    public static let headerTexts: [String] = [description, source]

    /// Names with a meaning on a node.
    public static let node: [String] = [
        cy, description, role, `in`, tags, interests, url,
        sponsor, funded, funding, leads, contacts, colour, color, mutate,
    ] + nodeTexts.map(welsh)
    /// Names with a meaning on a link.
    public static let link: [String] = [cy, strength, frequency, via, closeness, description, colour, color] + linkTexts.map(welsh)
    /// Names with a meaning on the `map` header.
    public static let header: [String] = [id, source, date, description, cy, mutate, directory, columns] + headerTexts.map(welsh)
    /// Names with a meaning in a `style` statement.
    public static let style: [String] = [colour, color]
    /// Every name with a meaning somewhere.
    public static let meaningful: Set<String> = Set(node + link + header + style)
    /// Names whose value is a list.
    public static let lists: Set<String> = [tags, interests, `in`, leads, contacts, columns, welsh(interests), welsh(leads), welsh(contacts)]
}

/// Link types with a meaning of their own; any other word is allowed too.
public enum LinkType {
    public static let builtIn: [String] = [
        "informs", "meets", "uses", "funds", "hosts", "partners", "participates", "consults",
    ]
}
