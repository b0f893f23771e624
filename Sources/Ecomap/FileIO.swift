#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing files with errors that say what went wrong, and
/// writes that never leave half a file behind.
public enum FileIO {
    /// The largest file ecomap reads: far above any real map (a 1,000,000-link
    /// map is about 60 MB), low enough that a mistaken path can't exhaust memory.
    public static let maximumFileSize = 1 << 30

    /// The bytes of the file at `path`, or of standard input for `-`, refusing
    /// anything over `limit` bytes.
    public static func contents(of path: String, limit: Int = maximumFileSize) throws(Diagnostic) -> [UInt8] {
        if path == "-" { return try readAll(fd: STDIN_FILENO, name: path, limit: limit) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw failure(path, errno, reading: true) }
        defer { close(fd) }
        var info = stat()
        var expected = 0
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw Diagnostic(.error, "unreadable-file", "'\(path)' is a folder, not a map file",
                                 hint: "name a .ecomap file inside it", file: path, at: .none)
            }
            if (info.st_mode & S_IFMT) == S_IFREG { expected = Int(info.st_size) }
        }
        return try readAll(fd: fd, name: path, expected: expected, limit: limit)
    }

    /// Reads to the end; `expected` (a regular file's size) lets it read in one go.
    private static func readAll(fd: Int32, name: String, expected: Int = 0, limit: Int) throws(Diagnostic) -> [UInt8] {
        if expected > limit { throw tooLarge(name, limit) }
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
            if count > limit { throw tooLarge(name, limit) }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func tooLarge(_ name: String, _ limit: Int) -> Diagnostic {
        let size = limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit) bytes"
        return Diagnostic(.error, "file-too-large", "'\(name)' is over \(size), too large to be a map",
                   hint: "split it into several maps", file: name, at: .none)
    }

    /// Writes `bytes` to `path` all at once: into a temporary file beside it,
    /// then renamed over it. A failure leaves no partial file and leaves an
    /// existing file untouched. `-` writes to standard output.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
        try writeAtomically([(path, bytes)])
    }

    /// Writes several files that belong together (a report and its drawings):
    /// all are written to temporary files first, and only when every one is
    /// written are they renamed into place, the last named last.
    public static func writeAtomically(_ files: [(path: String, bytes: [UInt8])]) throws(Diagnostic) {
        var staged: [(temporary: String, path: String)] = []
        var done = false
        defer { if !done { for file in staged { unlink(file.temporary) } } }
        for (path, bytes) in files {
            if path == "-" {
                try writeAll(bytes, fd: STDOUT_FILENO, name: path)
                continue
            }
            staged.append((try stage(bytes, beside: path), path))
        }
        for file in staged where rename(file.temporary, file.path) != 0 {
            throw failure(file.path, errno, reading: false)
        }
        done = true
    }

    /// Writes `bytes` to a new temporary file in `path`'s folder and returns its name.
    private static func stage(_ bytes: [UInt8], beside path: String) throws(Diagnostic) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory.isEmpty ? "/" : directory)/.\(base).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(path, errno, reading: false) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            try writeAll(bytes, fd: fd, name: path)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        // mkstemp makes the file readable by its owner only; give it the usual permissions.
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        close(fd)
        return temporary
    }

    /// Writes text as UTF-8; see ``writeAtomically(_:to:)-(_,_)``.
    public static func writeAtomically(_ text: String, to path: String) throws(Diagnostic) {
        try writeAtomically(Array(text.utf8), to: path)
    }

    private static func writeAll(_ bytes: [UInt8], fd: Int32, name: String) throws(Diagnostic) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(name, errno, reading: false)
            }
            offset += n
        }
    }

    private static func failure(_ path: String, _ code: Int32, reading: Bool) -> Diagnostic {
        let (message, hint): (String, String?) = switch code {
        case ENOENT: reading ? ("no such file '\(path)'", "check the path; maps usually end in .ecomap")
                             : ("can't write '\(path)': its folder does not exist", "create the folder first")
        case EACCES, EPERM: ("permission denied for '\(path)'", nil)
        case EISDIR: ("'\(path)' is a folder", nil)
        case ENOSPC: ("no space left on the disk to write '\(path)'", nil)
        default: ("can't \(reading ? "read" : "write") '\(path)': \(String(cString: strerror(code)))", nil)
        }
        return Diagnostic(.error, reading ? "unreadable-file" : "unwritable-file", message, hint: hint,
                          file: path, at: .none)
    }
}

extension Diagnostic: Error {}
