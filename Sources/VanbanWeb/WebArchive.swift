import VanbanGraph
import VanbanRecord
import VanbanStore

/// What the web layer reads and writes, behind a small protocol of its own so that another
/// backend than the embedded SQLite archive can serve the same pages and API.
public protocol WebArchive: Sendable {
    /// How many documents match `query` and one page of them, newest first.
    /// - Throws: `WebError` (`bad-filter`) for a filter that cannot be searched.
    func register(matching query: DocumentQuery, offset: Int, limit: Int) throws -> RegisterPage
    /// One archived document with its citations resolved and what cites it; nil when there is none.
    func document(_ id: Int64) throws -> DocumentDetail?
    /// The chain through `node` both ways; nil when the node is not in the graph.
    func chain(from node: NodeID) throws -> CitationChain?
    /// The check report (every kind of finding).
    func findings() throws -> [Finding]
    /// The archived documents a citation may name: by its number, and its year when known.
    func candidates(for citation: Citation) throws -> [RegisterEntry]
    /// Whether `store(fileAt:)` can work (the archive was opened writable).
    var isWritable: Bool { get }
    /// Archives the file at `path`, whose content has this SHA-256 (read, stored, citations
    /// resolved), and returns its id: the id it already had when the archive holds the content.
    /// - Throws: `WebError` (status 422 with the record's error code) when it cannot be read.
    func store(fileAt path: String, sha256: String) throws -> Int64
}

/// One page of the register with the number of all matches.
public struct RegisterPage: Sendable {
    public var total: Int
    public var entries: [RegisterEntry]

    public init(total: Int, entries: [RegisterEntry]) {
        self.total = total
        self.entries = entries
    }
}

/// An archived document as its page and `GET /api/documents/{id}` show it.
public struct DocumentDetail: Sendable {
    public var id: Int64
    /// The original file as stored (`StoredPath`) and its format.
    public var path: String
    public var format: String?
    public var importedAt: String
    public var record: Record
    /// The text the rules read (what `vanban text` prints), when the archive kept it.
    public var text: String?
    /// Each citation of the record, in order, with what it was resolved to.
    public var citations: [ResolvedCitation]
    /// The archived letters that cite this document.
    public var citedBy: [CitingLetter]
    /// The document's files (renditions: a DOCX, the signed PDF, a scan), the one whose record
    /// this is first; empty when not known.
    public var files: [StoredFile] = []

    public init(id: Int64, path: String, format: String?, importedAt: String, record: Record, text: String?,
                citations: [ResolvedCitation], citedBy: [CitingLetter]) {
        self.id = id
        self.path = path
        self.format = format
        self.importedAt = importedAt
        self.record = record
        self.text = text
        self.citations = citations
        self.citedBy = citedBy
    }
}

/// A citation of a document and its resolution in the graph.
public struct ResolvedCitation: Sendable {
    public var citation: Citation
    /// `exact`, `symbol`, `subject`, `title`, `external`, `none` or `pending`.
    public var method: String
    public var confidence: Double
    /// The archived document it names, when resolved to one.
    public var document: Int64?
    public var documentNumber: String?
    /// The outside document (`x3`) it names, when not archived.
    public var external: Int64?

    public init(citation: Citation, method: String, confidence: Double, document: Int64?, documentNumber: String?,
                external: Int64?) {
        self.citation = citation
        self.method = method
        self.confidence = confidence
        self.document = document
        self.documentNumber = documentNumber
        self.external = external
    }
}

/// An archived letter that cites a document.
public struct CitingLetter: Sendable, Equatable {
    public var id: Int64
    public var number: String?
    public var date: String?
    public var type: String?
    public var subject: String?
    public var relation: String

    public init(id: Int64, number: String?, date: String?, type: String?, subject: String?, relation: String) {
        self.id = id
        self.number = number
        self.date = date
        self.type = type
        self.subject = subject
        self.relation = relation
    }
}
