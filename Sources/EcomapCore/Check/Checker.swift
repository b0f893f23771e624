/// Finds the problems in a parsed map: every one in a single pass, not only the first.
///
/// Each check is a small function from the map to its diagnostics; they share
/// one ``CheckContext`` so that ids are resolved once. Linear in the size of
/// the map, apart from spelling suggestions, which are capped. Used through
/// ``MapDocument``, which turns a map without errors into a ``CheckedMap``.
enum Checker {
    typealias Check = @Sendable (inout CheckContext) -> DiagnosticList

    static let checks: [Check] = [
        NodeChecks.duplicateIDs,
        NodeChecks.noNodes,
        LinkChecks.unknownEndpoints,
        LinkChecks.selfLinks,
        LinkChecks.duplicates,
        LinkChecks.types,
        AttributeChecks.header,
        AttributeChecks.styles,
        AttributeChecks.nodes,
        AttributeChecks.links,
        MembershipChecks.cycles,
        NodeChecks.isolated,
        TextChecks.characters,
    ]

    /// The problems in `map`, with its linked pairs and summary worked out
    /// side by side: counting is a pass over every link, and on a large map it
    /// would otherwise run alone after the checks. `unread` holds the ids of
    /// node lines that failed to parse, which links may still name;
    /// `parseFailed` says some lines did, so "no nodes" and "no links" would
    /// say nothing new (the failed lines may be the very nodes and links missing).
    static func checkAndCount(_ map: EcosystemMap, ends: LinkEnds, unread: Set<String>, parsed: Bool,
                              parseFailed: Bool) -> (diagnostics: DiagnosticList, pairs: PairIndex, summary: MapSummary) {
        let context = CheckContext(map: map, ends: ends, unread: unread, parsed: parsed, parseFailed: parseFailed)
        // The counting goes first, so that it starts at once rather than at the tail.
        let parts = Parallel.map(checks.count + 1) { i -> (DiagnosticList, (PairIndex, MapSummary)?) in
            if i == 0 {
                let pairs = PairIndex(map, ends: ends)
                return ([], (pairs, MapSummary(map, pairs: pairs)))
            }
            var own = context
            return (checks[i - 1](&own), nil)
        }
        let (pairs, summary) = parts[0].1!
        return (DiagnosticList.merged(parts.map(\.0)), pairs, summary)
    }
}

/// What the checks share: the map and its ids resolved to positions.
struct CheckContext {
    let map: EcosystemMap
    /// For each link, the positions of its two ends in `map.nodes` (-1 when unknown).
    let ends: LinkEnds
    /// Spelling suggestions already worked out, so a typo repeated on many lines costs once.
    private var suggestions: [String: String?] = [:]
    private var unknownNamesSuggested = 0

    /// Suggestions are searched for this many distinct unknown names at most:
    /// each search is linear in the number of nodes, and a file with
    /// thousands of unknown names has a bigger problem than spelling.
    static let suggestionBudget = 200

    /// Ids of nodes whose lines failed to parse.
    let unread: Set<String>

    /// Some lines failed to parse: checks that a missing line would explain stay quiet.
    let parseFailed: Bool

    /// The map was read from text, so the parser has already checked what it read.
    let parsed: Bool

    init(map: EcosystemMap, ends: LinkEnds, unread: Set<String> = [], parsed: Bool = false, parseFailed: Bool = false) {
        self.map = map
        self.ends = ends
        self.unread = unread
        self.parsed = parsed
        self.parseFailed = parseFailed
    }

    /// Suggestions for names other than node ids, by candidate list and name.
    private var nameSuggestions: [[String]: [String: String?]] = [:]

    /// The name in `known` closest to `name`; remembered, since a user's own
    /// attribute name is usually repeated on many lines.
    mutating func suggestName(for name: String, among known: [String]) -> String? {
        if let cached = nameSuggestions[known]?[name] { return cached }
        let found = Suggestion.closest(to: name, in: known)
        nameSuggestions[known, default: [:]][name] = found
        return found
    }

    /// The node id closest to an unknown one, if any.
    mutating func suggestNode(for name: String) -> String? {
        if let known = suggestions[name] { return known }
        guard unknownNamesSuggested < CheckContext.suggestionBudget else { return nil }
        unknownNamesSuggested += 1
        let found = Suggestion.closest(to: name, in: map.nodes.lazy.map(\.id))
        suggestions[name] = found
        return found
    }

    /// The diagnostic for an id that names no node.
    /// `place` says where the name was used, when not as a link's end (`"in 'in:'"`).
    /// The error for a name that is no node's id, or nil when the name is
    /// the id of a node whose line failed to parse: that line's error says
    /// it already, and more errors about the same id would only bury it.
    mutating func unknownNode(_ name: String, at range: SourceRange, place: String? = nil) -> Diagnostic? {
        if unread.contains(name) { return nil }
        let hint = suggestNode(for: name).map { "did you mean '\($0)'?" }
            ?? "declare it first, for example: person \(name) \"Label\""
        let message = "unknown node '\(name)'" + (place.map { " \($0)" } ?? "")
        return Diagnostic(.unknownNode, message, hint: hint, at: range)
    }
}
