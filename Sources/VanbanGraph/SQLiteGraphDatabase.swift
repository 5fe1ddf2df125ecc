import GRDB
import VanbanStore

/// The citation graph in a SQLite archive (`SQLiteArchive`, opened with `GraphSchema.part`).
/// SQLite has one writer at a time, so resolution passes never overlap.
public struct SQLiteGraphDatabase: GraphDatabase {
    public let archive: SQLiteArchive

    public init(_ archive: SQLiteArchive) {
        self.archive = archive
    }

    public func read<T>(_ body: (any GraphConnection) throws -> T) throws -> T {
        try archive.database.read { db in try body(SQLiteGraphConnection(db: db)) }
    }

    /// SQLite's one writer at a time keeps passes apart: `wait` false waits for the writer
    /// too (its busy timeout), as every import's writer does.
    public func resolving<T>(wait: Bool, _ body: (any GraphConnection) throws -> T) throws -> T? {
        try archive.database.write { db in try body(SQLiteGraphConnection(db: db)) }
    }

    public var isReadOnly: Bool { archive.isReadOnly }
    public var isOutdated: Bool { archive.isOutdated }
    public var name: String { archive.path }
}

/// GRDB's connection running the graph's SQL. Statements are prepared once and kept, except
/// those with a list of values (`IN (?,?,…)`, `VALUES (?, …), …`), whose text changes with the list's length.
struct SQLiteGraphConnection: GraphConnection {
    let db: Database

    func rows(_ sql: String, _ arguments: [GraphValue]) throws -> [GraphRow] {
        let statement = try self.statement(sql)
        let rows = try Row.fetchAll(statement, arguments: StatementArguments(arguments.map(\.databaseValue)))
        guard let first = rows.first else { return [] }
        let names = Array(first.columnNames)
        return rows.map { row in GraphRow(names: names, values: row.databaseValues.map(GraphValue.init)) }
    }

    func execute(_ sql: String, _ arguments: [GraphValue]) throws {
        try statement(sql).execute(arguments: StatementArguments(arguments.map(\.databaseValue)))
    }

    private func statement(_ sql: String) throws -> Statement {
        sql.contains("IN (?") || sql.contains("VALUES (?") ? try db.makeStatement(sql: sql) : try db.cachedStatement(sql: sql)
    }
}

extension GraphValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case let .int(n): n.databaseValue
        case let .real(x): x.databaseValue
        case let .text(s): s.databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case let .int64(n): self = .int(n)
        case let .double(x): self = .real(x)
        case let .string(s): self = .text(s)
        case let .blob(data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }
}
