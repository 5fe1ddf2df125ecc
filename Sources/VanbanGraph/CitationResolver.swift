import VanbanPostgres
import VanbanStore

/// Resolves the archive's citations to archived documents or to outside ones, keeping the
/// method and a confidence for each (`citation_resolutions`; see docs/graph.md).
///
/// Resolution is incremental: the archive's triggers mark new documents and citations as
/// pending, and each pass handles only those, in both directions: a new letter's citations
/// against the archive, and the archive's unresolved citations against the new documents
/// (a letter imported before the directive it cites is linked when the directive comes).
///
/// ```swift
/// let resolver = CitationResolver(archive: archive)
/// try resolver.resolvePending()
/// ```
public struct CitationResolver: Sendable {
    let database: any GraphDatabase

    public init(_ database: any GraphDatabase) {
        self.database = database
    }

    public init(archive: SQLiteArchive) {
        database = SQLiteGraphDatabase(archive)
    }

    public init(archive: PostgresArchive) {
        database = PostgresGraphDatabase(archive)
    }

    /// Whether documents or citations wait to be resolved.
    public func hasPending() throws -> Bool {
        try database.read { db in
            try db.any("SELECT 1 FROM graph_documents WHERE indexed = 0 LIMIT 1")
                || db.any("SELECT 1 FROM citation_resolutions WHERE method = 'pending' LIMIT 1")
        }
    }

    /// Resolves what arrived since the last pass, in one transaction. Passes never overlap:
    /// while another process resolves the same archive this one waits for it.
    @discardableResult
    public func resolvePending() throws -> ResolutionSummary {
        try database.resolving(wait: true) { db in
            var pass = ResolutionPass(db)
            try pass.run()
            return pass.summary
        } ?? ResolutionSummary()
    }

    /// Resolves what arrived unless another process is resolving the archive now (a worker
    /// after its batch: the pass running, or the next one, takes the batch in); nil then.
    @discardableResult
    public func resolvePendingUnlessBusy() throws -> ResolutionSummary? {
        try database.resolving(wait: false) { db in
            var pass = ResolutionPass(db)
            try pass.run()
            return pass.summary
        }
    }

    /// Resolves every citation again, as if every document had just arrived.
    @discardableResult
    public func resolveAll() throws -> ResolutionSummary {
        try database.resolving(wait: true) { db in
            try db.execute("UPDATE graph_documents SET indexed = 0")
            try db.execute("UPDATE citation_resolutions SET method = 'pending', confidence = 0, cited_id = NULL, external_id = NULL")
            try db.execute("DELETE FROM external_documents")
            var pass = ResolutionPass(db)
            try pass.run()
            return pass.summary
        } ?? ResolutionSummary()
    }
}
