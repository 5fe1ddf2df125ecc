extension CitationChain {
    /// Every edge once, upstream then downstream.
    private var allEdges: [GraphEdge] {
        var seen = Set<Int64>()
        return (upstream + downstream).filter { seen.insert($0.citation).inserted }
    }

    /// Graphviz DOT: citing letter → cited document, archived documents in boxes (the root in
    /// bold), outside ones dashed.
    public func dot() -> String {
        var out = "digraph chain {\n  rankdir=BT;\n  node [shape=box, fontname=\"sans-serif\"];\n"
        for node in orderedNodes {
            var attributes = "label=\"\(CitationChain.dotEscaped(node.label))\""
            if node.id == root { attributes += ", style=bold" } else if !node.isArchived { attributes += ", style=dashed" }
            out += "  \(node.id.slug) [\(attributes)];\n"
        }
        for edge in allEdges {
            out += "  \(edge.from.slug) -> \(edge.to.slug) [label=\"\(CitationChain.dotEscaped(edge.relation))\""
            out += edge.method == .exact || edge.method == .external ? "" : ", style=dotted"
            out += "];\n"
        }
        return out + "}\n"
    }

    /// A Mermaid flowchart: citing letter → cited document, outside documents rounded.
    public func mermaid() -> String {
        var out = "flowchart BT\n"
        for node in orderedNodes {
            let text = CitationChain.mermaidEscaped(node.label)
            out += node.isArchived ? "  \(node.id.slug)[\"\(text)\"]\n" : "  \(node.id.slug)([\"\(text)\"])\n"
        }
        for edge in allEdges {
            let arrow = edge.method == .exact || edge.method == .external ? "-->" : "-.->"
            out += "  \(edge.from.slug) \(arrow)|\(CitationChain.mermaidEscaped(edge.relation))| \(edge.to.slug)\n"
        }
        out += "  style \(root.slug) stroke-width:3px\n"
        return out
    }

    /// `text` inside a DOT double-quoted label: `\` and `"` escaped (a backslash would start
    /// `\n`, `\N`...), `&`, `<`, `>` as character entities (Graphviz reads entities in
    /// labels), line breaks and other control characters as spaces.
    static func dotEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case _ where scalar.properties.generalCategory == .control: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` inside a Mermaid quoted label or edge text: Mermaid's entity codes (`#60;`, its
    /// form of `&#60;`) for `#` itself, `"`, `|`, `<`, `>` and `&`, so that no HTML (a
    /// `<script>`) and no entity of the label reaches the page; control characters as spaces.
    static func mermaidEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "#", "\"", "|", "<", ">", "&": out += "#\(scalar.value);"
            case _ where scalar.properties.generalCategory == .control: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
