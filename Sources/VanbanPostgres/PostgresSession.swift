import Foundation
import Logging
import PostgresNIO

/// Connections to one PostgreSQL database, used from synchronous code on any number of
/// threads: each call takes an idle connection (or opens one), runs, and gives it back.
/// Calls wait for postgres-nio's futures on the calling thread (never from a task of Swift's
/// concurrency pool, which they do not need: a blocked pool thread cannot stall them).
public final class PostgresSession: @unchecked Sendable {
    public let location: PostgresLocation
    private let lock = NSLock()
    private var idle: [PostgresConnection] = []
    private var opened = 0
    private var closed = false
    private let logger = Logger(label: "vanban.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects once, to find out now whether the server can be reached.
    public init(_ location: PostgresLocation) throws {
        self.location = location
        give(back: try open())
    }

    deinit { close() }

    /// Closes every idle connection; the session is not used afterwards.
    public func close() {
        let connections = lock.withLock { () -> [PostgresConnection] in
            closed = true
            defer { idle = [] }
            return idle
        }
        for connection in connections { try? connection.close().wait() }
    }

    /// Runs `body` on one connection of its own.
    public func withConnection<T>(_ body: (SQLConnection) throws -> T) throws -> T {
        let connection = try take()
        do {
            let value = try body(SQLConnection(connection: connection, logger: logger))
            give(back: connection)
            return value
        } catch {
            give(back: connection)
            throw error
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: (SQLConnection) throws -> T) throws -> T {
        try withConnection { connection in
            try connection.execute("BEGIN")
            do {
                let value = try body(connection)
                try connection.execute("COMMIT")
                return value
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    private func take() throws -> PostgresConnection {
        if let connection = lock.withLock({ idle.popLast() }) { return connection }
        return try open()
    }

    private func give(back connection: PostgresConnection) {
        if connection.isClosed { return }
        let keep = lock.withLock { () -> Bool in
            guard !closed else { return false }
            idle.append(connection)
            return true
        }
        if !keep { try? connection.close().wait() }
    }

    private func open() throws -> PostgresConnection {
        let id = lock.withLock { opened += 1; return opened }
        let configuration = location.configuration
        let logger = logger
        do {
            return try PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(),
                                                  configuration: configuration, id: id, logger: logger).wait()
        } catch {
            throw PostgresFailure(sqlState: nil, message: "cannot connect to \(location): \(PostgresFailure.from(error))")
        }
    }
}

/// One connection, held by one thread for the time of a call.
public struct SQLConnection {
    let connection: PostgresConnection
    let logger: Logger

    /// The rows of `sql` with `values` bound to `$1`, `$2`, ...
    @discardableResult
    public func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [SQLRow] {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { bindings.add(value) }
        let query = PostgresQuery(unsafeSQL: sql, binds: bindings)
        do {
            return try connection.query(query, logger: logger).wait().map(SQLRow.init)
        } catch {
            throw PostgresFailure.from(error)
        }
    }

    /// Runs `sql`, ignoring what it returns.
    public func execute(_ sql: String, _ values: [SQLValue] = []) throws {
        try rows(sql, values)
    }

    /// Runs several statements, one after the other: `sql` cut at each `;` that ends a line
    /// (the schema's scripts hold no `;` elsewhere).
    public func script(_ sql: String) throws {
        var statement = ""
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            statement += line + "\n"
            if line.trimmingCharacters(in: .whitespaces).hasSuffix(";") {
                try execute(statement)
                statement = ""
            }
        }
        if !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { try execute(statement) }
    }
}
