import VanbanRecord

/// One file as the archive holds it: where it is, what it contained, and its record.
public struct StoredFile: Sendable, Equatable {
    /// The file's id, which is also its document's id when it was read.
    public var id: Int64
    public var path: String
    /// Nil only when the file could not be read at all.
    public var sha256: String?
    public var fingerprint: FileFingerprint?
    public var format: String?
    public var status: Record.Status
    public var error: RecordError?
    /// Which extractor (version, build and limits) produced the record.
    public var extractor: String
    /// When the record was written, ISO 8601 in UTC.
    public var importedAt: String
    /// The record exactly as extracted, one line of JSON.
    public var recordJSON: String

    public init(id: Int64, path: String, sha256: String?, fingerprint: FileFingerprint?, format: String?,
                status: Record.Status, error: RecordError?, extractor: String, importedAt: String, recordJSON: String) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.fingerprint = fingerprint
        self.format = format
        self.status = status
        self.error = error
        self.extractor = extractor
        self.importedAt = importedAt
        self.recordJSON = recordJSON
    }

    /// The record, parsed back from `recordJSON`.
    public func record() throws -> Record {
        try Record(json: JSONValue.parse(recordJSON))
    }
}
