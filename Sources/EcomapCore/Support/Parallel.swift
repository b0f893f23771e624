import Dispatch

/// Runs independent pieces of work on all cores and collects their results in order.
package enum Parallel {
    /// The number of cores to use.
    package static var cores: Int { serial ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 16)) }

    /// Runs everything on the calling thread, in order. For the fuzzers:
    /// libFuzzer looks for a leak whenever an input leaves more blocks
    /// allocated than freed, and the thread pool's own caches made every
    /// input look so, which cost a leak scan per input (77 inputs a second
    /// instead of hundreds). Set before any work starts.
    nonisolated(unsafe) package static var serial = false

    /// `body(0) ... body(count - 1)`, run concurrently, results in index order.
    /// Each call writes only its own slot, so no locking is needed.
    package static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        if count <= 1 || serial { return (0..<count).map(body) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        // The results are copied out below: destroy the slots' own copies
        // before freeing them, or every result would leak.
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        let box = UnsafeSendable(slots)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            box.value[i] = body(i)
        }
        return slots.map { $0! }
    }
}

/// Hands a pointer to concurrent work that touches disjoint parts of it.
private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

import Foundation
