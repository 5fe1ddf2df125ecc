import Foundation
import GRDB
import VanbanRecord

/// The archive in one SQLite file (WAL mode: readers never wait for the writer), through GRDB.
///
/// ```swift
/// let archive = try SQLiteArchive(path: "vanban.sqlite")
/// try archive.documents(matching: DocumentQuery(type: "ke-hoach", text: ["thi dua"])) { print($0.path) }
/// ```
public final class SQLiteArchive: ArchiveStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// The database itself, for modules that keep tables of their own in the archive
    /// (the citation graph).
    public var database: DatabasePool { pool }

    /// Opens the archive at `path`, creating it when `create` is true, and brings its schema
    /// up to date, with the tables of `parts` (the citation graph's: pass the same parts
    /// every time an archive is opened).
    /// - Throws: `ArchiveError` (`missing`, `newer-schema`) or a `DatabaseError`.
    public init(path: String, create: Bool = true, parts: [ArchiveSchemaPart] = []) throws {
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw ArchiveError(.missing, "there is no archive at \(path) (vanban ingest makes one)")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The writer keeps 64 MB of pages (SQLite's default is 2 MB): the text indexes and
            // the graph's tables outgrow 2 MB after a few thousand letters, and every batch then
            // reads its pages back from disk (measured: 40,000 letters in 88 s instead of 101 s).
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -65536") }
        }
        self.path = path
        pool = try DatabasePool(path: path, configuration: configuration)
        try ArchiveSchema.migrate(pool, parts: parts)
    }

    public func file(withContent sha256: String) throws -> StoredFile? {
        try pool.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM files WHERE sha256 = ?"), arguments: [sha256])
                .map(StoredFile.init(row:))
        }
    }

    public func file(atPath path: String) throws -> StoredFile? {
        try pool.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM files WHERE path = ?"), arguments: [path])
                .map(StoredFile.init(row:))
        }
    }

    public func beginAttempt(sha256: String, path: String) throws -> Int {
        let now = ISO8601DateFormatter().string(from: Date())
        return try pool.write { db in
            let before = try Int.fetchOne(db.cachedStatement(sql: "SELECT count FROM read_attempts WHERE sha256 = ?"),
                                          arguments: [sha256]) ?? 0
            try db.cachedStatement(sql: """
                INSERT INTO read_attempts (sha256, path, count, started_at) VALUES (?, ?, 1, ?)
                ON CONFLICT (sha256) DO UPDATE SET path = excluded.path, count = count + 1, started_at = excluded.started_at
                """).execute(arguments: [sha256, path, now])
            return before
        }
    }

    public func documents(matching query: DocumentQuery, _ body: (StoredFile) throws -> Void) throws {
        let (sql, arguments) = try query.statement()
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { try body(StoredFile(row: row)) }
        }
    }

    public func files(status: VanbanRecord.Record.Status?, _ body: (StoredFile) throws -> Void) throws {
        try pool.read { db in
            let rows: RowCursor
            if let status {
                rows = try Row.fetchCursor(db, sql: "SELECT * FROM files WHERE status = ? ORDER BY path",
                                           arguments: [status.rawValue])
            } else {
                rows = try Row.fetchCursor(db, sql: "SELECT * FROM files ORDER BY path")
            }
            while let row = try rows.next() { try body(StoredFile(row: row)) }
        }
    }
}
