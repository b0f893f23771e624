import ArgumentParser
import EcomapCore

struct EcomapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecomap",
        abstract: "See, share and improve a community ecosystem.",
        discussion: """
            A map is a plain text file (.ecomap) of organisations, platforms, people and \
            communities, and the interactions between them. See docs/language.md.

            Exit status: 0 success, 1 problems in a map, 2 a mistake on the command line.
            """,
        version: EcomapCore.version,
        subcommands: [CheckCommand.self, RenderCommand.self, CompareCommand.self, StatsCommand.self, ReportCommand.self, EmbedCommand.self, ExportCommand.self, WatchCommand.self, ServeCommand.self,
                      ImportCommand.self, AuditCommand.self, DirectoryCommand.self, ExplainCommand.self]
    )
}
