import Foundation
import EcomapCore

/// Tells when files change: the one watcher behind `ecomap watch` and the
/// live preview.
///
/// It watches the folder each file is in, not the file, so a save by an
/// editor that writes a new file and renames it over the old one (vim, most
/// IDEs), or that deletes and recreates it, is seen like a write in place. A
/// burst of events (an editor saves in several steps) is told once, when the
/// folder has been quiet for `quiet` seconds (at most `longest` after the
/// first event). The callback runs on the watcher's own thread.
///
/// No file-watching library is in the packages ecomap may use, so the small
/// part that asks the system is written here: inotify on Linux
/// (`FileWatcher+Linux.swift`), kqueue on macOS (`FileWatcher+Darwin.swift`).
package final class FileWatcher: @unchecked Sendable {
    /// The files, as absolute, standardised paths, and the folders they are in.
    let files: Set<String>
    let folders: [String]
    let quiet: Double
    let longest: Double
    let onChange: @Sendable (Set<String>) -> Void
    /// Written to by ``stop()`` to wake the watching thread.
    let wake: (read: Int32, write: Int32)
    private let done = DispatchSemaphore(value: 0)
    private var thread: Thread?

    /// Starts watching `paths`; `onChange` gets the ones that changed.
    /// - Throws: a diagnostic when the system can't watch a file's folder.
    package init(paths: [String], quiet: Double = 0.03, longest: Double = 0.3,
                 onChange: @escaping @Sendable (Set<String>) -> Void) throws(Diagnostic) {
        let absolute = paths.map(FileWatcher.absolute)
        files = Set(absolute)
        var folders: [String] = []
        for path in absolute {
            let folder = (path as NSString).deletingLastPathComponent
            if !folders.contains(folder) { folders.append(folder) }
        }
        self.folders = folders
        self.quiet = quiet
        self.longest = longest
        self.onChange = onChange
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw FileWatcher.failure("a pipe", errno) }
        wake = (fds[0], fds[1])
        let system: WatchSystem
        do throws(Diagnostic) {
            system = try WatchSystem(self)
        } catch {
            close(fds[0]); close(fds[1])
            throw error
        }
        let thread = Thread { [self] in
            system.run(self)
            system.close()
            done.signal()
        }
        thread.name = "ecomap file watcher"
        thread.start()
        self.thread = thread
    }

    /// Stops watching and waits for the watching thread to finish; no callback runs after it returns.
    package func stop() {
        guard thread != nil else { return }
        thread = nil
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
        done.wait()
        close(wake.read)
        close(wake.write)
    }

    deinit { stop() }

    /// The path made absolute and tidy (`./`, `..`), as the system names it in events.
    package static func absolute(_ path: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        return url.standardizedFileURL.path
    }

    static func failure(_ what: String, _ code: Int32) -> Diagnostic {
        Diagnostic(.unreadableFile, "can't watch \(what) for changes: \(String(cString: strerror(code)))",
                   hint: "check that the folder exists and can be read", at: .none)
    }

    /// Gathers the events of one burst and tells them when it is over.
    struct Burst {
        var changed = Set<String>()
        var first: Double = 0
        var last: Double = 0

        mutating func add(_ path: String, at now: Double) {
            if changed.isEmpty { first = now }
            changed.insert(path)
            last = now
        }

        /// Seconds until the burst should be told; nil when there is nothing to tell.
        func wait(now: Double, quiet: Double, longest: Double) -> Double? {
            guard !changed.isEmpty else { return nil }
            return max(0, min(last + quiet, first + longest) - now)
        }
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
