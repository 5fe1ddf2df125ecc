import Foundation

/// One resolution pass inside a write transaction: indexes the documents that arrived,
/// gathers the citations to resolve (pending ones, and older ones a new document may answer:
/// an outside document that has now arrived, a better match), resolves each through
/// `CitationMatcher` with candidates found by index, and drops outside documents no longer
/// cited.
struct ResolutionPass {
    let db: any GraphConnection
    private(set) var summary = ResolutionSummary()
    private var externalIDs: [String: Int64] = [:]
    /// Types of which some document has no sequence number (read once the arrivals are indexed).
    private var unnumberedTypes: Set<String> = []

    init(_ db: any GraphConnection) {
        self.db = db
    }

    mutating func run() throws {
        let start = Date()
        let arrived = try indexArrivedDocuments()
        unnumberedTypes = Set(try db.column("""
            SELECT DISTINCT type FROM graph_documents WHERE seq IS NULL AND type IS NOT NULL
            """, as: String.self))
        var work = Set(try db.column("SELECT citation_id FROM citation_resolutions WHERE method = 'pending'", as: Int64.self))
        for document in arrived { work.formUnion(try answerable(by: document)) }
        let ids = work.sorted()
        for chunk in Batches.of(ids) {
            for citation in try citations(chunk) { try write(try resolve(citation), for: citation) }
        }
        try db.execute("""
            DELETE FROM external_documents WHERE NOT EXISTS
                (SELECT 1 FROM citation_resolutions r WHERE r.external_id = external_documents.id)
            """)
        summary.documents = arrived.count
        summary.citations = ids.count
        summary.seconds = Date().timeIntervalSince(start)
    }

    // MARK: Documents

    private func indexArrivedDocuments() throws -> [DocumentKey] {
        let rows = try db.rows("""
            SELECT \(ResolutionPass.documentColumns) FROM graph_documents g JOIN documents d ON d.id = g.document_id
            WHERE g.indexed = 0 ORDER BY d.id
            """)
        return try rows.map { row in
            let key = ResolutionPass.documentKey(row)
            try db.execute("""
                UPDATE graph_documents SET indexed = 1, type = ?, number_key = ?, seq = ?, symbol_key = ?, year = ?,
                    title_key = ? WHERE document_id = ?
                """, [key.type, key.number?.key, key.number?.seq, key.number?.symbolKey, key.year,
                                           key.titleKey, key.id])
            return key
        }
    }

    /// The resolved citations that `document` may answer better than what they lead to now.
    private func answerable(by document: DocumentKey) throws -> [Int64] {
        var ids: [Int64] = []
        let open = "method NOT IN ('pending', 'exact')"
        if let number = document.number {
            ids += try db.column("""
                SELECT citation_id FROM citation_resolutions WHERE number_key = ? AND \(open)
                """, [number.key])
            if let seq = number.seq, let year = document.year {
                ids += try db.column("""
                    SELECT citation_id FROM citation_resolutions WHERE seq = ? AND year = ? AND \(open)
                    """, [seq, year])
            }
        }
        if document.number?.seq == nil, let type = document.type {
            if let year = document.year {
                ids += try db.column("""
                    SELECT citation_id FROM citation_resolutions WHERE type = ? AND year = ? AND method IN ('external', 'subject')
                    """, [type, year])
            }
            ids += try db.column("""
                SELECT citation_id FROM citation_resolutions WHERE type = ? AND year IS NULL AND method IN ('external', 'subject')
                """, [type])
            if document.year == nil {
                ids += try db.column("""
                    SELECT citation_id FROM citation_resolutions
                    WHERE type = ? AND year IS NOT NULL AND method IN ('external', 'subject')
                    """, [type])
            }
        }
        if let title = document.titleKey {
            ids += try db.column("""
                SELECT citation_id FROM citation_resolutions WHERE title_key = ? AND method NOT IN ('pending', 'title')
                """, [title])
        }
        return ids
    }

    // MARK: Citations

    private func citations(_ ids: [Int64]) throws -> [CitationKey] {
        let marks = Batches.marks(ids.count)
        return try db.rows("""
            SELECT r.citation_id, r.citing_id, c.type, c.number, c.title, c.date, c.issuer, c.subject
            FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id
            WHERE r.citation_id IN (\(marks)) ORDER BY r.citation_id
            """, ids).map { row in
            CitationKey(id: row[0], citingID: row[1], type: row[2], number: row[3], title: row[4], date: row[5],
                        issuer: row[6], subject: row[7])
        }
    }

    /// The best of the methods, tried from the surest: exact number, name, then a symbol typo
    /// or a lost number (the more confident of the two); else the outside document.
    private mutating func resolve(_ citation: CitationKey) throws -> Resolution {
        if let number = citation.number {
            let same = try documents(where: "g.number_key = ?", [number.key])
            if let found = CitationMatcher.exact(citation, among: same) { return found }
            var found: [Resolution] = []
            if let seq = number.seq, let year = citation.year, let symbol = number.symbolKey {
                let near = try documents(ids: nearSymbols(seq: seq, year: year, symbol: symbol))
                if let match = CitationMatcher.symbol(citation, among: near) { found.append(match) }
            }
            let unnumbered = try unnumbered(citation)
            let context = unnumbered.isEmpty || citation.subjectText != nil && citation.issuerText != nil
                ? nil : try self.context(of: citation)
            if let match = CitationMatcher.subject(citation, among: unnumbered, context: context) { found.append(match) }
            if let best = found.max(by: { $0.confidence < $1.confidence }) { return best }
        } else if let title = citation.titleKey {
            let named = try documents(where: "g.title_key = ?", [title])
            if let found = CitationMatcher.title(citation, among: named) { return found }
        }
        guard let key = try externalKey(citation) else {
            return Resolution(target: .nothing, method: .none, confidence: 0)
        }
        return Resolution(target: .external(key), method: .external, confidence: 0)
    }

