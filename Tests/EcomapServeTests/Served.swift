import Foundation
import Hummingbird
import EcomapCore
import EcomapServe
import EcomapTestSupport

/// A map from Maps/ copied into a scratch folder and served in process: the
/// preview and its router, as `ecomap serve` runs them, without a socket.
/// Requests go to the router through HummingbirdTesting (`app.test(.router)`),
/// which names the host `localhost` with no port: the preview is told it
/// listens on port 80, where a browser leaves the port out.
struct Served: @unchecked Sendable {
    let scratch: Scratch
    let path: String
    let preview: Preview
    let server: PreviewServer

    /// `also`: more maps from Maps/ served beside it, as `ecomap serve A B` does.
    init(_ name: String = "scw-current", also: [String] = [], best: String? = nil, queue: DrawingQueue = DrawingQueue()) throws {
        let scratch = try Scratch()
        self.scratch = scratch
        func copy(_ map: String) throws -> String {
            try scratch.write("\(map).ecomap", try String(contentsOfFile: Package.path("Maps/\(map).ecomap"), encoding: .utf8))
        }
        path = try copy(name)
        let more = try also.map(copy)
        let bestPath = try best.map { try scratch.write("best.ecomap", try String(contentsOfFile: Package.path("Maps/\($0).ecomap"), encoding: .utf8)) }
        preview = Preview(paths: [path] + more, best: bestPath, defaults: PreviewOptions(), queue: queue)
        server = PreviewServer(preview: preview, host: nil, port: 80)
    }

    var app: some ApplicationProtocol { Application(router: server.router) }

    /// Saves `text` as the map, as an editor does, and tells the preview (the
    /// watcher's part, which the tests of the binary cover).
    func save(_ text: String, to file: String? = nil) async throws {
        let target = file ?? path
        try Data(text.utf8).write(to: URL(fileURLWithPath: target + ".saving"))
        guard rename(target + ".saving", target) == 0 else { throw CocoaError(.fileWriteUnknown) }
        await preview.filesChanged([FileWatcher.absolute(target)])
    }

    /// The page's state, as its script reads it.
    struct State: Decodable {
        var slug: String
        var version: Int
        var query: String
    }

    static func state(in page: String) throws -> State {
        let open = "<script type=\"application/json\" id=\"preview-state\">"
        guard let start = page.range(of: open), let end = page[start.upperBound...].range(of: "</script>") else {
            throw CocoaError(.coderReadCorrupt)
        }
        return try JSONDecoder().decode(State.self, from: Data(page[start.upperBound..<end.lowerBound].utf8))
    }
}

extension String {
    init(_ buffer: ByteBuffer) { self = String(buffer: buffer) }
}
