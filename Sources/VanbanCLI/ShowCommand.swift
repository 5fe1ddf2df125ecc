import ArgumentParser
import VanbanRecord
import VanbanStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one archived document in full: its fields, citations, targets and what cites it.",
        discussion: """
        DOCUMENT is an id (digits, as vanban query prints it) or a number (12/QĐ-UBND, in any \
        case, with or without diacritics). A number that several documents bear (another year) \
        shows each of them. A document kept in several files (a DOCX draft, the signed PDF, a \
        scan) is one document: its fields are those of its best file, and the text form lists \
        its files; the id of any of them shows it.

        Exit status: 0 when the document was found, 1 when it was not (or the archive could not \
        be read), 64 on a usage error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The document's id or number.")
    var document: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Output: text (readable) or json (the record as extracted, indented).")
    var format: Format = .text

    func run() throws {
        try store.withStore { archive in
            for (index, file) in try matches(archive).enumerated() {
                let record = try file.record()
                switch format {
                case .json:
                    Terminal.write(record.json.prettySerialized() + "\n")
                case .text:
                    var cited: [StoredFile] = []
                    var citing: [StoredFile] = []
                    try archive.documents(matching: DocumentQuery(citedBy: file.id)) { cited.append($0) }
                    try archive.documents(matching: DocumentQuery(citing: file.id)) { citing.append($0) }
                    var sheet = DocumentSheet(file: file, record: record, cited: cited, citing: citing)
                    sheet.renditions = try archive.renditions(of: file.id)
                    Terminal.write((index > 0 ? "\n" : "") + sheet.render())
                }
            }
        }
    }

    private func matches(_ archive: any ArchiveStore) throws -> [StoredFile] {
        var files: [StoredFile] = []
        if let id = Int64(document) {
            // A file that is another rendition of a document shows the document.
            let document = try archive.renditions(of: id).first?.id ?? id
            try archive.documents(matching: DocumentQuery(id: document)) { files.append($0) }
        }
        if files.isEmpty {
            try archive.documents(matching: DocumentQuery(number: document)) { files.append($0) }
        }
        if files.isEmpty {
            var failed: StoredFile?
            if let id = Int64(document) { try archive.files(status: .failed) { if $0.id == id { failed = $0 } } }
            if let failed, let error = failed.error {
                Terminal.error("vanban: #\(failed.id) \(failed.path) is not a document: it failed (\(error.code): \(error.message))")
            } else {
                Terminal.error("vanban: no document \(document) in \(store.name)")
            }
            throw ExitCode(1)
        }
        return files
    }
}
