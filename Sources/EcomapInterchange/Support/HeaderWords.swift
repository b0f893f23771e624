import EcomapCore

/// The names people give the columns of their spreadsheets, and the field
/// each means: Kumu's own (`Label`, `Type`, `From`), and those of the lists
/// community managers keep (`Group name`, `Owner / lead`, `Funded?`,
/// `Agency`, `Link`). Headers are compared as ``key(_:)`` makes them, so
/// `Owner/lead`, `owner / LEAD` and `Owner / lead` are one name.
enum HeaderWords {
    /// A header as compared: lower case, `&` as "and", no `?`, `*`, `:` or
    /// full stop, a space either side of `/`, runs of spaces one space.
    static func key(_ header: String) -> String {
        var text = header.lowercased().replacingOccurrences(of: "&", with: " and ").replacingOccurrences(of: "/", with: " / ")
        text.removeAll { "?*:.".contains($0) }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The field a header of a sheet of elements names, and whether it is the
    /// field's own name or a usual other one; nil for the user's own column.
    static func element(_ header: String) -> (field: ColumnField, recognition: ColumnUse.Recognition)? {
        let k = key(header)
        if let field = ColumnField(rawValue: k), field.isElementField, field != .ignore { return (field, .named) }
        if k == "label (cy)" { return (.cy, .named) }
        return elementWords[k].map { ($0, .usual) }
    }

    /// The field a header of a sheet of connections names.
    static func connection(_ header: String) -> (field: ColumnField, recognition: ColumnUse.Recognition)? {
        let k = key(header)
        if let field = ColumnField(rawValue: k), [.from, .to, .direction, .via, .type, .label, .description].contains(field) {
            return (field, .named)
        }
        return connectionWords[k].map { ($0, .usual) }
    }

    /// Every usual name of an element's field, for "did you mean" on a header a letter or two out.
    static var elementNames: [String] { ColumnField.allCases.filter { $0.isElementField && $0 != .ignore }.map(\.rawValue) + elementWords.keys.sorted() }

    // Said once, so that each field's names are read together.
    private static let elementWords: [String: ColumnField] = {
        let names: [ColumnField: [String]] = [
            .label: ["name", "names", "group", "group name", "name of group", "name of the group", "community", "community name",
                     "name of community", "network", "network name", "forum", "title", "community or group", "group or community",
                     "community / group", "group / community", "community / network", "network / community", "group / network",
                     "group / network name", "yammer group", "yammer group name", "community of practice", "staff network"],
            .id: ["identifier", "ref id"],
            .type: ["kind", "category", "type of group", "group type", "community type", "type of community", "network type",
                    "type of network", "element type"],
            .description: ["about", "purpose", "summary", "what it does", "what it is for", "what it's for", "what is it", "aims",
                           "aim", "remit", "description / purpose", "purpose / description", "overview", "details", "descriptions"],
            .cy: ["welsh", "label (welsh)", "welsh label", "welsh name", "name (cy)", "name (welsh)", "enw cymraeg", "enw"],
            .tags: ["tag", "keywords", "keyword"],
            .interests: ["interest", "topics", "topic", "themes", "theme", "subject", "subjects", "areas of interest", "focus"],
            .in: ["part of", "member of", "members of", "agency", "organisation", "organization", "department", "body",
                  "arm's length body", "directorate", "parent organisation", "parent organization", "parent", "business area",
                  "org", "organisation / agency", "agency / body", "agency or body", "agency / organisation", "division",
                  "host organisation", "hosted by", "which agency", "department / agency"],
            .sponsor: ["senior sponsor", "exec sponsor", "executive sponsor", "scs sponsor", "scs champion", "senior champion",
                       "sponsor (scs)", "director sponsor", "sro", "senior responsible owner", "champion", "board champion",
                       "senior lead", "sponsors", "senior sponsors"],
            .funded: ["is it funded", "budget", "funded (y / n)", "funded (yes / no)", "has funding", "has a budget", "has budget",
                      "funded or not", "funding (y / n)"],
            .funding: ["how funded", "how is it funded", "how it is funded", "funding source", "source of funding", "budget source",
                       "funded by", "funding details", "funding (how)"],
            .leads: ["lead", "leader", "leaders", "owner", "owners", "owner / lead", "lead / owner", "owner / leads", "leads / owners",
                     "chair", "chairs", "co-chair", "co-chairs", "chairperson", "community lead", "community leads", "community leader",
                     "community leaders", "network lead", "network leads", "network chair", "coordinator", "co-ordinator",
                     "coordinators", "organiser", "organizer", "organisers", "run by", "who runs it", "facilitator", "convenor",
                     "convener", "leads / contacts", "lead / contact", "contact / lead"],
            .contacts: ["contact", "contact email", "contact person", "contact name", "contact details", "email", "e-mail",
                        "email address", "mailbox", "point of contact", "poc", "community contacts", "who to contact",
                        "key contact", "main contact"],
            .url: ["link", "links", "web page", "webpage", "website", "web site", "web address", "yammer link", "yammer url",
                   "yammer address", "teams link", "sharepoint link", "intranet", "intranet page", "intranet link", "page",
                   "where to find it", "homepage", "home page", "address (web)"],
        ]
        var table: [String: ColumnField] = [:]
        for (field, words) in names { for word in words { table[key(word)] = field } }
        return table
    }()

    private static let connectionWords: [String: ColumnField] = {
        let names: [ColumnField: [String]] = [
            .from: ["source", "from (id)", "start"],
            .to: ["target", "to (id)", "end"],
            .type: ["kind", "relationship", "connection type", "link type"],
            .label: ["name"],
            .via: ["through", "platform"],
        ]
        var table: [String: ColumnField] = [:]
        for (field, words) in names { for word in words { table[key(word)] = field } }
        return table
    }()
}
