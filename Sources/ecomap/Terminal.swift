import ArgumentParser
import Foundation

/// Where the command line writes, and whether it may use colour.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes to standard error, adding a final newline if missing.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
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
