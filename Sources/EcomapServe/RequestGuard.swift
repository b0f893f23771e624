import Hummingbird
import EcomapCore

/// What every request to the preview passes before it reaches a page: the
/// preview answers GET (and HEAD) only, and only requests that ``HostPolicy``
/// allows; and anything no route answers gets a plain "not found".
struct RequestGuard: RouterMiddleware {
    typealias Context = PreviewContext
    let policy: HostPolicy

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return PreviewResponse.plain(.methodNotAllowed, "ecomap serve answers GET requests only", headers: [.allow: "GET, HEAD"])
        }
        let fetchSite = request.headers.first { $0.name.canonicalName == "sec-fetch-site" }?.value
        if let refusal = policy.refusal(authority: request.head.authority, fetchSite: fetchSite, origin: request.headers[.origin]) {
            return PreviewResponse.refused(.forbidden, refusal)
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return PreviewResponse.plain(.notFound, "not found: this preview serves only the pages of the maps it was given")
        } catch let error as HTTPError {
            return PreviewResponse.plain(error.status, error.body ?? error.status.reasonPhrase)
        }
    }
}

/// The preview's answers: every one with the page's security headers.
enum PreviewResponse {
    /// The page may run only its own inline script and talk only to this server.
    static let security: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'self'",
        .init("X-Content-Type-Options")!: "nosniff",
        .cacheControl: "no-store",
    ]

    static func html(_ text: String) -> Response {
        body(text, type: "text/html; charset=utf-8")
    }

    static func body(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = security
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String, headers extra: HTTPFields = [:]) -> Response {
        var response = body(text + "\n", type: "text/plain; charset=utf-8", status: status)
        response.headers.append(contentsOf: extra)
        return response
    }

    /// A request refused, with the diagnostic that says why, as the command line prints it.
    static func refused(_ status: HTTPResponse.Status, _ problem: Diagnostic, headers: HTTPFields = [:]) -> Response {
        plain(status, DiagnosticFormatter().format(problem, source: nil).trimmingCharacters(in: .newlines), headers: headers)
    }
}