    /// The clause after the citation's first mention in the citing letter's text (up to
    /// `CitationContext.length` characters read), or nil when the text is not stored.
    private func context(of citation: CitationKey) throws -> String? {
        try db.first("""
            SELECT substr(d.text, CAST(m."offset" + 1 + length(m.text) AS INTEGER), \(CitationContext.length))
            FROM citation_mentions m JOIN documents d ON d.id = ?
            WHERE m.citation_id = ? ORDER BY m.position LIMIT 1
            """, [citation.citingID, citation.id], as: String?.self).flatMap { $0 }.map(CitationContext.clause)
    }

    private func unnumbered(_ citation: CitationKey) throws -> [DocumentKey] {
        guard let type = citation.type, unnumberedTypes.contains(type) else { return [] }
        if let year = citation.year {
            return try documents(where: "g.seq IS NULL AND g.type = ? AND (g.year = ? OR g.year IS NULL)", [type, year])
        }
        return try documents(where: "g.seq IS NULL AND g.type = ?", [type])
    }

    /// The documents numbered `seq` in `year` whose symbol is within one or two edits of `symbol`, found
    /// from the index alone (`graph_documents_seq_symbol`): only those few are then read whole.
    private func nearSymbols(seq: String, year: Int, symbol: String) throws -> [Int64] {
        let rows = try db.rows("""
            SELECT document_id, symbol_key FROM graph_documents WHERE seq = ? AND year = ?
            """, [seq, year])
        var ids: [Int64] = []
        for row in rows {
            guard let other: String = row[1], CitationMatcher.symbolDistance(symbol, other) != nil else { continue }
            ids.append(row[0])
        }
        return ids
    }

    private func documents(ids: [Int64]) throws -> [DocumentKey] {
        guard !ids.isEmpty else { return [] }
        return try documents(where: "g.document_id IN (\(Batches.marks(ids.count)))", ids)
    }

    /// Indexed documents, with the keys `graph_documents` keeps for them.
    private func documents(where condition: String, _ arguments: [(any GraphArgument)?]) throws -> [DocumentKey] {
        try db.rows("""
            SELECT g.document_id, g.type, g.number_key, g.seq, g.symbol_key, g.year, g.title_key, d.date, d.subject,
                   d.issuer_name, d.issuer_parent
            FROM graph_documents g JOIN documents d ON d.id = g.document_id
            WHERE \(condition)
            """, arguments).map { row in
            DocumentKey(id: row[0], type: row[1], numberKey: row[2], seq: row[3], symbolKey: row[4], year: row[5],
                        titleKey: row[6], date: row[7], subject: row[8], issuerName: row[9], issuerParent: row[10])
        }
    }

    /// The citation's outside key; a citation without a year joins the one outside document
    /// of that type and number when there is exactly one.
    private func externalKey(_ citation: CitationKey) throws -> String? {
        guard let key = citation.externalKey else { return nil }
        guard let number = citation.number, citation.year == nil else { return key }
        let known = try db.column("""
            SELECT key FROM external_documents WHERE number_key = ? AND type IS NOT DISTINCT FROM ?
            """, [number.key, citation.type], as: String.self)
        return known.count == 1 ? known[0] : key
    }

    private mutating func write(_ resolution: Resolution, for citation: CitationKey) throws {
        var cited: Int64?
        var external: Int64?
        switch resolution.target {
        case let .document(id): cited = id
        case let .external(key): external = try externalID(key, for: citation)
        case .nothing: break
        }
        try db.execute("""
            UPDATE citation_resolutions SET method = ?, confidence = ?, cited_id = ?, external_id = ?, type = ?,
                number_key = ?, seq = ?, year = ?, title_key = ?
            WHERE citation_id = ?
            """, [
                resolution.method.rawValue, resolution.confidence, cited, external, citation.type,
                citation.number?.key, citation.number?.seq, citation.year, citation.titleKey, citation.id,
            ])
        summary.byMethod[resolution.method, default: 0] += 1
    }

    private mutating func externalID(_ key: String, for citation: CitationKey) throws -> Int64 {
        if let id = externalIDs[key] { return id }
        let id: Int64
        if let known = try db.first("SELECT id FROM external_documents WHERE key = ?", [key], as: Int64.self) {
            id = known
        } else {
            // The next id as SQLite gives it (the largest plus one), on either database: passes
            // never overlap, and the same records get the same outside ids on both.
            id = try db.first("""
                INSERT INTO external_documents (id, key, type, number, number_key, title, year)
                VALUES ((SELECT coalesce(max(id), 0) + 1 FROM external_documents), ?, ?, ?, ?, ?, ?)
                RETURNING id
                """, [key, citation.type, citation.written, citation.number?.key,
                       citation.written == nil ? citation.title : nil, citation.year], as: Int64.self) ?? 0
        }
        externalIDs[key] = id
        return id
    }

    static let documentColumns = """
        d.id, d.type, d.number_raw, d.date, d.subject, d.issuer_name, d.issuer_parent
        """

    static func documentKey(_ row: GraphRow) -> DocumentKey {
        DocumentKey(id: row[0], type: row[1], number: row[2], date: row[3], subject: row[4], issuerName: row[5],
                    issuerParent: row[6])
    }
}
