import Foundation
import EcomapRender

/// The preview's drawings, made one at a time on a worker of their own:
/// Graphviz runs on one thread, and a drawing nobody waits for must not hold
/// up the one the user asked for.
///
/// - One job per drawing (the maps' content and the options): whoever asks
///   for a drawing already asked for waits for that job.
/// - A job nobody waits for any more is dropped before it starts; one under
///   way is stopped at its next Graphviz call (``DrawingCancellation``).
/// - The job asked for most recently goes next: the user's latest save or
///   click before older requests.
/// - A client (the address requests come from) may wait for at most
///   ``perClient`` drawings at once; asking for another gives up the oldest
///   of its drawings not yet started, and its askers are told
///   (``Outcome/superseded``).
/// - Finished drawings are kept in a small cache (the least recently used
///   goes first), so going back to a version of the map or to a set of
///   options costs nothing.
///
/// Each step is O(jobs): there are at most ``perClient`` per client.
package actor DrawingQueue {
    /// What an asker gets.
    package enum Outcome: Sendable {
        case drawn(PreviewUpdate.Drawing)
        /// Its client asked for too many other drawings since: it was given up.
        case superseded
        /// The asker stopped waiting (its connection closed).
        case abandoned
    }

    /// A drawing's identity: what it draws, and how.
    package struct Key: Hashable, Sendable {
        package var map: MapContent
        package var best: MapContent?
        package var options: PreviewOptions

        package init(map: MapContent, best: MapContent?, options: PreviewOptions) {
            (self.map, self.best, self.options) = (map, best, options)
        }
    }

    private struct Waiter {
        let client: String
        let continuation: CheckedContinuation<Outcome, Never>
    }

    private final class Job {
        var waiters: [Int: Waiter] = [:]
        /// When it was last asked for: the newest goes next.
        var asked = 0
        var started = false
        let cancellation = DrawingCancellation()
        let make: @Sendable () -> PreviewUpdate.Drawing
        init(_ make: @escaping @Sendable () -> PreviewUpdate.Drawing) { self.make = make }
    }

    /// How many drawings one client may wait for at once.
    package let perClient: Int
    /// How many finished drawings are kept.
    package let capacity: Int
    private var jobs: [Key: Job] = [:]
    private var cache: [Key: (drawing: PreviewUpdate.Drawing, used: Int)] = [:]
    private var clock = 0
    /// The job under way, if any: one at a time.
    private var running: (key: Key, job: Job)?
    private let worker = DispatchQueue(label: "ecomap preview drawings")
    /// Counts, for tests and the benchmark: drawings made, and jobs dropped unmade.
    package private(set) var made = 0
    package private(set) var dropped = 0

    package init(perClient: Int = 8, capacity: Int = 16) {
        self.perClient = perClient
        self.capacity = capacity
    }

    /// The drawing for `key`, from the cache or made by `make` (on the
    /// queue's worker, in its turn). Cancelling the calling task stops the wait.
    package func drawing(_ key: Key, client: String, make: @escaping @Sendable () -> PreviewUpdate.Drawing) async -> Outcome {
        clock += 1
        if let hit = cache[key] {
            cache[key] = (hit.drawing, clock)
            return .drawn(hit.drawing)
        }
        if Task.isCancelled { return .abandoned }
        let id = clock
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                join(key, id: id, waiter: Waiter(client: client, continuation: continuation), make: make)
            }
        } onCancel: {
            Task { await self.leave(key, id: id) }
        }
    }

    /// Everything given up, as the server stops: the drawing under way stops
    /// at its next Graphviz call, and those not started are dropped, their
    /// askers told so. (Ctrl-C waited for a drawing under way, and a large
    /// map's outlasted the 3 s a stop may take.)
    package func stop() {
        running?.job.cancellation.cancel()
        for (key, job) in jobs where !job.started {
            for waiter in job.waiters.values { waiter.continuation.resume(returning: .abandoned) }
            job.waiters = [:]
            jobs[key] = nil
            dropped += 1
        }
    }

    /// Whether a drawing is kept, for tests.
    package func isCached(_ key: Key) -> Bool { cache[key] != nil }
    /// How many drawings are asked for and not yet made (the one under way included).
    package var waiting: Int { jobs.count + (running != nil && jobs[running!.key] !== running!.job ? 1 : 0) }

    private func join(_ key: Key, id: Int, waiter: Waiter, make: @escaping @Sendable () -> PreviewUpdate.Drawing) {
        let job = jobs[key] ?? Job(make)
        job.waiters[id] = waiter
        job.asked = id
        jobs[key] = job
        limit(waiter.client)
        next()
    }

    /// A client waiting for more than ``perClient`` drawings gives up the
    /// oldest it asked for that has not started.
    private func limit(_ client: String) {
        let mine = jobs.filter { $0.value.waiters.values.contains { $0.client == client } }
        guard mine.count > perClient,
              let (key, job) = mine.filter({ !$0.value.started }).min(by: { $0.value.asked < $1.value.asked }) else { return }
        for (id, waiter) in job.waiters where waiter.client == client {
            job.waiters[id] = nil
            waiter.continuation.resume(returning: .superseded)
        }
        if job.waiters.isEmpty {
            jobs[key] = nil
            dropped += 1
        }
    }

    /// An asker stops waiting; a job left with none is dropped, or stopped if under way.
    private func leave(_ key: Key, id: Int) {
        guard let job = jobs[key], let waiter = job.waiters.removeValue(forKey: id) else { return }
        waiter.continuation.resume(returning: .abandoned)
        guard job.waiters.isEmpty else { return }
        // Whoever asks for it again starts a new job.
        jobs[key] = nil
        if job.started { job.cancellation.cancel() } else { dropped += 1 }
    }

    /// Starts the newest job waiting, unless one is under way.
    private func next() {
        guard running == nil, let (key, job) = jobs.filter({ !$0.value.started }).max(by: { $0.value.asked < $1.value.asked }) else { return }
        job.started = true
        running = (key, job)
        let make = job.make, cancellation = job.cancellation
        worker.async {
            let drawing = DrawingCancellation.$current.withValue(cancellation) { make() }
            Task { await self.finished(drawing) }
        }
    }

    private func finished(_ drawing: PreviewUpdate.Drawing) {
        guard let (key, job) = running else { return }
        running = nil
        if jobs[key] === job { jobs[key] = nil }
        if job.cancellation.isCancelled {
            dropped += 1
        } else {
            made += 1
            store(key, drawing)
        }
        for waiter in job.waiters.values { waiter.continuation.resume(returning: .drawn(drawing)) }
        job.waiters = [:]
        next()
    }

    private func store(_ key: Key, _ drawing: PreviewUpdate.Drawing) {
        cache[key] = (drawing, clock)
        if cache.count > capacity, let oldest = cache.min(by: { $0.value.used < $1.value.used })?.key {
            cache[oldest] = nil
        }
    }
}
