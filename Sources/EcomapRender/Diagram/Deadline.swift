import Foundation

/// When a drawing must be done by: one for every Graphviz call a drawing
/// makes, so a limit of 5 s means 5 s however many layouts it takes.
package struct Deadline: Sendable {
    /// The limit as asked for, for messages.
    package let seconds: Double
    package let instant: DispatchTime

    /// Seconds left until the deadline (none left: 0).
    package var remaining: Double {
        let now = DispatchTime.now()
        return instant > now ? Double(instant.uptimeNanoseconds - now.uptimeNanoseconds) / 1e9 : 0
    }

    package init(seconds: Double) {
        self.seconds = seconds
        // A limit too large for the clock is no limit.
        let nanoseconds = seconds * 1e9
        instant = nanoseconds < 1e18 ? .now() + .nanoseconds(Int(max(0, nanoseconds))) : .distantFuture
    }
}
