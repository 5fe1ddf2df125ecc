import Foundation
import VanbanRecord
import VanbanStore

/// The archive in a PostgreSQL database, for many machines importing into one archive that
/// many people query: the same tables and meaning as `SQLiteArchive` (docs/schema.md), the
/// same answers to the same `DocumentQuery`, and a work queue (`WorkQueue`) for workers.
///
/// ```swift
/// let archive = try PostgresArchive(url: "postgres://vanban@db.local/archive")
/// try archive.documents(matching: DocumentQuery(text: ["thi dua"])) { print($0.path) }
/// ```
public final class PostgresArchive: ArchiveStore {
    public let session: PostgresSession
    /// Whether the schema is older than this vanban's (opened to read, not migrated).
    public let isOutdated: Bool

    /// Connects to the database at `url` and, when `migrate` is true, brings its schema up to
    /// date, with the tables of `parts` (the citation graph's: pass the same parts every time
    /// an archive is opened); reading commands pass false and only check it.
    /// - Throws: `ArchiveError` (`newer-schema`), `PostgresFailure` (no server, no database).
    public init(url: String, migrate: Bool = true, parts: [ArchiveSchemaPart] = []) throws {
        session = try PostgresSession(PostgresLocation(url: url))
        isOutdated = try PostgresSchema.migrate(session, write: migrate, parts: parts)
    }

    /// The database, without the password.
    public var location: PostgresLocation { session.location }

    /// `needs-upgrade` when `error` is a missing table or column (SQLSTATE 42P01, 42703) on
    /// an archive whose schema is older than this vanban's; nil otherwise.
    public func upgradeNeeded(by error: any Error) -> ArchiveError? {
        guard isOutdated, let error = error as? PostgresFailure, ["42P01", "42703"].contains(error.sqlState ?? "") else {
            return nil
        }
        return ArchiveError(.needsUpgrade, "the archive needs an upgrade: run vanban ingest on it (\(error.message))")
    }

    public func file(withContent sha256: String) throws -> StoredFile? {
        try session.withConnection { try PostgresArchive.fetchFile("sha256", .text(sha256), $0) }
    }

    public func file(atPath path: String) throws -> StoredFile? {
        try session.withConnection { try PostgresArchive.fetchFile("path", .text(path), $0) }
    }

    public func beginAttempt(sha256: String, path: String) throws -> Int {
        let now = ISO8601DateFormatter().string(from: Date())
        return try session.withConnection { connection in
            // The count before this attempt: the row as it was, read in the same statement.
            let rows = try connection.rows("""
                WITH before AS (SELECT count FROM read_attempts WHERE sha256 = $1)
                INSERT INTO read_attempts (sha256, path, count, started_at) VALUES ($1, $2, 1, $3)
                ON CONFLICT (sha256) DO UPDATE SET path = excluded.path, count = read_attempts.count + 1,
                    started_at = excluded.started_at
                RETURNING (SELECT count FROM before) AS before
                """, [.text(sha256), .text(path), .text(now)])
            return Int(try rows.first?.optionalInt64("before") ?? 0)
        }
    }

    public func documents(matching query: DocumentQuery, _ body: (StoredFile) throws -> Void) throws {
        let (sql, values) = try query.postgresStatement()
        try each(sql, values, body)
    }

    public func files(status: Record.Status?, _ body: (StoredFile) throws -> Void) throws {
        if let status {
            try each("SELECT * FROM files WHERE status = $1 ORDER BY path COLLATE \"C\"", [.text(status.rawValue)], body)
        } else {
            try each("SELECT * FROM files ORDER BY path COLLATE \"C\"", [], body)
        }
    }

    /// Closes the connections.
    public func close() {
        session.close()
    }

    /// Calls `body` with each file `sql` selects, reading them through a cursor 500 at a time
    /// (an export of a million records holds 500 in memory, not a million).
    private func each(_ sql: String, _ values: [SQLValue], _ body: (StoredFile) throws -> Void) throws {
        try session.transaction { connection in
            try connection.execute("DECLARE vanban_files NO SCROLL CURSOR FOR " + sql, values)
            while true {
                let rows = try connection.rows("FETCH FORWARD 500 FROM vanban_files")
                for row in rows { try body(try StoredFile(row)) }
                if rows.count < 500 { break }
            }
        }
    }

    static func fetchFile(_ column: String, _ value: SQLValue, _ connection: SQLConnection) throws -> StoredFile? {
        try connection.rows("SELECT * FROM files WHERE \(column) = $1", [value]).first.map(StoredFile.init)
    }
}

extension StoredFile {
    /// A row of the `files` table.
    init(_ row: SQLRow) throws {
        let size = try row.optionalInt64("size")
        let modified = try row.optionalDouble("modified")
        let code = try row.optionalString("error_code")
        let message = try row.optionalString("error_message")
        self.init(id: try row.int64("id"), path: try row.string("path"), sha256: try row.optionalString("sha256"),
                  fingerprint: size.flatMap { size in modified.map { FileFingerprint(size: Int(size), modified: $0) } },
                  format: try row.optionalString("format"),
                  status: Record.Status(rawValue: try row.string("status")) ?? .failed,
                  error: code.map { RecordError(code: $0, message: message ?? "") },
                  extractor: try row.string("extractor"), importedAt: try row.string("imported_at"),
                  recordJSON: try row.string("record"))
    }
}
