import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A raw socket to `ecomap serve`, for the requests no well-behaved client
/// sends: a forged Host, a 10 MB header, bytes that are not HTTP. URLSession
/// can't send those; everything else goes through ``HTTPGet`` (the built
/// binary) or HummingbirdTesting (in process).
public final class HTTPProbe {
    public struct Reply: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String
    }

    public enum Failure: Error, CustomStringConvertible {
        case connect(Int32), timedOut(String), closed, malformed(String)
        public var description: String {
            switch self {
            case .connect(let code): "could not connect: \(String(cString: strerror(code)))"
            case .timedOut(let what): "timed out waiting for \(what)"
            case .closed: "the server closed the connection"
            case .malformed(let text): "not an HTTP reply: \(text.prefix(200))"
            }
        }
    }

    let fd: Int32
    var buffer: [UInt8] = []

    public init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if result != 0 { let code = errno; close(fd); throw Failure.connect(code) }
        // A server that stops reading must not block a send for ever.
        var limit = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    /// Sends bytes; false when the server stopped taking them (it closed the connection).
    @discardableResult
    public func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { rawSend(fd, $0.baseAddress, $0.count) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// Reads what has arrived, waiting up to `timeout` seconds; false when the connection is closed.
    func fill(timeout: Double) throws -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(max(0, timeout) * 1000))
        if ready == 0 { throw Failure.timedOut("the server") }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = recv(fd, &chunk, chunk.count, 0)
        if count <= 0 { return false }
        buffer += chunk[0..<count]
        return true
    }

    /// Reads the status line and headers.
    public func head(timeout: Double = 30) throws -> (status: Int, headers: [String: String]) {
        let deadline = Date().addingTimeInterval(timeout)
        while buffer.firstRange(of: Array("\r\n\r\n".utf8)) == nil {
            guard try fill(timeout: deadline.timeIntervalSinceNow) else { throw buffer.isEmpty ? Failure.closed : Failure.malformed(String(decoding: buffer, as: UTF8.self)) }
        }
        let end = buffer.firstRange(of: Array("\r\n\r\n".utf8))!
        let text = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
        buffer.removeSubrange(..<end.upperBound)
        let lines = text.components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure.malformed(text) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }

    /// A whole reply to a request sent with `Connection: close`.
    public func reply(timeout: Double = 30) throws -> Reply {
        let (status, headers) = try head(timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        if let length = headers["content-length"].flatMap(Int.init) {
            while buffer.count < length { guard try fill(timeout: deadline.timeIntervalSinceNow) else { break } }
            return Reply(status: status, headers: headers, body: String(decoding: buffer.prefix(length), as: UTF8.self))
        }
        while try fill(timeout: deadline.timeIntervalSinceNow) {}
        let body = headers["transfer-encoding"] == "chunked" ? HTTPProbe.dechunk(buffer) : buffer
        return Reply(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], rest = bytes[...]
        while let line = rest.firstRange(of: Array("\r\n".utf8)),
              let size = Int(String(decoding: rest[..<line.lowerBound], as: UTF8.self), radix: 16), size > 0 {
            let start = line.upperBound
            guard rest.endIndex - start >= size else { break }
            out += rest[start..<(start + size)]
            rest = rest[min(rest.endIndex, start + size + 2)...]
        }
        return out
    }

    /// Sends `request` as it is (it should ask for `Connection: close`) and reads the reply.
    public static func ask(port: Int, _ request: String, timeout: Double = 60) throws -> Reply {
        let probe = try HTTPProbe(port: port)
        probe.send(Array(request.utf8))
        return try probe.reply(timeout: timeout)
    }
}

/// send(2) without SIGPIPE: a server that closes mid-request must not end the test process.
private func rawSend(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.send(fd, bytes, count, Int32(MSG_NOSIGNAL))
    #else
    Darwin.send(fd, bytes, count, 0)
    #endif
}
