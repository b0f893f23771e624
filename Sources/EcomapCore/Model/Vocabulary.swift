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

    /// Names with a meaning on a node.
    public static let node: [String] = [
        cy, description, role, `in`, tags, interests, url,
        sponsor, funded, funding, leads, contacts, colour, color,
    ]
    /// Names with a meaning on a link.
    public static let link: [String] = [strength, frequency, via, closeness, description, colour, color]
    /// Names with a meaning on the `map` header.
    public static let header: [String] = [id, source, date, description, cy, directory, columns]
    /// Names with a meaning in a `style` statement.
    public static let style: [String] = [colour, color]
    /// Every name with a meaning somewhere.
    public static let meaningful: Set<String> = Set(node + link + header + style)
    /// Names whose value is a list.
    public static let lists: Set<String> = [tags, interests, `in`, leads, contacts, columns]
}

/// Link types with a meaning of their own; any other word is allowed too.
public enum LinkType {
    public static let builtIn: [String] = [
        "informs", "meets", "uses", "funds", "hosts", "partners", "participates", "consults",
    ]
}
