import Foundation
import GRDB
import GRDBSQLite

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
    /// (tests lower it to walk the index on a small archive). `cache` keeps the number of all
    /// documents and the matches of searches by words between calls, while the archive does not change.
    public func register(matching query: DocumentQuery, offset: Int, limit: Int, fewMatches: Int = 2000,
                         cache: RegisterCache? = nil) throws -> (total: Int, entries: [RegisterEntry]) {
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
        if wordsOnly { return try wordsPage(query.text, offset: offset, limit: limit, fewMatches: fewMatches, cache: cache) }
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
            // The first page's statements are kept prepared (filters make too many kinds), and
            // only the count of all documents is kept: any filter's count is read each time.
            func statement(_ sql: String) throws -> Statement {
                conditions.isEmpty ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
            }
            let generation = conditions.isEmpty ? try cache?.generation(db) : nil
            let total: Int
            if let generation, let kept = cache?.total(at: generation) {
                total = kept
            } else {
                total = try Int.fetchOne(statement(countSQL), arguments: arguments) ?? 0
                if let generation { cache?.store(total: total, at: generation) }
            }
            return (total, try SQLiteArchive.entries(statement(pageSQL), pageArguments))
        }
    }

    /// The register lines `statement` selects (id, number, date, type, subject, issuer,
    /// signer, format), read with SQLite's own calls (see `eachRow`).
    static func entries(_ statement: Statement, _ arguments: StatementArguments = []) throws -> [RegisterEntry] {
        var entries: [RegisterEntry] = []
        try eachRow(statement, arguments) { row in
            func text(_ column: Int32) -> String? {
                guard sqlite3_column_type(row, column) != SQLITE_NULL, let bytes = sqlite3_column_text(row, column) else { return nil }
                return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(row, column))), as: UTF8.self)
            }
            entries.append(RegisterEntry(id: sqlite3_column_int64(row, 0), number: text(1), date: text(2), type: text(3),
                                         subject: text(4), issuer: text(5), signer: text(6), format: text(7)))
            return true
        }
        return entries
    }

    /// A search by words alone: the matches read once from the full-text indexes (their
    /// count is the total), then the page found along the `documents_date` index when the
    /// matches are many (a few hundred entries read), or by the matches' rows when they are few.
    private func wordsPage(_ phrases: [String], offset: Int, limit: Int, fewMatches: Int,
                           cache: RegisterCache?) throws -> (total: Int, entries: [RegisterEntry]) {
        let searches = try phrases.map { phrase in
            guard let search = TextSearch(phrase), search.wordCount <= TextSearch.maxWords else {
                throw ArchiveError(.invalidQuery, "the text \"\(phrase)\" cannot be searched")
            }
            return search
        }
        let key = searches.map { $0.folded + "\u{1F}" + ($0.exact ?? "") }.joined(separator: "\u{1E}")
        let columns = "d.id, d.number_raw, d.date, d.type, d.subject, d.issuer_name, d.signer_name, f.format"
        return try pool.read { db in
            let generation = try cache?.generation(db)
            let matches: [Int64]
            if let generation, let kept = cache?.matches(key, at: generation) {
                matches = kept
            } else {
                matches = try SQLiteArchive.wordMatches(searches, db)
                if let generation { cache?.store(matches: matches, for: key, at: generation) }
            }
            guard offset < matches.count else { return (matches.count, []) }
            var ids: [Int64] = []
            if matches.count <= fewMatches {
                ids = matches
            } else {
                var seen = 0
                try SQLiteArchive.eachID(db.cachedStatement(
                    sql: "SELECT id FROM documents INDEXED BY documents_date ORDER BY date DESC, id DESC"), []) { id in
                    guard SQLiteArchive.sortedContains(matches, id) else { return true }
                    if seen >= offset { ids.append(id) }
                    seen += 1
                    return ids.count < limit
                }
            }
            let list = ids.map(String.init).joined(separator: ",")
            var sql = "SELECT \(columns) FROM documents d JOIN files f ON f.id = d.id WHERE d.id IN (\(list)) ORDER BY d.date DESC, d.id DESC"
            if matches.count <= fewMatches { sql += " LIMIT \(limit) OFFSET \(offset)" }
            return (matches.count, try SQLiteArchive.entries(db.makeStatement(sql: sql)))
        }
    }

    /// The ids of the documents holding every phrase, ascending, from the full-text indexes
    /// alone (they hold one row per document, kept by the documents' triggers): each index's
    /// matches read in rowid order (FTS5's own) and intersected here, which costs less than
    /// SQLite's `INTERSECT` (a temporary b-tree) and far less than probing FTS5 by
    /// `rowid IN (…)`, once per row (0.5 s).
    static func wordMatches(_ searches: [TextSearch], _ db: Database) throws -> [Int64] {
        var result: [Int64]?
        for search in searches {
            var queries = [("SELECT rowid FROM document_search_folded WHERE document_search_folded MATCH ? ORDER BY rowid", search.folded)]
            if let exact = search.exact {
                queries.append(("SELECT rowid FROM document_search WHERE document_search MATCH ? ORDER BY rowid", exact))
            }
            for (sql, pattern) in queries {
                var ids: [Int64] = []
                try eachID(db.cachedStatement(sql: sql), [pattern]) { id in
                    ids.append(id)
                    return true
                }
                result = result.map { intersection($0, ids) } ?? ids
                if result?.isEmpty == true { return [] }
            }
        }
        return result ?? []
    }

    /// Steps `statement` (its first column an integer) with `arguments`, handing each id to
    /// `body` until it returns false: SQLite's own calls, as GRDB's generic cursors cost a
    /// type lookup per row (a third of a search's CPU for 13,000 ids; docs/performance.md).
    static func eachID(_ statement: Statement, _ arguments: StatementArguments, _ body: (Int64) throws -> Bool) throws {
        try eachRow(statement, arguments) { row in try body(sqlite3_column_int64(row, 0)) }
    }

    /// Steps `statement` with `arguments`, handing each row to `body` until it returns false.
    static func eachRow(_ statement: Statement, _ arguments: StatementArguments, _ body: (SQLiteStatement) throws -> Bool) throws {
        try statement.validateArguments(arguments)
        statement.setUncheckedArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                                    sql: statement.sql)
            }
            if try !body(handle) { return }
        }
    }

    /// The ids in both ascending lists, ascending.
    static func intersection(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        var out: [Int64] = []
        out.reserveCapacity(min(a.count, b.count))
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        return out
    }

    /// Whether the ascending list `ids` holds `id` (binary search).
    static func sortedContains(_ ids: [Int64], _ id: Int64) -> Bool {
        var low = 0, high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id
    }
}
