import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOEmbedded
import Testing
import EcomapCore
import EcomapServe
import EcomapTestSupport

/// The preview answers requests that name it and that its own pages sent:
/// each way round the host check that was found, and the site checks.
@Suite struct HostTests {
    static let policy = HostPolicy(host: nil, port: 8080)

    @Test(arguments: ["127.0.0.1:8080", "[::1]:8080", "localhost:8080", "LocalHost:8080"])
    func answersItsOwnAddresses(_ host: String) {
        #expect(Self.policy.refusal(authority: host, fetchSite: nil, origin: nil) == nil)
    }

    /// Names that begin like a loopback address but are other hosts (public
    /// DNS names: `127.0.0.1.nip.io` resolves to 127.0.0.1), other ports,
    /// other loopback addresses, and no host at all.
    @Test(arguments: ["127.evil.example", "127.evil.example:8080", "127.0.0.1.nip.io:8080", "127.0.0.1.nip.io", "evil.example:8080",
                      "localhost.:8080", "localhost.evil.example:8080", "localhost:8081", "127.0.0.1:80", "127.0.0.1", "localhost",
                      "127.0.0.2:8080", "0.0.0.0:8080", "[::ffff:127.0.0.1]:8080", "127.1:8080", "2130706433:8080",
                      "127.0.0.1:8080@evil.example", "evil.example#127.0.0.1:8080", "", " 127.0.0.1:8080"])
    func refusesEveryOtherHost(_ host: String) {
        #expect(Self.policy.refusal(authority: host, fetchSite: nil, origin: nil)?.code == .requestWrongHost, "'\(host)' was let through")
    }

    @Test func refusesARequestThatNamesNoHost() {
        #expect(Self.policy.refusal(authority: nil, fetchSite: nil, origin: nil)?.code == .requestWrongHost)
    }

    /// `--host` adds its address as given; it never turns the check off.
    @Test func theHostAskedForIsAddedNotAWayRound() {
        let loopback = HostPolicy(host: "127.0.0.1", port: 8080)
        #expect(loopback.refusal(authority: "evil.example", fetchSite: nil, origin: nil)?.code == .requestWrongHost)
        #expect(loopback.refusal(authority: "127.0.0.1:8080", fetchSite: nil, origin: nil) == nil)
        let lan = HostPolicy(host: "192.168.1.5", port: 8080)
        #expect(lan.refusal(authority: "192.168.1.5:8080", fetchSite: nil, origin: nil) == nil)
        #expect(lan.refusal(authority: "192.168.1.50:8080", fetchSite: nil, origin: nil) != nil)
        #expect(lan.refusal(authority: "evil.example:8080", fetchSite: nil, origin: nil) != nil)
        let named = HostPolicy(host: "Preview.Example", port: 8080)
        #expect(named.refusal(authority: "preview.example:8080", fetchSite: nil, origin: nil) == nil)
        let six = HostPolicy(host: "fe80::1", port: 8080)
        #expect(six.refusal(authority: "[fe80::1]:8080", fetchSite: nil, origin: nil) == nil)
        // Port 0 asks the system for one: the address is known once it listens.
        let free = HostPolicy(host: nil, port: 0)
        free.listening(on: 43_210)
        #expect(free.refusal(authority: "127.0.0.1:43210", fetchSite: nil, origin: nil) == nil)
        #expect(free.refusal(authority: "127.0.0.1:0", fetchSite: nil, origin: nil) != nil)
    }

    @Test func refusesRequestsFromOtherSites() {
        let here = "127.0.0.1:8080"
        for site in ["cross-site", "same-site", "Cross-Site"] {
            #expect(Self.policy.refusal(authority: here, fetchSite: site, origin: nil)?.code == .requestCrossSite, "\(site)")
        }
        for site in ["same-origin", "none"] { #expect(Self.policy.refusal(authority: here, fetchSite: site, origin: nil) == nil) }
        for origin in ["http://evil.example", "null", "http://127.0.0.1:8081", "https://127.0.0.1:8080", "http://127.0.0.1:8080.evil.example"] {
            #expect(Self.policy.refusal(authority: here, fetchSite: nil, origin: origin)?.code == .requestCrossSite, "\(origin)")
        }
        for origin in ["http://127.0.0.1:8080", "http://localhost:8080"] {
            #expect(Self.policy.refusal(authority: here, fetchSite: "same-origin", origin: origin) == nil)
        }
    }

    /// Through the router, with the Host as a browser would send it: each
    /// refusal is answered 403 with its diagnostic, before any drawing is
    /// made; and a client that asks for too many drawings is told to ask again.
    @Test func theRouterRefusesWithTheDiagnostic() async throws {
        let served = try Served(queue: DrawingQueue(perClient: 1))
        served.server.listening(on: 8080)
        let responder = served.server.router.buildResponder()
        func answer(_ host: String, _ headers: HTTPFields = [:]) async throws -> (HTTPResponse.Status, String) {
            let context = PreviewContext(source: .init(channel: EmbeddedChannel(), logger: Logger(label: "test")))
            let request = Request(head: HTTPRequest(method: .get, scheme: "http", authority: host, path: "/map/scw-current", headerFields: headers),
                                  body: RequestBody(buffer: ByteBuffer()))
            let response = try await responder.respond(to: request, context: context)
            let collected = Collected()
            try await response.body.write(collected)
            return (response.status, String(buffer: collected.box.buffer))
        }
        var said = ""
        for (host, headers): (String, HTTPFields) in [("127.evil.example", [:]), ("127.0.0.1.nip.io:8080", [:]),
                                                     ("127.0.0.1:8080", [.init("Sec-Fetch-Site")!: "cross-site"]),
                                                     ("127.0.0.1:8080", [.origin: "http://evil.example"])] {
            let (status, text) = try await answer(host, headers)
            #expect(status == .forbidden)
            said += text
        }
        #expect(await served.preview.queue.made == 0, "a refused request costs no drawing")
        // HummingbirdTesting names the host `localhost`, with no port: as on port 80.
        served.server.listening(on: 80)
        // Three pages with different options at once, from one client allowed one drawing at a time.
        said += try await served.app.test(.router) { client in
            let statuses = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String).self) { group in
                for theme in ["dark", "print", "colourblind"] {
                    group.addTask {
                        try await client.execute(uri: "/map/scw-current/drawing.svg?theme=\(theme)", method: .get) { ($0.status, String($0.body)) }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.contains { $0.0 == .ok })
            let busy = statuses.filter { $0.0 == .serviceUnavailable }
            #expect(!busy.isEmpty)
            return busy.first?.1 ?? ""
        }
        Golden.assertMatches(said, "diagnostics/refused-requests.txt")
    }

}

/// A response's body, as the server would write it.
struct Collected: ResponseBodyWriter {
    final class Box: @unchecked Sendable { var buffer = ByteBuffer() }
    let box = Box()

    mutating func write(_ buffer: ByteBuffer) async throws { box.buffer.writeImmutableBuffer(buffer) }
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
