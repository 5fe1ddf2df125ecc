import VanbanRecord
import VanbanStore

extension PostgresArchive {
    public func renditions(of id: Int64) throws -> [StoredFile] {
        try session.withConnection { connection in
            try connection.rows("""
                SELECT f.* FROM renditions r JOIN files f ON f.id = r.file_id
                WHERE r.document_id = (SELECT document_id FROM renditions WHERE file_id = $1)
                ORDER BY r.rank DESC, f.id
                """, [.int(id)]).map(StoredFile.init)
        }
    }

    /// The rendition key of the file `id` (before it is read again).
    static func renditionKeys(ofFiles condition: String, _ value: SQLValue, _ connection: SQLConnection) throws -> [String] {
        try connection.rows("""
            SELECT key FROM renditions WHERE key IS NOT NULL AND file_id IN (SELECT id FROM files WHERE \(condition) = $1)
            """, [value]).map { try $0.string("key") }
    }

    /// Deletes the file stored at `path`, if any (its document and rendition go with it), and
    /// returns its rendition key, in one statement (the query sees the rows as they were).
    static func deleteFile(atPath path: String, _ connection: SQLConnection) throws -> [String] {
        try connection.rows("""
            WITH gone AS (DELETE FROM files WHERE path = $1 RETURNING id)
            SELECT r.key FROM renditions r JOIN gone ON r.file_id = gone.id WHERE r.key IS NOT NULL
            """, [.text(path)]).map { try $0.string("key") }
    }

    /// Records the stored `file` as a rendition of its own document (`replacing`: the file's
    /// row held an earlier reading), then regroups the files of its key and of `affected`
    /// (keys of files it replaced).
    static func storeRendition(id: Int64, _ file: ExtractedFile, replacing: Bool, affected: [String],
                               _ connection: SQLConnection) throws {
        if replacing { try connection.execute("DELETE FROM renditions WHERE file_id = $1", [.int(id)]) }
        let record = file.record
        var keys = affected
        if record.status == .ok {
            let key = Rendition.key(record)
            try connection.execute("""
                INSERT INTO renditions (file_id, document_id, key, rank, subject) VALUES ($1, $1, $2, $3, $4)
                """, [.int(id), .text(key), .integer(Rendition.rank(record)), .text(record.subject)])
            // (Its key was locked with the transaction's paths and contents: `lock`.)
            if let key { keys.append(key) }
        }
        try regroup(keys, locking: affected, connection)
    }

    /// Regroups the files of `keys`. Many workers store at once: an advisory lock on each key
    /// makes the files of one key regrouped by one transaction at a time; `locking` are the
    /// keys not locked yet (sorted, taken before any is regrouped).
    static func regroup(_ keys: [String], locking: [String], _ connection: SQLConnection) throws {
        let keys = Set(keys).sorted()
        guard !keys.isEmpty else { return }
        if !locking.isEmpty {
            try connection.execute("""
                SELECT count(pg_advisory_xact_lock(hashtextextended('rendition:' || k, 0)))
                FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k COLLATE "C") AS sorted
                """, [.texts(Set(locking).sorted())])
        }
        let rows = PostgresRenditionRows(connection: connection)
        for key in keys { try RenditionGrouping.regroup(key: key, rows) }
    }
}

/// The `renditions` rows of a PostgreSQL archive, for `RenditionGrouping`.
struct PostgresRenditionRows: RenditionRows {
    let connection: SQLConnection

    func members(key: String) throws -> [RenditionMember] {
        try connection.rows("""
            SELECT r.file_id, r.rank, r.subject, d.id IS NOT NULL AS has_document, r.document_id
            FROM renditions r LEFT JOIN documents d ON d.id = r.file_id WHERE r.key = $1
            """, [.text(key)]).map { row in
            RenditionMember(fileID: try row.int64("file_id"), rank: Int(try row.int64("rank")),
                            subject: try row.optionalString("subject"), hasDocument: try row.bool("has_document"),
                            documentID: try row.int64("document_id"))
        }
    }

    func demote(_ fileID: Int64) throws {
        try connection.execute("""
            UPDATE renditions SET text = (SELECT text FROM documents WHERE id = $1) WHERE file_id = $1
            """, [.int(fileID)])
        try connection.execute("DELETE FROM documents WHERE id = $1", [.int(fileID)])
    }

    func promote(_ fileID: Int64) throws {
        guard let row = try connection.rows("""
            SELECT f.record, f.extractor, r.text FROM files f JOIN renditions r ON r.file_id = f.id WHERE f.id = $1
            """, [.int(fileID)]).first else { return }
        let record = try Record(json: JSONValue.parse(try row.string("record")))
        let file = ExtractedFile(record: record, text: try row.optionalString("text"), fingerprint: nil,
                                 extractor: try row.string("extractor"))
        try PostgresArchive.insertDocument(id: fileID, file, connection)
        try connection.execute("UPDATE renditions SET text = NULL WHERE file_id = $1", [.int(fileID)])
    }

    func assign(_ fileIDs: [Int64], to documentID: Int64) throws {
        try connection.execute("UPDATE renditions SET document_id = $1 WHERE file_id = ANY($2)",
                               [.int(documentID), .ints(fileIDs)])
    }
}
