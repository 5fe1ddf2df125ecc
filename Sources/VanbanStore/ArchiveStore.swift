import VanbanRecord

/// The archive behind a small protocol: what `vanban ingest` writes through and what
/// `query`, `show`, `export` and `failures` read. `SQLiteArchive` is the embedded default.
///
/// A stored file is identified by its path and by its content (SHA-256): one content is one
/// file and, when it was read, one document with the same id.
public protocol ArchiveStore: Sendable {
    /// The stored file whose content has this SHA-256, if any.
    func file(withContent sha256: String) throws -> StoredFile?

    /// The stored file at `path`, if any.
    func file(atPath path: String) throws -> StoredFile?

    /// Records, durably, that the file with this content is about to be read, and returns how
    /// many earlier reads of it never ended in a stored record (runs that died while reading
    /// it). Storing a record for the content clears the count.
    func beginAttempt(sha256: String, path: String) throws -> Int

    /// Applies `changes` in one transaction, all of them or none, and returns one outcome
    /// per change, in order.
    func commit(_ changes: [ArchiveChange]) throws -> [ArchiveChange.Outcome]

    /// Calls `body` with each document that matches `query`, by date then id.
    func documents(matching query: DocumentQuery, _ body: (StoredFile) throws -> Void) throws

    /// Calls `body` with each stored file (only those of `status` when given), by path.
    func files(status: Record.Status?, _ body: (StoredFile) throws -> Void) throws

    /// The files of one document (`Rendition`), the one that speaks for it first: the
    /// document is given by its id or by the id of any of its files. Empty when `id` is no
    /// file read successfully.
    func renditions(of id: Int64) throws -> [StoredFile]
}
