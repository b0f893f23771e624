import ArgumentParser
import EcomapCore
import EcomapInterchange
import EcomapRender
import EcomapReport
import EcomapServe

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Say what a problem's code means and what to do about it.",
        discussion: """
            Every problem ecomap reports ends with its code in brackets ([unknown-node]). \
            Without a code, lists them all.
            """
    )

    @Argument(help: ArgumentHelp("A code, such as unknown-node.", valueName: "code"))
    var code: String?

    @Option(help: "text, or markdown for the tables of docs/diagnostics.md.")
    var format: ExplainFormat = .text

    enum ExplainFormat: String, CaseIterable, ExpressibleByArgument { case text, markdown }

    /// Every code there is, in the order the documentation lists them: each
    /// layer declares its own, and only the command line sees every layer.
    static let sections: [DiagnosticSection] = {
        let core = DiagnosticCode.coreSections
        return [core[0], core[1], DiagnosticCode.renderSection, DiagnosticCode.reportSection,
                DiagnosticCode.importSection, DiagnosticCode.serveSection] + core.dropFirst(2)
    }()

    func validate() throws {
        if let code, !ExplainCommand.sections.contains(where: { $0.codes.contains { $0.name == code } }) {
            let near = Suggestion.closest(to: code, in: ExplainCommand.sections.flatMap(\.codes).map(\.name))
            throw ValidationError("no problem has the code '\(code)'" + (near.map { "; did you mean '\($0)'?" } ?? ""))
        }
    }

    func run() throws {
        let all = ExplainCommand.sections.flatMap(\.codes)
        switch (format, code) {
        case (.markdown, _):
            print(DiagnosticSection.markdown(ExplainCommand.sections, options: CommandLineRemedy.option), terminator: "")
        case (.text, let name?):
            let code = all.first { $0.name == name }!
            print("\(code.name) (\(code.severity.rawValue))\n\n\(code.meaning)\n\nWhat to do: \(code.remedy)"
                + (code.remedies.isEmpty ? "" : " (" + code.remedies.map(CommandLineRemedy.option).joined(separator: ", ") + ")"))
        case (.text, nil):
            let width = all.map(\.name.count).max() ?? 0
            for section in ExplainCommand.sections {
                print("\(section.title):")
                for code in section.codes {
                    print("  " + code.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + code.severity.rawValue)
                }
            }
            print("\n'ecomap explain CODE' says what one means.")
        }
    }
}
