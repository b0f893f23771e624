/// Problems as they are found: the first ``limit`` kept, every one counted.
///
/// Why a limit: a diagnostic costs about 250 bytes (its message is text of
/// its own), and a file of half a million identical lines has half a million
/// duplicate ids. Kept whole, they took 20 to 60 times the file's size in
/// memory (11.7 GB for a 200 MB file). No one reads past the first screenful
/// (the command line shows 50), and a program that wants them all can fix
/// the first ten thousand and check again, so past the limit a problem is
/// counted, not kept: "every problem in one run" holds for any map a person
/// wrote, and the counts stay exact for every map.
package struct DiagnosticList: ExpressibleByArrayLiteral, Sendable {
    /// How many diagnostics one map keeps (each check and each piece of the
    /// parser keeps as many, so that the first by place survive the merge).
    package static let limit = 10_000

    package private(set) var kept: [Diagnostic] = []
    /// Every error and warning found, kept or not.
    package private(set) var errors = 0
    package private(set) var warnings = 0

    package init() {}

    package init(arrayLiteral elements: Diagnostic...) {
        for d in elements { append(d) }
    }

    package init(_ list: [Diagnostic]) {
        for d in list { append(d) }
    }

    package mutating func append(_ d: Diagnostic) {
        switch d.severity {
        case .error: errors += 1
        case .warning: warnings += 1
        // A note is no problem: kept, never counted as one.
        case .note: break
        }
        if kept.count < DiagnosticList.limit { kept.append(d) }
    }

    package static func += (found: inout DiagnosticList, more: [Diagnostic]) {
        for d in more { found.append(d) }
    }

    package var hasErrors: Bool { errors > 0 }

    /// Several sets of findings as one, in the order of the file: errors
    /// are kept before warnings when not all fit.
    package static func merged(_ parts: [DiagnosticList]) -> DiagnosticList {
        var out = DiagnosticList()
        out.errors = parts.reduce(0) { $0 + $1.errors }
        out.warnings = parts.reduce(0) { $0 + $1.warnings }
        let all = parts.flatMap(\.kept)
        if all.count <= limit {
            out.kept = all.sortedByPlace()
        } else {
            let errors = all.filter { $0.severity == .error }.sortedByPlace().prefix(limit)
            let warnings = all.filter { $0.severity == .warning }.sortedByPlace().prefix(limit - errors.count)
            let notes = all.filter { $0.severity == .note }.sortedByPlace().prefix(limit - errors.count - warnings.count)
            out.kept = Array(errors + warnings + notes).sortedByPlace()
        }
        return out
    }
}
