import EcomapCore

// The codes of the live preview.

extension DiagnosticCode {
    package static let portUnavailable = DiagnosticCode(
        "port-unavailable", .error,
        meaning: "The live preview could not listen on the address and port asked for: another program is using the port, the port needs privileges (below 1024), or the address is not one of this machine's.",
        remedy: "Choose another port (0 picks a free one), or another address.",
        remedies: [.otherPort])

    /// The live preview's codes, as the documentation lists them.
    package static let serveSection = DiagnosticSection(title: "The live preview", codes: [.portUnavailable])
}
