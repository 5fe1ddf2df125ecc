import VanbanRecord
import ArgumentParser

@main
struct VanbanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Turn archives of Vietnamese official documents into structured records.",
        discussion: """
        Reads PDF, DOCX and plain-text letters (công văn, kế hoạch, quyết định, chỉ thị ...),
        extracts number, type, date, issuer, signer, citations and targets, and prints
        records as JSON Lines (see RECORD.md).
        """,
        version: "0.1.0",
        subcommands: [ExtractCommand.self, TextCommand.self, IngestCommand.self, QueryCommand.self, ShowCommand.self,
                      ExportCommand.self, FailuresCommand.self, ResolveCommand.self, ChainCommand.self,
                      CheckCommand.self, QueueWorkerCommand.self, StatusCommand.self, ServeCommand.self, ExtractWorkerCommand.self]
    )

    /// Parses the arguments as `CommandLineBytes` gives them: those that are not UTF-8 in
    /// their `StoredPath` form rather than altered by U+FFFD.
    static func main() {
        main(CommandLineBytes.arguments)
    }
}
