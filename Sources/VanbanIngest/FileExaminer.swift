import Foundation
import VanbanKit
import VanbanRecord
import VanbanStore
import VanbanText

/// What an import thread does with one path: asks the archive whether it holds the file
/// unchanged, reads and hashes it, asks whether the archive holds the content elsewhere, and
/// only then records the attempt and hands the file to its worker.
public struct FileExaminer: Sendable {
    public let store: any ArchiveStore
    public let options: ImportOptions

    public init(store: any ArchiveStore, options: ImportOptions) {
        self.store = store
        self.options = options
    }

    public enum Finding: Sendable {
        /// Known, unchanged, at the same path: nothing to write. `failed` when it is a known failure.
        case unchanged(failed: Bool)
        case change(ArchiveChange)
    }

    /// What to do with the file at `path`: nothing, move what the archive holds, or store it read by `worker`.
    public func examine(_ path: String, with worker: any ExtractionWorker) throws -> Finding {
        let fingerprint = FileFingerprint.of(path: path)
        // The same path, size and modification time: the file is not read at all.
        if !options.force, let fingerprint, let known = try store.file(atPath: path), known.fingerprint == fingerprint,
           !mustRetry(known) {
            return .unchanged(failed: known.status == .failed)
        }
        let content = DocumentPipeline(limits: options.settings.limits).read(path: path)
        if !options.force, let sha256 = content.source.sha256, let known = try store.file(withContent: sha256),
           !mustRetry(known) {
            if known.path == path, known.fingerprint == fingerprint { return .unchanged(failed: known.status == .failed) }
            return .change(.move(sha256: sha256, path: path, fingerprint: fingerprint))
        }
        return .change(.store(try extract(content, fingerprint, with: worker)))
    }

    /// The file read and extracted, whatever the archive holds.
    public func extract(_ path: String, with worker: any ExtractionWorker) throws -> ExtractedFile {
        let content = DocumentPipeline(limits: options.settings.limits).read(path: path)
        return try extract(content, FileFingerprint.of(path: path), with: worker)
    }

    private func extract(_ content: DocumentPipeline.FileContent, _ fingerprint: FileFingerprint?,
                         with worker: any ExtractionWorker) throws -> ExtractedFile {
        var file: ExtractedFile
        if content.data != nil, let sha256 = content.source.sha256 {
            let earlier = try store.beginAttempt(sha256: sha256, path: content.source.path)
            if earlier >= options.maxAttempts {
                file = .failed(content.source, code: TextExtractionError.Code.crashed.rawValue, message: """
                    \(earlier) earlier runs ended while reading this file; it is not read again \
                    (vanban ingest --retry-failed reads it)
                    """)
            } else {
                file = worker.extract(content)
            }
        } else {
            file = worker.extract(content)
        }
        file.fingerprint = fingerprint
        file.extractor = options.extractor
        return file
    }

    private func mustRetry(_ known: StoredFile) -> Bool {
        guard known.status == .failed else { return false }
        return options.retryFailed || known.extractor != options.extractor
            || ImportOptions.transientErrors.contains(known.error?.code ?? "")
    }
}
