import ArgumentParser
import EcomapCore
import EcomapRender

/// What `report` and `embed` share: where the document goes, its language,
/// its colours, and the limit on each layout.
struct DocumentOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write: a .html or .md file.", valueName: "path"))
    var output: String

    @Option(name: .customLong("lang"), help: "Language: en, cy for Welsh, or cy+en for a bilingual report (Welsh first, each heading and sentence followed by its English).")
    var languages: DocumentLanguage = .en

    /// The first language: of the drawings, the names and the tables.
    var language: Language { languages == .en ? .en : .cy }

    /// The second language of a bilingual document.
    var second: Language? { languages == .bilingual ? .en : nil }

    @Option(help: "Colours: default, colourblind, print or dark.")
    var theme: String = "default"

    @Option(help: "Give up on a layout after this many seconds.")
    var timeout: Double = RenderOptions.defaultTimeout

    @OptionGroup var page: PageOptions

    var isMarkdown: Bool { output.lowercased().hasSuffix(".md") }

    func validate() throws {
        let lower = output.lowercased()
        guard lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".md") else {
            throw ValidationError("name the output .html or .md, not '\(output)'")
        }
        guard Theme.named(theme) != nil else {
            throw ValidationError("unknown theme '\(theme)'; the themes are \(Theme.all.map(\.name).joined(separator: ", "))")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
    }

    /// `page`: the command's own default, when --page is not given.
    func renderOptions(page defaultPage: Page) -> RenderOptions {
        var options = RenderOptions(theme: Theme.named(theme)!, language: language)
        options.timeout = timeout
        options.page = page.page ?? defaultPage
        return options
    }
}

/// `--lang en|cy|cy+en`.
enum DocumentLanguage: String, CaseIterable, ExpressibleByArgument {
    case en, cy
    case bilingual = "cy+en"
}
