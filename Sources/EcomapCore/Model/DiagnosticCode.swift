/// A kind of problem ecomap reports: its stable name, how serious it is,
/// what it means and what to do about it.
///
/// Each code is declared once, as a static member, beside the layer that
/// finds it: the core's below, the drawing layer's in EcomapRender, import's
/// in EcomapInterchange, and so on. A diagnostic is made from its code
/// (`Diagnostic(.unknownNode, "unknown node 'x'", at: range)`), so no code is
/// ever written out as text, and the documentation of every code
/// (`docs/diagnostics.md`, `ecomap explain`) is generated from these values.
///
/// Two codes are the same code when their names are: the name is what
/// scripts and JSON output see.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    /// The stable, kebab-case name (`unknown-node`), shown in brackets after
    /// each message and in JSON output.
    public let name: String
    /// How serious a problem of this kind is, unless `--strict` makes every warning an error.
    public let severity: Diagnostic.Severity
    /// What a problem of this kind means, for the documentation.
    public let meaning: String
    /// What to do about it in general, for the documentation; each
    /// diagnostic's own hint says what to do about that one.
    public let remedy: String
    /// The ways out a program may offer in its own terms (a command line
    /// names its options for them); a diagnostic may drop those that can't help.
    public let remedies: [Remedy]

    public init(_ name: String, _ severity: Diagnostic.Severity, meaning: String, remedy: String, remedies: [Remedy] = []) {
        self.name = name
        self.severity = severity
        self.meaning = meaning
        self.remedy = remedy
        self.remedies = remedies
    }

    public var description: String { name }

    public static func == (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// A way out of a problem that a program offers in its own terms: the
    /// library says it in words ("allow more time"), and a command line adds
    /// the option that does it (`--timeout SECONDS`).
    public enum Remedy: String, Hashable, Sendable, CaseIterable {
        /// Lay the map out with a faster engine.
        case fasterLayout
        /// Allow more time.
        case moreTime
        /// Say which kind each of a spreadsheet's types is.
        case kindMap
        /// Name a folder that holds both a document and its maps.
        case rootFolder
        /// Listen on another port.
        case otherPort
        /// Name which column of a spreadsheet holds which field.
        case columnMap
    }
}

extension DiagnosticCode {
    /// A code read back from JSON, known by its name alone.
    init(named name: String, severity: Diagnostic.Severity) {
        self.init(name, severity, meaning: "", remedy: "")
    }
}

/// A group of codes that belong together in the documentation, such as
/// those of reading and checking a map, or of importing a spreadsheet.
public struct DiagnosticSection: Sendable {
    public let title: String
    /// Said under the title, before the table.
    public let introduction: String
    public let codes: [DiagnosticCode]

    public init(title: String, introduction: String = "", codes: [DiagnosticCode]) {
        self.title = title
        self.introduction = introduction
        self.codes = codes
    }
}

extension DiagnosticSection {
    /// The sections as Markdown tables, one per section with its title as a
    /// heading: the part of `docs/diagnostics.md` that lists every code.
    /// `options` gives a program's own words for each remedy (a command
    /// line's options), added to the codes that have them.
    public static func markdown(_ sections: [DiagnosticSection], heading: String = "###",
                                options: (DiagnosticCode.Remedy) -> String) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var out: [String] = []
        for section in sections {
            out.append("\(heading) \(section.title)\n")
            if !section.introduction.isEmpty { out.append(section.introduction + "\n") }
            out.append("| code | what it means | what to do |\n| --- | --- | --- |")
            for code in section.codes {
                let extra = code.remedies.isEmpty ? "" : " (" + code.remedies.map { "`\(options($0))`" }.joined(separator: ", ") + ")"
                out.append("| `\(code.name)` | \(cell(code.meaning)) | \(cell(code.remedy + extra)) |")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
