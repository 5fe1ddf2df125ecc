/// A node of the citation graph: an archived document (by its id) or an outside document
/// (by its `external_documents` id). Written "#12" and "x3".
public enum NodeID: Hashable, Sendable, Comparable, CustomStringConvertible {
    case document(Int64)
    case external(Int64)

    public var description: String {
        switch self {
        case let .document(id): return "#\(id)"
        case let .external(id): return "x\(id)"
        }
    }

    /// The identifier used in JSON, DOT and Mermaid output: "d12", "x3".
    public var slug: String {
        switch self {
        case let .document(id): return "d\(id)"
        case let .external(id): return "x\(id)"
        }
    }

    /// Whether the node is an archived document.
    public var isArchived: Bool {
        if case .document = self { return true }
        return false
    }

    /// Reads "12", "#12", "d12" (a document) or "x3" (an outside document); nil otherwise.
    public init?(_ text: String) {
        var body = Substring(text)
        var external = false
        if body.hasPrefix("#") || body.hasPrefix("d") {
            body = body.dropFirst()
        } else if body.hasPrefix("x") {
            body = body.dropFirst()
            external = true
        }
        guard !body.isEmpty, body.allSatisfy(\.isASCII), let id = Int64(body), id > 0 else { return nil }
        self = external ? .external(id) : .document(id)
    }
}
