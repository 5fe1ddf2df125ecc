import Foundation

/// Databases on a PostgreSQL server, for setting up archives and for tests.
public enum PostgresServer {
    /// Creates the database `name` on the server `url` points at (connecting to the database
    /// the URL names) and returns the URL of the new database.
    /// - Throws: `PostgresFailure` (no server, no right to create databases, the name taken).
    public static func createDatabase(_ name: String, on url: String) throws -> String {
        let location = try PostgresLocation(url: url)
        try administer(location, "CREATE DATABASE " + quoted(name) + " ENCODING 'UTF8' TEMPLATE template0")
        return location.with(database: name).url
    }

    /// Drops the database `name` on the server `url` points at, when it exists.
    public static func dropDatabase(_ name: String, on url: String) throws {
        try administer(try PostgresLocation(url: url), "DROP DATABASE IF EXISTS " + quoted(name) + " WITH (FORCE)")
    }

    private static func administer(_ location: PostgresLocation, _ sql: String) throws {
        let session = try PostgresSession(location)
        defer { session.close() }
        try session.withConnection { try $0.script(sql) }
    }

    /// `name` as a quoted identifier.
    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
