import Foundation
import EcomapCore

/// The maps a preview serves, as they are on disk now: each map's last
/// reading, its problems, and its last drawing without errors. Told by the
/// file watcher when a file changes; tells each page's event stream.
package actor Preview {
    /// One map file.
    package struct Entry: Sendable {
        package let path: String
        /// Its page's name in addresses: the map's short name, made unique.
        package let slug: String
        var bytes: [UInt8]?
        var diagnostics: [Diagnostic] = []
        var source: SourceText?
        /// The last reading that had no errors, and which one it was (to keep drawings by).
        var good: CheckedMap?
        var generation = 0
    }

    package private(set) var entries: [Entry]
    package private(set) var best: Entry?
    /// Goes up by one whenever any file changes what the pages show.
    package private(set) var version = 0
    package let defaults: PreviewOptions
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]
    private var drawings: [String: Task<PreviewUpdate.Drawing, Never>] = [:]
    private var finished = false

    package init(paths: [String], best: String?, defaults: PreviewOptions) {
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
                         good: entry.good, generation: entry.generation)
        }
        self.best = best.map { Entry(path: $0, slug: "best") }
        self.defaults = defaults
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
            entry.generation += 1
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
    package func finish() {
        finished = true
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    /// What a page shows now for `slug` with `options`.
    package func update(_ slug: String, options: PreviewOptions) async -> PreviewUpdate? {
        guard let entry = entry(slug) else { return nil }
        let comparing = best
        let key = "\(slug)|\(entry.generation)|\(comparing?.generation ?? -1)|\(options.query)"
        let task: Task<PreviewUpdate.Drawing, Never>
        if let known = drawings[key] {
            task = known
        } else {
            // Drawings of this map's earlier readings are no use now; and a few dozen option sets are plenty.
            let current = "\(slug)|\(entry.generation)|\(comparing?.generation ?? -1)|"
            drawings = drawings.filter { !$0.key.hasPrefix("\(slug)|") || $0.key.hasPrefix(current) }
            if drawings.count >= 32 { drawings = [:] }
            task = Task.detached { await PreviewUpdate.draw(entry, best: comparing, options: options, key: key) }
            drawings[key] = task
        }
        let drawing = await task.value
        return PreviewUpdate(version: version, entry: entry, best: comparing, options: options, drawing: drawing)
    }
}
