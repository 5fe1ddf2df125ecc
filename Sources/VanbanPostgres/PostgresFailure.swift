import PostgresNIO

/// What the server or the connection said went wrong, readable (postgres-nio's own errors
/// hide the server's message from their description).
public struct PostgresFailure: Error, Sendable, CustomStringConvertible {
    /// The SQLSTATE code, when the server answered (`23505` unique violation, `40P01` deadlock).
    public let sqlState: String?
    public let message: String

    public var description: String { message }

    /// `error` made readable; errors that are not postgres-nio's are returned as they are.
    static func from(_ error: any Error) -> any Error {
        guard let error = error as? PSQLError else { return error }
        if let info = error.serverInfo {
            var message = info[.message] ?? "the server refused the statement"
            if let detail = info[.detail] { message += " (\(detail))" }
            return PostgresFailure(sqlState: info[.sqlState], message: message)
        }
        let why = error.underlying.map { "\($0)" } ?? "\(error.code)"
        return PostgresFailure(sqlState: nil, message: "PostgreSQL: \(why)")
    }
}
