import ArgumentParser
import VanbanRecord
import VanbanStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print every archived record (RECORD.md), failed files included, by path.",
        discussion: """
        jsonl prints each record exactly as it was extracted, one a line; csv flattens each \
        record to one row (lists joined with "; "); a cell that starts with =, +, -, @, a tab or \
        a carriage return gets a ' before it, so that no spreadsheet runs it as a formula \
        (--raw-csv writes cells as they are).

        Exit status: 0 when some record was printed, 1 when the archive is empty (or could \
        not be read), 64 on a usage error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    @OptionGroup var store: StoreOptions

    @OptionGroup var csvOptions: CSVOptions

    @Option(help: "Output: jsonl or csv.")
    var format: Format = .jsonl

    @Option(help: "Only the records of this status (ok or failed).")
    var status: String?

    func validate() throws {
        if let status, Record.Status(rawValue: status) == nil { throw ValidationError("--status must be ok or failed") }
    }

    func run() throws {
        let printer = FileListPrinter(format: format == .csv ? .csv : .jsonl, columns: [], csv: csvOptions.csv) { _, _ in [] }
        try store.withArchive { archive in
            printer.begin()
            try archive.files(status: status.flatMap(Record.Status.init(rawValue:))) { try printer.print($0) }
            printer.end()
        }
        if printer.count == 0 { throw ExitCode(1) }
    }
}
