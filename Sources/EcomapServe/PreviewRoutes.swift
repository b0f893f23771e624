import Foundation
import Hummingbird
import EcomapCore

/// The preview's addresses, as Hummingbird routes:
///
/// - `/`: the map's page (one map), or the list of maps
/// - `/map/NAME`: a map's page
/// - `/map/NAME/events`: its live updates (server-sent events)
/// - `/map/NAME/drawing.svg`: its drawing alone, for tools and benchmarks
///
/// each with the page's options in its query (`?theme=dark&lang=cy&focus=scw`).
/// Nothing else is served: no address is ever read as a file's name.
/// Every request first passes ``RequestGuard``.
enum PreviewRoutes {
    static func router(preview: Preview, policy: HostPolicy) -> Router<PreviewContext> {
        let router = Router(context: PreviewContext.self, options: .autoGenerateHeadEndpoints)
        // Added first, so it stands before every route and before "not found".
        router.add(middleware: RequestGuard(policy: policy))
        let pages = Pages(preview: preview)
        router.get("/") { request, context in await pages.index(request, context) }
        router.get("/map/:slug") { request, context in await pages.answer(request, context, with: pages.page) }
        router.get("/map/:slug/events") { request, context in await pages.answer(request, context, with: pages.events) }
        router.get("/map/:slug/drawing.svg") { request, context in await pages.answer(request, context, with: pages.drawing) }
        return router
    }
}

/// What each route answers.
struct Pages: Sendable {
    let preview: Preview

    /// The map's page, or the list of maps, keeping the address's options:
    /// `/?focus=ea` shared as a link opens the map focused, as
    /// `/map/NAME?focus=ea` does (it used to open the whole map).
    func index(_ request: Request, _ context: PreviewContext) async -> Response {
        let entries = await preview.entries
        let options: PreviewOptions
        switch self.options(request, context) {
        case .success(let read): options = read
        case .failure(let refusal): return refusal.response
        }
        // The options as the map's pages write them, checked; none when the address gave none.
        let query = (request.uri.query ?? "").isEmpty ? "" : "?" + options.query
        if entries.count == 1 { return Response(status: .seeOther, headers: [.location: "/map/\(entries[0].slug)\(query)"]) }
        return PreviewResponse.html(PreviewPage.index(entries, options: options, query: query))
    }

    /// Finds the map and reads the options, then hands over to `route`:
    /// 404 for a map it doesn't serve, 400 for options it can't use.
    func answer(_ request: Request, _ context: PreviewContext,
                with route: (Request, PreviewContext, Preview.Entry, PreviewOptions) async -> Response) async -> Response {
        guard let slug = context.parameters.get("slug")?.removingPercentEncoding, let entry = await preview.entry(slug) else {
            return PreviewResponse.plain(.notFound, "not found: this preview serves only the pages of the maps it was given")
        }
        switch options(request, context) {
        case .success(let options): return await route(request, context, entry, options)
        case .failure(let refusal): return refusal.response
        }
    }

    /// Options the address can't give, as the 400 that says why.
    struct Refusal: Error {
        let response: Response
    }

    /// The page's options from the address's query, over the command line's.
    private func options(_ request: Request, _ context: PreviewContext) -> Result<PreviewOptions, Refusal> {
        do {
            let query = try request.uri.decodeQuery(as: PreviewOptions.Query.self, context: context)
            return .success(try PreviewOptions(query: query.pairs, defaults: preview.defaults))
        } catch let problem as PreviewOptions.Problem {
            return .failure(Refusal(response: PreviewResponse.plain(.badRequest, problem.message)))
        } catch {
            return .failure(Refusal(response: PreviewResponse.plain(.badRequest, "the address's options can't be read: \(error)")))
        }
    }

    /// A drawing for `request`, given up when its client goes away (the
    /// connection closes) or asks for too many others.
    func update(_ request: Request, _ context: PreviewContext, _ slug: String, _ options: PreviewOptions) async -> Preview.Answer {
        let answer = try? await request.body.consumeWithCancellationOnInboundClose { _ in
            await preview.update(slug, options: options, client: context.client)
        }
        return answer ?? .abandoned
    }

    func page(_ request: Request, _ context: PreviewContext, _ entry: Preview.Entry, _ options: PreviewOptions) async -> Response {
        switch await update(request, context, entry.slug, options) {
        case .shown(let update):
            let map = entry.good
            let ids = map.map { $0.nodes.count <= 2_000 ? $0.nodes.map(\.id) : [] } ?? []
            let tags = map.map(MapView.tags(in:)) ?? []
            return PreviewResponse.html(PreviewPage.map(update, slug: entry.slug, options: options, entries: await preview.entries,
                                                        ids: ids, tags: tags))
        case let other: return Pages.unanswered(other)
        }
    }

    func drawing(_ request: Request, _ context: PreviewContext, _ entry: Preview.Entry, _ options: PreviewOptions) async -> Response {
        switch await update(request, context, entry.slug, options) {
        case .shown(let update):
            guard let figure = update.drawing, let start = figure.range(of: "<svg"), let end = figure.range(of: "</svg>") else {
                return PreviewResponse.plain(.unprocessableContent, "no drawing: the map has problems; its page shows them")
            }
            return PreviewResponse.body(String(figure[start.lowerBound..<end.upperBound]), type: "image/svg+xml; charset=utf-8")
        case let other: return Pages.unanswered(other)
        }
    }

    func events(_ request: Request, _ context: PreviewContext, _ entry: Preview.Entry, _ options: PreviewOptions) async -> Response {
        EventStream.response(preview: preview, request: request, slug: entry.slug, options: options, client: context.client)
    }

    static func unanswered(_ answer: Preview.Answer) -> Response {
        switch answer {
        case .unknown: return PreviewResponse.plain(.notFound, "not found")
        default:
            let problem = Diagnostic(.tooManyDrawings, "this drawing was given up: newer requests asked for others",
                                     hint: "ask again; the page does so by itself", at: .none)
            return PreviewResponse.refused(.serviceUnavailable, problem, headers: [.retryAfter: "1"])
        }
    }
}
