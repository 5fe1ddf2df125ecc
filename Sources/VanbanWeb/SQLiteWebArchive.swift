import Foundation
import GRDB
import VanbanGraph
import VanbanIngest
import VanbanRecord
import VanbanStore

/// The web layer over the embedded SQLite archive. Reads go through the archive's pool
/// (concurrent readers); writes (uploads) are one at a time.
public final class SQLiteWebArchive: GraphWebArchive {
    public let archive: SQLiteArchive
    let importOptions: ImportOptions?
    let writeLock = NSLock()
    /// The register's count of all documents and the matches of searches by words, kept while
    /// the archive does not change (nil: read every time).
    public let registerCache: RegisterCache?

    /// `importOptions` (how uploads are read) only when the archive was opened writable.
    public init(archive: SQLiteArchive, importOptions: ImportOptions?, registerCache: RegisterCache? = RegisterCache()) {
        self.archive = archive
        self.importOptions = archive.isReadOnly ? nil : importOptions
        self.registerCache = registerCache
    }

    public func register(matching query: DocumentQuery, offset: Int, limit: Int) throws -> RegisterPage {
        do {
            let (total, entries) = try archive.register(matching: query, offset: offset, limit: limit, cache: registerCache)
            return RegisterPage(total: total, entries: entries)
        } catch let error as ArchiveError where error.code == .invalidQuery {
            throw WebError.badRequest("bad-filter", error.message)
        }
    }

    public func document(_ id: Int64) throws -> DocumentDetail? {
        var detail = try documentRows(id)
        detail?.files = try archive.renditions(of: id)
        return detail
    }

    private func documentRows(_ id: Int64) throws -> DocumentDetail? {
        try archive.database.read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT f.path, f.format, f.imported_at, f.record, d.text FROM documents d JOIN files f ON f.id = d.id
                WHERE d.id = ?
                """), arguments: [id]) else { return nil }
            let record = try Record(json: JSONValue.parse(row["record"]))
            var resolutions: [Int: ResolvedCitation] = [:]
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT c.position, r.method, r.confidence, r.cited_id, r.external_id, d.number_raw
                FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id
                LEFT JOIN documents d ON d.id = r.cited_id
                WHERE r.citing_id = ?
                """), arguments: [id])
            for r in rows {
                let position: Int = r[0]
                guard record.citations.indices.contains(position) else { continue }
                resolutions[position] = ResolvedCitation(citation: record.citations[position], method: r[1], confidence: r[2],
                                                         document: r[3], documentNumber: r[5], external: r[4])
            }
            let citations = record.citations.enumerated().map { position, citation in
                resolutions[position] ?? ResolvedCitation(citation: citation, method: "pending", confidence: 0,
                                                          document: nil, documentNumber: nil, external: nil)
            }
            let citing = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT d.id, d.number_raw, d.date, d.type, d.subject, r.relation
                FROM citation_resolutions r JOIN documents d ON d.id = r.citing_id
                WHERE r.cited_id = ? AND r.citing_id <> r.cited_id
                ORDER BY d.date IS NULL, d.date, d.id
                """), arguments: [id]).map { r in
                CitingLetter(id: r[0], number: r[1], date: r[2], type: r[3], subject: r[4], relation: r[5])
            }
            return DocumentDetail(id: id, path: row["path"], format: row["format"], importedAt: row["imported_at"],
                                  record: record, text: row["text"], citations: citations, citedBy: citing)
        }
    }

    public func entries(matching query: DocumentQuery, limit: Int) throws -> [RegisterEntry] {
        try archive.register(matching: query, offset: 0, limit: limit).entries
    }

    public var graphDatabase: any GraphDatabase { SQLiteGraphDatabase(archive) }
    public var archiveStore: any ArchiveStore { archive }
}
