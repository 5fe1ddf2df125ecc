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
    /// What the citations of the chunk being resolved may match, read for the whole chunk at
    /// once (one statement each, not one a citation): the documents of each number key, and
    /// the (id, symbol) of the documents of each sequence and year ("seq|year").
    private var sameNumber: [String: [DocumentKey]] = [:]
    private var symbols: [String: [(Int64, String?)]] = [:]

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
            let citations = try citations(chunk)
            try prefetch(citations)
            var updates: [[GraphValue]] = []
            for citation in citations { updates.append(try update(try resolve(citation), for: citation)) }
            try write(updates)
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
            let same = try sameNumber[number.key] ?? documents(where: "g.number_key = ?", [number.key])
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
        let known = try symbols["\(seq)|\(year)"] ?? db.rows("""
            SELECT document_id, symbol_key FROM graph_documents WHERE seq = ? AND year = ?
            """, [seq, year]).map { row -> (Int64, String?) in (row[0], row[1]) }
        return known.compactMap { id, other in
            guard let other, CitationMatcher.symbolDistance(symbol, other) != nil else { return nil }
            return id
        }
    }

    /// Reads what the citations of a chunk may match by number and by sequence and year, and
    /// the outside documents they may join, a few statements for the whole chunk.
    private mutating func prefetch(_ citations: [CitationKey]) throws {
        sameNumber = [:]
        symbols = [:]
        let numbers = Array(Set(citations.compactMap { $0.number?.key })).sorted()
        for key in numbers { sameNumber[key] = [] }
        for chunk in Batches.of(numbers) {
            for document in try documents(where: "g.number_key IN (\(Batches.marks(chunk.count)))", chunk) {
                if let key = document.number?.key { sameNumber[key, default: []].append(document) }
            }
        }
        var pairs: Set<SeqYear> = []
        for citation in citations {
            if let seq = citation.number?.seq, let year = citation.year, citation.number?.symbolKey != nil {
                pairs.insert(SeqYear(seq: seq, year: year))
            }
        }
        let sortedPairs = pairs.sorted { ($0.seq, $0.year) < ($1.seq, $1.year) }
        for pair in sortedPairs { symbols["\(pair.seq)|\(pair.year)"] = [] }
        for chunk in Batches.of(sortedPairs) {
            let marks = Array(repeating: "(?, ?)", count: chunk.count).joined(separator: ", ")
            for row in try db.rows("""
                SELECT document_id, symbol_key, seq, year FROM graph_documents WHERE (seq, year) IN (VALUES \(marks))
                """, chunk.flatMap { [.text($0.seq), .int(Int64($0.year))] as [GraphValue] }) {
                let seq: String = row[2]
                let year: Int = row[3]
                symbols["\(seq)|\(year)", default: []].append((row[0], row[1]))
            }
        }
        let keys = Array(Set(citations.compactMap(\.externalKey)).subtracting(externalIDs.keys)).sorted()
        for chunk in Batches.of(keys) {
            for row in try db.rows("SELECT id, key FROM external_documents WHERE key IN (\(Batches.marks(chunk.count)))", chunk) {
                externalIDs[row[1]] = row[0]
            }
        }
    }

    private struct SeqYear: Hashable {
        let seq: String
        let year: Int
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

    /// The row of `citation_resolutions` a resolution writes: the citation's id, then the
    /// columns `write` sets.
    private mutating func update(_ resolution: Resolution, for citation: CitationKey) throws -> [GraphValue] {
        var cited: Int64?
        var external: Int64?
        switch resolution.target {
        case let .document(id): cited = id
        case let .external(key): external = try externalID(key, for: citation)
        case .nothing: break
        }
        summary.byMethod[resolution.method, default: 0] += 1
        let values: [(any GraphArgument)?] = [
            citation.id, resolution.method.rawValue, resolution.confidence, cited, external, citation.type,
            citation.number?.key, citation.number?.seq, citation.year, citation.titleKey,
        ]
        return values.map { $0?.graphValue ?? .null }
    }

    /// Writes the resolutions of a chunk in one statement (`UPDATE … FROM (VALUES …)`, which
    /// both databases read alike; the casts give each column its type when a whole column of
    /// values is NULL).
    private func write(_ updates: [[GraphValue]]) throws {
        guard !updates.isEmpty else { return }
        let row = "(" + Array(repeating: "?", count: updates[0].count).joined(separator: ", ") + ")"
        try db.execute("""
            UPDATE citation_resolutions SET method = CAST(v.column2 AS TEXT), confidence = CAST(v.column3 AS DOUBLE PRECISION),
                cited_id = CAST(v.column4 AS BIGINT), external_id = CAST(v.column5 AS BIGINT), type = CAST(v.column6 AS TEXT),
                number_key = CAST(v.column7 AS TEXT), seq = CAST(v.column8 AS TEXT), year = CAST(v.column9 AS BIGINT),
                title_key = CAST(v.column10 AS TEXT)
            FROM (VALUES \(Array(repeating: row, count: updates.count).joined(separator: ", "))) AS v
            WHERE citation_resolutions.citation_id = v.column1
            """, updates.flatMap { $0 })
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
