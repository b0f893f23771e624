import Foundation
import EcomapCore
import EcomapRender

/// The maps a preview serves, as they are on disk now: each map's last
/// reading, its problems, and its last drawing without errors. Told by the
/// file watcher when a file changes; tells each page's event stream. Its
/// drawings are made by a ``DrawingQueue``.
package actor Preview {
    /// One map file.
    package struct Entry: Sendable {
        package let path: String
        /// Its page's name in addresses: the map's short name, made unique.
        package let slug: String
        var bytes: [UInt8]?
        var diagnostics: [Diagnostic] = []
        var source: SourceText?
        /// The last reading that had no errors, and its bytes (what its drawings are kept by).
        var good: CheckedMap?
        var content: MapContent?
    }

    /// What a page asks for.
    package enum Answer: Sendable {
        case shown(PreviewUpdate)
        /// No map has that name.
        case unknown
        /// Given up for the client's newer requests (``DrawingQueue``).
        case superseded
        /// The asker went away.
        case abandoned
    }

    package private(set) var entries: [Entry]
    package private(set) var best: Entry?
    /// Goes up by one whenever any file changes what the pages show.
    package private(set) var version = 0
    package let defaults: PreviewOptions
    package let queue: DrawingQueue
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]
    private var finished = false
    /// Where each page's last drawing put the nodes, by map and options: the
    /// next drawing starts from there, so an edit moves little.
    private var places: [PlacesKey: [String: Position]] = [:]
    private let bestDrawings = BestDrawings()

    private struct PlacesKey: Hashable {
        var slug: String
        var options: PreviewOptions
    }

    package init(paths: [String], best: String?, defaults: PreviewOptions, queue: DrawingQueue = DrawingQueue()) {
        var used = Set<String>()
        entries = paths.map { path in
            var entry = Entry(path: path, slug: "")
            Preview.read(&entry)
            // The map's short name, or its file's when it has errors; made unique.
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            var slug = Identifier.sanitised(entry.good?.identifier ?? stem)
            if !used.insert(slug).inserted {
                var n = 2
                while !used.insert("\(slug)-\(n)").inserted { n += 1 }
                slug = "\(slug)-\(n)"
            }
            return Entry(path: path, slug: slug, bytes: entry.bytes, diagnostics: entry.diagnostics, source: entry.source,
                         good: entry.good, content: entry.content)
        }
        self.best = best.map { Entry(path: $0, slug: "best") }
        self.defaults = defaults
        self.queue = queue
        if self.best != nil { Preview.read(&self.best!) }
    }

    /// Every file the preview reads, for the watcher.
    package nonisolated func paths() async -> [String] {
        await entries.map(\.path) + (best.map { [$0.path] } ?? [])
    }

    package func entry(_ slug: String) -> Entry? { entries.first { $0.slug == slug } }

    /// Reads the files that changed again; when any reads differently, the pages are told.
    package func filesChanged(_ changed: Set<String>) {
        var any = false
        for i in entries.indices where changed.contains(FileWatcher.absolute(entries[i].path)) {
            any = Preview.read(&entries[i]) || any
        }
        if best != nil, changed.contains(FileWatcher.absolute(best!.path)) { any = Preview.read(&best!) || any }
        guard any else { return }
        version += 1
        for listener in listeners.values { listener.yield(version) }
    }

    /// Reads a file and checks it; false when its bytes are what they were.
    /// A file that isn't a regular file (a named pipe put in its place) is a
    /// diagnostic like a missing one: FileIO never waits on it.
    @discardableResult
    static func read(_ entry: inout Entry) -> Bool {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.contents(of: entry.path)
        } catch {
            // Between an editor's delete and its write the file is missing: say so, keep the last drawing.
            guard entry.bytes != nil || entry.diagnostics.isEmpty else { return false }
            entry.bytes = nil
            entry.diagnostics = [error]
            entry.source = nil
            return true
        }
        if bytes == entry.bytes { return false }
        entry.bytes = bytes
        let document = MapDocument(source: SourceText(name: entry.path, bytes: bytes))
        entry.diagnostics = document.diagnostics
        entry.source = document.source
        if let checked = document.checked {
            entry.good = checked
            entry.content = MapContent(bytes)
        }
        return true
    }

    /// A stream of versions for one page: the current version at once, then each new one.
    package func subscribe() -> (UUID, AsyncStream<Int>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        if finished { continuation.finish(); return (id, stream) }
        listeners[id] = continuation
        // A page that goes away (its stream's reader is cancelled) is forgotten.
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        continuation.yield(version)
        return (id, stream)
    }

    package func unsubscribe(_ id: UUID) {
        listeners.removeValue(forKey: id)?.finish()
    }

    /// Ends every page's stream: the server is stopping.
    package func finish() async {
        finished = true
        for listener in listeners.values { listener.finish() }
        listeners = [:]
        await queue.stop()
    }

    /// What a page shows now for `slug` with `options`, asked for by `client`.
    package func update(_ slug: String, options: PreviewOptions, client: String) async -> Answer {
        guard let entry = entry(slug) else { return .unknown }
        let comparing = best
        let shownVersion = version
        guard let content = entry.content else {
            // Never read without errors: nothing to draw, only the problems to show.
            let none = PreviewUpdate.Drawing(figure: nil, comparison: nil, problems: [], key: "", places: [:])
            return .shown(PreviewUpdate(version: shownVersion, entry: entry, best: comparing, options: options, drawing: none))
        }
        let key = DrawingQueue.Key(map: content, best: comparing?.content, options: options)
        let start = places[PlacesKey(slug: slug, options: options)]
        let bestDrawings = self.bestDrawings
        let outcome = await queue.drawing(key, client: client) {
            PreviewUpdate.draw(entry, best: comparing, options: options, places: start, bestDrawings: bestDrawings)
        }
        switch outcome {
        case .drawn(let drawing):
            if !drawing.places.isEmpty {
                // A few dozen pages' worth is plenty; past that, start again.
                if places.count >= 64 { places = [:] }
                places[PlacesKey(slug: slug, options: options)] = drawing.places
            }
            return .shown(PreviewUpdate(version: shownVersion, entry: entry, best: comparing, options: options, drawing: drawing))
        case .superseded: return .superseded
        case .abandoned: return .abandoned
        }
    }
}
