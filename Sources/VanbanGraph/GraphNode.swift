import VanbanRules

/// What the graph shows of a node: an archived document's fields, or what the citing letters
/// say of an outside document.
public struct GraphNode: Sendable, Equatable {
    public let id: NodeID
    /// Type slug.
    public var type: String?
    /// Its own number; nil for an archived document whose number was lost.
    public var number: String?
    /// The number the letters citing it give, when its own is lost.
    public var citedAs: String?
    /// The name of a document cited by name (a law).
    public var title: String?
    public var date: String?
    public var year: Int?
    public var issuer: String?
    public var subject: String?
    /// Where the archived file is.
    public var path: String?

    public init(id: NodeID) {
        self.id = id
    }

    public var isArchived: Bool { id.isArchived }

    /// One line: "#12 Chỉ thị 01/CT-UBND (as cited) 2023 · Ủy ban nhân dân tỉnh Sơn La · Phát động ...".
    public var label: String {
        var head = [id.description]
        if let type {
            let name = DocumentTypes.bySlug[type]?.name ?? type
            let named = number == nil && citedAs == nil
                && title.map { FoldedWords.of($0).starts(with: FoldedWords.of(name)) } == true
            if !named { head.append(name) }
        }
        if let number {
            head.append(number)
        } else if let citedAs {
            head.append(citedAs + " (as cited)")
        } else if let title {
            head.append(title)
        } else if isArchived {
            head.append("(no number)")
        }
        if let date { head.append(date) } else if let year { head.append(String(year)) }
        var parts = [head.joined(separator: " ")]
        if isArchived {
            if let issuer { parts.append(issuer) }
            if let subject { parts.append(GraphNode.clipped(subject, 70)) }
        } else {
            parts.append("outside the archive")
        }
        return parts.joined(separator: " · ")
    }

    static func clipped(_ text: String, _ width: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
    }
}
