import Hummingbird
import VanbanGraph
import VanbanRecord
import VanbanStore

/// The JSON the API answers with, built from the archive's types.
enum WebJSON {
    static func response(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: value.serialized() + "\n")))
    }

    static func error(_ error: WebError) -> JSONValue {
        .object([("error", .object([("code", .string(error.code)), ("message", .string(error.message)),
                                    ("status", .number(Double(error.status.code)))]))])
    }

    static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    static func number(_ value: Int64?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }

    /// A register line: `{"id": …, "number": …, …}`.
    static func entry(_ e: RegisterEntry) -> JSONValue {
        .object([
            ("id", .number(Double(e.id))), ("number", string(e.number)), ("date", string(e.date)), ("type", string(e.type)),
            ("subject", string(e.subject)), ("issuer", string(e.issuer)), ("signer", string(e.signer)),
            ("format", string(e.format)),
        ])
    }

    static func page(_ page: RegisterPage, filter: RegisterFilter) -> JSONValue {
        .object([
            ("total", .number(Double(page.total))), ("offset", .number(Double(filter.offset))),
            ("limit", .number(Double(filter.limit))), ("documents", .array(page.entries.map(entry))),
        ])
    }

    /// `GET /api/documents/{id}`: the record, its renditions, its citations each with its
    /// resolution, and what cites it.
    static func document(_ d: DocumentDetail) -> JSONValue {
        let citationsJSON = d.record.json["citations"]?.arrayValue ?? []
        let citations: [JSONValue] = d.citations.enumerated().map { index, c in
            var members: [(String, JSONValue)] = []
            if index < citationsJSON.count, case let .object(fields) = citationsJSON[index] { members = fields }
            members.append(("resolution", resolution(c)))
            return .object(members)
        }
        var renditions: [JSONValue] = [
            .object([("kind", .string("original")), ("format", string(d.format)),
                     ("href", .string("/api/documents/\(d.id)/file"))]),
        ]
        // The document's other files (a DOCX draft, a scan of the signed PDF): their records are
        // in the export, their contents not served.
        for file in d.files where file.id != d.id {
            renditions.append(.object([("kind", .string("other-file")), ("format", string(file.format)),
                                       ("file", .number(Double(file.id))), ("path", .string(file.path))]))
        }
        if d.text != nil {
            renditions.append(.object([("kind", .string("text")), ("format", .string("text")),
                                       ("href", .string("/documents/\(d.id)#text"))]))
        }
        return .object([
            ("id", .number(Double(d.id))), ("path", .string(d.path)), ("format", string(d.format)),
            ("importedAt", .string(d.importedAt)), ("record", d.record.json), ("renditions", .array(renditions)),
            ("citations", .array(citations)),
            ("citedBy", .array(d.citedBy.map { l in
                .object([("id", .number(Double(l.id))), ("number", string(l.number)), ("date", string(l.date)),
                         ("type", string(l.type)), ("subject", string(l.subject)), ("relation", .string(l.relation))])
            })),
        ])
    }

    static func resolution(_ c: ResolvedCitation) -> JSONValue {
        .object([
            ("method", .string(c.method)), ("confidence", .number(c.confidence)),
            ("document", number(c.document)), ("number", string(c.documentNumber)),
            ("external", c.external.map { .string(NodeID.external($0).slug) } ?? .null),
        ])
    }
}
