import Foundation
import EcomapCore

/// Lets a drawing be given up part of the way through, by whoever asked for
/// it (the live preview, when no page waits for that drawing any more).
///
/// A drawing makes many Graphviz calls, one after another, and Graphviz
/// can't be stopped inside one; a drawing given up stops at its next call,
/// and calls already queued for it are skipped. Set for the drawings made
/// on one thread with `DrawingCancellation.$current.withValue(token) { ... }`.
package final class DrawingCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    package init() {}

    /// Gives the drawing up; it stops at its next Graphviz call.
    package func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    package var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// The cancellation of the drawings made here, if they may be given up.
    @TaskLocal package static var current: DrawingCancellation?

    /// What a drawing given up throws. Nobody waits for the drawing, so nobody
    /// reads this: it needs no code of its own, and says what happened in the
    /// words of the nearest one.
    static var stopped: Diagnostic {
        Diagnostic(.layoutTimeout, "the drawing was stopped before it was done: nothing waits for it any more", at: .none)
    }
}
