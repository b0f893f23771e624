import ArgumentParser
import Foundation

// Argument-parser exits 64 on usage errors; ecomap's documented contract is
// 0 success, 1 problems in the maps, 2 usage errors.
do {
    var command = try EcomapCommand.parseAsRoot()
    if let serving = command as? any AsyncParsableCommand {
        try await runAsync(serving)
    } else {
        try command.run()
    }
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

/// `serve` runs a server under Swift concurrency; every other command runs straight through.
func runAsync(_ command: some AsyncParsableCommand) async throws {
    var command = command
    try await command.run()
}
