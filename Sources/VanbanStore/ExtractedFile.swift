import VanbanRules
import VanbanRecord

/// A file read by the pipeline, ready for the writer: its record, its text, and what the
/// writer would otherwise compute on its own thread (the JSON line, the folded search text).
public struct ExtractedFile: Sendable {
    public let record: Record
    /// The document text the rules saw (what `vanban text` prints), when it was read.
    public let text: String?
    public var fingerprint: FileFingerprint?
    /// Which extractor produced the record (see `StoredFile.extractor`).
    public var extractor: String
    /// The record as one line of JSON.
    public let recordJSON: String
    /// The subject and the text folded for diacritic-insensitive search.
    public let foldedSubject: String?
    public let foldedText: String?

    public init(record: Record, text: String?, fingerprint: FileFingerprint?, extractor: String) {
        self.record = record
        self.text = text
        self.fingerprint = fingerprint
        self.extractor = extractor
        recordJSON = record.jsonLine
        foldedSubject = record.subject.map { VietnameseText.fold($0) }
        foldedText = text.map { VietnameseText.fold($0) }
    }

    /// A file whose JSON line and folded search text were made elsewhere (by a worker process).
    public init(record: Record, recordJSON: String, text: String?, foldedSubject: String?, foldedText: String?,
                fingerprint: FileFingerprint?, extractor: String) {
        self.record = record
        self.recordJSON = recordJSON
        self.text = text
        self.foldedSubject = foldedSubject
        self.foldedText = foldedText
        self.fingerprint = fingerprint
        self.extractor = extractor
    }

    /// Roughly the memory the file holds while it waits for the writer, in bytes.
    public var weight: Int {
        recordJSON.utf8.count + (text?.utf8.count ?? 0) + (foldedText?.utf8.count ?? 0) + (foldedSubject?.utf8.count ?? 0)
    }
}
