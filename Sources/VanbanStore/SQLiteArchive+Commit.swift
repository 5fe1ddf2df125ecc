import Foundation
import GRDB
import VanbanRecord

extension SQLiteArchive {
    /// Applies `changes` in one write transaction (see `ArchiveStore.commit`). A path and a
    /// content each belong to one stored file: storing a file at a path replaces what the
    /// path held, and content found at a new path moves its stored file there, unless the
    /// old path still holds it unchanged (then the new path is a duplicate).
    public func commit(_ changes: [ArchiveChange]) throws -> [ArchiveChange.Outcome] {
        guard !changes.isEmpty else { return [] }
        let now = ISO8601DateFormatter().string(from: Date())
        return try pool.write { db in
            try changes.map { change in
                switch change {
                case let .store(file): return try store(file, at: now, db)
                case let .move(sha256, path, fingerprint): return try move(sha256, to: path, fingerprint, db)
                }
            }
        }
    }

    private func store(_ file: ExtractedFile, at now: String, _ db: Database) throws -> ArchiveChange.Outcome {
        let path = file.record.source.path
        if let sha256 = file.record.source.sha256 {
            try db.cachedStatement(sql: "DELETE FROM read_attempts WHERE sha256 = ?").execute(arguments: [sha256])
        }
        if let sha256 = file.record.source.sha256, let known = try fetchFile(sha256: sha256, db) {
            var affected = try SQLiteArchive.renditionKeys(ofFiles: "id = ?", [known.id], db)
            if known.path != path {
                if SQLiteArchive.isStillThere(known) { return .duplicate(of: known.path) }
                affected += try SQLiteArchive.renditionKeys(ofFiles: "path = ?", [path], db)
                try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [path])
            }
            try db.cachedStatement(sql: "DELETE FROM documents WHERE id = ?").execute(arguments: [known.id])
            try db.cachedStatement(sql: """
                UPDATE files SET path = ?, sha256 = ?, size = ?, modified = ?, format = ?, status = ?,
                    error_code = ?, error_message = ?, extractor = ?, imported_at = ?, record = ?
                WHERE id = ?
                """).execute(arguments: SQLiteArchive.fileColumns(file, at: now) + [known.id])
            try SQLiteArchive.insertDocument(id: known.id, file, db)
            try SQLiteArchive.storeRendition(id: known.id, file, affected: affected, db)
            return .stored(id: known.id)
        }
        let affected = try SQLiteArchive.renditionKeys(ofFiles: "path = ?", [path], db)
        try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [path])
        try db.cachedStatement(sql: """
            INSERT INTO files (path, sha256, size, modified, format, status, error_code, error_message,
                               extractor, imported_at, record)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: SQLiteArchive.fileColumns(file, at: now))
        let id = db.lastInsertedRowID
        try SQLiteArchive.insertDocument(id: id, file, db)
        try SQLiteArchive.storeRendition(id: id, file, affected: affected, db)
        return .stored(id: id)
    }

    private func move(_ sha256: String, to path: String, _ fingerprint: FileFingerprint?,
                      _ db: Database) throws -> ArchiveChange.Outcome {
        guard let known = try fetchFile(sha256: sha256, db) else { return .missing }
        if known.path == path {
            if known.fingerprint != fingerprint {
                try db.execute(sql: "UPDATE files SET size = ?, modified = ? WHERE id = ?",
                               arguments: [fingerprint?.size, fingerprint?.modified, known.id])
            }
            return .unchanged(id: known.id)
        }
        if SQLiteArchive.isStillThere(known) { return .duplicate(of: known.path) }
        var record = try known.record()
        record.source.path = path
        record.source.file = (path as NSString).lastPathComponent
        let affected = try SQLiteArchive.renditionKeys(ofFiles: "path = ?", [path], db)
        try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [path])
        try db.execute(sql: "UPDATE files SET path = ?, size = ?, modified = ?, record = ? WHERE id = ?",
                       arguments: [path, fingerprint?.size, fingerprint?.modified, record.jsonLine, known.id])
        try SQLiteArchive.regroup(affected, db)
        return .moved(id: known.id)
    }

    private func fetchFile(sha256: String, _ db: Database) throws -> StoredFile? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM files WHERE sha256 = ?"), arguments: [sha256])
            .map(StoredFile.init(row:))
    }

    /// Whether the stored file is still at its path, as it was when stored.
    private static func isStillThere(_ file: StoredFile) -> Bool {
        guard let fingerprint = file.fingerprint else { return false }
        return FileFingerprint.of(path: file.path) == fingerprint
    }

    private static func fileColumns(_ file: ExtractedFile, at now: String) -> StatementArguments {
        let record = file.record
        return [record.source.path, record.source.sha256, file.fingerprint?.size ?? record.source.bytes,
                file.fingerprint?.modified, record.source.format, record.status.rawValue, record.error?.code,
                record.error?.message, file.extractor, now, file.recordJSON]
    }
}
