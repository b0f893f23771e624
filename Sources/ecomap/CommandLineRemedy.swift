import EcomapCore

/// The command line's options for the ways out the library names
/// (`DiagnosticCode.Remedy`): the library says "allow more time", and the
/// command line says how.
enum CommandLineRemedy {
    static func option(_ remedy: DiagnosticCode.Remedy) -> String {
        switch remedy {
        case .fasterLayout: "--layout sfdp"
        case .moreTime: "--timeout SECONDS"
        case .kindMap: "--kind-map \"TYPE=KIND,...\""
        case .rootFolder: "--root FOLDER"
        case .otherPort: "--port N"
        case .columnMap: "--columns \"HEADER=FIELD,...\""
        }
    }
}
