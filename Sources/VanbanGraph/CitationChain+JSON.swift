import VanbanRecord

extension CitationChain {
    /// The chain as JSON: `root`, `nodes` (root first), `upstream` and `downstream` edges,
    /// nodes named by `NodeID.slug` ("d12", "x3").
    public var json: JSONValue {
        .object([
            ("root", .string(root.slug)),
            ("nodes", .array(orderedNodes.map(CitationChain.json))),
            ("upstream", .array(upstream.map(CitationChain.json))),
            ("downstream", .array(downstream.map(CitationChain.json))),
        ])
    }

    static func json(_ node: GraphNode) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(node.id.slug))]
        switch node.id {
        case let .document(id): members += [("archived", .bool(true)), ("document", .number(Double(id)))]
        case .external: members += [("archived", .bool(false))]
        }
        members += [
            ("type", string(node.type)), ("number", string(node.number)), ("citedAs", string(node.citedAs)),
            ("title", string(node.title)), ("date", string(node.date)),
            ("year", node.year.map { .number(Double($0)) } ?? .null), ("issuer", string(node.issuer)),
            ("subject", string(node.subject)), ("path", string(node.path)),
        ]
        return .object(members)
    }

    static func json(_ edge: GraphEdge) -> JSONValue {
        .object([
            ("citation", .number(Double(edge.citation))), ("from", .string(edge.from.slug)), ("to", .string(edge.to.slug)),
            ("relation", .string(edge.relation)), ("method", .string(edge.method.rawValue)),
            ("confidence", .number(edge.confidence)), ("written", string(edge.written)), ("date", string(edge.date)),
            ("offsets", .array(edge.offsets.map { .number(Double($0)) })), ("depth", .number(Double(edge.depth))),
        ])
    }

    private static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }
}
