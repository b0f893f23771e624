import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import EcomapCore

/// `ecomap serve`: a local web server with a live page per map, on
/// Hummingbird (see docs/architecture.md for why this library).
///
/// It serves only what it makes of the maps it was given: addresses are
/// looked up among their pages, and no part of one ever reaches the file
/// system. Hummingbird's HTTP parser answers a malformed request, or one with
/// headers over 80 KB, with 400 and closes that connection alone.
package struct PreviewServer: Sendable {
    package var host: String
    package var port: Int
    /// The host was asked for: requests may name any host, not only this machine.
    package var hostAsked: Bool
    let preview: Preview
    let responder: PreviewResponder

    package init(preview: Preview, host: String, port: Int, hostAsked: Bool) {
        self.preview = preview
        self.host = host
        self.port = port
        self.hostAsked = hostAsked
        responder = PreviewResponder(preview: preview, checksHost: !hostAsked)
    }

    /// Serves until SIGINT or SIGTERM, then stops cleanly: the pages' event
    /// streams end, the server closes, the watcher stops. `ready` is told the
    /// address once the server listens.
    package func run(ready: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "ecomap-serve")
        logger.logLevel = .critical
        let watcher = try await FileWatcher(paths: preview.paths()) { [preview] changed in
            Task { await preview.filesChanged(changed) }
        }
        defer { watcher.stop() }
        let app = Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: .seconds(120))),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { [host] channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                ready("http://\(shown):\(port)/")
            },
            logger: logger)
        // Services stop in the reverse of this order: the streams end first, so
        // the server has no request left to wait for.
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: app), .init(service: StreamCloser(preview: preview))],
            gracefulShutdownSignals: [.sigint, .sigterm],
            cancellationSignals: [],
            logger: logger))
        do {
            try await group.run()
        } catch let error as IOError {
            throw unavailable(error.errnoCode)
        } catch let error as ServiceGroupError {
            // The server's own failure, as ServiceLifecycle passes it on.
            throw unavailable(nil, error)
        }
    }

    /// The diagnostic for an address the server could not listen on, in words rather than NIO's.
    private func unavailable(_ code: CInt?, _ error: (any Error)? = nil) -> Diagnostic {
        let place = (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
        let (why, hint): (String, String) = switch code {
        case EADDRINUSE?: ("another program is using the port", "stop the other program, or choose another port")
        case EACCES?: ("ports below 1024 need special privileges", "choose a port of 1024 or more")
        case EADDRNOTAVAIL?: ("'\(host)' is not an address of this machine", "listen on 127.0.0.1, or on one of this machine's addresses")
        default: ("\(error.map { String(describing: $0) } ?? "the system refused")", "choose another port or address")
        }
        return Diagnostic(.portUnavailable, "can't serve on \(place): \(why)", hint: hint)
    }
}

/// Ends the pages' event streams when the server is asked to stop.
struct StreamCloser: Service {
    let preview: Preview

    func run() async throws {
        try? await gracefulShutdown()
        await preview.finish()
    }
}

/// Answers each request: a map's page, its event stream, its drawing as SVG; nothing else.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let preview: Preview
    /// Refuse requests that name a host other than this machine: a page on
    /// another site can't then reach the preview through a name that resolves here.
    let checksHost: Bool

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "ecomap serve answers GET requests only", headers: [.allow: "GET, HEAD"])
        }
        if checksHost, let authority = request.head.authority, !PreviewResponder.isLocal(authority) {
            return plain(.forbidden, "this preview answers requests for this machine only (127.0.0.1 or localhost)")
        }
        let parts = request.uri.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0].isEmpty else { return plain(.notFound, "not found") }
        if parts == ["", ""] { return await index() }
        guard parts.count <= 4, parts[1] == "map", let slug = parts[2...].first?.removingPercentEncoding,
              let entry = await preview.entry(slug) else {
            return plain(.notFound, "not found: this preview serves only the pages of the maps it was given")
        }
        let options: PreviewOptions
        do {
            options = try PreviewOptions(query: PreviewResponder.query(request.uri.query), defaults: preview.defaults)
        } catch {
            return plain(.badRequest, error.message)
        }
        switch parts.count == 3 ? "" : parts[3] {
        case "": return await page(entry, options: options)
        case "events": return await EventStream.response(preview: preview, slug: entry.slug, options: options)
        case "drawing.svg": return await drawing(entry, options: options)
        default: return plain(.notFound, "not found")
        }
    }

    private func index() async -> Response {
        let entries = await preview.entries
        if entries.count == 1 { return Response(status: .seeOther, headers: [.location: "/map/\(entries[0].slug)"]) }
        return html(PreviewPage.index(entries, options: preview.defaults))
    }

    private func page(_ entry: Preview.Entry, options: PreviewOptions) async -> Response {
        guard let update = await preview.update(entry.slug, options: options) else { return plain(.notFound, "not found") }
        let map = entry.good
        let ids = map.map { $0.nodes.count <= 2_000 ? $0.nodes.map(\.id) : [] } ?? []
        let tags = map.map(MapView.tags(in:)) ?? []
        return html(PreviewPage.map(update, slug: entry.slug, options: options, entries: await preview.entries, ids: ids, tags: tags))
    }

    /// The drawing alone, for tools and benchmarks.
    private func drawing(_ entry: Preview.Entry, options: PreviewOptions) async -> Response {
        guard let update = await preview.update(entry.slug, options: options), let figure = update.drawing,
              let start = figure.range(of: "<svg"), let end = figure.range(of: "</svg>") else {
            return plain(.unprocessableContent, "no drawing: the map has problems; its page shows them")
        }
        var headers = PreviewResponder.security
        headers[.contentType] = "image/svg+xml; charset=utf-8"
        return Response(status: .ok, headers: headers,
                        body: .init(byteBuffer: ByteBuffer(string: String(figure[start.lowerBound..<end.upperBound]))))
    }

    /// Whether a Host header names this machine.
    static func isLocal(_ authority: String) -> Bool {
        var host = authority.lowercased()
        if host.hasPrefix("[") { host = String(host.dropFirst().prefix { $0 != "]" }) }
        else if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// name=value pairs, decoded as a form sends them (`+` is a space).
    static func query(_ text: String?) -> [(name: String, value: String)] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "&").prefix(64).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String { s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The page may run only its own inline script and talk only to this server.
    static let security: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'self'",
        .init("X-Content-Type-Options")!: "nosniff",
        .cacheControl: "no-store",
    ]

    private func html(_ text: String) -> Response {
        var headers = PreviewResponder.security
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func plain(_ status: HTTPResponse.Status, _ text: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = PreviewResponder.security
        headers[.contentType] = "text/plain; charset=utf-8"
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}
