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
        for (position, citation) in record.citations.enumerated() {
            let rows = try connection.rows("""
                INSERT INTO citations (document_id, position, type, number, number_key, title, date, year,
                                       issuer, subject, relation)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                RETURNING id
                """, [
                    .int(id), .integer(position), .text(citation.type), .text(citation.number),
                    .text(citation.number.map(SearchKey.number)), .text(citation.title), .text(citation.date),
                    .integer(SearchKey.year(number: citation.number, date: citation.date)),
                    .text(citation.issuer), .text(citation.subject), .text(citation.relation),
                ])
            let citationID = try rows[0].int64("id")
            for (index, mention) in citation.mentions.enumerated() {
                try connection.execute("""
                    INSERT INTO citation_mentions (citation_id, position, "offset", text) VALUES ($1, $2, $3, $4)
                    """, [.int(citationID), .integer(index), .integer(mention.offset), .text(mention.text)])
            }
        }
        for (position, target) in record.targets.enumerated() {
            try connection.execute("""
                INSERT INTO targets (document_id, position, text, metric, value, unit, comparison)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, [.int(id), .integer(position), .text(target.text), .text(target.metric), .real(target.value),
                      .text(target.unit), .text(target.comparison)])
        }
        for (position, name) in record.addressees.enumerated() {
            try connection.execute("INSERT INTO addressees (document_id, position, name) VALUES ($1, $2, $3)",
                                   [.int(id), .integer(position), .text(name)])
        }
        for (position, name) in record.distribution.enumerated() {
            try connection.execute("INSERT INTO distribution (document_id, position, name) VALUES ($1, $2, $3)",
                                   [.int(id), .integer(position), .text(name)])
        }
    }
}
