import Foundation

extension TextBuffer {
    /// One CSV record, as RFC 4180 has it, ending with a line feed: a field
    /// with a comma, a quote or a line break is quoted, its quotes doubled.
    ///
    /// Written by hand, not with a CSV library's writer: CSV.swift's writes
    /// one character at a time to a stream, which took 17 s for a million
    /// connections, and the rule is the one line below.
    mutating func writeCSV(_ row: [String]) {
        for (i, field) in row.enumerated() {
            if i > 0 { write(",") }
            if field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                write("\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            } else {
                write(field)
            }
        }
        write("\n")
    }
}
