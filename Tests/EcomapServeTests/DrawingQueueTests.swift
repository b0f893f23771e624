import Foundation
import Testing
import EcomapServe
import EcomapRender

/// The drawing queue's rules, with drawings that are only names and a
/// worker held up at will.
@Suite struct DrawingQueueTests {
    static func key(_ n: Int) -> DrawingQueue.Key { .init(map: MapContent([UInt8(n)]), best: nil, options: PreviewOptions()) }

    /// What the fake drawings did, in order.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        func add(_ name: String) { lock.lock(); names.append(name); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return names }
    }

    static func drawing(_ name: String, log: Log, gate: DispatchSemaphore? = nil) -> @Sendable () -> PreviewUpdate.Drawing {
        {
            gate?.wait()
            log.add(name)
            return PreviewUpdate.Drawing(figure: name, comparison: nil, problems: [], key: name, places: [:])
        }
    }

    static func figure(_ outcome: DrawingQueue.Outcome) -> String? {
        if case .drawn(let drawing) = outcome { return drawing.key }
        return nil
    }

    /// Waits until `count` drawings are asked for and not made.
    static func waitUntil(_ queue: DrawingQueue, waiting count: Int) async throws {
        for _ in 0..<500 where await queue.waiting < count { try await Task.sleep(for: .milliseconds(5)) }
    }

    /// Asks for drawing `n` (named `name`) and waits until the queue holds
    /// `waiting` requests, so the next request is certain to come after it.
    static func ask(_ queue: DrawingQueue, _ n: Int, client: String, _ name: String, log: Log,
                    gate: DispatchSemaphore? = nil, waiting: Int) async throws -> Task<DrawingQueue.Outcome, Never> {
        let task = Task { await queue.drawing(key(n), client: client, make: drawing(name, log: log, gate: gate)) }
        try await waitUntil(queue, waiting: waiting)
        return task
    }

    @Test func twoAskersOfOneDrawingWaitForOneJob() async throws {
        let queue = DrawingQueue(), log = Log(), gate = DispatchSemaphore(value: 0)
        async let a = queue.drawing(Self.key(1), client: "a", make: Self.drawing("one", log: log, gate: gate))
        try await Self.waitUntil(queue, waiting: 1)
        async let b = queue.drawing(Self.key(1), client: "b", make: Self.drawing("again", log: log))
        try await Task.sleep(for: .milliseconds(50))
        gate.signal()
        let (first, second) = await (a, b)
        #expect(Self.figure(first) == "one" && Self.figure(second) == "one")
        #expect(log.all == ["one"])
        // Asked once more: from the cache.
        #expect(Self.figure(await queue.drawing(Self.key(1), client: "c", make: Self.drawing("third", log: log))) == "one")
        #expect(log.all == ["one"])
    }

    @Test func aDrawingNobodyWaitsForIsDroppedBeforeItStarts() async throws {
        let queue = DrawingQueue(), log = Log(), gate = DispatchSemaphore(value: 0)
        let busy = try await Self.ask(queue, 1, client: "a", "busy", log: log, gate: gate, waiting: 1)
        let gone = try await Self.ask(queue, 2, client: "a", "unwanted", log: log, waiting: 2)
        gone.cancel()
        if case .abandoned = await gone.value {} else { Issue.record("the asker who left is told so") }
        gate.signal()
        _ = await busy.value
        try await Task.sleep(for: .milliseconds(100))
        #expect(log.all == ["busy"])
        #expect(await queue.dropped == 1)
    }

    /// As the server stops, the drawing under way is told to stop and those
    /// not started are given up (Ctrl-C waited for the drawing under way, and
    /// a large map's outlasted the 3 s a stop may take).
    @Test func stoppingGivesUpEveryDrawing() async throws {
        let queue = DrawingQueue(), log = Log()
        let busy = Task {
            await queue.drawing(Self.key(1), client: "a") {
                // Until told to stop, or ten minutes: in the whole test run on
                // two cores the stop came after the ten seconds this waited at first.
                let token = DrawingCancellation.current, until = Date().addingTimeInterval(600)
                while token?.isCancelled != true && Date() < until { Thread.sleep(forTimeInterval: 0.01) }
                log.add(token?.isCancelled == true ? "stopped" : "not stopped")
                return PreviewUpdate.Drawing(figure: nil, comparison: nil, problems: [], key: "busy", places: [:])
            }
        }
        try await Self.waitUntil(queue, waiting: 1)
        let queued = try await Self.ask(queue, 2, client: "b", "queued", log: log, waiting: 2)
        await queue.stop()
        if case .abandoned = await queued.value {} else { Issue.record("the asker of a drawing not started is told it is given up") }
        _ = await busy.value
        #expect(log.all == ["stopped"])
        #expect(await queue.made == 0)
        #expect(await queue.dropped == 2)
    }

    @Test func theLatestRequestGoesFirst() async throws {
        let queue = DrawingQueue(), log = Log(), gate = DispatchSemaphore(value: 0)
        let busy = try await Self.ask(queue, 1, client: "a", "busy", log: log, gate: gate, waiting: 1)
        let older = try await Self.ask(queue, 2, client: "a", "older", log: log, waiting: 2)
        let newer = try await Self.ask(queue, 3, client: "b", "newer", log: log, waiting: 3)
        gate.signal()
        _ = await (busy.value, older.value, newer.value)
        #expect(log.all == ["busy", "newer", "older"])
    }

    @Test func aClientWaitsForAFewDrawingsAtMost() async throws {
        let queue = DrawingQueue(perClient: 2), log = Log(), gate = DispatchSemaphore(value: 0)
        let busy = try await Self.ask(queue, 1, client: "page", "busy", log: log, gate: gate, waiting: 1)
        let first = try await Self.ask(queue, 2, client: "page", "first", log: log, waiting: 2)
        // Another client's request is no part of this one's limit.
        let other = try await Self.ask(queue, 3, client: "other", "other", log: log, waiting: 3)
        let second = Task { await queue.drawing(Self.key(4), client: "page", make: Self.drawing("second", log: log)) }
        if case .superseded = await first.value {} else { Issue.record("the client's oldest waiting drawing is given up") }
        gate.signal()
        _ = await (busy.value, other.value, second.value)
        #expect(log.all == ["busy", "second", "other"])
    }

    @Test func keepsTheMostRecentlyUsedDrawings() async throws {
        let queue = DrawingQueue(capacity: 2), log = Log()
        for n in 1...2 { _ = await queue.drawing(Self.key(n), client: "a", make: Self.drawing("\(n)", log: log)) }
        _ = await queue.drawing(Self.key(1), client: "a", make: Self.drawing("1 again", log: log))
        _ = await queue.drawing(Self.key(3), client: "a", make: Self.drawing("3", log: log))
        let kept = [await queue.isCached(Self.key(1)), await queue.isCached(Self.key(2)), await queue.isCached(Self.key(3))]
        #expect(kept == [true, false, true])
        #expect(log.all == ["1", "2", "3"])
    }
}
