import ArgumentParser
import EcomapCore
import Foundation

/// Where the command line writes, and whether it may use colour.
enum Terminal {
    /// Writes to standard output. A write that fails (a full disk, `> /dev/full`)
    /// is reported on standard error and ends the command with status 1.
    static func output(_ text: String) {
        if let code = writeAll(text, to: STDOUT_FILENO) { fail(writing: "standard output", code) }
    }

    /// Writes to standard error, adding a final newline if missing. When
    /// standard error itself can't be written there is nobody left to tell:
    /// the command ends with status 1.
    static func error(_ text: String) {
        if writeAll(text.hasSuffix("\n") ? text : text + "\n", to: STDERR_FILENO) != nil { exit(1) }
    }

    /// "Wrote map.svg" on standard error, in the command's languages
    /// ("Ysgrifennwyd / Wrote map.svg" with `--lang cy+en`).
    static func wrote(_ path: String, in languages: [Language], _ more: String = "") {
        error(languages.map { $0[.cliWrote] }.joined(separator: " / ") + " " + path + more)
    }

    /// Writes all of `text` with write(2), retrying short writes and EINTR;
    /// the errno of a failure, else nil. Not FileHandle.write(_:), which
    /// traps on a failed write instead of reporting it.
    private static func writeAll(_ text: String, to fd: Int32) -> Int32? {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        bytes.removeAll()
        return nil
    }

    private static func fail(writing stream: String, _ code: Int32) -> Never {
        // The reader of a pipe has gone (`ecomap check ... | head`): nothing to say, and nobody to say it to.
        if code == EPIPE { exit(1) }
        let (reason, hint): (String, String?) = switch code {
        case ENOSPC: ("no space left on the device", "free some space, or send the output somewhere else")
        case EDQUOT: ("over the disk quota", "free some space, or send the output somewhere else")
        default: (String(cString: strerror(code)), nil)
        }
        let problem = Diagnostic(.unwritableFile, "can't write to \(stream): \(reason)", hint: hint, at: .none)
        error(DiagnosticFormatter().format(problem, source: nil))
        exit(1)
    }

    /// Colour only for a terminal, and never when NO_COLOR is set (no-color.org).
    static func wantsColour(_ choice: ColourChoice, fd: Int32 = STDERR_FILENO) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            let env = ProcessInfo.processInfo.environment
            return isatty(fd) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
        }
    }
}

enum ColourChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}
