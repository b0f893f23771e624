import EcomapCore

/// How a Kumu `Type` becomes one of ecomap's four kinds: the usual words,
/// case-insensitively, and the user's own (`--kind-map "Staff network=community"`).
public struct KindMap: Sendable, Hashable {
    /// The user's own types, lower-cased, and the kind each is.
    public private(set) var custom: [String: NodeKind] = [:]

    /// The usual words only.
    public init() {}

    /// Reads `"Staff network=community, Profession=community"`; throws a message
    /// naming the entry that isn't `type=kind` or the kind that isn't one.
    public init(parsing text: String) throws(KindMapError) {
        for (type, word) in try NamedPairs.read(text, notAPair: { KindMapError(message: "'\($0)' is not TYPE=KIND") }) {
            guard let kind = KindMap.standard[word.lowercased()] else {
                throw KindMapError(message: "'\(word)' is not a kind; the kinds are organisation, platform, person and community")
            }
            custom[type.lowercased()] = kind
        }
    }

    /// A kind map that can't be read, and why.
    public struct KindMapError: Error, CustomStringConvertible {
        /// What is wrong, naming the entry: "'Staff network' is not TYPE=KIND".
        public var message: String
        public var description: String { message }
    }

    /// The kind for a `Type` cell, or nil when neither the usual words nor the user's map know it.
    public func kind(for type: String) -> NodeKind? {
        if custom.isEmpty, let kind = KindMap.standard[type] { return kind }
        let key = type.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return custom[key] ?? KindMap.standard[key]
    }

    /// The words Kumu users give for each kind, singular and plural.
    static let standard: [String: NodeKind] = {
        let words: [NodeKind: [String]] = [
            .organisation: ["organisation", "organization", "company", "agency", "organisations", "organizations",
                            "companies", "agencies"],
            .platform: ["platform", "technology", "tool", "platforms", "technologies", "tools"],
            .person: ["person", "individual", "people", "role", "persons", "individuals", "roles"],
            .community: ["community", "group", "network", "communities", "groups", "networks"],
        ]
        var table: [String: NodeKind] = [:]
        for (kind, list) in words { for word in list { table[word] = kind } }
        return table
    }()
}
