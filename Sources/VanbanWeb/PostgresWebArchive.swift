import Foundation
import VanbanGraph
import VanbanIngest
import VanbanPostgres
import VanbanRecord
import VanbanStore

/// The web layer over a PostgreSQL archive (`vanban serve --db postgres://…`): the same pages
/// and API as over SQLite, each read on a connection of the archive's session; uploads one at
/// a time from this server (workers elsewhere may write at the same time).
public final class PostgresWebArchive: GraphWebArchive {
    public let archive: PostgresArchive
    let importOptions: ImportOptions?
    let writeLock = NSLock()

    /// `importOptions` (how uploads are read) only when uploads are allowed.
    public init(archive: PostgresArchive, importOptions: ImportOptions?) {
        self.archive = archive
        self.importOptions = importOptions
    }

    public func register(matching query: DocumentQuery, offset: Int, limit: Int) throws -> RegisterPage {
        do {
            let (total, entries) = try archive.register(matching: query, offset: offset, limit: limit)
            return RegisterPage(total: total, entries: entries)
        } catch let error as ArchiveError where error.code == .invalidQuery {
            throw WebError.badRequest("bad-filter", error.message)
        }
    }

    public func document(_ id: Int64) throws -> DocumentDetail? {
        var detail = try archive.session.withConnection { connection -> DocumentDetail? in
            guard let row = try connection.rows("""
                SELECT f.path, f.format, f.imported_at, f.record, d.text FROM documents d JOIN files f ON f.id = d.id
                WHERE d.id = $1
                """, [.int(id)]).first else { return nil }
            let record = try Record(json: JSONValue.parse(try row.string("record")))
            var resolutions: [Int: ResolvedCitation] = [:]
            for r in try connection.rows("""
                SELECT c.position, r.method, r.confidence, r.cited_id, r.external_id, d.number_raw
                FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id
                LEFT JOIN documents d ON d.id = r.cited_id
                WHERE r.citing_id = $1
                """, [.int(id)]) {
                let position = Int(try r.int64("position"))
                guard record.citations.indices.contains(position) else { continue }
                resolutions[position] = ResolvedCitation(
                    citation: record.citations[position], method: try r.string("method"),
                    confidence: try r.optionalDouble("confidence") ?? 0, document: try r.optionalInt64("cited_id"),
                    documentNumber: try r.optionalString("number_raw"), external: try r.optionalInt64("external_id"))
            }
            let citations = record.citations.enumerated().map { position, citation in
                resolutions[position] ?? ResolvedCitation(citation: citation, method: "pending", confidence: 0,
                                                          document: nil, documentNumber: nil, external: nil)
            }
            let citing = try connection.rows("""
                SELECT d.id, d.number_raw, d.date, d.type, d.subject, r.relation
                FROM citation_resolutions r JOIN documents d ON d.id = r.citing_id
                WHERE r.cited_id = $1 AND r.citing_id <> r.cited_id
                ORDER BY d.date IS NULL, d.date COLLATE "C", d.id
                """, [.int(id)]).map { r in
                CitingLetter(id: try r.int64("id"), number: try r.optionalString("number_raw"), date: try r.optionalString("date"),
                             type: try r.optionalString("type"), subject: try r.optionalString("subject"),
                             relation: try r.string("relation"))
            }
            return DocumentDetail(id: id, path: try row.string("path"), format: try row.optionalString("format"),
                                  importedAt: try row.string("imported_at"), record: record,
                                  text: try row.optionalString("text"), citations: citations, citedBy: citing)
        }
        detail?.files = try archive.renditions(of: id)
        return detail
    }

    public func entries(matching query: DocumentQuery, limit: Int) throws -> [RegisterEntry] {
        try archive.register(matching: query, offset: 0, limit: limit).entries
    }

    public var graphDatabase: any GraphDatabase { PostgresGraphDatabase(archive) }
    public var archiveStore: any ArchiveStore { archive }
}
