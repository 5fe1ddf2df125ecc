import VanbanRecord
import VanbanText

/// How `ArchiveImporter` reads files.
public struct ImportOptions: Sendable {
    /// Files read at once.
    public var jobs: Int
    /// Read every file again, even unchanged ones.
    public var force: Bool
    /// Read again every file that failed before, even with the same extractor.
    public var retryFailed: Bool
    /// Most files written in one transaction.
    public var batchSize: Int
    /// Most bytes of records and texts held for one transaction; a batch is written when
    /// either limit is reached.
    public var batchBytes: Int
    /// Longest wait, in seconds, before what was read is written.
    public var flushInterval: Double
    /// How files are read: limits, OCR, worker processes or threads.
    public var settings: WorkerSettings
    /// Runs that may end while reading one file before the file is stored `crashed` unread.
    public var maxAttempts: Int
    /// Names the extractor (version, build, limits) in `StoredFile.extractor`. A file that
    /// failed under another extractor is read again.
    public var extractor: String
    /// Paths never read (`StoredPath`s), with their SQLite companions (the archive's own files).
    public var excluded: [String]
    /// Follow links to files wherever they lead; by default only those whose target is inside
    /// one of the folders imported (`ImportSummary.outsideLinks` counts the others).
    public var followLinks: Bool
    /// Count the files first (on another thread), for a progress bar with an ETA.
    public var countFiles: Bool
    /// Work done after each batch is written, on the writing thread (vanban ingest resolves
    /// the citations of what arrived). An error stops the import as a write error would.
    public var afterWrite: (@Sendable () throws -> Void)?

    public init(jobs: Int = 2, force: Bool = false, retryFailed: Bool = false, batchSize: Int = 200,
                batchBytes: Int = 64 << 20, flushInterval: Double = 1,
                settings: WorkerSettings = WorkerSettings(searchText: true, isolation: .inProcess),
                maxAttempts: Int = 2, extractor: String,
                excluded: [String] = [], followLinks: Bool = false, countFiles: Bool = true,
                afterWrite: (@Sendable () throws -> Void)? = nil) {
        self.jobs = max(jobs, 1)
        self.force = force
        self.retryFailed = retryFailed
        self.batchSize = max(batchSize, 1)
        self.batchBytes = batchBytes
        self.flushInterval = flushInterval
        self.settings = settings
        self.maxAttempts = max(maxAttempts, 1)
        self.extractor = extractor
        self.excluded = excluded
        self.followLinks = followLinks
        self.countFiles = countFiles
        self.afterWrite = afterWrite
    }

    /// Error codes of failures that may pass on their own; such files are always read again.
    public static let transientErrors: Set<String> = ["unreadable", "timeout"]
}
