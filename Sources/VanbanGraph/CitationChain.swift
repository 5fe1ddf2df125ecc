/// What `vanban chain` shows: a document (or an outside one), what it cites up to the
/// roots, and what cites it down to the leaves, each node once.
public struct CitationChain: Sendable {
    public let root: NodeID
    public var nodes: [NodeID: GraphNode]
    /// Citations from the root upwards: `from` is the nearer node.
    public var upstream: [GraphEdge]
    /// Citations from the root downwards: `to` is the nearer node.
    public var downstream: [GraphEdge]

    /// The nodes in a stable order: the root, then by id.
    public var orderedNodes: [GraphNode] {
        nodes.values.sorted { a, b in
            if a.id == root || b.id == root { return a.id == root && b.id != root }
            return a.id < b.id
        }
    }
}
