import GRDB
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
    let database: DatabasePool

    public init(archive: SQLiteArchive) {
        database = archive.database
    }

    /// Whether documents or citations wait to be resolved.
    public func hasPending() throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM graph_documents WHERE indexed = 0)
                    OR EXISTS (SELECT 1 FROM citation_resolutions WHERE method = 'pending')
                """) ?? false
        }
    }

    /// Resolves what arrived since the last pass, in one transaction.
    @discardableResult
    public func resolvePending() throws -> ResolutionSummary {
        try database.write { db in
            var pass = ResolutionPass(db)
            try pass.run()
            return pass.summary
        }
    }

    /// Resolves every citation again, as if every document had just arrived.
    @discardableResult
    public func resolveAll() throws -> ResolutionSummary {
        try database.write { db in
            try db.execute(sql: """
                UPDATE graph_documents SET indexed = 0;
                UPDATE citation_resolutions SET method = 'pending', confidence = 0, cited_id = NULL, external_id = NULL;
                DELETE FROM external_documents;
                """)
            var pass = ResolutionPass(db)
            try pass.run()
            return pass.summary
        }
    }
}
