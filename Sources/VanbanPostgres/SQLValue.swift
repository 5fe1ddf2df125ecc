import PostgresNIO

/// A value bound to a `$n` placeholder.
public enum SQLValue: Sendable, Equatable {
    case text(String?)
    case int(Int64?)
    case real(Double?)
    case texts([String])
    case ints([Int64])
    /// NULL of no declared type: the server infers it from where it is bound.
    case null

    static func integer(_ value: Int?) -> SQLValue { .int(value.map(Int64.init)) }
}

extension PostgresBindings {
    mutating func add(_ value: SQLValue) {
        switch value {
        case let .text(text): append(text)
        case let .int(int): append(int)
        case let .real(real): append(real)
        case let .texts(texts): append(texts)
        case let .ints(ints): append(ints)
        case .null: appendNull()
        }
    }
}

/// A row of a result, by column name.
public struct SQLRow: Sendable {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        self.row = row.makeRandomAccess()
    }

    /// The value of `column`, decoded; a type that does not match throws.
    public func string(_ column: String) throws -> String { try row[column].decode(String.self) }
    public func optionalString(_ column: String) throws -> String? { try row[column].decode(String?.self) }
    public func int64(_ column: String) throws -> Int64 { try row[column].decode(Int64.self) }
    public func optionalInt64(_ column: String) throws -> Int64? { try row[column].decode(Int64?.self) }
    public func optionalDouble(_ column: String) throws -> Double? { try row[column].decode(Double?.self) }
    public func bool(_ column: String) throws -> Bool { try row[column].decode(Bool.self) }

    /// The columns' names, in order.
    public var columnNames: [String] { row.map(\.columnName) }

    /// Every column's value, decoded by its type: integers (and booleans, as 0 and 1) as
    /// `.int`, floating point as `.real`, NULL as `.null`, anything else as text.
    public func values() throws -> [SQLValue] {
        try row.map { cell in
            if cell.bytes == nil { return .null }
            switch cell.dataType {
            case .int2, .int4, .int8: return .int(try cell.decode(Int64.self))
            case .float4, .float8: return .real(try cell.decode(Double.self))
            case .bool: return .int(try cell.decode(Bool.self) ? 1 : 0)
            default: return .text(try cell.decode(String.self))
            }
        }
    }
}
