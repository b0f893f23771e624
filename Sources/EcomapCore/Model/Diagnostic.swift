/// A problem found in a map, told so that the reader can fix it.
///
/// Every user-facing problem in ecomap is one of these: a severity, a stable
/// code, a plain message, the place in the file and, where one helps, a hint.
/// It is also the library's one error type: a call that fails (a file that
/// can't be read, a layout that can't be done) throws one.
public struct Diagnostic: Error, Hashable, Sendable, Codable {
    /// How serious: an error stops the map being used, a warning is worth
    /// fixing (`--strict` makes it an error), and a note only tells what was
    /// done (an import that wrote a directory, skipped a totals row): it is
    /// never a problem, so `--strict` leaves it a note.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case error, warning, note

        /// Errors first, then warnings, then notes.
        public static func < (a: Severity, b: Severity) -> Bool {
            a.rank < b.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    public var severity: Severity
    /// The kind of problem, with a stable, kebab-case name (`unknown-node`) for tools and docs.
    public var code: DiagnosticCode
    public var message: String
    public var hint: String?
    /// The file as named on the command line (`-` is standard input).
    public var file: String
    public var range: SourceRange
    /// A spreadsheet cell such as `Connections!B7`, for problems found in a
    /// spreadsheet, which has no lines.
    public var cell: String?
    /// The ways out a program may offer in its own terms: the code's, less
    /// any that can't help with this problem (a faster engine, when the
    /// fastest was used).
    public var remedies: [DiagnosticCode.Remedy]
    /// The other place the problem is about, where there is one: the first
    /// of two links that repeat each other, the first node with an id.
    public var related: SourceRange?

    /// A problem of the kind `code`, as serious as the code says.
    public init(_ code: DiagnosticCode, _ message: String, hint: String? = nil,
                file: String = "", at range: SourceRange = .none, cell: String? = nil) {
        self.severity = code.severity
        self.code = code
        self.message = message
        self.hint = hint
        self.file = file
        self.range = range
        self.cell = cell
        self.remedies = code.remedies
    }

    enum CodingKeys: String, CodingKey { case severity, code, message, hint, file, line, column, length, cell }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        severity = try c.decode(Severity.self, forKey: .severity)
        code = DiagnosticCode(named: try c.decode(String.self, forKey: .code), severity: severity)
        remedies = []
        message = try c.decode(String.self, forKey: .message)
        hint = try c.decodeIfPresent(String.self, forKey: .hint)
        file = try c.decode(String.self, forKey: .file)
        range = SourceRange(line: try c.decode(Int.self, forKey: .line),
                            column: try c.decode(Int.self, forKey: .column),
                            length: try c.decode(Int.self, forKey: .length))
        cell = try c.decodeIfPresent(String.self, forKey: .cell)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(range.line, forKey: .line)
        try c.encode(range.column, forKey: .column)
        try c.encode(range.length, forKey: .length)
        try c.encode(severity, forKey: .severity)
        try c.encode(code.name, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encodeIfPresent(hint, forKey: .hint)
        try c.encodeIfPresent(cell, forKey: .cell)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    public var warningCount: Int { reduce(0) { $0 + ($1.severity == .warning ? 1 : 0) } }
    public var noteCount: Int { reduce(0) { $0 + ($1.severity == .note ? 1 : 0) } }

    /// With `--strict`: every warning an error; notes, which are no problem, stay notes.
    public func strict() -> [Diagnostic] {
        map { d in
            guard d.severity == .warning else { return d }
            var out = d
            out.severity = .error
            return out
        }
    }

    /// In the order a reader meets them: by line, then column.
    public func sortedByPlace() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.file != b.element.file { return a.offset < b.offset }
            if a.element.range != b.element.range { return a.element.range < b.element.range }
            return a.offset < b.offset
        }.map(\.element)
    }
}

extension Diagnostic {
    /// Runs `work`, naming `file` in a diagnostic it throws that names no
    /// file: Graphviz, and the drawing code round it, know of no files.
    package static func naming<T>(_ file: String, in work: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        do throws(Diagnostic) {
            return try work()
        } catch {
            var located = error
            if located.file.isEmpty { located.file = file }
            throw located
        }
    }
}
