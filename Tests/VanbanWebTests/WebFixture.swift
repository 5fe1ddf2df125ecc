import Foundation
import VanbanGraph
import VanbanIngest
import VanbanStore
import VanbanTestSupport
import VanbanWeb

/// An archive of the six fixture letters (they cite each other, one number is borne in two
/// years, two documents cited are outside the archive), read by the real pipeline, and a
/// server over it on a free loopback port.
final class WebFixture: @unchecked Sendable {
    static let letters = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/letters").path
    static let key = "test-key-0123456789abcdef"

    let folder: TemporaryFolder
    let archive: SQLiteArchive
    let http: RawHTTP
    private let server: Task<Void, any Error>

    /// `configure` adjusts the server's configuration (limits, key) before it starts.
    init(writable: Bool = true, configure: (inout WebConfiguration) -> Void = { _ in }) async throws {
        folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        let settings = WorkerSettings(searchText: true, isolation: .inProcess)
        let options = ImportOptions(jobs: 1, settings: settings, extractor: "test", countFiles: false)
        let writer = try SQLiteArchive(path: path, parts: [GraphSchema.part])
        _ = try ArchiveImporter(store: writer, options: options).run([WebFixture.letters])
        _ = try CitationResolver(archive: writer).resolvePending()
        archive = writer
        var configuration = WebConfiguration(host: "127.0.0.1", port: 0, apiKey: WebFixture.key,
                                             uploadFolder: folder.file("uploads"), extraction: settings, extractor: "test")
        configure(&configuration)
        let web = SQLiteWebArchive(archive: writer, importOptions: writable ? options : nil)
        let server = WebServer(archive: web, configuration: configuration)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        self.server = Task { try await server.run(quiet: true) { port in continuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw RawHTTP.RawHTTPError("the server did not start") }
        http = RawHTTP(port: port)
    }

    deinit { server.cancel() }

    /// The id of the archived document of this number and year.
    func id(_ number: String, year: Int) throws -> Int64 {
        var found: [Int64] = []
        try archive.documents(matching: DocumentQuery(from: "\(year)-01-01", to: "\(year)-12-31", number: number)) { found.append($0.id) }
        guard found.count == 1 else { throw RawHTTP.RawHTTPError("\(found.count) documents \(number) of \(year)") }
        return found[0]
    }

    /// A fixture letter's bytes.
    static func letter(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: letters + "/" + name))
    }
}
