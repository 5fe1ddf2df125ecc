/// The seam between the citation graph and the database that holds it (SQLite or
/// PostgreSQL). Resolution, the walk and the checks are written once, in the SQL both
/// databases read alike (`?` placeholders, `IS [NOT] DISTINCT FROM`, `RETURNING`, quoted
/// `"offset"`, text sorted in Swift rather than by a collation); each database gives a
/// connection that runs it (`SQLiteGraphDatabase`, `PostgresGraphDatabase`).

/// A value bound to a placeholder or read from a column.
public enum GraphValue: Sendable, Equatable {
    case null
    case int(Int64)
    case real(Double)
    case text(String)
}

/// What may be bound to a `?`.
public protocol GraphArgument {
    var graphValue: GraphValue { get }
}

extension Int64: GraphArgument { public var graphValue: GraphValue { .int(self) } }
extension Int: GraphArgument { public var graphValue: GraphValue { .int(Int64(self)) } }
extension Double: GraphArgument { public var graphValue: GraphValue { .real(self) } }
extension String: GraphArgument { public var graphValue: GraphValue { .text(self) } }

/// What a column may be read as.
public protocol GraphColumnValue {
    /// The value, or nil when the column's value cannot be read as this type.
    static func from(_ value: GraphValue) -> Self?
}

extension Int64: GraphColumnValue {
    public static func from(_ value: GraphValue) -> Int64? {
        switch value {
        case let .int(n): n
        case let .real(x): Int64(exactly: x)
        default: nil
        }
    }
}

extension Int: GraphColumnValue {
    public static func from(_ value: GraphValue) -> Int? { Int64.from(value).map(Int.init) }
}

extension Double: GraphColumnValue {
    public static func from(_ value: GraphValue) -> Double? {
        switch value {
        case let .int(n): Double(n)
        case let .real(x): x
        default: nil
        }
    }
}

extension String: GraphColumnValue {
    public static func from(_ value: GraphValue) -> String? {
        if case let .text(text) = value { return text }
        return nil
    }
}

extension Optional: GraphColumnValue where Wrapped: GraphColumnValue {
    public static func from(_ value: GraphValue) -> Wrapped?? {
        if value == .null { return .some(nil) }
        return Wrapped.from(value).map { .some($0) }
    }
}

/// One row of a result: its values by position and by column name (lower case, as the
/// statement names them).
public struct GraphRow: Sendable {
    public let names: [String]
    public let values: [GraphValue]

    public init(names: [String], values: [GraphValue]) {
        self.names = names
        self.values = values
    }

    /// The value at `index`, read as `T`. A value that cannot be (a NULL read as a
    /// non-optional, text read as a number) is a mistake in the statement: it stops the program,
    /// as GRDB's rows do.
    public subscript<T: GraphColumnValue>(_ index: Int) -> T {
        guard values.indices.contains(index), let value = T.from(values[index]) else {
            preconditionFailure("graph SQL: column \(index) (\(names.indices.contains(index) ? names[index] : "?")) is not \(T.self)")
        }
        return value
    }

    public subscript<T: GraphColumnValue>(_ name: String) -> T {
        guard let index = names.firstIndex(of: name) else { preconditionFailure("graph SQL: no column \(name)") }
        return self[index]
    }
}

/// One connection inside a transaction, running the graph's SQL.
public protocol GraphConnection {
    /// The rows `sql` returns, with `arguments` bound to its `?` in order.
    func rows(_ sql: String, _ arguments: [GraphValue]) throws -> [GraphRow]
    /// Runs `sql` (one statement).
    func execute(_ sql: String, _ arguments: [GraphValue]) throws
}

extension GraphConnection {
    func rows(_ sql: String, _ arguments: [(any GraphArgument)?] = []) throws -> [GraphRow] {
        try rows(sql, arguments.map { $0?.graphValue ?? .null })
    }

    func execute(_ sql: String, _ arguments: [(any GraphArgument)?] = []) throws {
        try execute(sql, arguments.map { $0?.graphValue ?? .null })
    }

    /// The first column of every row.
    func column<T: GraphColumnValue>(_ sql: String, _ arguments: [(any GraphArgument)?] = [],
                                     as type: T.Type = T.self) throws -> [T] {
        try rows(sql, arguments).map { $0[0] }
    }

    /// The first column of the first row, if there is one.
    func first<T: GraphColumnValue>(_ sql: String, _ arguments: [(any GraphArgument)?] = [],
                                    as type: T.Type = T.self) throws -> T? {
        try rows(sql, arguments).first.map { $0[0] }
    }

    /// Whether `sql` returns any row.
    func any(_ sql: String, _ arguments: [(any GraphArgument)?] = []) throws -> Bool {
        try !rows(sql, arguments).isEmpty
    }
}

/// The archive as the citation graph reads and writes it.
public protocol GraphDatabase: Sendable {
    /// Runs `body` in a transaction that reads.
    func read<T>(_ body: (any GraphConnection) throws -> T) throws -> T

    /// Runs `body` as the archive's one resolution pass at a time, in a transaction that
    /// writes: committed when it returns, rolled back when it throws. When another process is
    /// resolving the same archive, waits for it, or with `wait` false returns nil at once.
    func resolving<T>(wait: Bool, _ body: (any GraphConnection) throws -> T) throws -> T?

    /// Whether nothing can be written (resolution is skipped).
    var isReadOnly: Bool { get }
    /// Whether the schema is older than this vanban's (opened to read, not migrated).
    var isOutdated: Bool { get }
    /// The archive as messages name it.
    var name: String { get }
}
