/// Reads the fields of many nodes at once, a few hundred ids per statement.
struct NodeLoader {
    let db: any GraphConnection

    init(_ db: any GraphConnection) {
        self.db = db
    }

    func load(_ ids: [NodeID]) throws -> [NodeID: GraphNode] {
        var documents: [Int64] = []
        var externals: [Int64] = []
        for id in ids {
            switch id {
            case let .document(n): documents.append(n)
            case let .external(n): externals.append(n)
            }
        }
        var nodes: [NodeID: GraphNode] = [:]
        for chunk in Batches.of(documents) {
            for row in try db.rows("""
                SELECT d.id, d.type, d.number_raw, d.date, d.subject, d.issuer_name, f.path, g.year
                FROM documents d JOIN files f ON f.id = d.id LEFT JOIN graph_documents g ON g.document_id = d.id
                WHERE d.id IN (\(Batches.marks(chunk.count)))
                """, chunk) {
                var node = GraphNode(id: .document(row["id"]))
                node.type = row["type"]
                node.number = row["number_raw"]
                node.date = row["date"]
                node.year = row["year"]
                node.subject = row["subject"]
                node.issuer = row["issuer_name"]
                node.path = row["path"]
                nodes[node.id] = node
            }
            try addCitedNumbers(to: &nodes, chunk)
        }
        for chunk in Batches.of(externals) {
            for row in try db.rows("""
                SELECT id, type, number, title, year FROM external_documents WHERE id IN (\(Batches.marks(chunk.count)))
                """, chunk) {
                var node = GraphNode(id: .external(row["id"]))
                node.type = row["type"]
                node.number = row["number"]
                node.title = row["title"]
                node.year = row["year"]
                nodes[node.id] = node
            }
        }
        return nodes
    }

    /// For archived documents without a number of their own: the number citing letters give
    /// them most often.
    private func addCitedNumbers(to nodes: inout [NodeID: GraphNode], _ chunk: [Int64]) throws {
        let unnumbered = chunk.filter { nodes[.document($0)]?.number == nil }
        guard !unnumbered.isEmpty else { return }
        // The most frequent first, then in the order of the numbers' characters (sorted here,
        // not by the database's collation).
        let counted = try db.rows("""
            SELECT r.cited_id, c.number, count(*) AS n FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id
            WHERE r.cited_id IN (\(Batches.marks(unnumbered.count))) AND c.number IS NOT NULL
            GROUP BY r.cited_id, c.number
            """, unnumbered).map { row -> (Int64, String, Int64) in (row["cited_id"], row["number"], row["n"]) }
            .sorted { a, b in a.2 != b.2 ? a.2 > b.2 : Array(a.1.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.1.unicodeScalars.map(\.value)) }
        for (cited, number, _) in counted {
            let id = NodeID.document(cited)
            if nodes[id]?.citedAs == nil { nodes[id]?.citedAs = number }
        }
    }
}
