/// The language of what ecomap writes for people: English or Welsh.
///
/// Declared with the model, which has labels in both (``Node/label(in:)``);
/// the words of each are in the phrase table (`Text/`).
public enum Language: String, CaseIterable, Sendable, Codable {
    case en, cy
}
