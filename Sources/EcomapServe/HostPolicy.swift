import Foundation
import EcomapCore

/// Which requests the preview answers: those that name it by an address it
/// listens on, and that no other web site sent.
///
/// - The Host must be exactly one of `127.0.0.1:PORT`, `[::1]:PORT`,
///   `localhost:PORT` or the `--host` address as given with the port (any
///   letter case; the port may be left out only when it is 80). A page on
///   another site can make a browser send requests to a name of its own
///   that resolves to 127.0.0.1 (DNS rebinding): such a request names that
///   other host, and is refused. A test on a prefix (`127.`) let
///   `127.evil.example` through, which is a public name.
/// - A browser says where a request comes from: `Sec-Fetch-Site` (anything
///   but `same-origin`, or `none` for an address typed or bookmarked, is
///   another site's) and `Origin` (when sent, it must be this preview's own
///   address). A page on another site can still send a request to
///   127.0.0.1; refusing it costs no drawing.
///
/// The check holds with `--host` too, which only adds its address to the list.
package final class HostPolicy: @unchecked Sendable {
    /// The address asked for with `--host`, if any.
    package let host: String?
    private let lock = NSLock()
    private var port: Int

    /// - Parameter port: the port listened on; 0 until the system has chosen
    ///   one (``listening(on:)`` tells it).
    package init(host: String?, port: Int) {
        self.host = host
        self.port = port
    }

    /// The port the server listens on, once it does.
    package func listening(on port: Int) {
        lock.lock()
        self.port = port
        lock.unlock()
    }

    /// The addresses a request may name, with the port, in lower case.
    package var authorities: [String] {
        lock.lock()
        let port = self.port
        lock.unlock()
        var names = ["127.0.0.1", "[::1]", "localhost"]
        if let host, !host.isEmpty {
            let given = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
            if !names.contains(given.lowercased()) { names.append(given.lowercased()) }
        }
        return names.map { "\($0):\(port)" } + (port == 80 ? names : [])
    }

    /// Why a request must be refused, or nil when it may be answered.
    /// - Parameters:
    ///   - authority: the Host the request names.
    ///   - fetchSite: its `Sec-Fetch-Site` header, when the browser sent one.
    ///   - origin: its `Origin` header, when sent.
    package func refusal(authority: String?, fetchSite: String?, origin: String?) -> Diagnostic? {
        let allowed = authorities
        let named = Array(allowed.prefix(4))
        let shown = named.dropLast().joined(separator: ", ") + " or " + named.last!
        guard let authority, allowed.contains(authority.lowercased()) else {
            let asked = authority.map { "'\($0)'" } ?? "no host"
            return Diagnostic(.requestWrongHost, "this preview answers requests for \(shown) only; this one named \(asked)",
                              hint: "open the address ecomap serve printed when it started", at: .none)
        }
        if let site = fetchSite?.lowercased(), site != "same-origin", site != "none" {
            return Diagnostic(.requestCrossSite, "this preview answers its own pages only; this request came from another site (Sec-Fetch-Site: \(site))",
                              hint: "open the preview's page at the address ecomap serve printed", at: .none)
        }
        if let origin, !allowed.contains(where: { "http://\($0)" == origin.lowercased() }) {
            return Diagnostic(.requestCrossSite, "this preview answers its own pages only; this request came from '\(origin)'",
                              hint: "open the preview's page at the address ecomap serve printed", at: .none)
        }
        return nil
    }
}
