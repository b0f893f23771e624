import Hummingbird
import NIOCore

/// What the preview knows of a request besides the request itself: who sent
/// it, for the drawing queue's limit per client (``DrawingQueue``).
package struct PreviewContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    /// The address the request came from, without its port: one browser,
    /// however many connections it opens.
    package let client: String

    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        client = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
