import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A plain GET to a server the test started (`ecomap serve`), as any client
/// makes it: URLSession, waited for. Requests no client would make (a forged
/// Host, bytes that are not HTTP) go through ``HTTPProbe``.
public enum HTTPGet {
    public struct Reply: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func get(port: Int, _ path: String, timeout: Double = 60) throws -> Reply {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(path)") else { throw Failure(description: "not an address: \(path)") }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpShouldHandleCookies = false
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<Reply, Failure> = .failure(Failure(description: "no reply"))
        let configuration = URLSessionConfiguration.ephemeral
        let session = URLSession(configuration: configuration)
        let task = session.dataTask(with: request) { data, response, error in
            if let http = response as? HTTPURLResponse {
                var headers: [String: String] = [:]
                for (name, value) in http.allHeaderFields { headers[String(describing: name).lowercased()] = String(describing: value) }
                result = .success(Reply(status: http.statusCode, headers: headers, body: String(decoding: data ?? Data(), as: UTF8.self)))
            } else {
                result = .failure(Failure(description: "GET \(path): \(error.map { "\($0)" } ?? "no reply")"))
            }
            done.signal()
        }
        task.resume()
        _ = done.wait(timeout: .now() + timeout + 1)
        session.invalidateAndCancel()
        return try result.get()
    }
}
