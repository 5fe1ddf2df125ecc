/// The checks, in one read transaction.
struct CheckPass {
    let db: any GraphConnection

    init(_ db: any GraphConnection) {
        self.db = db
    }

    /// The citations with their letters and offsets, by id.
    func citations(_ ids: [Int64]) throws -> [Int64: FindingCitation] {
        var offsets: [Int64: [Int]] = [:]
        var found: [Int64: FindingCitation] = [:]
        for chunk in Batches.of(Array(Set(ids))) {
            let marks = Batches.marks(chunk.count)
            for row in try db.rows("""
                SELECT citation_id, "offset" FROM citation_mentions WHERE citation_id IN (\(marks)) ORDER BY citation_id, position
                """, chunk) {
                offsets[row[0], default: []].append(row[1])
            }
            for row in try db.rows("""
                SELECT c.id, c.document_id, d.number_raw, f.path, coalesce(c.number, c.title) AS written, c.date
                FROM citations c JOIN documents d ON d.id = c.document_id JOIN files f ON f.id = c.document_id
                WHERE c.id IN (\(marks))
                """, chunk) {
                let id: Int64 = row["id"]
                found[id] = FindingCitation(citation: id, letter: row["document_id"], letterNumber: row["number_raw"],
                                            path: row["path"], written: row["written"], date: row["date"],
                                            offsets: offsets[id] ?? [])
            }
        }
        return found
    }

    /// Citation ids grouped by a node, in order of node then citing letter.
    func grouped(_ rows: [(NodeID, Int64)]) throws -> [(NodeID, [FindingCitation])] {
        let loaded = try citations(rows.map(\.1))
        var order: [NodeID] = []
        var groups: [NodeID: [FindingCitation]] = [:]
        for (node, id) in rows {
            guard let citation = loaded[id] else { continue }
            if groups[node] == nil { order.append(node) }
            groups[node, default: []].append(citation)
        }
        return order.map { node in (node, groups[node]!.sorted { ($0.letter, $0.citation) < ($1.letter, $1.citation) }) }
    }

    func labels(_ ids: [NodeID]) throws -> [NodeID: String] {
        try NodeLoader(db).load(ids).mapValues(\.label)
    }

    static func node(cited: Int64?, external: Int64?) -> NodeID? {
        if let cited { return .document(cited) }
        return external.map(NodeID.external)
    }
}
