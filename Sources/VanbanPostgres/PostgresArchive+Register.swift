import VanbanStore

extension PostgresArchive {
    /// How many documents match `query` (its `limit` ignored) and one page of them, newest
    /// first and undated last, `limit` from `offset`: what the register and
    /// `GET /api/documents` show (as `SQLiteArchive.register` does).
    public func register(matching query: DocumentQuery, offset: Int, limit: Int) throws -> (total: Int, entries: [RegisterEntry]) {
        var query = query
        query.limit = nil
        let (sql, values) = try query.postgresStatement()
        // `SELECT f.* FROM documents d JOIN files f ON f.id = d.id [WHERE …] ORDER BY …`: keep the FROM and WHERE.
        guard let from = sql.range(of: " FROM "), let order = sql.range(of: " ORDER BY ", options: .backwards) else {
            throw ArchiveError(.invalidQuery, "cannot page this query")
        }
        let body = String(sql[from.lowerBound..<order.lowerBound])
        return try session.withConnection { connection in
            let total = try connection.rows("SELECT count(*) AS n" + body, values).first?.int64("n") ?? 0
            let page = values + [.integer(max(limit, 0)), .integer(max(offset, 0))]
            let rows = try connection.rows("""
                SELECT d.id, d.number_raw, d.date, d.type, d.subject, d.issuer_name, d.signer_name, f.format\(body)
                ORDER BY d.date COLLATE "C" DESC NULLS LAST, d.id DESC LIMIT $\(values.count + 1) OFFSET $\(values.count + 2)
                """, page)
            return (Int(total), try rows.map { row in
                RegisterEntry(id: try row.int64("id"), number: try row.optionalString("number_raw"),
                              date: try row.optionalString("date"), type: try row.optionalString("type"),
                              subject: try row.optionalString("subject"), issuer: try row.optionalString("issuer_name"),
                              signer: try row.optionalString("signer_name"), format: try row.optionalString("format"))
            })
        }
    }
}
