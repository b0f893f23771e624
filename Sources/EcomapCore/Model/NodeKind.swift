/// What a node in a community ecosystem is.
///
/// The four kinds follow the maps people in the field already draw
/// (Social Finance for Social Care Wales, 2022): grey organisations,
/// green platforms and technologies, red individuals, and the communities
/// and groups they take part in.
public enum NodeKind: String, CaseIterable, Sendable, Codable, Comparable {
    case organisation
    case platform
    case person
    case community

    /// The keyword written in a map file, and every alias accepted for it.
    public var keywords: [String] {
        switch self {
        case .organisation: ["organisation", "organization"]
        case .platform: ["platform", "technology"]
        case .person: ["person", "individual"]
        case .community: ["community", "group", "network"]
        }
    }

    /// Looks a kind up by any of its keywords.
    public init?(keyword: String) {
        guard let kind = NodeKind.byKeyword[keyword] else { return nil }
        self = kind
    }

    private static let byKeyword: [String: NodeKind] = {
        var table: [String: NodeKind] = [:]
        for kind in NodeKind.allCases {
            for word in kind.keywords { table[word] = kind }
        }
        return table
    }()

    /// Every keyword that starts a node declaration.
    public static var allKeywords: [String] { allCases.flatMap(\.keywords) }

    public static func < (a: NodeKind, b: NodeKind) -> Bool {
        a.order < b.order
    }

    private var order: Int { NodeKind.allCases.firstIndex(of: self)! }
}
