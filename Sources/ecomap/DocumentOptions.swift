import ArgumentParser

/// Where `report` and `embed` write their document.
struct DocumentOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write: a .html or .md file.", valueName: "path"))
    var output: String

    var isMarkdown: Bool { output.lowercased().hasSuffix(".md") }

    func validate() throws {
        let lower = output.lowercased()
        guard lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".md") else {
            throw ValidationError("name the output .html or .md, not '\(output)'")
        }
    }
}
