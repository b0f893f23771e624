/// What fills a placeholder of the phrase table (`{1}`), and whether Welsh
/// grammar may mutate it there.
///
/// Plain strings and numbers are put in as they are, apart from the form of
/// the word before them ("ac 1 arall", "i'r Urdd"). A `Filler` that is
/// ``mutable`` takes the mutation of the word before it too: a word from
/// the table ("i blatfform"), or a node's Welsh name ("i Ofal Cymdeithasol
/// Cymru"). An English name used where a node has no Welsh is never mutated.
package struct Filler: CustomStringConvertible, Hashable, Sendable {
    package var text: String
    package var mutable: Bool

    package init(_ text: String, mutable: Bool) {
        self.text = text
        self.mutable = mutable
    }

    /// A Welsh word from the table: mutated wherever the grammar asks.
    package static func word(_ text: String) -> Filler { Filler(text, mutable: true) }

    /// Text that is put in exactly as it is (a code, a quotation, an English name).
    package static func fixed(_ text: String) -> Filler { Filler(text, mutable: false) }

    package var description: String { text }
}

extension Node {
    /// The node's name in a language, as a sentence puts it in: its Welsh
    /// label is mutated after a preposition, unless `mutate: no` says
    /// otherwise, the Welsh is the English label (a name such as "Padlet"
    /// is the same in both languages), or it can't be (``Welsh/mayMutate(_:)``).
    /// `mutate: yes` mutates a Welsh label that is the English one too.
    package func name(in language: Language) -> Filler {
        guard language == .cy, let welsh = welshLabel else { return .fixed(label) }
        return Filler(welsh, mutable: Welsh.mayMutateName(welsh, english: label, asked: attributes.text(AttributeName.mutate)))
    }
}

extension Welsh {
    /// Whether a Welsh name may be mutated, given its English and what the
    /// map says (`mutate: yes` or `no`).
    package static func mayMutateName(_ welsh: String, english: String?, asked: String?) -> Bool {
        switch asked {
        case "no": return false
        case "yes": return welsh.first?.isLetter ?? false
        default: return welsh != english && mayMutate(welsh)
        }
    }
}
