import VanbanRecord
import VanbanStore
import VanbanRules

/// A draft's citations looked up in the archive, as CourtListener's citation lookup answers:
/// each `found` (one archived document), `ambiguous` (several, listed) or `not-found`.
public struct CitationLookup: Sendable {
    public enum Status: String, Sendable { case found, ambiguous, notFound = "not-found" }

    public struct Item: Sendable {
        public var citation: Citation
        public var status: Status
        public var documents: [RegisterEntry]
    }

    public var items: [Item]

    /// Finds the citations of `text` (the rules of `vanban extract`) and looks each up.
    /// - Throws: `WebError` `too-many-citations` (413) past `maxCitations`.
    public init(text: String, archive: any WebArchive, maxCitations: Int) throws {
        let citations = CitationFinder().find(in: text, ownNumber: nil)
        guard citations.count <= maxCitations else {
            throw WebError(.contentTooLarge, "too-many-citations",
                           "the text cites \(citations.count) documents; at most \(maxCitations) are looked up at once")
        }
        items = try citations.map { citation in
            let documents = try archive.candidates(for: citation)
            let status: Status = documents.isEmpty ? .notFound : documents.count == 1 ? .found : .ambiguous
            return Item(citation: citation, status: status, documents: documents)
        }
    }

    var json: JSONValue {
        .object([
            ("count", .number(Double(items.count))),
            ("citations", .array(items.map { item in
                .object([
                    ("text", WebJSON.string(item.citation.mentions.first?.text ?? item.citation.number ?? item.citation.title)),
                    ("type", WebJSON.string(item.citation.type)), ("number", WebJSON.string(item.citation.number)),
                    ("title", WebJSON.string(item.citation.title)), ("date", WebJSON.string(item.citation.date)),
                    ("relation", .string(item.citation.relation)),
                    ("offsets", .array(item.citation.mentions.map { .number(Double($0.offset)) })),
                    ("status", .string(item.status.rawValue)),
                    ("documents", .array(item.documents.map(WebJSON.entry))),
                ])
            })),
        ])
    }
}
