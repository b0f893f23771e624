#if canImport(Glibc)
import Glibc
import EcomapCore

/// inotify, through Glibc: one watch per folder, for entries written,
/// created, moved in or out, or deleted.
struct WatchSystem {
    let fd: Int32
    /// Each watch descriptor's folder.
    var folders: [Int32: String] = [:]

    init(_ watcher: FileWatcher) throws(Diagnostic) {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { throw FileWatcher.failure("files", errno) }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        for folder in watcher.folders {
            let wd = inotify_add_watch(fd, folder, mask)
            guard wd >= 0 else {
                let code = errno
                Glibc.close(fd)
                throw FileWatcher.failure("the folder '\(folder)'", code)
            }
            folders[wd] = folder
        }
    }

    func run(_ watcher: FileWatcher) {
        var burst = FileWatcher.Burst()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let wait = burst.wait(now: FileWatcher.now(), quiet: watcher.quiet, longest: watcher.longest)
            var polls = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                         pollfd(fd: watcher.wake.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&polls, 2, wait.map { Int32(($0 * 1000).rounded(.up)) } ?? -1)
            if ready < 0 && errno != EINTR { return }
            if polls[1].revents != 0 { return }
            if polls[0].revents != 0 {
                let count = read(fd, &buffer, buffer.count)
                if count > 0 { events(buffer, count: count, watcher: watcher, into: &burst) }
            }
            if let left = burst.wait(now: FileWatcher.now(), quiet: watcher.quiet, longest: watcher.longest), left <= 0 {
                watcher.onChange(burst.changed)
                burst = FileWatcher.Burst()
            }
        }
    }

    /// The watched files named by the events in `buffer`.
    private func events(_ buffer: [UInt8], count: Int, watcher: FileWatcher, into burst: inout FileWatcher.Burst) {
        let header = MemoryLayout<inotify_event>.size
        var offset = 0
        let now = FileWatcher.now()
        buffer.withUnsafeBytes { raw in
            while offset + header <= count {
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                let nameLength = Int(event.len)
                if nameLength > 0, let folder = folders[event.wd] {
                    let bytes = raw[(offset + header)..<min(count, offset + header + nameLength)]
                    let name = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                    let path = folder == "/" ? "/" + name : folder + "/" + name
                    if watcher.files.contains(path) { burst.add(path, at: now) }
                }
                offset += header + nameLength
            }
        }
    }

    func close() { Glibc.close(fd) }
}
#endif
