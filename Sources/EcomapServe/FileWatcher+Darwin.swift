#if canImport(Darwin)
import Darwin
import Foundation
import EcomapCore

/// kqueue: each folder is watched for entries written, created, renamed or
/// deleted (NOTE_WRITE on a folder), and each file for writes to it; a file
/// replaced by a rename is a new file, so its watch is made again after any
/// change in its folder.
final class WatchSystem {
    let queue: Int32
    /// Open descriptors: each folder's, then each file's (-1 while it is missing).
    var folderFDs: [String: Int32] = [:]
    var fileFDs: [String: Int32] = [:]

    init(_ watcher: FileWatcher) throws(Diagnostic) {
        queue = kqueue()
        guard queue >= 0 else { throw FileWatcher.failure("files", errno) }
        for folder in watcher.folders {
            let fd = open(folder, O_EVTONLY)
            guard fd >= 0 else {
                let code = errno
                Darwin.close(queue)
                throw FileWatcher.failure("the folder '\(folder)'", code)
            }
            folderFDs[folder] = fd
            add(fd, flags: UInt32(NOTE_WRITE | NOTE_DELETE | NOTE_RENAME))
        }
        for file in watcher.files { fileFDs[file] = -1 }
        add(watcher.wake.read, filter: Int16(EVFILT_READ), flags: 0)
        rewatchFiles()
    }

    private func add(_ fd: Int32, filter: Int16 = Int16(EVFILT_VNODE), flags: UInt32) {
        var change = kevent(ident: UInt(fd), filter: filter, flags: UInt16(EV_ADD | EV_CLEAR), fflags: flags, data: 0, udata: nil)
        _ = kevent(queue, &change, 1, nil, 0, nil)
    }

    /// Opens each file again (closing the old descriptor), so that a file
    /// replaced by a rename is watched, not the one it replaced.
    private func rewatchFiles() {
        for (file, old) in fileFDs {
            if old >= 0 { Darwin.close(old) }
            let fd = open(file, O_EVTONLY)
            fileFDs[file] = fd
            if fd >= 0 { add(fd, flags: UInt32(NOTE_WRITE | NOTE_EXTEND | NOTE_ATTRIB | NOTE_DELETE | NOTE_RENAME)) }
        }
    }

    func run(_ watcher: FileWatcher) {
        var burst = FileWatcher.Burst()
        var events = [kevent](repeating: kevent(), count: 16)
        while true {
            let wait = burst.wait(now: FileWatcher.now(), quiet: watcher.quiet, longest: watcher.longest)
            var timeout = timespec(tv_sec: Int(wait ?? 0), tv_nsec: Int(((wait ?? 0).truncatingRemainder(dividingBy: 1)) * 1e9))
            let count = wait == nil ? kevent(queue, nil, 0, &events, 16, nil) : kevent(queue, nil, 0, &events, 16, &timeout)
            if count < 0 && errno != EINTR { return }
            let now = FileWatcher.now()
            var folderChanged = false
            for event in events.prefix(max(0, Int(count))) {
                let fd = Int32(event.ident)
                if fd == watcher.wake.read { return }
                if let file = fileFDs.first(where: { $0.value == fd })?.key {
                    burst.add(file, at: now)
                } else if let folder = folderFDs.first(where: { $0.value == fd })?.key {
                    folderChanged = true
                    // Something in the folder changed: any file of ours there may have been replaced.
                    for file in watcher.files where (file as NSString).deletingLastPathComponent == folder { burst.add(file, at: now) }
                }
            }
            if folderChanged { rewatchFiles() }
            if let left = burst.wait(now: FileWatcher.now(), quiet: watcher.quiet, longest: watcher.longest), left <= 0 {
                watcher.onChange(burst.changed)
                burst = FileWatcher.Burst()
            }
        }
    }

    func close() {
        for fd in folderFDs.values + fileFDs.values where fd >= 0 { Darwin.close(fd) }
        Darwin.close(queue)
    }
}
#endif
