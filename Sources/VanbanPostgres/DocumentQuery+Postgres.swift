import VanbanStore

extension DocumentQuery {
    /// The SELECT of stored files for this query in PostgreSQL, with its values: the same
    /// filters as the SQLite statement, text searched in `document_search` (see `SearchWords`).
    func postgresStatement() throws -> (sql: String, values: [SQLValue]) {
        var conditions: [String] = []
        var values: [SQLValue] = []
        /// Adds `condition`, its `$?` placeholders numbered in turn and bound to `value`.
        func add(_ condition: String, _ value: SQLValue) {
            var numbered = ""
            var rest = Substring(condition)
            while let mark = rest.range(of: "$?") {
                values.append(value)
                numbered += rest[..<mark.lowerBound] + "$\(values.count)"
                rest = rest[mark.upperBound...]
            }
            conditions.append(numbered + rest)
        }
        if let id { add("d.id = $?", .int(id)) }
        if let type { add("d.type = $?", .text(type.lowercased())) }
        if let issuer { add("d.issuer_key LIKE $?", .text(try DocumentQuery.contains(words: issuer))) }
        if let signer { add("d.signer_key LIKE $?", .text(try DocumentQuery.contains(words: signer))) }
        if let from { add("d.date >= $? COLLATE \"C\"", .text(from)) }
        if let to { add("d.date <= $? COLLATE \"C\"", .text(to)) }
        if let number { add("d.number_key = $?", .text(SearchKey.number(number))) }
        if let cites {
            add("d.id IN (SELECT document_id FROM citations WHERE number_key = $?)", .text(SearchKey.number(cites)))
        }
        if let citing { add("d.id IN (SELECT citing_id FROM citation_links WHERE cited_id = $?)", .int(citing)) }
        if let citedBy { add("d.id IN (SELECT cited_id FROM citation_links WHERE citing_id = $?)", .int(citedBy)) }
        for phrase in text {
            let search = try TextSearch.validated(phrase)
            add("d.id IN (SELECT document_id FROM document_search WHERE folded_subject LIKE $? OR folded_text LIKE $?)",
                .text(SearchWords.pattern(search.foldedWords)))
            for word in search.exactWords {
                add("d.id IN (SELECT document_id FROM document_search WHERE exact_words LIKE $?)",
                    .text(SearchWords.pattern([word])))
            }
        }
        var sql = "SELECT f.* FROM documents d JOIN files f ON f.id = d.id"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY d.date IS NULL, d.date COLLATE \"C\", d.id"
        if let limit {
            values.append(.integer(limit))
            sql += " LIMIT $\(values.count)"
        }
        return (sql, values)
    }
}

/// The words of a text as the PostgreSQL archive keeps them for search: runs of letters and
/// digits (`SearchKey.words`), lower case, one space between them and one at each end. A
/// phrase's words then occur one after the other exactly when " w1 w2 " is a substring.
enum SearchWords {
    static func of(_ text: String?) -> String {
        guard let text else { return " " }
        let words = SearchKey.words(text.lowercased())
        return words.isEmpty ? " " : " " + words.joined(separator: " ") + " "
    }

    /// A LIKE pattern for `words` one after the other. Words hold only letters and digits:
    /// no wildcard can come from them.
    static func pattern(_ words: [String]) -> String {
        "% " + words.joined(separator: " ") + " %"
    }
}
