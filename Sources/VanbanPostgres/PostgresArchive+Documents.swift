import VanbanRecord
import VanbanStore

extension PostgresArchive {
    /// Writes the document rows of a file that was read, as the SQLite archive does: the
    /// record's fields, its citations with their mentions, targets, addressees and
    /// distribution, and its words for search. A failed record has no document.
    static func insertDocument(id: Int64, _ file: ExtractedFile, _ connection: SQLConnection) throws {
        let record = file.record
        guard record.status == .ok else { return }
        let issuerKey = [record.issuer?.name, record.issuer?.parent].compactMap { $0.map(SearchKey.name) }
        try connection.execute("""
            INSERT INTO documents (id, type, number_raw, number_seq, number_year, number_symbol, number_key,
                date, place, subject, issuer_name, issuer_parent, issuer_key, signer_name, signer_position,
                signer_authority, signer_principal, signer_key, signature_signer, signature_email,
                signature_signed_at, signature_authority, text)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
            """, [
                .int(id), .text(record.type), .text(record.number?.raw), .text(record.number?.seq),
                .integer(record.number?.year), .text(record.number?.symbol),
                .text(record.number.map { SearchKey.number($0.raw) }), .text(record.date), .text(record.place),
                .text(record.subject), .text(record.issuer?.name), .text(record.issuer?.parent),
                .text(issuerKey.isEmpty ? nil : issuerKey.joined(separator: " | ")),
                .text(record.signer?.name), .text(record.signer?.position), .text(record.signer?.authority),
                .text(record.signer?.principal), .text(record.signer?.name.map(SearchKey.name)),
                .text(record.signature?.signer), .text(record.signature?.email), .text(record.signature?.signedAt),
                .text(record.signature?.authority), .text(file.text),
            ])
        if file.foldedSubject != nil || file.foldedText != nil {
            try connection.execute("""
                INSERT INTO document_search (document_id, folded_subject, folded_text, exact_words)
                VALUES ($1, $2, $3, $4)
                """, [.int(id), .text(SearchWords.of(file.foldedSubject)), .text(SearchWords.of(file.foldedText)),
                      .text(SearchWords.of([record.subject, file.text].compactMap { $0 }.joined(separator: "\n")))])
        }
        // One statement a table (a few hundred rows each at most), not one a row: the round
        // trips and the statements' parsing were most of the time of a write.
        let citations = try insertRows("citations", ["document_id", "position", "type", "number", "number_key", "title",
                                                     "date", "year", "issuer", "subject", "relation"],
                                       record.citations.enumerated().map { position, citation in
            [.int(id), .integer(position), .text(citation.type), .text(citation.number),
             .text(citation.number.map(SearchKey.number)), .text(citation.title), .text(citation.date),
             .integer(SearchKey.year(number: citation.number, date: citation.date)),
             .text(citation.issuer), .text(citation.subject), .text(citation.relation)]
        }, returning: "id, position", connection)
        var citationIDs: [Int64: Int64] = [:]
        for row in citations { citationIDs[try row.int64("position")] = try row.int64("id") }
        var mentions: [[SQLValue]] = []
        for (position, citation) in record.citations.enumerated() {
            guard let citationID = citationIDs[Int64(position)] else { continue }
            for (index, mention) in citation.mentions.enumerated() {
                mentions.append([.int(citationID), .integer(index), .integer(mention.offset), .text(mention.text)])
            }
        }
        try insertRows("citation_mentions", ["citation_id", "position", "\"offset\"", "text"], mentions, connection)
        try insertRows("targets", ["document_id", "position", "text", "metric", "value", "unit", "comparison"],
                       record.targets.enumerated().map { position, target in
            [.int(id), .integer(position), .text(target.text), .text(target.metric), .real(target.value),
             .text(target.unit), .text(target.comparison)]
        }, connection)
        try insertRows("addressees", ["document_id", "position", "name"],
                       record.addressees.enumerated().map { [.int(id), .integer($0.offset), .text($0.element)] }, connection)
        try insertRows("distribution", ["document_id", "position", "name"],
                       record.distribution.enumerated().map { [.int(id), .integer($0.offset), .text($0.element)] }, connection)
    }

    /// Inserts `rows` into `table` with multi-row `VALUES` lists, at most 500 rows a
    /// statement, and returns what `returning` names of each row inserted.
    @discardableResult
    static func insertRows(_ table: String, _ columns: [String], _ rows: [[SQLValue]], returning: String? = nil,
                           _ connection: SQLConnection) throws -> [SQLRow] {
        var returned: [SQLRow] = []
        for start in stride(from: 0, to: rows.count, by: 500) {
            let chunk = rows[start..<min(start + 500, rows.count)]
            var values: [SQLValue] = []
            var lists: [String] = []
            for row in chunk {
                let marks = row.map { value -> String in
                    values.append(value)
                    return "$\(values.count)"
                }
                lists.append("(" + marks.joined(separator: ", ") + ")")
            }
            var sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES " + lists.joined(separator: ", ")
            if let returning { sql += " RETURNING " + returning }
            returned += try connection.rows(sql, values)
        }
        return returned
    }
}
