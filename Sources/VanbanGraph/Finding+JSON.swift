import VanbanRecord

extension Finding {
    /// The finding as JSON: kind, node ("d12", "x3"), subject, detail, documents and
    /// citations (letter, path, written number, date, offsets).
    public var json: JSONValue {
        .object([
            ("kind", .string(kind.rawValue)),
            ("node", node.map { .string($0.slug) } ?? .null),
            ("subject", .string(subject)),
            ("detail", .string(detail)),
            ("documents", .array(documents.map { .number(Double($0)) })),
            ("citations", .array(citations.map(\.json))),
        ])
    }
}

extension FindingCitation {
    public var json: JSONValue {
        .object([
            ("citation", .number(Double(citation))), ("letter", .number(Double(letter))),
            ("letterNumber", letterNumber.map(JSONValue.string) ?? .null), ("path", path.map(JSONValue.string) ?? .null),
            ("written", written.map(JSONValue.string) ?? .null), ("date", date.map(JSONValue.string) ?? .null),
            ("offsets", .array(offsets.map { .number(Double($0)) })),
        ])
    }
}
