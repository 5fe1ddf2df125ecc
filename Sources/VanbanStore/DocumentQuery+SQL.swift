import GRDB

extension DocumentQuery {
    /// The SELECT of stored files for this query, with its arguments.
    func statement() throws -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        func add(_ condition: String, _ values: [(any DatabaseValueConvertible)?]) {
            conditions.append(condition)
            arguments += StatementArguments(values)
        }
        if let id { add("d.id = ?", [id]) }
        if let type { add("d.type = ?", [type.lowercased()]) }
        if let issuer { add("d.issuer_key LIKE ?", [try DocumentQuery.contains(words: issuer)]) }
        if let signer { add("d.signer_key LIKE ?", [try DocumentQuery.contains(words: signer)]) }
        if let from { add("d.date >= ?", [from]) }
        if let to { add("d.date <= ?", [to]) }
        if let number { add("d.number_key = ?", [SearchKey.number(number)]) }
        if let cites {
            add("d.id IN (SELECT document_id FROM citations WHERE number_key = ?)", [SearchKey.number(cites)])
        }
        if let citing { add("d.id IN (SELECT citing_id FROM citation_links WHERE cited_id = ?)", [citing]) }
        if let citedBy { add("d.id IN (SELECT cited_id FROM citation_links WHERE citing_id = ?)", [citedBy]) }
        for phrase in text {
            let search = try TextSearch.validated(phrase)
            add("d.id IN (SELECT rowid FROM document_search_folded WHERE document_search_folded MATCH ?)", [search.folded])
            if let exact = search.exact {
                add("d.id IN (SELECT rowid FROM document_search WHERE document_search MATCH ?)", [exact])
            }
        }
        var sql = "SELECT f.* FROM documents d JOIN files f ON f.id = d.id"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY d.date IS NULL, d.date, d.id"
        if let limit { sql += " LIMIT ?"; arguments += [limit] }
        return (sql, arguments)
    }

    /// A LIKE pattern for "contains the words of `name`" (SQLite and PostgreSQL alike). Keys
    /// hold only letters, digits and spaces, so no wildcard can come from the name.
    public static func contains(words name: String) throws -> String {
        let key = SearchKey.name(name)
        guard !key.isEmpty else { throw ArchiveError(.invalidQuery, "the name \"\(name)\" has no word to search for") }
        return "%" + key + "%"
    }
}
