import GRDB
import VanbanRecord

extension SQLiteArchive {
    public func renditions(of id: Int64) throws -> [StoredFile] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT f.* FROM renditions r JOIN files f ON f.id = r.file_id
                WHERE r.document_id = (SELECT document_id FROM renditions WHERE file_id = ?)
                ORDER BY r.rank DESC, f.id
                """, arguments: [id]).map(StoredFile.init(row:))
        }
    }

    /// The rendition keys of the files `condition` selects (before they are replaced or removed).
    static func renditionKeys(ofFiles condition: String, _ arguments: StatementArguments, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT key FROM renditions WHERE key IS NOT NULL AND file_id IN (SELECT id FROM files WHERE \(condition))
            """, arguments: arguments)
    }

    /// Records the stored `file` as a rendition of its own document, then regroups the files of
    /// its key and of `affected` (keys of files it replaced).
    static func storeRendition(id: Int64, _ file: ExtractedFile, affected: [String], _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM renditions WHERE file_id = ?").execute(arguments: [id])
        let record = file.record
        var keys = affected
        if record.status == .ok {
            let key = Rendition.key(record)
            try db.cachedStatement(sql: """
                INSERT INTO renditions (file_id, document_id, key, rank, subject) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [id, id, key, Rendition.rank(record), record.subject])
            if let key { keys.append(key) }
        }
        try regroup(keys, db)
    }

    static func regroup(_ keys: [String], _ db: Database) throws {
        let rows = SQLiteRenditionRows(db: db)
        for key in Set(keys).sorted() { try RenditionGrouping.regroup(key: key, rows) }
    }
}

/// The `renditions` rows of a SQLite archive, for `RenditionGrouping`.
struct SQLiteRenditionRows: RenditionRows {
    let db: Database

    func members(key: String) throws -> [RenditionMember] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT r.file_id, r.rank, r.subject, d.id IS NOT NULL AS has_document, r.document_id
            FROM renditions r LEFT JOIN documents d ON d.id = r.file_id WHERE r.key = ?
            """), arguments: [key]).map { row in
            RenditionMember(fileID: row["file_id"], rank: row["rank"], subject: row["subject"], hasDocument: row["has_document"],
                            documentID: row["document_id"])
        }
    }

    func demote(_ fileID: Int64) throws {
        try db.cachedStatement(sql: """
            UPDATE renditions SET text = (SELECT text FROM documents WHERE id = ?) WHERE file_id = ?
            """).execute(arguments: [fileID, fileID])
        try db.cachedStatement(sql: "DELETE FROM documents WHERE id = ?").execute(arguments: [fileID])
    }

    func promote(_ fileID: Int64) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT f.record, f.extractor, r.text FROM files f JOIN renditions r ON r.file_id = f.id WHERE f.id = ?
            """), arguments: [fileID]) else { return }
        let record = try Record(json: JSONValue.parse(row["record"] as String))
        let file = ExtractedFile(record: record, text: row["text"], fingerprint: nil, extractor: row["extractor"])
        try SQLiteArchive.insertDocument(id: fileID, file, db)
        try db.cachedStatement(sql: "UPDATE renditions SET text = NULL WHERE file_id = ?").execute(arguments: [fileID])
    }

    func assign(_ fileIDs: [Int64], to documentID: Int64) throws {
        for id in fileIDs {
            try db.cachedStatement(sql: "UPDATE renditions SET document_id = ? WHERE file_id = ?")
                .execute(arguments: [documentID, id])
        }
    }
}
