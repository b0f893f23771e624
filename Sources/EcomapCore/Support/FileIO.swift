#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing files with errors that say what went wrong, and
/// writes that never leave half a file behind.
package enum FileIO {
    /// The largest file ecomap reads: far above any real map (a 1,000,000-link
    /// map is about 60 MB), low enough that a mistaken path can't exhaust memory.
    package static let maximumFileSize = 1 << 30

    /// The bytes of the file at `path`, or of standard input for `-`, refusing
    /// anything over `limit` bytes.
    package static func contents(of path: String, limit: Int = maximumFileSize, kind: Kind = .map) throws(Diagnostic) -> [UInt8] {
        if path == "-" { return try readAll(fd: STDIN_FILENO, name: path, limit: limit, kind: kind) }
        // Without O_NONBLOCK, opening a named pipe waits for a writer, for
        // ever if none comes, and no signal handler runs meanwhile; with it,
        // the open returns at once and the check below refuses the pipe.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, errno, reading: true) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, errno, reading: true) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw Diagnostic(.unreadableFile, "'\(path)' is a folder, not a map file",
                             hint: "name a .ecomap file inside it", file: path, at: .none)
        default:
            throw notAFile(path, info.st_mode & S_IFMT)
        }
        return try readAll(fd: fd, name: path, expected: Int(info.st_size), limit: limit, kind: kind)
    }

    /// Whether `path` is something other than a file or a folder (a named
    /// pipe, a device, a socket): the diagnostic that says so, or nil. Asked
    /// without opening it, which for a pipe could wait for ever.
    package static func problemWithKind(of path: String) -> Diagnostic? {
        guard path != "-" else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        return kind == S_IFREG || kind == S_IFDIR ? nil : notAFile(path, kind)
    }

    private static func notAFile(_ path: String, _ kind: mode_t) -> Diagnostic {
        let what = switch kind {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "not a regular file"
        }
        return Diagnostic(.notAFile, "'\(path)' is \(what), not a file; reading it could wait for ever",
                          hint: "name the map file itself; to read from a pipe, give '-' and send it to standard input",
                          file: path, at: .none)
    }

    /// What a file is read as, for the message when it is too large.
    package enum Kind: Sendable { case map, document }

    /// Reads to the end; `expected` (a regular file's size) lets it read in one go.
    private static func readAll(fd: Int32, name: String, expected: Int = 0, limit: Int, kind: Kind) throws(Diagnostic) -> [UInt8] {
        if expected > limit { throw tooLarge(name, limit, kind) }
        var bytes = [UInt8](repeating: 0, count: max(expected + 1, 1 << 16))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(name, errno, reading: true)
            }
            count += n
            if count > limit { throw tooLarge(name, limit, kind) }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func tooLarge(_ name: String, _ limit: Int, _ kind: Kind) -> Diagnostic {
        let size = limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit) bytes"
        return switch kind {
        case .map: Diagnostic(.fileTooLarge, "'\(name)' is over \(size), too large to be a map",
                              hint: "split it into several maps", file: name, at: .none)
        case .document: Diagnostic(.fileTooLarge, "'\(name)' is over \(size), too large for a document to embed maps in",
                                   hint: "split it into several documents", file: name, at: .none)
        }
    }

    /// Writes `bytes` to `path` all at once: into a temporary file beside it,
    /// then renamed over it. A failure leaves no partial file and leaves an
    /// existing file untouched. `-` writes to standard output.
    package static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
        try writeAtomically([(path, bytes)])
    }

    /// Writes several files that belong together (a report and its drawings):
    /// every destination is checked and every file written to a temporary
    /// file first, and only then are they moved into place, the last named
    /// last, so a failure leaves none of them behind.
    ///
    /// A link is written through to the file it names, and an existing file
    /// keeps its permissions. Devices and pipes (`/dev/null`, `/dev/stdout`,
    /// a shell's `>(…)`) are written to directly: they can't be replaced, and
    /// a rename would put a plain file where the device was.
    package static func writeAtomically(_ files: [(path: String, bytes: [UInt8])]) throws(Diagnostic) {
        let destinations = try files.map { file throws(Diagnostic) in try destination(file.path) }
        var staged: [Staged] = []
        // No temporary file stays behind: removed on failure here, and on
        // SIGINT or SIGTERM by TemporaryFiles (the first 32 of a write that
        // stages more; the others only here).
        defer {
            for file in staged {
                if !file.renamed { unlink(file.temporary) }
                TemporaryFiles.unregister(file.slot)
            }
        }
        for (destination, file) in zip(destinations, files) {
            if case .replace(let path, let mode) = destination {
                staged.append(try stage(file.bytes, beside: path, mode: mode))
            }
        }
        for (destination, file) in zip(destinations, files) {
            switch destination {
            case .standardOutput: try writeAll(file.bytes, fd: STDOUT_FILENO, name: file.path)
            case .stream(let path):
                let fd = open(path, O_WRONLY)
                guard fd >= 0 else { throw failure(file.path, errno, reading: false) }
                defer { close(fd) }
                try writeAll(file.bytes, fd: fd, name: file.path)
            case .replace: break
            }
        }
        for k in staged.indices {
            guard rename(staged[k].temporary, staged[k].path) == 0 else { throw failure(staged[k].path, errno, reading: false) }
            staged[k].renamed = true
        }
    }

    /// A file written beside its destination, waiting to be renamed over it.
    private struct Staged {
        var temporary: String
        var path: String
        /// Its registration with ``TemporaryFiles``.
        var slot: Int?
        var renamed = false
    }

    /// Where and how a file is written.
    enum Destination {
        case standardOutput
        /// A device, pipe or socket: written to in place.
        case stream(String)
        /// A file, new or replaced whole; `mode` is the permissions to give it.
        case replace(String, mode: mode_t?)
    }

    /// Works out how to write `path`, refusing a folder or a file ecomap may
    /// not write before anything is written.
    static func destination(_ path: String) throws(Diagnostic) -> Destination {
        if path == "-" { return .standardOutput }
        var link = stat()
        if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK, !mayFollow(link, in: folder(of: path)) {
            throw Diagnostic(.unwritableFile, "'\(path)' is a link that another user made in a shared folder; ecomap does not write through it",
                             hint: "write to a path of your own, or remove the link", file: path, at: .none)
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno != ENOENT { throw failure(path, errno, reading: false) }
            var link = stat()
            if lstat(path, &link) == 0 {
                throw Diagnostic(.unwritableFile, "'\(path)' is a link to a file that does not exist",
                                 hint: "remove the link or write to another path", file: path, at: .none)
            }
            return .replace(path, mode: nil)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw failure(path, EISDIR, reading: false)
        case S_IFREG:
            guard access(path, W_OK) == 0 else {
                // A file on a read-only disk is not the file's fault: no chmod will help.
                if errno == EROFS { throw failure(path, EROFS, reading: false) }
                throw Diagnostic(.unwritableFile, "'\(path)' is read-only",
                                 hint: "write to another path, or make the file writable (chmod u+w)",
                                 file: path, at: .none)
            }
            // A link's target is replaced, not the link.
            guard let real = realpath(path, nil) else { throw failure(path, errno, reading: false) }
            defer { free(real) }
            return .replace(String(cString: real), mode: info.st_mode & 0o7777)
        default: return .stream(path)
        }
    }

    /// Whether a link may be followed to write, by the rule of Linux's
    /// `fs.protected_symlinks`: in a folder anyone may write to but only
    /// owners may delete from (sticky and world-writable, as /tmp), a link
    /// is followed only by its owner, or when the folder's owner made it.
    /// Otherwise another user could point a name in /tmp at a file of
    /// yours (or, for root, at any file) and have ecomap overwrite it.
    /// ecomap resolves links itself (to replace the file, not the link), so
    /// the kernel's own check never runs: this is it, whatever the
    /// machine's setting.
    ///
    /// Only the last part of the path is checked: that is the name another
    /// user can plant; the folders on the way are the user's choice.
    ///
    /// Hard links are not followed: a file with several names is replaced
    /// under the one written to, and its other names keep the old contents.
    /// Writing into the shared file instead would lose the all-or-nothing
    /// write, and would let a hard link planted in a shared folder make
    /// ecomap overwrite a file it points at (what `fs.protected_hardlinks` stops).
    static func mayFollow(_ link: stat, in folder: String) -> Bool {
        var parent = stat()
        guard stat(folder, &parent) == 0 else { return false }
        let shared = parent.st_mode & S_ISVTX != 0 && parent.st_mode & S_IWOTH != 0
        return !shared || link.st_uid == geteuid() || link.st_uid == parent.st_uid
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes `bytes` to a new temporary file in `path`'s folder and returns its name.
    ///
    /// The file is created with `O_EXCL` and mode 0666, so the kernel applies
    /// the user's umask itself (the process-wide umask is never changed: a
    /// file another thread created meanwhile would get the wrong mode). A
    /// replaced file gets its own permissions back, without set-user-ID or
    /// set-group-ID: a new file must not run as someone else.
    private static func stage(_ bytes: [UInt8], beside path: String, mode: mode_t?) throws(Diagnostic) -> Staged {
        let (fd, temporary, slot) = try createTemporary(beside: path)
        do throws(Diagnostic) {
            try writeAll(bytes, fd: fd, name: path)
            if let mode, fchmod(fd, mode & ~(S_ISUID | S_ISGID)) != 0 { throw failure(path, errno, reading: false) }
        } catch {
            close(fd)
            unlink(temporary)
            TemporaryFiles.unregister(slot)
            throw error
        }
        // A network disk may report a failed write only now.
        if close(fd) != 0 {
            let code = errno
            unlink(temporary)
            TemporaryFiles.unregister(slot)
            throw failure(path, code, reading: false)
        }
        return Staged(temporary: temporary, path: path, slot: slot)
    }

    /// A new, empty temporary file in `path`'s folder: its descriptor, its
    /// name, and its slot in ``TemporaryFiles`` (registered before the file
    /// exists, so there is no moment when a signal would leave it behind).
    static func createTemporary(beside path: String) throws(Diagnostic) -> (fd: Int32, name: String, slot: Int?) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var fd: Int32 = -1
        var temporary = ""
        var slot: Int?
        var code: Int32 = 0
        for _ in 0..<100 {
            let tag = String(UInt32.random(in: .min ... .max), radix: 36)
            temporary = "\(directory.isEmpty ? "" : directory)/.\(base).tmp-\(tag)"
            slot = TemporaryFiles.register(temporary)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { break }
            code = errno
            TemporaryFiles.unregister(slot)
            slot = nil
            if code != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(path, code, reading: false) }
        return (fd, temporary, slot)
    }

    /// Writes text as UTF-8; see ``writeAtomically(_:to:)-(_,_)``.
    package static func writeAtomically(_ text: String, to path: String) throws(Diagnostic) {
        try writeAtomically(Array(text.utf8), to: path)
    }

    static func writeAll(_ bytes: [UInt8], fd: Int32, name: String) throws(Diagnostic) {
        // withUnsafeBytes rethrows untyped: carry the diagnostic out by hand.
        var problem: Diagnostic?
        bytes.withUnsafeBytes { buffer in
            do throws(Diagnostic) { try writeAll(buffer, fd: fd, name: name) } catch { problem = error }
        }
        if let problem { throw problem }
    }

    static func writeAll(_ bytes: UnsafeRawBufferPointer, fd: Int32, name: String) throws(Diagnostic) {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(name, errno, reading: false)
            }
            offset += n
        }
    }

    static func failure(_ path: String, _ code: Int32, reading: Bool) -> Diagnostic {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        // `-` is standard input or output, not a file called '-'.
        let what = path == "-" ? (reading ? "standard input" : "standard output") : "'\(path)'"
        let (message, hint): (String, String?) = switch code {
        case ENOENT where reading: ("no such file \(what)", "check the path; maps usually end in .ecomap")
        case ENOENT where isFolder(folder): ("can't create files in '\(folder)'", "write somewhere else, such as the current folder")
        case ENOENT: ("can't write \(what): its folder does not exist", "create the folder first (mkdir -p \(folder))")
        case ENOTDIR: ("can't \(reading ? "read" : "write") \(what): part of the path is a file, not a folder", "check the path")
        case EACCES, EPERM: ("permission denied for \(what)",
                             reading ? "check the file's permissions" : "write to a folder you own, such as the current folder")
        case EROFS: ("can't write \(what): it is on a read-only filesystem (a read-only mount or disk)",
                     "write to a folder on a disk you can write to, such as your home folder")
        case EISDIR: ("\(what) is a folder", "name a file inside it")
        case ENOSPC: ("no space left on the disk to write \(what)", "free some space, or write somewhere else")
        default: ("can't \(reading ? "read" : "write") \(what): \(String(cString: strerror(code)))", nil)
        }
        return Diagnostic(reading ? .unreadableFile : .unwritableFile, message, hint: hint,
                          file: path == "-" ? "" : path, at: .none)
    }

    /// Makes a folder and the folders above it that are missing (`mkdir -p`),
    /// for a command that writes a site of many files.
    package static func makeFolders(_ path: String) throws(Diagnostic) {
        var made = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            made += "/" + part
            if isFolder(made) { continue }
            let shown = made == "./" + part ? String(part) : made
            guard mkdir(made, 0o755) == 0 || (errno == EEXIST && isFolder(made)) else {
                if errno == EEXIST {
                    throw Diagnostic(.unwritableFile, "'\(shown)' is a file, not a folder", hint: "name a folder to write into, or a new one to make",
                                     file: shown, at: .none)
                }
                throw failure(shown, errno, reading: false)
            }
        }
    }

    package static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether two paths name the same existing file (through links too), so a
    /// command can refuse to write its output over its own input.
    package static func sameFile(_ a: String, _ b: String) -> Bool {
        guard a != "-", b != "-" else { return false }
        var x = stat(), y = stat()
        return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino
            && (x.st_mode & S_IFMT) == S_IFREG
    }
}

