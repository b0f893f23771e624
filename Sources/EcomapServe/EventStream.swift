import Foundation
import Hummingbird
import EcomapCore

/// A page's server-sent events: an `update` at once, then one each time the
/// map's files change; a comment every 15 s so a closed page is noticed. The
/// browser's EventSource reconnects by itself. The stream ends when the
/// page goes away (its connection closes: the drawing it waits for is given
/// up) or the server stops.
enum EventStream {
    static func response(preview: Preview, request: Request, slug: String, options: PreviewOptions, client: String) -> Response {
        var headers = PreviewResponse.security
        headers[.contentType] = "text/event-stream; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            _ = try? await request.body.consumeWithCancellationOnInboundClose { _ in
                try await stream(preview: preview, slug: slug, options: options, client: client, to: &writer)
            }
            try await writer.finish(nil)
        })
    }

    private static func stream(preview: Preview, slug: String, options: PreviewOptions, client: String,
                               to writer: inout any ResponseBodyWriter) async throws {
        let (id, versions) = await preview.subscribe()
        // Keep-alive comments go through the same stream as the versions.
        let (ticks, tick) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let beat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                tick.yield(-1)
            }
        }
        let forward = Task {
            for await version in versions { tick.yield(version) }
            tick.finish()
        }
        defer { beat.cancel(); forward.cancel() }
        var sent = -1
        for await version in ticks {
            if Task.isCancelled { break }
            if version < 0 {
                try await writer.write(ByteBuffer(string: ": still here\n\n"))
                continue
            }
            guard version != sent else { continue }
            switch await preview.update(slug, options: options, client: client) {
            case .shown(let update):
                sent = update.version
                try await writer.write(ByteBuffer(string: "event: update\nid: \(update.version)\ndata: \(line(update))\n\n"))
            case .superseded:
                // Asked again shortly, after the client's newer requests.
                try await Task.sleep(for: .milliseconds(500))
                tick.yield(version)
            case .unknown, .abandoned:
                break
            }
            if Task.isCancelled { break }
        }
        await preview.unsubscribe(id)
    }

    /// JSON on one line, as an event's data must be.
    static func line(_ update: PreviewUpdate) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(update) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
