import Foundation
import VanbanRecord
import VanbanStore

extension PostgresArchive {
    /// Applies `changes` in one transaction (see `ArchiveStore.commit`), with the rules of
    /// the SQLite archive: a path and a content each belong to one stored file. Many workers
    /// commit at once: each transaction first takes an advisory lock on every path and
    /// content it touches, in one order, so that two batches never store one content twice
    /// and never wait for each other in a circle.
    public func commit(_ changes: [ArchiveChange]) throws -> [ArchiveChange.Outcome] {
        guard !changes.isEmpty else { return [] }
        var attempt = 0
        while true {
            do {
                return try session.transaction { connection in try commit(changes, connection) }
            } catch let error as PostgresFailure where PostgresArchive.mayRetry(error) && attempt < 3 {
                attempt += 1
            }
        }
    }

    /// `commit(_:)` inside a transaction the caller holds (the work queue adds its own rows).
    func commit(_ changes: [ArchiveChange], _ connection: SQLConnection) throws -> [ArchiveChange.Outcome] {
        try PostgresArchive.lock(changes, connection)
        let now = ISO8601DateFormatter().string(from: Date())
        return try changes.map { change in
            switch change {
            case let .store(file): return try store(file, at: now, connection)
            case let .move(sha256, path, fingerprint): return try move(sha256, to: path, fingerprint, connection)
            }
        }
    }

    /// A deadlock or serialization failure: the transaction was rolled back and may run again.
    static func mayRetry(_ error: PostgresFailure) -> Bool {
        ["40P01", "40001"].contains(error.sqlState ?? "")
    }

    private static func lock(_ changes: [ArchiveChange], _ connection: SQLConnection) throws {
        var keys: Set<String> = []
        for change in changes {
            keys.insert("path:" + change.path)
            switch change {
            case let .store(file):
                if let sha256 = file.record.source.sha256 { keys.insert("sha256:" + sha256) }
                // The rendition key it will be regrouped under (`regroup` takes it again).
                if let key = Rendition.key(file.record) { keys.insert("rendition:" + key) }
            case let .move(sha256, _, _): keys.insert("sha256:" + sha256)
            }
        }
        try connection.execute("""
            SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0)))
            FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k COLLATE "C") AS sorted
            """, [.texts(keys.sorted())])
    }

    private func store(_ file: ExtractedFile, at now: String, _ connection: SQLConnection) throws -> ArchiveChange.Outcome {
        let path = file.record.source.path
        // The content's read attempt ends; the file already stored with this content, if any
        // (one statement: the query sees the rows as they were).
        let stored = try file.record.source.sha256.flatMap { sha256 in
            try connection.rows("""
                WITH ended AS (DELETE FROM read_attempts WHERE sha256 = $1) SELECT * FROM files WHERE sha256 = $1
                """, [.text(sha256)]).first.map(StoredFile.init)
        }
        if let known = stored {
            var affected = try PostgresArchive.renditionKeys(ofFiles: "id", .int(known.id), connection)
            if known.path != path {
                if PostgresArchive.isStillThere(known) { return .duplicate(of: known.path) }
                affected += try PostgresArchive.deleteFile(atPath: path, connection)
            }
            try connection.execute("DELETE FROM documents WHERE id = $1", [.int(known.id)])
            try connection.execute("""
                UPDATE files SET path = $1, sha256 = $2, size = $3, modified = $4, format = $5, status = $6,
                    error_code = $7, error_message = $8, extractor = $9, imported_at = $10, record = $11
                WHERE id = $12
                """, PostgresArchive.fileColumns(file, at: now) + [.int(known.id)])
            try PostgresArchive.insertDocument(id: known.id, file, connection)
            try PostgresArchive.storeRendition(id: known.id, file, replacing: true, affected: affected, connection)
            return .stored(id: known.id)
        }
        let affected = try PostgresArchive.deleteFile(atPath: path, connection)
        let rows = try connection.rows("""
            INSERT INTO files (path, sha256, size, modified, format, status, error_code, error_message,
                               extractor, imported_at, record)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            RETURNING id
            """, PostgresArchive.fileColumns(file, at: now))
        let id = try rows[0].int64("id")
        try PostgresArchive.insertDocument(id: id, file, connection)
        try PostgresArchive.storeRendition(id: id, file, replacing: false, affected: affected, connection)
        return .stored(id: id)
    }

    private func move(_ sha256: String, to path: String, _ fingerprint: FileFingerprint?,
                      _ connection: SQLConnection) throws -> ArchiveChange.Outcome {
        guard let known = try PostgresArchive.fetchFile("sha256", .text(sha256), connection) else { return .missing }
        if known.path == path {
            if known.fingerprint != fingerprint {
                try connection.execute("UPDATE files SET size = $1, modified = $2 WHERE id = $3",
                                       [.integer(fingerprint?.size), .real(fingerprint?.modified), .int(known.id)])
            }
            return .unchanged(id: known.id)
        }
        if PostgresArchive.isStillThere(known) { return .duplicate(of: known.path) }
        var record = try known.record()
        record.source.path = path
        record.source.file = (path as NSString).lastPathComponent
        let affected = try PostgresArchive.deleteFile(atPath: path, connection)
        try connection.execute("UPDATE files SET path = $1, size = $2, modified = $3, record = $4 WHERE id = $5",
                               [.text(path), .integer(fingerprint?.size), .real(fingerprint?.modified),
                                .text(record.jsonLine), .int(known.id)])
        try PostgresArchive.regroup(affected, locking: affected, connection)
        return .moved(id: known.id)
    }

    /// Whether the stored file is still at its path, as it was when stored.
    private static func isStillThere(_ file: StoredFile) -> Bool {
        guard let fingerprint = file.fingerprint else { return false }
        return FileFingerprint.of(path: file.path) == fingerprint
    }

    private static func fileColumns(_ file: ExtractedFile, at now: String) -> [SQLValue] {
        let record = file.record
        return [.text(record.source.path), .text(record.source.sha256), .integer(file.fingerprint?.size ?? record.source.bytes),
                .real(file.fingerprint?.modified), .text(record.source.format), .text(record.status.rawValue),
                .text(record.error?.code), .text(record.error?.message), .text(file.extractor), .text(now),
                .text(file.recordJSON)]
    }
}
