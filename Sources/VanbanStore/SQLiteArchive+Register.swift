import Foundation
import GRDB

/// One line of the register (sổ văn bản): the fields a clerk scans, read from the
/// `documents` columns without parsing the record.
public struct RegisterEntry: Sendable, Equatable {
    public var id: Int64
    public var number: String?
    public var date: String?
    public var type: String?
    public var subject: String?
    public var issuer: String?
    public var signer: String?
    public var format: String?

    public init(id: Int64, number: String?, date: String?, type: String?, subject: String?,
                issuer: String?, signer: String?, format: String?) {
        self.id = id
        self.number = number
        self.date = date
        self.type = type
        self.subject = subject
        self.issuer = issuer
        self.signer = signer
        self.format = format
    }
}

extension SQLiteArchive {
    /// How many documents match `query` (its `limit` ignored) and one page of them, newest
    /// first (undated last), `limit` from `offset`: what the register and `GET /api/documents`
    /// show.
    /// - Throws: `ArchiveError` (`invalid-query`) for a filter that cannot be searched.
    public func register(matching query: DocumentQuery, offset: Int, limit: Int) throws -> (total: Int, entries: [RegisterEntry]) {
        var query = query
        query.limit = nil
        let (sql, arguments) = try query.statement()
        // The statement is `SELECT f.* FROM … [WHERE …] ORDER BY …`: keep its FROM and WHERE.
        guard let from = sql.range(of: " FROM "), let order = sql.range(of: " ORDER BY ", options: .backwards) else {
            throw ArchiveError(.invalidQuery, "the query could not be paged")
        }
        let body = String(sql[from.lowerBound..<order.lowerBound])
        let columns = "d.id, d.number_raw, d.date, d.type, d.subject, d.issuer_name, d.signer_name, f.format"
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*)" + body, arguments: arguments) ?? 0
            var pageArguments = arguments
            pageArguments += [limit, offset]
            let rows = try Row.fetchAll(db, sql: "SELECT " + columns + body
                                        + " ORDER BY d.date IS NULL, d.date DESC, d.id DESC LIMIT ? OFFSET ?",
                                        arguments: pageArguments)
            let entries = rows.map { row in
                RegisterEntry(id: row[0], number: row[1], date: row[2], type: row[3], subject: row[4],
                              issuer: row[5], signer: row[6], format: row[7])
            }
            return (total, entries)
        }
    }
}
