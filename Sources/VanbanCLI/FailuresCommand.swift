import ArgumentParser
import VanbanRecord
import VanbanStore

struct FailuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "failures",
        abstract: "List the archived files that could not be read, with their errors.",
        discussion: """
        Error codes: empty, corrupt, encrypted, unsupported, too-large, no-text, unreadable, \
        timeout (see RECORD.md).

        Exit status: 0 when no file failed, 1 when some did (they are listed) or the archive \
        could not be read, 64 on a usage error.
        """
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var csvOptions: CSVOptions

    @Option(help: "Output: table (default on a terminal), jsonl (default otherwise: the records) or csv.")
    var format: ListFormat?

    func run() throws {
        let printer = FileListPrinter(format: ListFormat.resolve(format), columns: ["id", "path", "error", "message"],
                                      csv: csvOptions.csv) { file, _ in
            [String(file.id), file.path.count > 48 ? "…" + file.path.suffix(47) : file.path,
             file.error?.code ?? "", file.error?.message ?? ""]
        }
        try store.withStore { archive in
            printer.begin()
            try archive.files(status: .failed) { try printer.print($0) }
            printer.end()
        }
        if printer.count > 0 { throw ExitCode(1) }
    }
}
