/// Tables that another module keeps in the archive beside the store's own (the citation
/// graph's): its named migrations, in order, only ever appended to. A part is given to
/// `SQLiteArchive` when the archive is opened; its migrations run after the store's own.
public struct ArchiveSchemaPart: Sendable {
    /// One migration: an identifier unique in the archive and the SQL that applies it.
    public struct Migration: Sendable {
        public let identifier: String
        public let sql: String

        public init(_ identifier: String, sql: String) {
            self.identifier = identifier
            self.sql = sql
        }
    }

    /// Who owns the tables (for messages).
    public let name: String
    public let migrations: [Migration]

    public init(name: String, migrations: [Migration]) {
        self.name = name
        self.migrations = migrations
    }
}
