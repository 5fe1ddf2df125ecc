import ArgumentParser
import Foundation
import VanbanPostgres
import VanbanRecord

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the work queue of a PostgreSQL archive: files queued, being read, done and failed, and the rate.",
        discussion: """
        "expired" counts files whose worker's lease ran out (the worker died): another worker \
        takes them over. The rate is files finished a second since the first was queued; \
        "last minute" counts those finished in the last 60 seconds.

        Exit status: 0, or 1 when the archive could not be used.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var store: StoreOptions

    @Option(help: "Output: table (for people) or json.")
    var format: Format = .table

    func run() throws {
        let status = try store.withPostgres { try WorkQueue(archive: $0).status() }
        switch format {
        case .json:
            let object: [(String, JSONValue)] = [
                ("queued", .number(Double(status.queued))), ("running", .number(Double(status.running))),
                ("done", .number(Double(status.done))), ("failed", .number(Double(status.failed))),
                ("expired", .number(Double(status.expired))), ("workers", .number(Double(status.workers))),
                ("last_minute", .number(Double(status.lastMinute))),
                ("rate", status.rate.map { .number(($0 * 100).rounded() / 100) } ?? .null),
            ]
            Terminal.write(JSONValue.object(object).serialized() + "\n")
        case .table:
            let rate = status.rate.map { String(format: "%.1f files/s", $0) } ?? "-"
            let table = TextTable(columns: ["queued", "running", "done", "failed", "expired", "workers", "last minute", "rate"])
            table.add([String(status.queued), String(status.running), String(status.done), String(status.failed),
                       String(status.expired), String(status.workers), String(status.lastMinute), rate])
            Terminal.write(table.render())
        }
    }
}
