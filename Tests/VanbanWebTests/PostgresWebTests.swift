import Foundation
import Testing
import VanbanGraph
import VanbanIngest
import VanbanPostgres
import VanbanStore
import VanbanTestSupport
import VanbanWeb

/// `vanban serve --db postgres://…`: the same letters archived in SQLite and in PostgreSQL,
/// served by the same web layer, give the same pages and API answers; uploads work on both.
@Suite(.enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.missing)))
struct PostgresWebTests {
    /// A server over `web` on a free loopback port; the task that runs it.
    static func serve(_ web: any WebArchive, uploads: String) async throws -> (RawHTTP, Task<Void, any Error>) {
        let settings = WorkerSettings(searchText: true, isolation: .inProcess)
        let configuration = WebConfiguration(host: "127.0.0.1", port: 0, apiKey: WebFixture.key,
                                             uploadFolder: uploads, extraction: settings, extractor: "test")
        let server = WebServer(archive: web, configuration: configuration)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let task = Task { try await server.run(quiet: true) { port in continuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw RawHTTP.RawHTTPError("the server did not start") }
        return (RawHTTP(port: port), task)
    }

    @Test func theSamePagesAndAnswersOnBothArchives() async throws {
        let server = try #require(TestPostgres.url, Comment(rawValue: TestPostgres.missing))
        let name = "vanban_web_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let url = try PostgresServer.createDatabase(String(name), on: server)
        defer { try? PostgresServer.dropDatabase(String(name), on: server) }
        let folder = try TemporaryFolder()
        let options = ImportOptions(jobs: 1, settings: WorkerSettings(searchText: true, isolation: .inProcess),
                                    extractor: "test", countFiles: false)
        let sqlite = try SQLiteArchive(path: folder.file("archive.sqlite"), parts: [GraphSchema.part])
        let postgres = try PostgresArchive(url: url, parts: [GraphSchema.postgresPart])
        defer { postgres.close() }
        _ = try ArchiveImporter(store: sqlite, options: options).run([WebFixture.letters])
        _ = try CitationResolver(archive: sqlite).resolvePending()
        _ = try ArchiveImporter(store: postgres, options: options).run([WebFixture.letters])
        _ = try CitationResolver(archive: postgres).resolvePending()
        let (a, taskA) = try await PostgresWebTests.serve(SQLiteWebArchive(archive: sqlite, importOptions: options),
                                                          uploads: folder.file("uploads-a"))
        let (b, taskB) = try await PostgresWebTests.serve(PostgresWebArchive(archive: postgres, importOptions: options),
                                                          uploads: folder.file("uploads-b"))
        defer { taskA.cancel(); taskB.cancel() }

        var paths = ["/api/documents", "/api/documents?text=thi%20dua", "/api/documents?type=cong-van&limit=2&page=2",
                     "/api/documents?number=45/UBND-VP", "/api/check", "/", "/?text=thi+dua", "/check"]
        let register = try await b.get("/api/documents").object()
        #expect(register["total"] as? Int == 6)
        for entry in register["documents"] as? [[String: Any]] ?? [] {
            let id = try #require(entry["id"] as? Int)
            paths += ["/api/documents/\(id)", "/api/chain/\(id)", "/documents/\(id)", "/documents/\(id)/chain",
                      "/api/documents/\(id)/file"]
        }
        for path in paths {
            let (x, y) = (try await a.get(path), try await b.get(path))
            #expect(x.status == 200, "\(path): \(x.text.prefix(200))")
            #expect(x.status == y.status, "\(path)")
            // The two imports ran one after the other: their times may differ by a second.
            #expect(Self.withoutImportTimes(x.text) == Self.withoutImportTimes(y.text), "\(path)")
        }
        #expect(try await b.get("/api/documents/999999").status == 404)

        // An upload, archived and its citations resolved, on both.
        let letter = Data(WriteAPITests.sample.utf8)
        for http in [a, b] {
            let answer = try await http.post("/api/documents?name=cv-88.txt", letter, headers: ["X-API-Key": WebFixture.key])
            #expect(answer.status == 201, "\(answer.text.prefix(300))")
        }
        #expect(try await a.get("/api/documents").text == b.get("/api/documents").text)
    }

    /// `text` with each `"importedAt":"…"` value blanked.
    static func withoutImportTimes(_ text: String) -> String {
        text.replacing(/"importedAt":"[^"]*"/, with: #""importedAt":"""#)
    }
}
