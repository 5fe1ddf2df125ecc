import Foundation

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

    /// The fingerprint of the regular file at `path` (links followed), or nil when there is none.
    public static func of(path: String) -> FileFingerprint? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        var info = attributes
        if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            let target = (path as NSString).resolvingSymlinksInPath
            guard let resolved = try? FileManager.default.attributesOfItem(atPath: target) else { return nil }
            info = resolved
        }
        guard info[.type] as? FileAttributeType == .typeRegular else { return nil }
        let size = (info[.size] as? NSNumber)?.intValue ?? 0
        let modified = (info[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return FileFingerprint(size: size, modified: modified)
    }
}
