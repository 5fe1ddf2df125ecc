import Foundation
import VanbanRecord

/// A file's size and modification time: how the archive tells, without reading it, that a
/// file it knows is still where it was and unchanged.
public struct FileFingerprint: Sendable, Equatable {
    public var size: Int
    /// Seconds since 1970.
    public var modified: Double

    public init(size: Int, modified: Double) {
        self.size = size
        self.modified = modified
    }

    /// The fingerprint of the regular file at `path` (a `StoredPath`; links followed), or nil
    /// when there is none.
    public static func of(path: String) -> FileFingerprint? {
        var info = stat()
        guard StoredPath.withCString(path, { stat($0, &info) }) == 0 else { return nil }
        return of(info)
    }

    /// The fingerprint `info` (from `stat` or `fstat`) gives, nil when it is not a regular file.
    public static func of(_ info: stat) -> FileFingerprint? {
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        // As Foundation's modificationDate computes it, so that fingerprints stored by earlier
        // versions (through FileManager) compare equal.
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        let modified = Date(timeIntervalSinceReferenceDate: Double(time.tv_sec) - Date.timeIntervalBetween1970AndReferenceDate
                            + Double(time.tv_nsec) / 1_000_000_000).timeIntervalSince1970
        return FileFingerprint(size: Int(info.st_size), modified: modified)
    }
}
