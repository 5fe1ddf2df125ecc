/// Why the archive could not be used, with a stable code.
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// There is no archive at the path given (and none was to be created).
        case missing
        /// The archive was written by a newer vanban.
        case newerSchema = "newer-schema"
        /// A query that cannot be asked (e.g. a text search with no word in it).
        case invalidQuery = "invalid-query"
        /// The archive's schema is older than this vanban's and lacks what a reading command needs.
        case needsUpgrade = "needs-upgrade"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
