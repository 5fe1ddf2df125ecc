/// Walks the graph breadth first, one statement per level (a few hundred nodes per
/// statement), with a visited set so that every node is expanded once and cycles end.
struct ChainWalker {
    enum Direction { case up, down }

    let db: any GraphConnection
    let depth: Int?

    init(_ db: any GraphConnection, depth: Int?) {
        self.db = db
        self.depth = depth
    }

    /// The citations met walking from `root`: upwards (what each node cites) or downwards
    /// (what cites each node), by level.
    func walk(from root: NodeID, direction: Direction) throws -> [GraphEdge] {
        var visited: Set<NodeID> = [root]
        var frontier = [root]
        var edges: [GraphEdge] = []
        var level = 0
        while !frontier.isEmpty, level < depth ?? Int.max {
            level += 1
            var next: [NodeID] = []
            for edge in try step(frontier, direction, level) {
                edges.append(edge)
                let far = direction == .up ? edge.to : edge.from
                if visited.insert(far).inserted { next.append(far) }
            }
            frontier = next
        }
        return edges
    }

    /// The citations one step from `nodes`, the strongest when one letter cites the same
    /// node twice (two spellings of one number), in a stable order.
    private func step(_ nodes: [NodeID], _ direction: Direction, _ level: Int) throws -> [GraphEdge] {
        var documents: [Int64] = []
        var externals: [Int64] = []
        for node in nodes {
            switch node {
            case let .document(id): documents.append(id)
            case let .external(id): externals.append(id)
            }
        }
        var strongest: [Pair: GraphEdge] = [:]
        func keep(_ rows: [GraphRow]) {
            for row in rows {
                let edge = ChainWalker.edge(row, depth: level)
                let pair = Pair(from: edge.from, to: edge.to)
                if let known = strongest[pair], known.confidence >= edge.confidence { continue }
                strongest[pair] = edge
            }
        }
        switch direction {
        case .up:
            for chunk in Batches.of(documents) {
                keep(try rows("r.citing_id IN (\(Batches.marks(chunk.count))) AND r.method NOT IN ('pending', 'none')", chunk))
            }
        case .down:
            for chunk in Batches.of(documents) {
                keep(try rows("r.cited_id IN (\(Batches.marks(chunk.count)))", chunk))
            }
            for chunk in Batches.of(externals) {
                keep(try rows("r.external_id IN (\(Batches.marks(chunk.count)))", chunk))
            }
        }
        return strongest.values.sorted { ($0.from, $0.to, $0.citation) < ($1.from, $1.to, $1.citation) }
    }

    private struct Pair: Hashable {
        let from: NodeID
        let to: NodeID
    }

    private func rows(_ condition: String, _ ids: [Int64]) throws -> [GraphRow] {
        try db.rows("""
            SELECT r.citation_id, r.citing_id, r.cited_id, r.external_id, r.relation, r.method, r.confidence,
                   c.number, c.title, c.date
            FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id
            WHERE \(condition)
            """, ids)
    }

    private static func edge(_ row: GraphRow, depth: Int) -> GraphEdge {
        let cited: Int64? = row["cited_id"]
        let external: Int64? = row["external_id"]
        let to: NodeID = cited.map(NodeID.document) ?? .external(external ?? 0)
        return GraphEdge(citation: row["citation_id"], from: .document(row["citing_id"]), to: to,
                         relation: row["relation"], method: ResolutionMethod(rawValue: row["method"]) ?? .pending,
                         confidence: row["confidence"], written: row["number"] ?? row["title"], date: row["date"],
                         depth: depth)
    }

    /// Fills each edge's mention offsets.
    func attachOffsets(_ edges: inout [GraphEdge]) throws {
        var offsets: [Int64: [Int]] = [:]
        for chunk in Batches.of(edges.map(\.citation)) {
            for row in try db.rows("""
                SELECT citation_id, "offset" FROM citation_mentions WHERE citation_id IN (\(Batches.marks(chunk.count)))
                ORDER BY citation_id, position
                """, chunk) {
                offsets[row[0], default: []].append(row[1])
            }
        }
        for i in edges.indices { edges[i].offsets = offsets[edges[i].citation] ?? [] }
    }
}
