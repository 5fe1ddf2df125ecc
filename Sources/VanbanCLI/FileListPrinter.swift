import VanbanRecord
import VanbanStore

/// Prints stored files one by one as a table, JSON Lines (the records as extracted) or CSV.
final class FileListPrinter {
    private let format: ListFormat
    private let table: TextTable
    private let tableRow: (StoredFile, Record) -> [String]
    private let csv: CSV
    private(set) var count = 0

    init(format: ListFormat, columns: [String], csv: CSV = CSV(),
         row: @escaping (StoredFile, Record) -> [String]) {
        self.format = format
        self.csv = csv
        table = TextTable(columns: columns)
        tableRow = row
    }

    func begin() {
        if format == .csv { Terminal.write(csv.row(RecordColumns.names)) }
    }

    func print(_ file: StoredFile) throws {
        count += 1
        switch format {
        case .jsonl: Terminal.write(file.recordJSON + "\n")
        case .csv: Terminal.write(csv.row(RecordColumns.values(id: file.id, try file.record())))
        case .table: table.add(tableRow(file, try file.record()))
        }
    }

    func end() {
        if format == .table, count > 0 { Terminal.write(table.render()) }
    }
}
