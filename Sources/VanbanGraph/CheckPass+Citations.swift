import VanbanRules

extension CheckPass {
    /// One finding per outside document, naming every letter that cites it.
    func unresolved() throws -> [Finding] {
        let rows = try db.rows("""
            SELECT external_id, citation_id FROM citation_resolutions WHERE external_id IS NOT NULL
            ORDER BY external_id, citing_id
            """).map { (NodeID.external($0[0]), $0[1] as Int64) }
        let groups = try grouped(rows)
        let labels = try self.labels(groups.map(\.0))
        return groups.map { node, citations in
            let letters = Set(citations.map(\.letter)).count
            return Finding(kind: .unresolved, node: node, subject: labels[node] ?? node.description,
                           detail: "not in the archive; cited by \(letters) letter\(letters == 1 ? "" : "s")",
                           documents: [], citations: citations)
        }
    }

    /// Documents that letters date differently, or that a letter dates otherwise than the
    /// document's own date.
    func conflictingDates() throws -> [Finding] {
        let nodes = try db.rows("""
            SELECT r.cited_id, r.external_id FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id
            WHERE c.date IS NOT NULL AND (r.cited_id IS NOT NULL OR r.external_id IS NOT NULL)
            GROUP BY r.cited_id, r.external_id HAVING count(DISTINCT c.date) > 1
            UNION
            SELECT r.cited_id, NULL FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id
            JOIN documents d ON d.id = r.cited_id
            WHERE c.date IS NOT NULL AND d.date IS NOT NULL AND c.date <> d.date AND r.cited_id <> r.citing_id
            """).compactMap { CheckPass.node(cited: $0[0], external: $0[1]) }
        var rows: [(NodeID, Int64)] = []
        for node in Set(nodes).sorted() {
            let (column, id): (String, Int64) = switch node {
            case let .document(id): ("cited_id", id)
            case let .external(id): ("external_id", id)
            }
            rows += try db.column("""
                SELECT r.citation_id FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id
                WHERE r.\(column) = ? AND c.date IS NOT NULL ORDER BY r.citing_id
                """, [id], as: Int64.self).map { (node, $0) }
        }
        let groups = try grouped(rows)
        let loaded = try NodeLoader(db).load(groups.map(\.0))
        return groups.map { node, citations in
            var parts: [String] = []
            if let own = loaded[node]?.date, loaded[node]?.isArchived == true { parts.append("its own date \(own)") }
            for date in Set(citations.compactMap(\.date)).sorted() {
                let letters = citations.filter { $0.date == date }.map { "#\($0.letter)" }
                parts.append("\(date) by \(letters.joined(separator: ", "))")
            }
            return Finding(kind: .conflictingDates, node: node, subject: loaded[node]?.label ?? node.description,
                           detail: "dated differently: " + parts.joined(separator: "; "),
                           documents: [], citations: citations)
        }
    }

    /// Letters citing a document dated after them (by the date they give, or the archived
    /// document's own).
    func citesLater() throws -> [Finding] {
        let rows = try db.rows("""
            SELECT r.citation_id, r.cited_id, r.external_id, d.date AS letter_date, c.date AS given, cd.date AS own
            FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id JOIN documents d ON d.id = r.citing_id
            LEFT JOIN documents cd ON cd.id = r.cited_id
            WHERE d.date IS NOT NULL AND (c.date > d.date OR cd.date > d.date) AND r.cited_id IS DISTINCT FROM r.citing_id
            ORDER BY r.citing_id, r.citation_id
            """)
        let loaded = try citations(rows.map { $0["citation_id"] })
        let nodes = rows.compactMap { CheckPass.node(cited: $0["cited_id"], external: $0["external_id"]) }
        let labels = try self.labels(nodes)
        return rows.compactMap { row in
            guard let citation = loaded[row["citation_id"]] else { return nil }
            let node = CheckPass.node(cited: row["cited_id"], external: row["external_id"])
            let letterDate: String = row["letter_date"]
            let given: String? = row["given"]
            let own: String? = row["own"]
            let later = [given, own].compactMap { $0 }.filter { $0 > letterDate }.max() ?? ""
            return Finding(kind: .citesLater, node: node, subject: node.flatMap { labels[$0] } ?? citation.written ?? "",
                           detail: "#\(citation.letter), dated \(letterDate), cites it as dated \(later)",
                           documents: [], citations: [citation])
        }
    }

    /// Citations whose issuer is not the archived document's (name or parent body).
    func issuerMismatches() throws -> [Finding] {
        let rows = try db.rows("""
            SELECT r.citation_id, r.cited_id, c.issuer, d.issuer_name, d.issuer_parent
            FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id JOIN documents d ON d.id = r.cited_id
            WHERE c.issuer IS NOT NULL AND (d.issuer_name IS NOT NULL OR d.issuer_parent IS NOT NULL)
            ORDER BY r.cited_id, r.citing_id
            """)
        var mismatched: [(NodeID, Int64)] = []
        var named: [Int64: String] = [:]
        var own: [NodeID: String] = [:]
        var names: [String: IssuerName] = [:]
        func issuer(_ text: String) -> IssuerName {
            if let known = names[text] { return known }
            let name = IssuerName(text)
            names[text] = name
            return name
        }
        for row in rows {
            let cited = issuer(row["issuer"])
            let name: String? = row["issuer_name"]
            let parent: String? = row["issuer_parent"]
            let archived = [name, [name, parent].compactMap { $0 }.joined(separator: " ")].compactMap { $0 }
                .map(issuer).filter { !$0.isEmpty }
            guard !cited.isEmpty, !archived.isEmpty, archived.map({ cited.similarity(to: $0) }).max()! < 0.5 else { continue }
            let node = NodeID.document(row["cited_id"])
            mismatched.append((node, row["citation_id"]))
            named[row["citation_id"]] = row["issuer"]
            own[node] = [name, parent].compactMap { $0 }.joined(separator: ", ")
        }
        let groups = try grouped(mismatched)
        let labels = try self.labels(groups.map(\.0))
        return groups.map { node, citations in
            let given = citations.map { "\"\(named[$0.citation] ?? "")\" by #\($0.letter)" }
            return Finding(kind: .issuerMismatch, node: node, subject: labels[node] ?? node.description,
                           detail: "issued by \(own[node] ?? "?"), cited as from " + given.joined(separator: ", "),
                           documents: [], citations: citations)
        }
    }

    /// Letters whose citation resolves to themselves.
    func selfCitations() throws -> [Finding] {
        let rows = try db.rows("""
            SELECT citing_id, citation_id FROM citation_resolutions WHERE cited_id = citing_id ORDER BY citing_id
            """).map { (NodeID.document($0[0]), $0[1] as Int64) }
        let groups = try grouped(rows)
        let labels = try self.labels(groups.map(\.0))
        return groups.map { node, citations in
            Finding(kind: .selfCitation, node: node, subject: labels[node] ?? node.description,
                    detail: "cites its own number", documents: [], citations: citations)
        }
    }
}
