import Foundation

/// What ecomap can write a drawing as.
public enum OutputFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf

    /// The format a file name implies (`.gv` is DOT too).
    public init?(fileName: String) {
        let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if ext == "gv" { self = .dot; return }
        self.init(rawValue: ext)
    }
}
