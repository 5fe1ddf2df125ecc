import ArgumentParser
import Foundation
import VanbanGraph
import VanbanPostgres
import VanbanIngest
import VanbanRecord
import VanbanStore
import VanbanWeb

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the archive on the web: a JSON API (/api, described at /openapi.json) and pages in Vietnamese.",
        discussion: """
        Pages: / the register (search without diacritics finds words with them), \
        /documents/ID a document beside its fields, /documents/ID/chain its citation chain, \
        /check the check report, /lookup a draft's citations looked up in the archive.

        The server listens on loopback (127.0.0.1:8080) unless --listen names another address. \
        Uploads (POST /api/documents) need the key in --api-key-file, sent as \
        "Authorization: Bearer KEY" or "X-API-Key: KEY"; without --api-key-file the archive is \
        opened read-only and takes no uploads. With --read-key every request needs the key. \
        Uploaded files are kept in --upload-dir (default: the archive's name + ".files"; for \
        a PostgreSQL archive, vanban.files in the working folder). --db postgres://… serves a \
        PostgreSQL archive, the same pages and API.

        Exit status: 0 when stopped by SIGINT or SIGTERM, 1 when the archive cannot be opened \
        or the address cannot be bound, 64 on a usage error.
        """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Address and port to listen on (HOST:PORT, or PORT on loopback).", valueName: "address"))
    var listen = "127.0.0.1:8080"

    @Option(name: .customLong("api-key-file"), help: ArgumentHelp("A file holding the API key uploads need.", valueName: "file"))
    var apiKeyFile: String?

    @Flag(name: .customLong("read-key"), help: "Reads need the API key too.")
    var readKey = false

    @Option(name: .customLong("upload-dir"), help: ArgumentHelp("Where uploaded files are kept.", valueName: "folder"))
    var uploadDir: String?

    @Option(name: .customLong("max-upload"), help: "Largest upload or file to extract, in MB.")
    var maxUploadMB = 50

    @Option(name: .customLong("body-timeout"), help: "Seconds a client gets to send a whole request body.")
    var bodyTimeout = 30.0

    @Flag(name: .customLong("no-register-cache"),
          help: "Read the register's count and a search's matches every time (by default they are kept until the archive changes).")
    var noRegisterCache = false

    @OptionGroup var limits: LimitOptions
    @OptionGroup var ocr: OCROptionGroup
    @OptionGroup var isolation: IsolationOptions

    func validate() throws {
        _ = try address()
        if readKey && apiKeyFile == nil { throw ValidationError("--read-key needs --api-key-file") }
        if maxUploadMB < 1 { throw ValidationError("--max-upload must be at least 1 (MB)") }
        if !(bodyTimeout > 0 && bodyTimeout.isFinite) { throw ValidationError("--body-timeout must be a positive number of seconds") }
    }

    /// `--listen` as host and port.
    func address() throws -> (host: String, port: Int) {
        var host = "127.0.0.1"
        var portText = listen
        if let colon = listen.lastIndex(of: ":") {
            host = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            portText = String(listen[listen.index(after: colon)...])
        }
        guard let port = Int(portText), (0...65535).contains(port), !host.isEmpty else {
            throw ValidationError("--listen: not HOST:PORT: \(listen)")
        }
        return (host, port)
    }

    func run() throws {
        var key: String?
        if let apiKeyFile {
            guard let text = try? String(contentsOfFile: apiKeyFile, encoding: .utf8) else {
                throw ValidationError("--api-key-file: cannot read \(apiKeyFile)")
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.count >= 16 else { throw ValidationError("--api-key-file: the key must have at least 16 characters") }
            key = trimmed
        }
        let (host, port) = try address()
        let dbPath = store.path
        let settings = WorkerSettings(limits: limits.extractionLimits, ocr: ocr.options(files: Int.max, jobs: 2),
                                      searchText: true, isolation: isolation.isolation,
                                      memoryLimit: isolation.workerMemoryMB << 20)
        let stamp = ExtractorStamp.make(limits: limits, ocr: ocr)
        let folder = uploadDir ?? (store.isPostgres ? "vanban.files" : dbPath + ".files")
        var configuration = WebConfiguration(host: host, port: port, apiKey: key, keyForReads: readKey,
                                             maxUploadBytes: maxUploadMB << 20, bodyTimeout: bodyTimeout,
                                             uploadFolder: StoredPath.absolute(folder), extraction: settings, extractor: stamp)
        configuration.extraction.searchText = false
        let web: any WebArchive
        do {
            if store.isPostgres {
                let archive = try PostgresArchive(url: dbPath, migrate: key != nil, parts: [GraphSchema.postgresPart])
                if key == nil { GraphRefresh.resolvePending(PostgresGraphDatabase(archive)) }
                let options = ImportOptions(jobs: 1, settings: settings, extractor: stamp, countFiles: false)
                web = PostgresWebArchive(archive: archive, importOptions: key != nil ? options : nil)
            } else if key != nil {
                let archive = try SQLiteArchive(path: dbPath, create: false, parts: [GraphSchema.part])
                let options = ImportOptions(jobs: 1, settings: settings, extractor: stamp,
                                            excluded: [StoredPath.string(text: dbPath)], countFiles: false)
                web = SQLiteWebArchive(archive: archive, importOptions: options, registerCache: noRegisterCache ? nil : RegisterCache())
            } else {
                let archive = try SQLiteArchive(readingAt: dbPath, parts: [GraphSchema.part])
                GraphRefresh.resolvePending(archive)
                web = SQLiteWebArchive(archive: archive, importOptions: nil, registerCache: noRegisterCache ? nil : RegisterCache())
            }
        } catch {
            Terminal.error("vanban: \(store.name): \(error)")
            throw ExitCode(1)
        }
        let server = WebServer(archive: web, configuration: configuration)
        let outcome = ServeOutcome()
        Task {
            do {
                try await server.run { port in
                    Terminal.error("vanban: serving \(store.name) on http://\(host):\(port)/\(web.isWritable ? " (uploads on)" : "")")
                }
            } catch {
                outcome.finish(error)
            }
            outcome.finish(nil)
        }
        if let error = outcome.wait() {
            Terminal.error("vanban: serve: \(error)")
            throw ExitCode(1)
        }
    }
}

/// How the server's task ended, handed to the waiting command.
private final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var error: (any Error)?
    private var finished = false

    func finish(_ error: (any Error)?) {
        lock.lock()
        defer { lock.unlock() }
        if finished { return }
        finished = true
        self.error = error
        done.signal()
    }

    func wait() -> (any Error)? {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return error
    }
}
