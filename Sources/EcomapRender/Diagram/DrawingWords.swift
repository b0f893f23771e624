import EcomapCore

/// The words of a drawing, in its language or, bilingual, in both: the
/// first language first (Welsh, for `--lang cy+en`), the second after it.
///
/// Every word a drawing shows goes through here, so a bilingual drawing
/// can't show a word in one language only: node labels and the key's
/// entries are two lines (Welsh above English), hover text is each
/// language's sentence in turn. A text that is the same in both is shown once.
package struct DrawingWords: Sendable {
    /// The languages, the first first.
    package let languages: [Language]

    package init(_ options: RenderOptions) {
        languages = [options.language] + (options.secondLanguage.map { $0 == options.language ? [] : [$0] } ?? [])
    }

    package init(_ languages: [Language]) { self.languages = languages }

    /// The drawing's first language: of ids, sizes and anything said once.
    package var first: Language { languages[0] }

    package var isBilingual: Bool { languages.count > 1 }

    /// `text` in each language, the distinct ones joined by `separator`.
    package func each(_ separator: String = "\n", _ text: (Language) -> String) -> String {
        var out: [String] = []
        for language in languages {
            let said = text(language)
            if !out.contains(said) { out.append(said) }
        }
        return out.joined(separator: separator)
    }

    /// A phrase of the table in each language, each on its own line.
    package subscript(_ phrase: Phrase) -> String { each { $0[phrase] } }
}
