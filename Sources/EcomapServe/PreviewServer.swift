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
/// Hummingbird routes to their pages (``PreviewRoutes``), and no part of one
/// ever reaches the file system. Every request passes ``RequestGuard`` first
/// (GET only, the host and the site checked by ``HostPolicy``). Hummingbird's
/// HTTP parser answers a malformed request, or one with headers over 80 KB,
/// with 400 and closes that connection alone.
package struct PreviewServer: Sendable {
    /// The address listened on.
    package var host: String
    package var port: Int
    let preview: Preview
    let policy: HostPolicy

    /// - Parameter host: the address asked for (`--host`); nil listens on 127.0.0.1.
    package init(preview: Preview, host: String?, port: Int) {
        self.preview = preview
        self.host = host ?? "127.0.0.1"
        self.port = port
        policy = HostPolicy(host: host, port: port)
    }

    /// The router, with its guard: what the server runs, and what the tests
    /// send requests to in process (HummingbirdTesting).
    package var router: Router<PreviewContext> { PreviewRoutes.router(preview: preview, policy: policy) }

    /// The address requests must name, for tests that ask with another port.
    package func listening(on port: Int) { policy.listening(on: port) }

    /// Serves until SIGINT or SIGTERM, then stops cleanly: the pages' event
    /// streams end, the server closes, the watcher stops. `ready` is told the
    /// address once the server listens. A stop that can't finish within
    /// ``stopLimit`` seconds (a drawing stuck in Graphviz, a file that
    /// blocks) ends the process anyway, and so does a second signal: Ctrl-C
    /// always stops it.
    package func run(ready: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "ecomap-serve")
        logger.logLevel = .critical
        let watcher = try await FileWatcher(paths: preview.paths()) { [preview] changed in
            Task { await preview.filesChanged(changed) }
        }
        defer { watcher.stop() }
        let stopping = SignalWatchdog(limit: PreviewServer.stopLimit)
        defer { stopping.disarm() }
        let app = Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(120))),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { [host, policy] channel in
                let port = channel.localAddress?.port ?? 0
                policy.listening(on: port)
                let shown = host.contains(":") ? "[\(host)]" : host
                ready("http://\(shown):\(port)/")
            },
            logger: logger)
        // Services stop in the reverse of this order: the streams end first, so
        // the server has no request left to wait for.
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: app), .init(service: StreamCloser(preview: preview, watchdog: stopping))],
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

    /// The longest a stop may take before the process ends regardless, in seconds.
    package static let stopLimit = 3.0

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

/// Ends the pages' event streams when the server is asked to stop, and
/// arms the watchdog that ends the process if the stop doesn't finish.
struct StreamCloser: Service {
    let preview: Preview
    let watchdog: SignalWatchdog

    func run() async throws {
        try? await gracefulShutdown()
        watchdog.arm()
        await preview.finish()
    }
}
