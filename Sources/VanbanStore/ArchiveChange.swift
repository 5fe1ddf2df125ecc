import VanbanRecord

/// One change to the archive, as the single writer applies it.
public enum ArchiveChange: Sendable {
    /// A file was read: store its record at `record.source.path`, replacing whatever that
    /// path or that content held before.
    case store(ExtractedFile)
    /// Content the archive already holds was found at `path`: move the stored file there
    /// (a renamed or moved file), or only refresh its fingerprint when the path is the same.
    /// Nothing is read again.
    case move(sha256: String, path: String, fingerprint: FileFingerprint?)

    /// What a change did.
    public enum Outcome: Sendable, Equatable {
        /// The record was written (a new file, a changed one, or one read again).
        case stored(id: Int64)
        /// The stored file now has the new path.
        case moved(id: Int64)
        /// The stored file was already at that path.
        case unchanged(id: Int64)
        /// The same content is still at `of`, where the archive has it: this copy is not stored.
        case duplicate(of: String)
        /// The content to move is no longer stored (another change of the batch replaced it):
        /// the file must be read and stored instead.
        case missing
    }

    /// The path the change is about.
    public var path: String {
        switch self {
        case let .store(file): return file.record.source.path
        case let .move(_, path, _): return path
        }
    }
}
