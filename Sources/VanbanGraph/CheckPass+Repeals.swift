extension CheckPass {
    /// Relations by which a letter ends another document's force.
    static let ending = ["repeals", "replaces"]
    /// Relations by which a letter relies on a document still being in force.
    static let relying = ["basis", "implements"]

    /// Letters that rely on a document (basis, implements) dated after an archived letter that
    /// repealed or replaced it: one finding per such citation, naming the letter that ended it.
    func citedAfterRepeal() throws -> [Finding] {
        let rows = try db.rows("""
            SELECT l.citation_id, l.cited_id, l.external_id, ld.date AS letter_date,
                   r.citing_id AS ender, rd.date AS ended_on, rd.number_raw AS ender_number, r.relation
            FROM citation_resolutions r
            JOIN documents rd ON rd.id = r.citing_id
            JOIN citation_resolutions l ON (l.cited_id = r.cited_id OR l.external_id = r.external_id)
            JOIN documents ld ON ld.id = l.citing_id
            WHERE r.relation IN ('\(Self.ending.joined(separator: "','"))')
              AND l.relation IN ('\(Self.relying.joined(separator: "','"))')
              AND l.citing_id <> r.citing_id AND rd.date IS NOT NULL AND ld.date IS NOT NULL AND ld.date > rd.date
            ORDER BY l.citing_id, l.citation_id, rd.date
            """)
        let loaded = try citations(rows.map { $0["citation_id"] })
        let nodes = rows.compactMap { CheckPass.node(cited: $0["cited_id"], external: $0["external_id"]) }
        let labels = try self.labels(nodes)
        var seen = Set<Int64>()
        return rows.compactMap { row in
            let id: Int64 = row["citation_id"]
            guard let citation = loaded[id], seen.insert(id).inserted else { return nil }
            let node = CheckPass.node(cited: row["cited_id"], external: row["external_id"])
            let ender: Int64 = row["ender"]
            let number: String? = row["ender_number"]
            let verb = (row["relation"] as String) == "repeals" ? "repealed" : "replaced"
            let letterDate: String = row["letter_date"]
            let endedOn: String = row["ended_on"]
            return Finding(kind: .citedAfterRepeal, node: node, subject: node.flatMap { labels[$0] } ?? citation.written ?? "",
                           detail: "#\(citation.letter), dated \(letterDate), cites it as in force; \(verb) by #\(ender)"
                               + (number.map { " (\($0))" } ?? "") + " on \(endedOn)",
                           documents: [ender], citations: [citation])
        }
    }
}
