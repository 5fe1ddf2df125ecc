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
        self.path = path
        isReadOnly = false
        pool = try DatabasePool(path: path, configuration: SQLiteArchive.configuration(readonly: false))
        try ArchiveSchema.migrate(pool, parts: parts)
        isOutdated = false
    }

    /// Opens the archive at `path` to read it, never migrating it. An archive this process
    /// may write (the file and its folder) is opened as usual, so that SQLite removes its
    /// `-wal` and `-shm` files on closing (GRDB's pool makes sure of the `-wal` file with an
    /// empty transaction: the one write, which an unwritable archive refused); any other (read-only mode, another owner, an
    /// immutable file, a read-only disk) is opened read-only: as `immutable=1` when it has no
    /// `-wal` file (SQLite then creates no file next to it), else in `mode=ro` to see what the
    /// `-wal` holds. `isReadOnly` tells which; `isOutdated` tells that the schema is older
    /// than this vanban's (what the tables hold can still be read).
    /// - Throws: `ArchiveError` (`missing`, `newer-schema`) or a `DatabaseError`.
    public init(readingAt path: String, parts: [ArchiveSchemaPart] = []) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ArchiveError(.missing, "there is no archive at \(path) (vanban ingest makes one)")
        }
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        isReadOnly = access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0
        if isReadOnly {
            let mode = FileManager.default.fileExists(atPath: path + "-wal") ? "mode=ro" : "immutable=1"
            pool = try DatabasePool(path: SQLiteArchive.uri(path, mode), configuration: SQLiteArchive.configuration(readonly: true))
        } else {
            pool = try DatabasePool(path: path, configuration: SQLiteArchive.configuration(readonly: false))
        }
        isOutdated = try ArchiveSchema.check(pool, parts: parts)
    }

    /// Whether the archive was opened read-only (see `init(readingAt:parts:)`): nothing can be written.
    public let isReadOnly: Bool
    /// Whether the archive's schema is older than this vanban's (opened to read, not migrated).
    public let isOutdated: Bool

    /// `needs-upgrade` when `error` is SQLite's (a missing table or column) on an archive
    /// opened to read whose schema is older than this vanban's; nil otherwise.
    public func upgradeNeeded(by error: any Error) -> ArchiveError? {
        guard isOutdated, let error = error as? DatabaseError, error.resultCode == .SQLITE_ERROR else { return nil }
        return ArchiveError(.needsUpgrade, "the archive needs an upgrade: run vanban ingest on it, writable ("
                            + (error.message ?? "\(error)") + ")")
    }

    private static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            ConnectionNumbers.add(to: db)
            if db.configuration.readonly {
                // Readers map the file (up to 1 GB) rather than copying each page they read from
                // the system's cache into their own 2 MB: a search reads the same index pages
                // again and again (measured: a tenth of a search's CPU went to those copies).
                try db.execute(sql: "PRAGMA mmap_size = 1073741824")
                return
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The writer keeps 64 MB of pages (SQLite's default is 2 MB): the text indexes and
            // the graph's tables outgrow 2 MB after a few thousand letters, and every batch then
            // reads its pages back from disk (measured: 40,000 letters in 88 s instead of 101 s).
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    /// A SQLite URI for the file at `path` with `parameter` (`?`, `#` and `%` percent-encoded).
    private static func uri(_ path: String, _ parameter: String) -> String {
        var encoded = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "%", "?", "#": encoded += String(format: "%%%02X", scalar.value)
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        return "file:" + encoded + "?" + parameter
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
