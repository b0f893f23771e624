import ArgumentParser
import Foundation

// Argument-parser exits 64 on usage errors; ecomap's documented contract is
// 0 success, 1 problems in the maps, 2 usage errors.
do {
    var command = try EcomapCommand.parseAsRoot()
    try command.run()
} catch {
    if EcomapCommand.exitCode(for: error) == .validationFailure {
        Terminal.error(EcomapCommand.fullMessage(for: error))
        exit(2)
    }
    EcomapCommand.exit(withError: error)
}
