import Foundation
import Hummingbird
import VanbanGraph
import VanbanRecord
import VanbanRules
import VanbanStore

/// The pages, in Vietnamese: the register, a document, its chain, the check report, the
/// lookup of a draft's citations.
struct PageRoutes: Sendable {
    let archive: any WebArchive
    let configuration: WebConfiguration
    let pages: PageRenderer
    let reading: BlockingWork

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await register(request) }
        router.get("/documents/{id}") { _, context in try await document(documentID(context)) }
        router.get("/documents/{id}/chain") { _, context in try await chain(nodeID(context)) }
        router.get("/check") { _, _ in try await check() }
        router.get("/lookup") { _, _ in pages.page("lookup", ["title": "Tra dẫn chiếu"]) }
        router.post("/lookup") { request, _ in try await lookup(request) }
    }

    private func register(_ request: Request) async throws -> Response {
        let pairs = QueryString.pairs(request)
        var context: [String: Any] = ["title": "Sổ văn bản"]
        for (name, value) in pairs where ["q", "issuer", "number", "from", "to"].contains(name) { context[name] = value }
        let chosenType = pairs.first { $0.0 == "type" }?.1 ?? ""
        context["typeOptions"] = PageRoutes.typeOptions(chosen: chosenType)
        let filter: RegisterFilter
        do {
            filter = try RegisterFilter(pairs, pageSize: configuration.pageSize, maxPageSize: configuration.maxPageSize)
        } catch let error as WebError {
            context["error"] = error.message
            return pages.page("register", context, status: error.status)
        }
        let result: RegisterPage
        do {
            result = try await reading.run { [archive] in try archive.register(matching: filter.query, offset: filter.offset, limit: filter.limit) }
        } catch let error as WebError {
            context["error"] = error.message
            return pages.page("register", context, status: error.status)
        }
        context["total"] = result.total.formatted()
        if !result.entries.isEmpty { context["rowsHTML"] = PageRoutes.rows(result.entries) }
        let page = filter.offset / filter.limit + 1
        let pageCount = (result.total + filter.limit - 1) / filter.limit
        if pageCount > 1 {
            context["page"] = page
            context["pageCount"] = pageCount
        }
        let others = pairs.filter { $0.0 != "page" && $0.0 != "offset" && !$0.1.isEmpty }
        func link(_ n: Int) -> String {
            "/?" + (others + [("page", String(n))]).map { "\(PageRoutes.encode($0.0))=\(PageRoutes.encode($0.1))" }.joined(separator: "&")
        }
        if page > 1 { context["previous"] = link(page - 1) }
        if page < pageCount { context["next"] = link(page + 1) }
        return pages.page("register", context)
    }

    private func document(_ id: Int64) async throws -> Response {
        guard let d = try await reading.run({ [archive] in try archive.document(id) }) else {
            throw WebError.notFound("Không có văn bản \(id) trong kho.")
        }
        let r = d.record
        let heading = [WebWords.type(r.type), r.number?.raw].compactMap { $0 }.joined(separator: " ")
        var fields: [[String: String]] = []
        func add(_ label: String, _ value: String?) { if let value, !value.isEmpty { fields.append(["label": label, "value": value]) } }
        add("Số và ký hiệu", r.number?.raw)
        add("Ngày ban hành", WebWords.date(r.date))
        add("Nơi ban hành", r.place)
        add("Loại", WebWords.type(r.type))
        add("Trích yếu", r.subject)
        add("Cơ quan ban hành", [r.issuer?.parent, r.issuer?.name].compactMap { $0 }.joined(separator: " – "))
        add("Người ký", r.signer?.name)
        add("Chức vụ", r.signer?.position)
        add("Thẩm quyền ký", r.signer?.authority)
        add("Ký số", r.signature.map { [$0.signer, $0.signedAt].compactMap { $0 }.joined(separator: ", ") })
        add("Nơi nhận", r.distribution.isEmpty ? nil : r.distribution.joined(separator: "; "))
        add("Tệp", StoredPath.name(d.path) + (d.format.map { " (\($0))" } ?? ""))
        var marks: [HTML.Mark] = []
        let citations = d.citations.enumerated().map { index, c -> [String: Any] in
            let href = c.document.map { "/documents/\($0)" }
            let written = c.citation.mentions.first?.text ?? [WebWords.type(c.citation.type), c.citation.number ?? c.citation.title]
                .compactMap { $0 }.joined(separator: " ")
            for (n, mention) in c.citation.mentions.enumerated() {
                marks.append(HTML.Mark(offset: mention.offset, length: mention.text.unicodeScalars.count, href: href,
                                       title: WebWords.relation(c.citation.relation), id: "m\(index)-\(n)"))
            }
            var item: [String: Any] = ["text": written, "relation": WebWords.relation(c.citation.relation),
                                       "method": c.method, "methodName": WebWords.method(c.method)]
            if let href { item["href"] = href }
            return item
        }
        var context: [String: Any] = [
            "title": heading.isEmpty ? "Văn bản \(id)" : heading, "heading": heading.isEmpty ? "Văn bản \(id)" : heading,
            "id": id, "fields": fields, "citations": citations, "citationCount": citations.count,
            "citedBy": d.citedBy.map { l -> [String: Any] in
                ["id": l.id, "relation": WebWords.relation(l.relation),
                 "label": [WebWords.type(l.type), l.number, WebWords.date(l.date).map { "ngày \($0)" }].compactMap { $0 }.joined(separator: " ")
                    + (l.subject.map { " — " + $0 } ?? "")]
            },
            "citedByCount": d.citedBy.count, "isPDF": d.format?.lowercased() == "pdf",
        ]
        if let text = d.text { context["textHTML"] = HTML.marked(text, marks) }
        return pages.page("document", context)
    }

    private func chain(_ node: NodeID) async throws -> Response {
        guard let chain = try await reading.run({ [archive] in try archive.chain(from: node) }) else {
            throw WebError.notFound("Không có văn bản \(node) trong kho.")
        }
        let root = chain.nodes[chain.root]
        let heading = root.map { [WebWords.type($0.type), $0.number ?? $0.citedAs ?? $0.title].compactMap { $0 }.joined(separator: " ") } ?? node.description
        var id = ""
        if case let .document(n) = node { id = String(n) } else { id = node.slug }
        let edges = Set((chain.upstream + chain.downstream).map(\.citation)).count
        return pages.page("chain", ["title": "Chuỗi dẫn chiếu " + heading, "heading": heading, "id": id, "archived": node.isArchived,
                                    "svg": ChainDrawing(chain: chain).svg(), "nodeCount": chain.nodes.count, "edgeCount": edges])
    }

    private func check() async throws -> Response {
        let findings = try await reading.run { [archive] in try archive.findings() }
        var groups: [[String: Any]] = []
        for kind in Finding.Kind.allCases.sorted() {
            let items = findings.filter { $0.kind == kind }
            if items.isEmpty { continue }
            groups.append([
                "kind": kind.rawValue, "title": WebWords.findings[kind] ?? kind.rawValue, "count": items.count,
                "items": items.map { f -> [String: Any] in
                    var item: [String: Any] = ["subject": f.subject, "detail": f.detail]
                    if let node = f.node, case let .document(n) = node { item["href"] = "/documents/\(n)" }
                    else if let first = f.documents.first { item["href"] = "/documents/\(first)" }
                    var seen = Set<Int64>()
                    item["letters"] = f.citations.filter { seen.insert($0.letter).inserted }.map { c in
                        ["id": c.letter, "label": c.letterNumber ?? "#\(c.letter)"] as [String: Any]
                    }
                    return item
                },
            ])
        }
        return pages.page("check", ["title": "Kiểm tra dẫn chiếu", "count": findings.count, "groups": groups])
    }

    private func lookup(_ request: Request) async throws -> Response {
        let body = try await BodyReader.read(request, limit: configuration.maxDraftBytes * 3 + 1024, timeout: configuration.bodyTimeout)
        let form = String(decoding: body.readableBytesView, as: UTF8.self)
        let text = QueryString.pairs(form).first { $0.0 == "text" }?.1 ?? ""
        var context: [String: Any] = ["title": "Tra dẫn chiếu", "text": text]
        do {
            guard text.utf8.count <= configuration.maxDraftBytes else {
                throw WebError(.contentTooLarge, "body-too-large", "Dự thảo dài quá \(configuration.maxDraftBytes) byte.")
            }
            let draft = text
            let lookup = try await reading.run { [archive, configuration] in
                try CitationLookup(text: draft, archive: archive, maxCitations: configuration.maxLookupCitations)
            }
            context["looked"] = true
            context["count"] = lookup.items.count
            context["items"] = lookup.items.map { item -> [String: Any] in
                ["text": item.citation.mentions.first?.text ?? item.citation.number ?? item.citation.title ?? "",
                 "status": item.status.rawValue, "statusName": WebWords.lookup[item.status.rawValue] ?? item.status.rawValue,
                 "documents": item.documents.map { e -> [String: Any] in
                     ["id": e.id, "label": [WebWords.type(e.type), e.number, WebWords.date(e.date).map { "ngày \($0)" }]
                        .compactMap { $0 }.joined(separator: " ")]
                 }]
            }
        } catch let error as WebError {
            context["error"] = error.message
            return pages.page("lookup", context, status: error.status)
        }
        return pages.page("lookup", context)
    }

    /// The register's rows, made here rather than by the template: the register is the page
    /// read most, and Mustache's lookups through `Any` cost as much as the search (docs/performance.md).
    static func rows(_ entries: [RegisterEntry]) -> String {
        var out = ""
        out.reserveCapacity(entries.count * 512)
        for e in entries {
            let id = String(e.id)
            out += "<tr data-id=\""
            out += id
            out += "\"><td class=\"number\"><a href=\"/documents/"
            out += id
            out += "\">"
            HTML.escape(e.number ?? "(không số)", into: &out)
            out += "</a></td><td>"
            HTML.escape(WebWords.date(e.date) ?? "", into: &out)
            out += "</td><td>"
            HTML.escape(WebWords.type(e.type) ?? "", into: &out)
            out += "</td><td>"
            HTML.escape(e.subject ?? "", into: &out)
            out += "</td><td class=\"wide\">"
            HTML.escape(e.issuer ?? "", into: &out)
            out += "</td><td class=\"wide\">"
            HTML.escape(e.signer ?? "", into: &out)
            out += "</td></tr>\n"
        }
        return out
    }

    /// The type filter's options, `chosen` selected (made once for every type).
    static func typeOptions(chosen: String) -> String {
        typeOptionsByChoice[chosen] ?? makeTypeOptions(chosen: chosen)
    }

    private static let typeOptionsByChoice: [String: String] = Dictionary(
        ([""] + DocumentTypes.all.map(\.slug)).map { ($0, makeTypeOptions(chosen: $0)) }, uniquingKeysWith: { first, _ in first })

    private static func makeTypeOptions(chosen: String) -> String {
        DocumentTypes.all.map { type in
            "<option value=\"\(HTML.escape(type.slug))\"\(type.slug == chosen ? " selected" : "")>\(HTML.escape(type.name))</option>"
        }.joined()
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
