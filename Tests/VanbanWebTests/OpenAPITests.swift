import Foundation
import Testing
import VanbanStore
import VanbanWeb
import VanbanIngest

@Suite("/openapi.json")
struct OpenAPITests {
    /// Every API route is in the document, and every operation of the document is a route.
    @Test func documentAndRoutesAgree() async throws {
        let web = try await WebFixture()
        let answer = try await web.http.get("/openapi.json")
        #expect(answer.status == 200)
        let document = try answer.object()
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var described = Set<String>()
        for (path, operations) in paths {
            for method in operations.keys { described.insert(method.uppercased() + " " + path) }
        }
        let configuration = WebConfiguration(uploadFolder: "/nonexistent", extraction: WorkerSettings(searchText: false, isolation: .inProcess),
                                             extractor: "test")
        let router = try WebServer(archive: SQLiteWebArchive(archive: web.archive, importOptions: nil), configuration: configuration).router()
        let routes = Set(router.routes.map { "\($0.method.rawValue) \($0.path)" }
            .map { $0.replacingOccurrences(of: ":id", with: "{id}") }
            .filter { $0.contains(" /api/") || $0.hasSuffix(" /openapi.json") })
        #expect(!routes.isEmpty)
        #expect(routes == described, "routes not described: \(routes.subtracting(described)); described, not routes: \(described.subtracting(routes))")
    }
}
