/// The options that say what a spreadsheet's own words mean (`--kind-map
/// "Staff network=community"`, `--columns "Owner / lead=leads"`), read as
/// one: entries between commas, each `NAME=VALUE`, trimmed.
enum NamedPairs {
    /// The entries in order; `notAPair` makes the error for the first entry
    /// that isn't `NAME=VALUE` with a name, given the entry as written.
    static func read<E: Error>(_ text: String, notAPair: (String) -> E) throws(E) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        for entry in text.split(separator: ",") {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else { throw notAPair(entry.trimmingCharacters(in: .whitespaces)) }
            out.append((parts[0], parts[1]))
        }
        return out
    }
}
