import Foundation

/// Makes sure that a stop asked for by Ctrl-C or SIGTERM happens. The
/// orderly stop waits for work under way (so no file is left half written);
/// if that work can't end (a drawing deep inside Graphviz, a read that
/// blocks), the process ends anyway after `limit` seconds, or at once on a
/// second signal, with a note saying so.
package final class SignalWatchdog: @unchecked Sendable {
    private let limit: Double
    private let lock = NSLock()
    private var armed = false
    private var done = false
    private var sources: [any DispatchSourceSignal] = []

    package init(limit: Double) { self.limit = limit }

    /// The orderly stop has begun: from now on a second signal, or `limit` seconds, end the process.
    package func arm() {
        lock.lock()
        defer { lock.unlock() }
        guard !armed, !done else { return }
        armed = true
        sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in force("a second signal") }
            source.resume()
            return source
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit) { [self] in
            force("the stop took longer than \(Int(limit)) s")
        }
    }

    /// The orderly stop finished: nothing more to do.
    package func disarm() {
        lock.lock()
        done = true
        sources.forEach { $0.cancel() }
        sources = []
        lock.unlock()
    }

    private func force(_ why: String) {
        lock.lock()
        let finished = done
        lock.unlock()
        guard !finished else { return }
        let note = "ecomap: stopped at once (\(why)); work under way was left unfinished\n"
        _ = note.withCString { write(2, $0, strlen($0)) }
        _exit(1)
    }
}
