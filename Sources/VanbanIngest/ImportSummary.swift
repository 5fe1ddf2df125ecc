/// What one run of `ArchiveImporter` did.
public struct ImportSummary: Sendable, Equatable {
    /// Files read and stored as documents.
    public var ok = 0
    /// Files read that failed (stored with their error).
    public var failed = 0
    /// Files the archive already held at the same path, unchanged: not read.
    public var unchanged = 0
    /// Files that failed before under the same extractor, unchanged: not read.
    public var knownFailures = 0
    /// Files the archive held under another path, now moved there: not read.
    public var moved = 0
    /// Copies of content the archive holds at another path that still exists: not stored.
    public var duplicates = 0
    /// Files read whose change is not written yet (while the run goes on; 0 at its end).
    public var pending = 0
    /// Links to files outside the folders imported, not followed (not counted in `files`).
    public var outsideLinks = 0
    /// Roots or folders that could not be read, with why.
    public var problems: [String] = []
    /// Seconds the run took.
    public var seconds = 0.0

    public init() {}

    /// Every file met.
    public var files: Int { ok + failed + skipped }
    /// Files not read.
    public var skipped: Int { unchanged + knownFailures + moved + duplicates }
}
