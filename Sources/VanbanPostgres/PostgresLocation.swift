import Foundation
import PostgresNIO
import VanbanStore

/// Where a PostgreSQL archive is: `postgres://user[:password]@host[:port]/database`, or with
/// `?host=/folder` for the server's unix socket in that folder. No TLS (a server on the local
/// network or through a tunnel).
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    /// The folder of the server's socket, when connecting through it.
    public var socketFolder: String?

    /// Whether `text` names a PostgreSQL archive (rather than a SQLite file).
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// - Throws: `ArchiveError` (`missing`) when `url` is not a PostgreSQL URL.
    public init(url: String) throws {
        guard PostgresLocation.isURL(url), let parts = URLComponents(string: url) else {
            throw ArchiveError(.missing, "not a PostgreSQL URL (postgres://user@host/database): \(url)")
        }
        user = parts.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = parts.password.flatMap { $0.removingPercentEncoding }
        host = parts.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = parts.port ?? 5432
        let name = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        database = name.isEmpty ? user : (name.removingPercentEncoding ?? name)
        socketFolder = parts.queryItems?.first { $0.name == "host" }?.value.flatMap { $0.hasPrefix("/") ? $0 : nil }
    }

    /// The same server, another database.
    public func with(database: String) -> PostgresLocation {
        var copy = self
        copy.database = database
        return copy
    }

    /// The URL, password included.
    public var url: String {
        var parts = URLComponents()
        parts.scheme = "postgres"
        parts.user = user
        parts.password = password
        parts.host = host
        parts.port = port
        parts.path = "/" + database
        if let socketFolder { parts.queryItems = [URLQueryItem(name: "host", value: socketFolder)] }
        return parts.string ?? description
    }

    /// The URL without the password.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (socketFolder.map { "?host=\($0)" } ?? "")
    }

    var configuration: PostgresConnection.Configuration {
        if let socketFolder {
            return .init(unixSocketPath: socketFolder + "/.s.PGSQL.\(port)", username: user, password: password,
                         database: database)
        }
        return .init(host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }
}
