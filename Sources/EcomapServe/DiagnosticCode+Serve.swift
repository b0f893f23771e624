import EcomapCore

// The codes of the live preview. A refused request is answered with its
// diagnostic as text (status 403, 503), so whoever opened the address reads why.

extension DiagnosticCode {
    package static let portUnavailable = DiagnosticCode(
        "port-unavailable", .error,
        meaning: "The live preview could not listen on the address and port asked for: another program is using the port, the port needs privileges (below 1024), or the address is not one of this machine's.",
        remedy: "Choose another port (0 picks a free one), or another address.",
        remedies: [.otherPort])
    package static let requestWrongHost = DiagnosticCode(
        "request-wrong-host", .error,
        meaning: "A request to the live preview named a host other than the addresses it listens on (127.0.0.1, [::1] and localhost with its port, and the address it was asked to listen on). A web page elsewhere can point a name of its own at this machine (DNS rebinding); its requests name that host, and are refused.",
        remedy: "Open the address ecomap serve printed; to reach the preview by another name, start it with that name as its host.")
    package static let requestCrossSite = DiagnosticCode(
        "request-cross-site", .error,
        meaning: "A request to the live preview came from a page on another site: the browser said so in its Sec-Fetch-Site or Origin header. Only the preview's own pages may ask it for drawings.",
        remedy: "Open the preview's page at the address ecomap serve printed.")
    package static let tooManyDrawings = DiagnosticCode(
        "too-many-drawings", .error,
        meaning: "One client asked the live preview for drawings with more sets of options at once than it makes for one client (8); the oldest request was given up for the newer ones, so the latest drawing comes first.",
        remedy: "Ask again: the page does so by itself. Close pages of the preview you no longer use.")

    /// The live preview's codes, as the documentation lists them.
    package static let serveSection = DiagnosticSection(
        title: "The live preview",
        codes: [.portUnavailable, .requestWrongHost, .requestCrossSite, .tooManyDrawings])
}
