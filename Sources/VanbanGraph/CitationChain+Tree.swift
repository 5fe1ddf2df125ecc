extension CitationChain {
    /// The chain as an indented tree for a terminal: the root, then what it cites (upstream)
    /// and what cites it (downstream). A node met again is marked "(see above)" and not
    /// expanded again, so cycles print once.
    public func tree() -> String {
        var out = label(root) + "\n"
        if !upstream.isEmpty {
            out += "\nUpstream (what it implements, is based on or mentions):\n"
            var children: [NodeID: [GraphEdge]] = [:]
            for edge in upstream { children[edge.from, default: []].append(edge) }
            var expanded: Set<NodeID> = [root]
            branch(root, children, far: \.to, prefix: "", expanded: &expanded, into: &out)
        }
        if !downstream.isEmpty {
            out += "\nDownstream (what implements, is based on or mentions it):\n"
            var children: [NodeID: [GraphEdge]] = [:]
            for edge in downstream { children[edge.to, default: []].append(edge) }
            var expanded: Set<NodeID> = [root]
            branch(root, children, far: \.from, prefix: "", expanded: &expanded, into: &out)
        }
        if upstream.isEmpty && downstream.isEmpty { out += "\nNo citation leads to or from it.\n" }
        return out
    }

    private func branch(_ node: NodeID, _ children: [NodeID: [GraphEdge]], far: KeyPath<GraphEdge, NodeID>,
                        prefix: String, expanded: inout Set<NodeID>, into out: inout String) {
        let edges = children[node] ?? []
        for (index, edge) in edges.enumerated() {
            let last = index == edges.count - 1
            let child = edge[keyPath: far]
            let again = !expanded.insert(child).inserted
            out += prefix + (last ? "└─ " : "├─ ") + edge.relation + "  " + label(child)
            out += CitationChain.note(edge) + (again ? "  (see above)" : "") + "\n"
            if !again {
                branch(child, children, far: far, prefix: prefix + (last ? "   " : "│  "), expanded: &expanded, into: &out)
            }
        }
    }

    private func label(_ id: NodeID) -> String {
        nodes[id]?.label ?? id.description
    }

    /// How the citation was resolved, when not by its exact number.
    static func note(_ edge: GraphEdge) -> String {
        switch edge.method {
        case .exact, .external, .pending, .none:
            return ""
        case .symbol, .subject, .title:
            let written = edge.written.map { ", cited as \($0)" } ?? ""
            return "  [\(edge.method.rawValue) \(edge.confidence)\(written)]"
        }
    }
}
