import Foundation
import VanbanRules
import VanbanStore

/// The register's filters as a query string carries them (`GET /api/documents`, `/`): the
/// filters of `vanban query`, and a page.
public struct RegisterFilter: Sendable, Equatable {
    public var query: DocumentQuery
    public var offset: Int
    public var limit: Int

    /// The names the query string may hold; any other is a `bad-filter`.
    public static let parameters = ["type", "issuer", "signer", "number", "from", "to", "text", "q", "cites",
                                    "citing", "cited-by", "offset", "limit", "page"]

    /// Reads `pairs` (name, value; empty values ignored). `page` (from 1) or `offset` choose the page.
    /// - Throws: `WebError` `bad-filter` (400) naming the parameter.
    public init(_ pairs: [(String, String)], pageSize: Int, maxPageSize: Int) throws {
        query = DocumentQuery()
        offset = 0
        limit = pageSize
        var page: Int?
        for (name, raw) in pairs {
            let value = raw.trimmingCharacters(in: .whitespaces)
            if value.isEmpty { continue }
            switch name {
            case "type":
                guard DocumentTypes.bySlug[value.lowercased()] != nil else {
                    throw RegisterFilter.bad("type", "unknown type \(value) (types are slugs: quyet-dinh, ke-hoach, cong-van…)")
                }
                query.type = value.lowercased()
            case "issuer": query.issuer = value
            case "signer": query.signer = value
            case "number": query.number = value
            case "cites": query.cites = value
            case "text", "q": query.text.append(value)
            case "from", "to":
                guard let bound = DocumentQuery.dateBound(value, upper: name == "to") else {
                    throw RegisterFilter.bad(name, "not a date: \(value) (YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)")
                }
                if name == "from" { query.from = bound } else { query.to = bound }
            case "citing", "cited-by":
                guard let id = Int64(value), id > 0 else { throw RegisterFilter.bad(name, "not a document id: \(value)") }
                if name == "citing" { query.citing = id } else { query.citedBy = id }
            case "offset":
                guard let n = Int(value), n >= 0, n <= 10_000_000 else { throw RegisterFilter.bad(name, "not an offset: \(value)") }
                offset = n
            case "limit":
                guard let n = Int(value), (1...maxPageSize).contains(n) else {
                    throw RegisterFilter.bad(name, "limit must be 1 to \(maxPageSize): \(value)")
                }
                limit = n
            case "page":
                guard let n = Int(value), (1...1_000_000).contains(n) else { throw RegisterFilter.bad(name, "not a page: \(value)") }
                page = n
            default:
                throw RegisterFilter.bad(name, "unknown filter \(name) (filters: \(RegisterFilter.parameters.joined(separator: ", ")))")
            }
        }
        if let page { offset = (page - 1) * limit }
    }

    private static func bad(_ name: String, _ message: String) -> WebError {
        WebError.badRequest("bad-filter", "\(name): \(message)")
    }
}
