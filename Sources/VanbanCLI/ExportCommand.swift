import ArgumentParser
import Foundation
import VanbanExchange
import VanbanKit
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

        register prints the register of Nghị định 30/2020/NĐ-CP Phụ lục VI as CSV (số và ký \
        hiệu, ngày tháng, tên loại và trích yếu, tác giả, người ký, nơi nhận, số trang, ghi \
        chú), one row per document; xlsx writes the same register as an Excel workbook into the \
        file given with --out (headings in bold on a frozen first row, every cell text). edxml writes one edXML envelope (QCVN 102:2016) per \
        document into the folder given with --out, named after the file; with --attach the \
        file itself goes into the envelope when it is still at its path with the same content. \
        docs/record.md gives both mappings.

        Exit status: 0 when some record was printed, 1 when the archive is empty (or could \
        not be read), 64 on a usage error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, register, xlsx, edxml }

    @OptionGroup var store: StoreOptions

    @OptionGroup var csvOptions: CSVOptions

    @Option(help: "Output: jsonl, csv, register (CSV), xlsx (the register as a workbook, into --out FILE) or edxml (into --out FOLDER).")
    var format: Format = .jsonl

    @Option(help: ArgumentHelp("The folder edxml envelopes are written to (made when missing), or the .xlsx file.", valueName: "path"))
    var out: String?

    @Flag(help: "With edxml, put each file itself into its envelope (when it is unchanged at its path).")
    var attach = false

    @Option(help: "Only the records of this status (ok or failed).")
    var status: String?

    func validate() throws {
        if let status, Record.Status(rawValue: status) == nil { throw ValidationError("--status must be ok or failed") }
        if format == .edxml, out == nil { throw ValidationError("--format edxml writes one file per document: give --out FOLDER") }
        if format == .xlsx, out == nil { throw ValidationError("--format xlsx writes a workbook: give --out FILE.xlsx") }
        if format != .edxml, attach { throw ValidationError("--attach goes with --format edxml") }
        if format != .edxml, format != .xlsx, out != nil { throw ValidationError("--out goes with --format edxml or xlsx") }
    }

    func run() throws {
        switch format {
        case .register: return try register()
        case .xlsx: return try workbook()
        case .edxml: return try envelopes()
        case .jsonl, .csv: break
        }
        let printer = FileListPrinter(format: format == .csv ? .csv : .jsonl, columns: [], csv: csvOptions.csv) { _, _ in [] }
        try store.withStore { archive in
            printer.begin()
            try archive.files(status: status.flatMap(Record.Status.init(rawValue:))) { try printer.print($0) }
            printer.end()
        }
        if printer.count == 0 { throw ExitCode(1) }
    }

    private var statusFilter: Record.Status? { status.flatMap(Record.Status.init(rawValue:)) }

    private func register() throws {
        let csv = csvOptions.csv
        var count = 0
        try store.withStore { archive in
            Terminal.write(csv.row(Register.columns))
            try archive.files(status: statusFilter) { file in
                Terminal.write(csv.row(Register.row(try file.record())))
                count += 1
            }
        }
        if count == 0 { throw ExitCode(1) }
    }

    private func workbook() throws {
        guard let out else { return }
        var rows: [[String]] = []
        try store.withStore { archive in
            try archive.files(status: statusFilter) { rows.append(Register.row(try $0.record())) }
        }
        if rows.isEmpty { throw ExitCode(1) }
        do {
            try RegisterWorkbook.xlsx(rows: rows).write(to: URL(fileURLWithPath: out))
        } catch {
            Terminal.error("vanban: cannot write \(out): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        Terminal.errorText("\(rows.count) documents written to \(out)\n")
    }

    private func envelopes() throws {
        guard let out else { return }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Terminal.error("vanban: cannot make \(out): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        var count = 0
        var names: Set<String> = []
        try store.withStore { archive in
            try archive.files(status: statusFilter) { file in
                let record = try file.record()
                let data = EdXML.envelope(for: record, attachment: attach ? attachment(record) : nil)
                // One file a document, named after it; a name met twice gets the document's id.
                var name = StoredPath.name(record.source.file).replacingOccurrences(of: "/", with: "_") + ".edxml"
                if !names.insert(name).inserted { name = "\(file.id)-" + name }
                let path = (out as NSString).appendingPathComponent(name)
                guard FileManager.default.createFile(atPath: path, contents: data) else {
                    Terminal.error("vanban: cannot write \(path)")
                    throw ExitCode(1)
                }
                count += 1
            }
        }
        if count == 0 { throw ExitCode(1) }
    }

    /// The archived file's bytes, when it is still at its path with the content archived.
    private func attachment(_ record: Record) -> Data? {
        let content = DocumentPipeline().read(path: record.source.path)
        guard let data = content.data, content.source.sha256 == record.source.sha256 else {
            Terminal.error("vanban: \(record.source.path) is gone or changed: its envelope has no attachment")
            return nil
        }
        return data
    }
}
