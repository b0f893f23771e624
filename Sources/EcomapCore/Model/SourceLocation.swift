/// A span of one line in a map file: where a token, a node or a link was written.
///
/// Columns count Unicode scalars from 1, so a caret lands under the right
/// letter in a line with Welsh text ("ŵ" is one column, not two bytes).
/// Kept to 12 bytes because a large map holds millions of them.
public struct SourceRange: Hashable, Sendable, Codable {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedLength: Int32

    /// Creates a range on `line` (1-based) from `column` (1-based) spanning `length` columns.
    public init(line: Int, column: Int, length: Int = 1) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedLength = Int32(clamping: max(length, 1))
    }

    /// The 1-based line number.
    public var line: Int { Int(storedLine) }
    /// The 1-based column, in Unicode scalars.
    public var column: Int { Int(storedColumn) }
    /// The number of columns the range covers (at least 1).
    public var length: Int { Int(storedLength) }

    /// The range from the start of the first to the end of the last of two
    /// ranges on one line, such as a link from its first id to its last;
    /// `self` when they are on different lines.
    public func spanning(_ other: SourceRange) -> SourceRange {
        guard line == other.line else { return self }
        let start = min(column, other.column), end = max(column + length, other.column + other.length)
        return SourceRange(line: line, column: start, length: end - start)
    }

    /// A range for things that have no place in a file (maps built in code).
    public static let none = SourceRange(line: 0, column: 0, length: 1)

    enum CodingKeys: String, CodingKey { case line, column, length }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(line: try c.decode(Int.self, forKey: .line),
                  column: try c.decode(Int.self, forKey: .column),
                  length: try c.decode(Int.self, forKey: .length))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(length, forKey: .length)
    }
}

extension SourceRange: Comparable {
    public static func < (a: SourceRange, b: SourceRange) -> Bool {
        (a.line, a.column, a.length) < (b.line, b.column, b.length)
    }
}
