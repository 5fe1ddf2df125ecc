import Foundation
import VanbanRecord

/// Prints records as JSON Lines, a JSON array, or a table for people.
final class RecordPrinter {
    let format: RecordFormat
    private var count = 0
    private let table = TextTable(columns: ["file", "status", "type", "number", "date", "issuer", "cites", "targets"])

    init(format: RecordFormat) { self.format = format }

    func begin() {
        if format == .json { Terminal.write("[") }
    }

    /// Prints `record`; `json` is its JSON line when the caller has it already.
    func print(_ record: Record, json: String? = nil) {
        defer { count += 1 }
        switch format {
        case .jsonl:
            Terminal.write((json ?? record.jsonLine) + "\n")
        case .json:
            Terminal.write((count == 0 ? "\n" : ",\n") + record.json.prettySerialized())
        case .table:
            table.add([
                record.source.file,
                record.status == .ok ? "ok" : "failed: \(record.error?.code ?? "")",
                record.type ?? "",
                record.number?.raw ?? "",
                record.date ?? "",
                record.issuer?.name ?? "",
                String(record.citations.count),
                String(record.targets.count),
            ])
        }
    }

    func end() {
        switch format {
        case .json: Terminal.write(count == 0 ? "]\n" : "\n]\n")
        case .table: Terminal.write(table.render())
        case .jsonl: break
        }
    }
}
