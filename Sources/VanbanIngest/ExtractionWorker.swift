import Foundation
import VanbanKit
import VanbanRecord
import VanbanRules
import VanbanStore
import VanbanText

/// Reads files for one thread at a time, never failing: whatever happens to the reader, the
/// file gets a record (failed, with a code, when it must).
public protocol ExtractionWorker: AnyObject {
    /// The record (and text) of a file read by `DocumentPipeline.read(path:)`.
    func extract(_ content: DocumentPipeline.FileContent) -> ExtractedFile
    /// Ends the worker (its process, if it has one).
    func close()
}

extension ExtractionWorker {
    /// Reads the file at `path` (a `StoredPath`) and extracts it.
    public func extract(path: String, limits: ExtractionLimits) -> ExtractedFile {
        extract(DocumentPipeline(limits: limits).read(path: path))
    }
}

/// Reads on the calling thread.
final class InProcessWorker: ExtractionWorker {
    let settings: WorkerSettings
    private let pipeline: DocumentPipeline

    init(settings: WorkerSettings) {
        self.settings = settings
        pipeline = DocumentPipeline(limits: settings.limits, ocr: settings.ocr)
    }

    func extract(_ content: DocumentPipeline.FileContent) -> ExtractedFile {
        ExtractedFile(pipeline.extract(content), searchText: settings.searchText)
    }

    func close() {}
}

extension ExtractedFile {
    /// The file for an extraction: with its text, folded for search, when `searchText`; the
    /// record alone otherwise.
    init(_ extraction: DocumentPipeline.Extraction, searchText: Bool) {
        if searchText {
            self.init(record: extraction.record, text: extraction.text, fingerprint: nil, extractor: "")
        } else {
            self.init(record: extraction.record, recordJSON: extraction.record.jsonLine, text: nil,
                      foldedSubject: nil, foldedText: nil, fingerprint: nil, extractor: "")
        }
    }

    /// A failed file.
    static func failed(_ source: Source, code: String, message: String) -> ExtractedFile {
        let record = Record.failed(source, code: code, message: message)
        return ExtractedFile(record: record, recordJSON: record.jsonLine, text: nil, foldedSubject: nil, foldedText: nil,
                             fingerprint: nil, extractor: "")
    }
}
