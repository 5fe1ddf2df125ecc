import VanbanIngest

/// How `vanban serve` runs: where it listens, who may read and write, and its limits.
public struct WebConfiguration: Sendable {
    /// The address to bind (loopback unless asked otherwise) and its port (0: any free port).
    public var host: String
    public var port: Int
    /// The key writes need (`Authorization: Bearer KEY` or `X-API-Key: KEY`); nil: no writes.
    public var apiKey: String?
    /// Whether reads need the key too.
    public var keyForReads: Bool
    /// Largest file `POST /api/extract` and `POST /api/documents` take.
    public var maxUploadBytes: Int
    /// Largest draft `POST /api/citations/lookup` takes, and most citations it looks up.
    public var maxDraftBytes: Int
    public var maxLookupCitations: Int
    /// Seconds a client gets to send a whole body; a connection idle this long is closed.
    public var bodyTimeout: Double
    public var idleTimeout: Double
    /// Where uploaded files are kept (the archive points at them).
    public var uploadFolder: String
    /// How uploaded files are read (worker processes in `vanban serve`).
    public var extraction: WorkerSettings
    /// The extractor stamp stored with uploaded files' records.
    public var extractor: String
    /// Documents per page, by default and at most.
    public var pageSize: Int
    public var maxPageSize: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, apiKey: String? = nil, keyForReads: Bool = false,
                maxUploadBytes: Int = 50 << 20, maxDraftBytes: Int = 1 << 20, maxLookupCitations: Int = 500,
                bodyTimeout: Double = 30, idleTimeout: Double = 60, uploadFolder: String,
                extraction: WorkerSettings, extractor: String, pageSize: Int = 50, maxPageSize: Int = 200) {
        self.host = host
        self.port = port
        self.apiKey = apiKey
        self.keyForReads = keyForReads
        self.maxUploadBytes = maxUploadBytes
        self.maxDraftBytes = maxDraftBytes
        self.maxLookupCitations = maxLookupCitations
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.uploadFolder = uploadFolder
        self.extraction = extraction
        self.extractor = extractor
        self.pageSize = pageSize
        self.maxPageSize = maxPageSize
    }
}
