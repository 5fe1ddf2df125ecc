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
    /// first (undated last: SQLite sorts NULL lowest), `limit` from `offset`: what the
    /// register and `GET /api/documents` show.
    ///
    /// A search by words alone, the register's common case, is counted on the full-text
    /// indexes (no document row read) and paged along the `documents_date` index, testing
    /// each entry against the words' matches until the page is full: a few hundred index
    /// entries, where SQLite's own plan read and sorted every match (13,000 rows for
    /// "xây dựng" in 100,000 letters; docs/performance.md).
    /// - Throws: `ArchiveError` (`invalid-query`) for a filter that cannot be searched.
    /// `fewMatches`: up to this many matches of a search by words are read by id and sorted
    /// (tests lower it to walk the index on a small archive).
    public func register(matching query: DocumentQuery, offset: Int, limit: Int,
                         fewMatches: Int = 2000) throws -> (total: Int, entries: [RegisterEntry]) {
        var query = query
        query.limit = nil
        let (sql, arguments) = try query.statement()
        // The statement is `SELECT f.* FROM documents d JOIN files f ON f.id = d.id [WHERE …] ORDER BY …`:
        // keep its WHERE. The filters name only `documents` (d).
        guard let order = sql.range(of: " ORDER BY ", options: .backwards) else {
            throw ArchiveError(.invalidQuery, "the query could not be paged")
        }
        let join = " JOIN files f ON f.id = d.id"
        let head = String(sql[..<order.lowerBound])
        let conditions = head.range(of: join).map { String(head[$0.upperBound...]) } ?? ""
        let selective = query.id != nil || query.number != nil || query.cites != nil || query.citing != nil || query.citedBy != nil
        let byDate = !query.text.isEmpty && !selective ? " INDEXED BY documents_date" : ""
        let wordsOnly = !query.text.isEmpty && !selective && query.type == nil && query.issuer == nil && query.signer == nil
            && query.from == nil && query.to == nil
        if wordsOnly { return try wordsPage(query.text, offset: offset, limit: limit, fewMatches: fewMatches) }
        let countSQL = "SELECT COUNT(*) FROM documents d" + conditions
        var pageArguments = arguments
        pageArguments += [limit, offset]
        let pageSQL = """
            SELECT p.id, p.number_raw, p.date, p.type, p.subject, p.issuer_name, p.signer_name, f.format FROM (
                SELECT d.id, d.number_raw, d.date, d.type, d.subject, d.issuer_name, d.signer_name
                FROM documents d\(byDate)\(conditions) ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?
            ) p JOIN files f ON f.id = p.id ORDER BY p.date DESC, p.id DESC
            """
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: countSQL, arguments: arguments) ?? 0
            return (total, try Row.fetchAll(db, sql: pageSQL, arguments: pageArguments).map(SQLiteArchive.entry))
        }
    }

    private static func entry(_ row: Row) -> RegisterEntry {
        RegisterEntry(id: row[0], number: row[1], date: row[2], type: row[3], subject: row[4],
                      issuer: row[5], signer: row[6], format: row[7])
    }

    /// A search by words alone: the matches read once from the full-text indexes (their
    /// count is the total), then the page found along the `documents_date` index when the
    /// matches are many (a few hundred entries read), or by the matches' rows when they are few.
    private func wordsPage(_ phrases: [String], offset: Int, limit: Int, fewMatches: Int) throws -> (total: Int, entries: [RegisterEntry]) {
        let (matchSQL, matchArguments) = try SQLiteArchive.wordMatches(phrases)
        let columns = "d.id, d.number_raw, d.date, d.type, d.subject, d.issuer_name, d.signer_name, f.format"
        return try pool.read { db in
            let matches = Set(try Int64.fetchAll(db, sql: matchSQL, arguments: matchArguments))
            guard offset < matches.count else { return (matches.count, []) }
            var ids: [Int64] = []
            if matches.count <= fewMatches {
                ids = Array(matches)
            } else {
                let cursor = try Int64.fetchCursor(db, sql: "SELECT id FROM documents INDEXED BY documents_date ORDER BY date DESC, id DESC")
                var seen = 0
                while let id = try cursor.next(), ids.count < limit {
                    guard matches.contains(id) else { continue }
                    if seen >= offset { ids.append(id) }
                    seen += 1
                }
            }
            let list = ids.map(String.init).joined(separator: ",")
            var sql = "SELECT \(columns) FROM documents d JOIN files f ON f.id = d.id WHERE d.id IN (\(list)) ORDER BY d.date DESC, d.id DESC"
            if matches.count <= fewMatches { sql += " LIMIT \(limit) OFFSET \(offset)" }
            return (matches.count, try Row.fetchAll(db, sql: sql).map(SQLiteArchive.entry))
        }
    }

    /// The ids of the documents holding every phrase, from the full-text indexes alone (they
    /// hold one row per document, kept by the documents' triggers): the INTERSECT of each
    /// index's matches (FTS5 probed by `rowid IN (…)` is probed once per row: 0.5 s).
    private static func wordMatches(_ phrases: [String]) throws -> (String, StatementArguments) {
        var selects: [String] = []
        var arguments = StatementArguments()
        for phrase in phrases {
            guard let search = TextSearch(phrase), search.wordCount <= TextSearch.maxWords else {
                throw ArchiveError(.invalidQuery, "the text \"\(phrase)\" cannot be searched")
            }
            selects.append("SELECT rowid FROM document_search_folded WHERE document_search_folded MATCH ?")
            arguments += [search.folded]
            if let exact = search.exact {
                selects.append("SELECT rowid FROM document_search WHERE document_search MATCH ?")
                arguments += [exact]
            }
        }
        return (selects.joined(separator: " INTERSECT "), arguments)
    }
}
