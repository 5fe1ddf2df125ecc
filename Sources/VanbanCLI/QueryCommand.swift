import ArgumentParser
import VanbanRecord
import VanbanRules
import VanbanStore

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "List the archived documents that match every filter given.",
        discussion: """
        Documents come by date, then in the order they were archived. Names (--issuer, \
        --signer) and words (--text) match with or without diacritics: "thi dua" finds \
        "thi đua", while "thi đua" finds only that form. Numbers match whatever their case \
        or diacritics ("12/qd-ubnd" finds "12/QĐ-UBND").

        Exit status: 0 when some document matched, 1 when none did (or the archive could \
        not be read), 64 on a usage error.
        """
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var csvOptions: CSVOptions

    @Option(help: ArgumentHelp("A type: its slug (ke-hoach), code (KH) or name (\"Kế hoạch\").", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Words of the issuer's name or of the body above it.", valueName: "words"))
    var issuer: String?

    @Option(help: ArgumentHelp("Words of the signer's name.", valueName: "words"))
    var signer: String?

    @Option(help: ArgumentHelp("Issued on or after this date (YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Issued on or before this date (same forms as --from).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("The document's number (12/QĐ-UBND).", valueName: "number"))
    var number: String?

    @Option(help: ArgumentHelp("Documents that cite this number.", valueName: "number"))
    var cites: String?

    @Option(help: ArgumentHelp("Words that must occur, in this order, in the subject or the text (repeat for more phrases).",
                               valueName: "words"))
    var text: [String] = []

    @Option(help: "At most this many documents.")
    var limit: Int?

    @Option(help: "Output: table (default on a terminal), jsonl (default otherwise: the records as extracted) or csv.")
    var format: ListFormat?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if let from, DocumentQuery.dateBound(from, upper: false) == nil { throw ValidationError("--from: not a date: \(from)") }
        if let to, DocumentQuery.dateBound(to, upper: true) == nil { throw ValidationError("--to: not a date: \(to)") }
    }

    func run() throws {
        let query = DocumentQuery(
            type: type.map(QueryCommand.typeSlug), issuer: issuer, signer: signer,
            from: from.flatMap { DocumentQuery.dateBound($0, upper: false) },
            to: to.flatMap { DocumentQuery.dateBound($0, upper: true) },
            number: number, cites: cites, text: text, limit: limit)
        let printer = FileListPrinter(format: ListFormat.resolve(format), columns: QueryCommand.columns, csv: csvOptions.csv,
                                      row: QueryCommand.row)
        try store.withStore { archive in
            printer.begin()
            try archive.documents(matching: query) { try printer.print($0) }
            printer.end()
        }
        if printer.count == 0 { throw ExitCode(1) }
    }

    static let columns = ["id", "date", "type", "number", "issuer", "subject"]

    static func row(_ file: StoredFile, _ record: Record) -> [String] {
        [String(file.id), record.date ?? "", record.type ?? "", record.number?.raw ?? "",
         record.issuer?.name ?? "", record.subject ?? record.source.file]
    }

    /// The slug for a type given as a slug, a symbol code or a name.
    static func typeSlug(_ value: String) -> String {
        if DocumentTypes.bySlug[value.lowercased()] != nil { return value.lowercased() }
        if let type = DocumentTypes.type(forCode: value) ?? DocumentTypes.type(named: value) { return type.slug }
        return value.lowercased()
    }
}
