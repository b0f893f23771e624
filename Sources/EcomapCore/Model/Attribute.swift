/// The value of an attribute: one piece of text, or a list (`tags: [a, b]`).
public enum AttributeValue: Hashable, Sendable {
    case text(String)
    case list([String])

    /// The value as one string; a list is joined with ", ".
    public var text: String {
        switch self {
        case .text(let s): s
        case .list(let items): items.joined(separator: ", ")
        }
    }

    /// The value as a list; a single value is a list of one.
    public var items: [String] {
        switch self {
        case .text(let s): [s]
        case .list(let items): items
        }
    }
}

/// One `key: value` pair from a node's, a link's or the map header's `[...]` list.
public struct Attribute: Hashable, Sendable {
    public var key: String
    public var value: AttributeValue
    /// Where the key was written.
    public var keyRange: SourceRange
    /// Where the value was written.
    public var valueRange: SourceRange
    /// Where each item of a list value was written (empty for a single value).
    public var itemRanges: [SourceRange]

    public init(key: String, value: AttributeValue,
                keyRange: SourceRange = .none, valueRange: SourceRange = .none, itemRanges: [SourceRange] = []) {
        self.key = key
        self.value = value
        self.keyRange = keyRange
        self.valueRange = valueRange
        self.itemRanges = itemRanges
    }

    /// Where the `index`th item was written, so a diagnostic can point at the
    /// one wrong name in a list; the whole value when that isn't known.
    public func range(ofItem index: Int) -> SourceRange {
        itemRanges.indices.contains(index) ? itemRanges[index] : valueRange
    }
}

/// Attributes in the order they were written.
///
/// Kept as a list rather than a dictionary: maps have a handful of attributes
/// per line, order matters for round-tripping and exports, and a duplicated
/// key must stay visible for the checker to report it.
public struct Attributes: Hashable, Sendable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    public var all: [Attribute]

    public init(_ all: [Attribute] = []) { self.all = all }

    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        all = elements.map { Attribute(key: $0.0, value: $0.1) }
    }

    public var startIndex: Int { all.startIndex }
    public var endIndex: Int { all.endIndex }
    public subscript(position: Int) -> Attribute { all[position] }

    /// The last value given for `key` (the last one wins, as the checker warns).
    public subscript(key: String) -> AttributeValue? {
        get { all.last(where: { $0.key == key })?.value }
        set {
            all.removeAll { $0.key == key }
            if let newValue { all.append(Attribute(key: key, value: newValue)) }
        }
    }

    /// The attribute for `key`, with its place in the file.
    public func attribute(_ key: String) -> Attribute? {
        all.last(where: { $0.key == key })
    }

    /// The value for `key` as text, if given.
    public func text(_ key: String) -> String? { self[key]?.text }

    /// The value for `key` as a list; empty when not given.
    public func items(_ key: String) -> [String] { self[key]?.items ?? [] }

    /// A text attribute in a language: in Welsh its Welsh partner
    /// (`description-cy` for `description`) where the map gives one, else
    /// the value as written.
    public func text(_ key: String, in language: Language) -> String? {
        if language == .cy, let welsh = text(AttributeName.welsh(key)) { return welsh }
        return text(key)
    }

    /// A list attribute in a language, as ``text(_:in:)``.
    public func items(_ key: String, in language: Language) -> [String] {
        if language == .cy, let welsh = self[AttributeName.welsh(key)] { return welsh.items }
        return items(key)
    }
}
