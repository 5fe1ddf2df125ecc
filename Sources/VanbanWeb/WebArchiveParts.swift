import Foundation
import VanbanGraph
import VanbanIngest
import VanbanRecord
import VanbanStore

/// What the web archives over SQLite and PostgreSQL do alike, written once: the documents a
/// citation may name, and archiving an upload.
enum WebArchiveParts {
    /// The archived documents a citation may name: by its number, and its year when known (a
    /// document whose date was not read still bears the number); a law and the like cited by
    /// its name, the documents the graph knows by that name.
    static func candidates(for citation: Citation, graph: CitationGraph,
                           register: (DocumentQuery, Int) throws -> [RegisterEntry]) throws -> [RegisterEntry] {
        guard let number = citation.number else {
            guard let title = citation.title else { return [] }
            return try graph.documents(namedBy: title, type: citation.type).flatMap { id in
                try register(DocumentQuery(id: id), 1)
            }
        }
        let year = SearchKey.year(number: number, date: citation.date)
        var query = DocumentQuery(number: number)
        if let year {
            query.from = "\(year)-01-01"
            query.to = "\(year)-12-31"
        }
        var entries = try register(query, 20)
        if entries.isEmpty, year != nil {
            entries = try register(DocumentQuery(number: number), 20).filter { $0.date == nil }
        }
        return entries
    }

    /// Reads and stores the file at `path` (one file, no worker pool of its own), resolves
    /// the citations that arrived, and returns the id of the document (or failed file) it is.
    static func store(fileAt path: String, sha256: String, in store: any ArchiveStore, resolver: CitationResolver,
                      options: ImportOptions) throws -> Int64 {
        var options = options
        options.jobs = 1
        options.countFiles = false
        let summary = try ArchiveImporter(store: store, options: options).run([path])
        if let problem = summary.problems.first { throw WebError(.internalServerError, "not-stored", problem) }
        if try resolver.hasPending() { _ = try resolver.resolvePending() }
        guard let stored = try store.file(withContent: sha256) ?? store.file(atPath: path) else {
            throw WebError(.unprocessableContent, "not-stored", "the file could not be archived")
        }
        if stored.status == .failed {
            let error = stored.error
            throw WebError(.unprocessableContent, error?.code ?? "failed", error?.message ?? "the file could not be read")
        }
        // Another file of the same document may speak for it.
        return try store.renditions(of: stored.id).first?.id ?? stored.id
    }
}

/// A web archive whose chain, check, citation look-up and uploads go through the citation graph
/// and the import as on either backend: the archive gives its graph connection, its store and its
/// register; these are written once below.
protocol GraphWebArchive: WebArchive {
    /// The archive as the citation graph reads it.
    var graphDatabase: any GraphDatabase { get }
    /// The archive as the import writes it.
    var archiveStore: any ArchiveStore { get }
    /// How uploads are read, nil when the archive takes none.
    var importOptions: ImportOptions? { get }
    /// Held while an upload is archived: one at a time from this server.
    var writeLock: NSLock { get }
    /// The register's entries a query names, the first `limit`.
    func entries(matching query: DocumentQuery, limit: Int) throws -> [RegisterEntry]
}

extension GraphWebArchive {
    public var isWritable: Bool { importOptions != nil }

    public func chain(from node: NodeID) throws -> CitationChain? {
        let graph = CitationGraph(graphDatabase)
        guard try !graph.nodes(matching: node.description).isEmpty else { return nil }
        return try graph.chain(from: node)
    }

    public func findings() throws -> [Finding] {
        try ChainChecker(graphDatabase).findings()
    }

    public func candidates(for citation: Citation) throws -> [RegisterEntry] {
        try WebArchiveParts.candidates(for: citation, graph: CitationGraph(graphDatabase)) { query, limit in
            try entries(matching: query, limit: limit)
        }
    }

    public func store(fileAt path: String, sha256: String) throws -> Int64 {
        guard let importOptions else { throw WebError(.forbidden, "read-only", "the archive is open read-only") }
        writeLock.lock()
        defer { writeLock.unlock() }
        return try WebArchiveParts.store(fileAt: path, sha256: sha256, in: archiveStore, resolver: CitationResolver(graphDatabase),
                                         options: importOptions)
    }
}
