import VanbanPostgres
import VanbanStore

/// The citation graph of an archive, read: find a node by id or number, and walk its chain.
/// The graph is what `CitationResolver` left in `citation_resolutions`.
///
/// ```swift
/// let graph = CitationGraph(archive: archive)
/// let roots = try graph.nodes(matching: "01/CT-UBND", year: 2023)
/// let chain = try graph.chain(from: roots[0].id, depth: nil)
/// print(chain.tree())
/// ```
public struct CitationGraph: Sendable {
    let database: any GraphDatabase

    public init(_ database: any GraphDatabase) {
        self.database = database
    }

    public init(archive: SQLiteArchive) {
        database = SQLiteGraphDatabase(archive)
    }

    public init(archive: PostgresArchive) {
        database = PostgresGraphDatabase(archive)
    }

    /// The nodes `text` names: an id ("12", "#12", "x3"), or a number ("01/CT-UBND", any case,
    /// diacritics optional): the archived documents that bear it, those that citations of it
    /// were resolved to (a document whose own number was lost), and the outside documents of
    /// that number. `year` keeps those of that year. Several nodes mean the number is
    /// ambiguous (the same number in other years).
    /// The archived documents a citation by name ("Luật Thi đua, khen thưởng", type `luat`)
    /// names: those whose title key (`TitleKey`: their subject without their type's name) is the
    /// citation's, as resolution matches them; at most `limit`, by id. Documents the graph has
    /// not taken in yet (`resolve` not run since they were archived) are not found.
    public func documents(namedBy title: String, type: String?, limit: Int = 20) throws -> [Int64] {
        guard let key = TitleKey.of(title, type: type) else { return [] }
        return try database.read { db in
            try db.column("SELECT document_id FROM graph_documents WHERE title_key = ? ORDER BY document_id LIMIT ?",
                          [key, limit], as: Int64.self)
        }
    }

    public func nodes(matching text: String, year: Int? = nil) throws -> [GraphNode] {
        try database.read { db in
            let ids = try NodeLookup(db).ids(matching: text, year: year)
            let nodes = try NodeLoader(db).load(ids)
            return ids.compactMap { nodes[$0] }
        }
    }

    /// The chain through `root`: upstream (what it cites, and so on to the roots) and
    /// downstream (what cites it, and so on), at most `depth` steps each way (nil: no limit).
    /// Each node is expanded once, so cycles end.
    public func chain(from root: NodeID, upstream: Bool = true, downstream: Bool = true,
                      depth: Int? = nil) throws -> CitationChain {
        try database.read { db in
            let walker = ChainWalker(db, depth: depth)
            var up = upstream ? try walker.walk(from: root, direction: .up) : []
            var down = downstream ? try walker.walk(from: root, direction: .down) : []
            try walker.attachOffsets(&up)
            try walker.attachOffsets(&down)
            var ids: Set<NodeID> = [root]
            for edge in up + down { ids.insert(edge.from); ids.insert(edge.to) }
            let nodes = try NodeLoader(db).load(Array(ids))
            return CitationChain(root: root, nodes: nodes, upstream: up, downstream: down)
        }
    }
}
