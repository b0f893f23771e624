import Foundation
import Hummingbird
import EcomapCore

/// A page's server-sent events: an `update` at once, then one each time the
/// map's files change; a comment every 15 s so a closed page is noticed. The
/// browser's EventSource reconnects by itself.
enum EventStream {
    static func response(preview: Preview, slug: String, options: PreviewOptions) async -> Response {
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
        var headers = PreviewResponder.security
        headers[.contentType] = "text/event-stream; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            defer { beat.cancel(); forward.cancel() }
            var sent = -1
            for await version in ticks {
                if version < 0 {
                    try await writer.write(ByteBuffer(string: ": still here\n\n"))
                    continue
                }
                guard version != sent, let update = await preview.update(slug, options: options) else { continue }
                sent = update.version
                try await writer.write(ByteBuffer(string: "event: update\nid: \(update.version)\ndata: \(line(update))\n\n"))
            }
            await preview.unsubscribe(id)
            try await writer.finish(nil)
        })
    }

    /// JSON on one line, as an event's data must be.
    static func line(_ update: PreviewUpdate) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(update) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
