import Foundation
import HTTPTypes
import Hummingbird
import VanbanGraph
import VanbanIngest
import VanbanKit
import VanbanRecord
import VanbanStore

/// The JSON API under `/api` (described by `/openapi.json`).
struct APIRoutes: Sendable {
    let archive: any WebArchive
    let configuration: WebConfiguration
    let keys: KeyCheck
    let work: BlockingWork
    let reading: BlockingWork

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/documents") { request, _ in
            let filter = try registerFilter(request)
            let page = try await reading.run { [archive] in try archive.register(matching: filter.query, offset: filter.offset, limit: filter.limit) }
            return WebJSON.response(WebJSON.page(page, filter: filter))
        }
        router.get("/api/documents/{id}") { _, context in
            let id = try documentID(context)
            guard let detail = try await reading.run({ [archive] in try archive.document(id) }) else {
                throw WebError.notFound("no document \(id)")
            }
            return WebJSON.response(WebJSON.document(detail))
        }
        router.get("/api/documents/{id}/file") { _, context in
            let id = try documentID(context)
            guard let detail = try await reading.run({ [archive] in try archive.document(id) }) else {
                throw WebError.notFound("no document \(id)")
            }
            return try OriginalFile.response(path: detail.path, format: detail.format)
        }
        router.get("/api/chain/{id}") { _, context in
            let node = try nodeID(context)
            guard let chain = try await reading.run({ [archive] in try archive.chain(from: node) }) else {
                throw WebError.notFound("no document \(node)")
            }
            return WebJSON.response(chain.json)
        }
        router.get("/api/check") { _, _ in
            let findings = try await reading.run { [archive] in try archive.findings() }
            return WebJSON.response(.array(findings.map(\.json)))
        }
        router.post("/api/extract") { request, _ in
            let body = try await BodyReader.read(request, limit: configuration.maxUploadBytes, timeout: configuration.bodyTimeout)
            let name = uploadName(request)
            let record = try await work.run { [configuration] in try Extraction.record(of: body, named: name, settings: configuration.extraction) }
            if record.status == .failed { throw Extraction.error(for: record) }
            return WebJSON.response(record.json)
        }
        router.post("/api/documents") { request, _ in
            try keys.check(request, write: true)
            guard archive.isWritable else { throw WebError(.forbidden, "read-only", "the archive is open read-only") }
            let body = try await BodyReader.read(request, limit: configuration.maxUploadBytes, timeout: configuration.bodyTimeout)
            guard body.readableBytes > 0 else { throw WebError.badRequest("empty-body", "the body holds no file") }
            let name = uploadName(request)
            let detail = try await work.run { [archive, configuration] () throws -> DocumentDetail? in
                let (path, sha) = try Extraction.keep(body, named: name, in: configuration.uploadFolder)
                let id = try archive.store(fileAt: path, sha256: sha)
                return try archive.document(id)
            }
            guard let detail else { throw WebError(.internalServerError, "not-stored", "the document was stored but cannot be read back") }
            return WebJSON.response(WebJSON.document(detail), status: .created)
        }
        router.post("/api/citations/lookup") { request, _ in
            let body = try await BodyReader.read(request, limit: configuration.maxDraftBytes, timeout: configuration.bodyTimeout)
            let text = try Extraction.draftText(body, contentType: request.headers[.contentType])
            let lookup = try await reading.run { [archive, configuration] in
                try CitationLookup(text: text, archive: archive, maxCitations: configuration.maxLookupCitations)
            }
            return WebJSON.response(lookup.json)
        }
    }

    func registerFilter(_ request: Request) throws -> RegisterFilter {
        let pairs = QueryString.pairs(request)
        return try RegisterFilter(pairs, pageSize: configuration.pageSize, maxPageSize: configuration.maxPageSize)
    }

    func uploadName(_ request: Request) -> String {
        let given = request.uri.queryParameters["name"].map(String.init)
            ?? request.headers[APIRoutes.fileNameHeader] ?? "upload"
        return Extraction.safeName(given)
    }

    static let fileNameHeader = HTTPField.Name("X-File-Name")!
}

/// `{id}` of a document: a positive integer, else `bad-id` (400).
func documentID(_ context: BasicRequestContext) throws -> Int64 {
    let raw = context.parameters.get("id") ?? ""
    guard let id = Int64(raw), id > 0 else { throw WebError.badRequest("bad-id", "not a document id: \(raw)") }
    return id
}

/// `{id}` of a chain: a document (12, d12) or an outside document (x3), else `bad-id` (400).
func nodeID(_ context: BasicRequestContext) throws -> NodeID {
    let raw = context.parameters.get("id") ?? ""
    guard let node = NodeID(raw) else { throw WebError.badRequest("bad-id", "not a document id: \(raw) (12, d12 or x3)") }
    return node
}
