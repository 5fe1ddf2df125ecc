import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// `vanban serve`: the JSON API, `/openapi.json` and the pages over one archive.
///
/// ```swift
/// let server = try WebServer(archive: SQLiteWebArchive(archive: archive, importOptions: nil), configuration: configuration)
/// try await server.run { port in print("listening on \(port)") }
/// ```
public struct WebServer: Sendable {
    public let archive: any WebArchive
    public let configuration: WebConfiguration

    public init(archive: any WebArchive, configuration: WebConfiguration) {
        self.archive = archive
        self.configuration = configuration
    }

    /// The routes, in the order the API document lists them.
    public func router() throws -> Router<BasicRequestContext> {
        let pages = try PageRenderer()
        let keys = KeyCheck(key: configuration.apiKey, forReads: configuration.keyForReads)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorMiddleware(pages: pages))
        router.add(middleware: ReadKeyMiddleware(keys: keys))
        let reading = BlockingWork(width: 4, name: "vanban-serve-read")
        let work = BlockingWork(width: 2, name: "vanban-serve-extract")
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        APIRoutes(archive: archive, configuration: configuration, keys: keys, work: work, reading: reading).add(to: router)
        PageRoutes(archive: archive, configuration: configuration, pages: pages, reading: reading).add(to: router)
        return router
    }

    /// Serves until the task is cancelled or the process gets SIGINT or SIGTERM; `ready` is
    /// called with the port once the server listens. `quiet` logs only what is critical (tests).
    public func run(quiet: Bool = false, ready: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "vanban-serve")
        if quiet { logger.logLevel = .critical }
        var http = HTTP1Channel.Configuration()
        http.idleTimeout = .milliseconds(Int64(configuration.idleTimeout * 1000))
        let app = Application(
            router: try router(),
            server: .http1(configuration: http),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "vanban"),
            onServerRunning: { channel in await ready(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        try await app.runService()
    }
}
