import ArgumentParser
import Foundation

// Argument-parser exits 64 on usage errors; ecomap's documented contract is
// 0 success, 1 problems in the maps, 2 usage errors.
do {
    var command = try EcomapCommand.parseAsRoot()
    try command.run()
} catch {
    switch EcomapCommand.exitCode(for: error) {
    case .validationFailure:
        Terminal.error(EcomapCommand.fullMessage(for: error))
        exit(2)
    case .success:
        // --help and --version, written by Terminal so that a failed write is reported, not ignored.
        let message = EcomapCommand.fullMessage(for: error)
        if !message.isEmpty { Terminal.output(message + "\n") }
        exit(0)
    default:
        EcomapCommand.exit(withError: error)
    }
}
