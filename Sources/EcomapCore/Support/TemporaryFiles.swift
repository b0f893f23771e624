import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files ``FileIO`` is writing, removed if the process is
/// stopped by SIGINT, SIGTERM or SIGHUP before it has renamed them into place.
///
/// A stopped write used to leave a hidden `.NAME.tmp-XXXXXX` of up to
/// 100 MB beside the output. While any file is being staged, a handler is
/// installed for those signals (unless the program ignores them: `nohup` and
/// background jobs stay as they were); it unlinks every registered path,
/// which is all a signal handler may safely do, puts the program's own
/// handling back and raises the signal again, so the process ends as it
/// would have (status 130 or 143 from a shell). When the last file is done,
/// the program's own handling is put back. The first 32 files staged at
/// once are covered: a directory site stages hundreds, and a signal while
/// it is writing may leave the rest of its temporaries behind.
///
/// Written by hand: no library offers cleanup on signal in Swift.
enum TemporaryFiles {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Files staged at once by one process that a signal removes: a report
    /// writes four. More are written unregistered, as a path too long for a
    /// slot is: waiting for a free slot would never end when one write
    /// stages them all (a directory site of hundreds of pages), since its
    /// slots are freed only once every file is in place.
    private static let slotCount = 32
    /// Room for a path of PATH_MAX bytes and its NUL.
    private static let slotSize = 4097

    /// Fixed storage the handler reads. Allocated once and never freed or
    /// moved, so the handler never touches memory that Swift manages.
    private static let storage = Storage()

    private final class Storage: @unchecked Sendable {
        let paths = UnsafeMutablePointer<CChar>.allocate(capacity: TemporaryFiles.slotCount * TemporaryFiles.slotSize)
        /// 1 while a slot's path is registered. Set only after the path is
        /// copied in (by `strcpy`, a call the compiler can't move the store
        /// across), cleared before a slot is reused.
        let used = UnsafeMutablePointer<Int>.allocate(capacity: TemporaryFiles.slotCount)
        /// The handling each signal had before ecomap's, by signal number.
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        let installed = UnsafeMutablePointer<Bool>.allocate(capacity: 65)
        let lock = NSLock()
        var registered = 0

        init() {
            used.initialize(repeating: 0, count: TemporaryFiles.slotCount)
            installed.initialize(repeating: false, count: 65)
            previous.initialize(repeating: sigaction(), count: 65)
        }
    }

    /// Registers `path` for removal on a signal; hand the result to ``unregister(_:)``.
    /// Paths too long for a slot, and paths beyond the slots, are written unregistered (nil).
    static func register(_ path: String) -> Int? {
        let s = storage
        guard path.utf8.count < slotSize else { return nil }
        s.lock.lock()
        defer { s.lock.unlock() }
        guard let k = (0..<slotCount).first(where: { s.used[$0] == 0 }) else { return nil }
        _ = path.withCString { strcpy(s.paths + k * slotSize, $0) }
        s.used[k] = 1
        if s.registered == 0 { install() }
        s.registered += 1
        return k
    }

    /// The file is in place (or removed): a signal must no longer touch its old name.
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        let s = storage
        s.lock.lock()
        defer { s.lock.unlock() }
        s.used[slot] = 0
        s.registered -= 1
        if s.registered == 0 { restore() }
    }

    private static func install() {
        let s = storage
        for signal in signals {
            var current = sigaction()
            guard sigaction(signal, nil, &current) == 0, !isIgnored(current) else { continue }
            var action = sigaction()
            setHandler(&action, onSignal)
            sigemptyset(&action.sa_mask)
            s.previous[Int(signal)] = current
            if sigaction(signal, &action, nil) == 0 { s.installed[Int(signal)] = true }
        }
    }

    private static func restore() {
        let s = storage
        for signal in signals where s.installed[Int(signal)] {
            sigaction(signal, s.previous + Int(signal), nil)
            s.installed[Int(signal)] = false
        }
    }

    /// Runs in the signal handler: only async-signal-safe calls (unlink, sigaction, raise).
    fileprivate static func removeAllAndReraise(_ signal: Int32) {
        let s = storage
        for k in 0..<slotCount where s.used[k] == 1 {
            unlink(s.paths + k * slotSize)
        }
        sigaction(signal, s.previous + Int(signal), nil)
        raise(signal)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Darwin)
        return unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        #else
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        #endif
    }

    private static func setHandler(_ action: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handler
        #else
        action.__sigaction_handler.sa_handler = handler
        #endif
    }
}

/// The handler itself: a C function, with nothing captured.
private func onSignal(_ signal: Int32) {
    TemporaryFiles.removeAllAndReraise(signal)
}
