#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An output written in pieces as it is made, still whole or not at all: a
/// temporary file beside the destination, renamed over it on ``commit()``,
/// removed if the file goes without one, or if a signal stops the process. For outputs too large to hold in
/// memory beside what they are made from (the JSON of a comparison with
/// hundreds of thousands of findings). `-`, devices and pipes are written in place.
package final class StreamedFile {
    private let path: String
    private let fd: Int32
    /// The temporary file and the destination's permissions, when the destination is a file.
    private let staged: (name: String, target: String, mode: mode_t?, slot: Int?)?
    private var finished = false

    package init(_ path: String) throws(Diagnostic) {
        self.path = path
        switch try FileIO.destination(path) {
        case .standardOutput:
            fd = STDOUT_FILENO
            staged = nil
        case .stream(let device):
            let opened = open(device, O_WRONLY | O_CLOEXEC)
            guard opened >= 0 else { throw FileIO.failure(path, errno, reading: false) }
            fd = opened
            staged = nil
        case .replace(let target, let mode):
            let temporary = try FileIO.createTemporary(beside: target)
            fd = temporary.fd
            staged = (temporary.name, target, mode, temporary.slot)
        }
    }

    /// Adds bytes to the output.
    package func write(_ bytes: UnsafeRawBufferPointer) throws(Diagnostic) {
        try FileIO.writeAll(bytes, fd: fd, name: path)
    }

    /// Puts the output in place: the temporary file becomes the destination.
    package func commit() throws(Diagnostic) {
        defer { finished = true }
        guard let staged else {
            if fd != STDOUT_FILENO { close(fd) }
            return
        }
        defer { TemporaryFiles.unregister(staged.slot) }
        if let mode = staged.mode, fchmod(fd, mode & ~(S_ISUID | S_ISGID)) != 0 {
            let code = errno
            close(fd)
            unlink(staged.name)
            throw FileIO.failure(path, code, reading: false)
        }
        close(fd)
        guard rename(staged.name, staged.target) == 0 else {
            let code = errno
            unlink(staged.name)
            throw FileIO.failure(path, code, reading: false)
        }
    }

    deinit {
        guard !finished else { return }
        if let staged {
            close(fd)
            unlink(staged.name)
            TemporaryFiles.unregister(staged.slot)
        } else if fd != STDOUT_FILENO {
            close(fd)
        }
    }
}
