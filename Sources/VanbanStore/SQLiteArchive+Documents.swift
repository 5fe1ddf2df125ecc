import GRDB
import VanbanRecord

extension SQLiteArchive {
    /// Writes the document rows of a file that was read: the record's fields, its citations
    /// with their mentions, targets, addressees and distribution, and the folded search text.
    /// A failed record has no document.
    static func insertDocument(id: Int64, _ file: ExtractedFile, _ db: Database) throws {
        let record = file.record
        guard record.status == .ok else { return }
        let issuerKey = [record.issuer?.name, record.issuer?.parent].compactMap { $0.map(SearchKey.name) }
        try db.cachedStatement(sql: """
            INSERT INTO documents (id, type, number_raw, number_seq, number_year, number_symbol, number_key,
                date, place, subject, issuer_name, issuer_parent, issuer_key, signer_name, signer_position,
                signer_authority, signer_principal, signer_key, signature_signer, signature_email,
                signature_signed_at, signature_authority, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                id, record.type, record.number?.raw, record.number?.seq, record.number?.year, record.number?.symbol,
                record.number.map { SearchKey.number($0.raw) }, record.date, record.place, record.subject,
                record.issuer?.name, record.issuer?.parent, issuerKey.isEmpty ? nil : issuerKey.joined(separator: " | "),
                record.signer?.name, record.signer?.position, record.signer?.authority, record.signer?.principal,
                record.signer?.name.map(SearchKey.name), record.signature?.signer, record.signature?.email,
                record.signature?.signedAt, record.signature?.authority, file.text,
            ])
        if file.foldedSubject != nil || file.foldedText != nil {
            try db.cachedStatement(sql: "INSERT INTO document_search_folded (rowid, subject, text) VALUES (?, ?, ?)")
                .execute(arguments: [id, file.foldedSubject, file.foldedText])
        }
        try insertCitations(record.citations, of: id, db)
        for (position, target) in record.targets.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO targets (document_id, position, text, metric, value, unit, comparison)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [id, position, target.text, target.metric, target.value, target.unit,
                                         target.comparison])
        }
        for (position, name) in record.addressees.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO addressees (document_id, position, name) VALUES (?, ?, ?)")
                .execute(arguments: [id, position, name])
        }
        for (position, name) in record.distribution.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO distribution (document_id, position, name) VALUES (?, ?, ?)")
                .execute(arguments: [id, position, name])
        }
    }

    private static func insertCitations(_ citations: [Citation], of id: Int64, _ db: Database) throws {
        for (position, citation) in citations.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO citations (document_id, position, type, number, number_key, title, date, year,
                                       issuer, subject, relation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    id, position, citation.type, citation.number, citation.number.map(SearchKey.number),
                    citation.title, citation.date, SearchKey.year(number: citation.number, date: citation.date),
                    citation.issuer, citation.subject, citation.relation,
                ])
            let citationID = db.lastInsertedRowID
            for (index, mention) in citation.mentions.enumerated() {
                try db.cachedStatement(sql: """
                    INSERT INTO citation_mentions (citation_id, position, offset, text) VALUES (?, ?, ?, ?)
                    """).execute(arguments: [citationID, index, mention.offset, mention.text])
            }
        }
    }
}
