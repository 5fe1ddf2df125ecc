import VanbanRules

extension CheckPass {
    /// Documents cited under several spellings of one number: citations resolved by a symbol
    /// typo, and outside documents whose numbers differ from another's (archived or not) by
    /// a letter or two, with the same sequence and year.
    func symbolVariants() throws -> [Finding] {
        var findings: [Finding] = []
        let typos = try db.rows("""
            SELECT cited_id, citation_id FROM citation_resolutions WHERE method = 'symbol' ORDER BY cited_id, citing_id
            """).map { (NodeID.document($0[0]), $0[1] as Int64) }
        let groups = try grouped(typos)
        let nodes = try NodeLoader(db).load(groups.map(\.0))
        for (node, citations) in groups {
            let written = citations.map { "\($0.written ?? "?") by #\($0.letter)" }
            findings.append(Finding(kind: .symbolVariants, node: node, subject: nodes[node]?.label ?? node.description,
                                    detail: "\(nodes[node]?.number ?? "its number") written " + written.joined(separator: ", "),
                                    documents: [], citations: citations))
        }
        return findings + (try nearNumbers())
    }

    /// Clusters of outside documents (and archived ones) whose numbers are near each other.
    private func nearNumbers() throws -> [Finding] {
        var groups: [String: [(NodeID, NumberParts, String?)]] = [:]
        for row in try db.rows("SELECT id, type, number, year FROM external_documents WHERE number IS NOT NULL ORDER BY id") {
            let parts = NumberParts(row["number"])
            guard let seq = parts.seq, parts.symbolKey != nil, let year: Int = row["year"] else { continue }
            groups["\(seq)|\(year)", default: []].append((.external(row["id"]), parts, row["type"]))
        }
        var findings: [Finding] = []
        for key in groups.keys.sorted() {
            var members = groups[key]!
            let seqYear = key.split(separator: "|")
            for row in try db.rows("""
                SELECT g.document_id, g.type, d.number_raw FROM graph_documents g JOIN documents d ON d.id = g.document_id
                WHERE g.seq = ? AND g.year = ? ORDER BY g.document_id
                """, [String(seqYear[0]), Int(seqYear[1])]) {
                members.append((.document(row[0]), NumberParts(row[2]), row[1]))
            }
            for cluster in CheckPass.clusters(members) where cluster.contains(where: { !$0.isArchived }) {
                findings.append(try variantFinding(cluster))
            }
        }
        return findings
    }

    private func variantFinding(_ cluster: [NodeID]) throws -> Finding {
        var rows: [(NodeID, Int64)] = []
        for node in cluster {
            let (column, id): (String, Int64) = switch node {
            case let .document(id): ("cited_id", id)
            case let .external(id): ("external_id", id)
            }
            rows += try db.column("SELECT citation_id FROM citation_resolutions WHERE \(column) = ?",
                                  [id], as: Int64.self).map { (node, $0) }
        }
        let citations = try grouped(rows).flatMap(\.1)
        let nodes = try NodeLoader(db).load(cluster)
        let spellings = cluster.map { node in
            let name = nodes[node]?.number ?? node.description
            return node.isArchived ? "\(name) (archived \(node))" : "\(name) (\(node))"
        }
        return Finding(kind: .symbolVariants, node: cluster.first, subject: nodes[cluster[0]]?.label ?? cluster[0].description,
                       detail: "one document under several numbers? " + spellings.joined(separator: ", "),
                       documents: cluster.compactMap { if case let .document(id) = $0 { return id } else { return nil } },
                       citations: citations)
    }

    /// Groups of nodes linked by near symbols (same type when both are known), each sorted.
    static func clusters(_ members: [(NodeID, NumberParts, String?)]) -> [[NodeID]] {
        var parent = Array(members.indices)
        func root(_ i: Int) -> Int { parent[i] == i ? i : root(parent[i]) }
        for i in members.indices {
            for j in members.indices where j > i {
                let (a, b) = (members[i], members[j])
                guard a.2 == nil || b.2 == nil || a.2 == b.2, let x = a.1.symbolKey, let y = b.1.symbolKey,
                      a.1.key != b.1.key else { continue }
                let limit = min(x.unicodeScalars.count, y.unicodeScalars.count) >= 7 ? 2 : 1
                if EditDistance.between(x, y, limit: limit) != nil { parent[root(j)] = root(i) }
            }
        }
        var groups: [Int: [NodeID]] = [:]
        for i in members.indices { groups[root(i), default: []].append(members[i].0) }
        return groups.values.filter { $0.count > 1 }.map { Array(Set($0)).sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Archived documents with the same type, number and year (a sequence left blank aside).
    func duplicateDocuments() throws -> [Finding] {
        // (Grouped here: SQLite's group_concat is PostgreSQL's string_agg.)
        let rows = try db.rows("""
            SELECT g.document_id, g.type, g.number_key, g.year FROM graph_documents g JOIN (
                SELECT type, number_key, year FROM graph_documents WHERE number_key IS NOT NULL AND seq IS NOT NULL
                GROUP BY type, number_key, year HAVING count(*) > 1
            ) k ON k.number_key = g.number_key AND k.type IS NOT DISTINCT FROM g.type AND k.year IS NOT DISTINCT FROM g.year
            WHERE g.seq IS NOT NULL ORDER BY g.document_id
            """)
        var byKey: [String: [Int64]] = [:]
        var keys: [String] = []
        for row in rows {
            let type: String? = row["type"]
            let year: Int64? = row["year"]
            let number: String = row["number_key"]
            let key = "\(type ?? "")|\(number)|\(year.map(String.init) ?? "")"
            if byKey[key] == nil { keys.append(key) }
            byKey[key, default: []].append(row["document_id"])
        }
        let groups = keys.map { byKey[$0]! }
        var findings: [Finding] = []
        for ids in groups {
            let nodes = try NodeLoader(db).load(ids.map(NodeID.document))
            let found = ids.compactMap { nodes[.document($0)] }
            var rows: [(NodeID, Int64)] = []
            for id in ids {
                rows += try db.column("SELECT citation_id FROM citation_resolutions WHERE cited_id = ?",
                                      [id], as: Int64.self).map { (NodeID.document(id), $0) }
            }
            let same = Set(found.map(\.date)).count == 1 && Set(found.map(\.subject)).count == 1
            let detail = ids.map { "#\($0)" }.joined(separator: ", ")
                + (same ? ": same number, date and subject (one letter, several files?)" : ": same number, other letters")
            findings.append(Finding(kind: .duplicateDocuments, node: .document(ids[0]), subject: found.first?.label ?? "",
                                    detail: detail, documents: ids, citations: try grouped(rows).flatMap(\.1)))
        }
        return findings
    }
}
