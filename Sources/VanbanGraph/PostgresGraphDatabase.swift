import VanbanPostgres
import VanbanStore

/// The citation graph in a PostgreSQL archive (`PostgresArchive`, opened with
/// `GraphSchema.postgresPart`). Many processes may resolve at once (workers after their
/// batches, `vanban resolve`): a resolution pass holds a transaction-scoped advisory lock, so
/// that passes never overlap and no document is resolved by two at the same time; a pass
/// that finds the lock taken waits, or (`wait: false`) leaves the work to the pass running,
/// whose next run sees what has arrived since.
public struct PostgresGraphDatabase: GraphDatabase {
    public let archive: PostgresArchive

    /// The advisory lock of resolution passes ("vanban" and 2).
    static let resolutionLock: Int64 = 0x7661_6E62_616E_0002

    public init(_ archive: PostgresArchive) {
        self.archive = archive
    }

    public func read<T>(_ body: (any GraphConnection) throws -> T) throws -> T {
        try archive.session.withConnection { connection in
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let value = try body(PostgresGraphConnection(connection: connection))
                try connection.execute("COMMIT")
                return value
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    public func resolving<T>(wait: Bool, _ body: (any GraphConnection) throws -> T) throws -> T? {
        try archive.session.transaction { connection in
            if wait {
                try connection.execute("SELECT pg_advisory_xact_lock($1)", [.int(Self.resolutionLock)])
            } else {
                let rows = try connection.rows("SELECT pg_try_advisory_xact_lock($1) AS locked", [.int(Self.resolutionLock)])
                guard try rows.first?.bool("locked") == true else { return nil }
            }
            return try body(PostgresGraphConnection(connection: connection))
        }
    }

    public var isReadOnly: Bool { false }
    public var isOutdated: Bool { archive.isOutdated }
    public var name: String { archive.location.description }
}

/// postgres-nio's connection running the graph's SQL: each `?` becomes `$1`, `$2`, ...
struct PostgresGraphConnection: GraphConnection {
    let connection: SQLConnection

    func rows(_ sql: String, _ arguments: [GraphValue]) throws -> [GraphRow] {
        let rows = try connection.rows(Self.numbered(sql), arguments.map(\.sqlValue))
        guard let first = rows.first else { return [] }
        let names = first.columnNames
        return try rows.map { row in GraphRow(names: names, values: try row.values().map(GraphValue.init)) }
    }

    func execute(_ sql: String, _ arguments: [GraphValue]) throws {
        try connection.execute(Self.numbered(sql), arguments.map(\.sqlValue))
    }

    /// `sql` with its `?` placeholders (outside quotes) numbered as PostgreSQL wants them.
    static func numbered(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var n = 0
        var quoted = false
        for c in sql {
            if c == "'" { quoted.toggle() }
            if c == "?", !quoted {
                n += 1
                out += "$\(n)"
            } else {
                out.append(c)
            }
        }
        return out
    }
}

extension GraphValue {
    var sqlValue: SQLValue {
        switch self {
        case .null: .null
        case let .int(n): .int(n)
        case let .real(x): .real(x)
        case let .text(s): .text(s)
        }
    }

    init(_ value: SQLValue) {
        switch value {
        case let .int(n?): self = .int(n)
        case let .real(x?): self = .real(x)
        case let .text(s?): self = .text(s)
        default: self = .null
        }
    }
}
