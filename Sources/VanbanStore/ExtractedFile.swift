import VanbanRules
import VanbanRecord

/// A file read by the pipeline, ready for the writer: its record, its text, and what the
/// writer would otherwise compute on its own thread (the JSON line, the folded search text).
public struct ExtractedFile: Sendable {
    public let record: Record
    /// The document text the rules saw (what `vanban text` prints), when it was read.
    public let text: String?
    public let fingerprint: FileFingerprint?
    /// Which extractor produced the record (see `StoredFile.extractor`).
    public let extractor: String
    let recordJSON: String
    let foldedSubject: String?
    let foldedText: String?

    public init(record: Record, text: String?, fingerprint: FileFingerprint?, extractor: String) {
        self.record = record
        self.text = text
        self.fingerprint = fingerprint
        self.extractor = extractor
        recordJSON = record.jsonLine
        foldedSubject = record.subject.map { VietnameseText.fold($0) }
        foldedText = text.map { VietnameseText.fold($0) }
    }

    /// Roughly the memory the file holds while it waits for the writer, in bytes.
    var weight: Int {
        recordJSON.utf8.count + (text?.utf8.count ?? 0) + (foldedText?.utf8.count ?? 0) + (foldedSubject?.utf8.count ?? 0)
    }
}
