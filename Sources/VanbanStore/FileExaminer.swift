import Foundation
import VanbanKit
import VanbanRecord
import VanbanRules
import VanbanText

/// What a worker does with one path: reads it, hashes it, asks the archive whether it knows
/// the content, and extracts the record only when it must.
struct FileExaminer: Sendable {
    let store: any ArchiveStore
    let options: ImportOptions

    enum Finding: Sendable {
        /// Known, unchanged, at the same path: nothing to write. `failed` when it is a known failure.
        case unchanged(failed: Bool)
        case change(ArchiveChange)
    }

    func examine(_ path: String) -> Finding {
        let fingerprint = FileFingerprint.of(path: path)
        let content = read(path, fingerprint)
        if !options.force, let sha256 = content.sha256, let known = try? store.file(withContent: sha256),
           !mustRetry(known) {
            if known.path == path, known.fingerprint == fingerprint { return .unchanged(failed: known.status == .failed) }
            return .change(.move(sha256: sha256, path: path, fingerprint: fingerprint))
        }
        return .change(.store(extract(path, content, fingerprint)))
    }

    /// The file read and extracted, whatever the archive holds.
    func extract(_ path: String) -> ExtractedFile {
        let fingerprint = FileFingerprint.of(path: path)
        return extract(path, read(path, fingerprint), fingerprint)
    }

    private func mustRetry(_ known: StoredFile) -> Bool {
        guard known.status == .failed else { return false }
        return options.retryFailed || known.extractor != options.extractor
            || ImportOptions.transientErrors.contains(known.error?.code ?? "")
    }

    private struct Content {
        /// The bytes, when the file is within the size limit and could be read.
        var data: Data?
        var sha256: String?
    }

    private func read(_ path: String, _ fingerprint: FileFingerprint?) -> Content {
        let limit = options.limits.maxFileBytes
        if let fingerprint, fingerprint.size > limit { return Content(data: nil, sha256: streamedHash(path)) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return Content() }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: limit + 1) ?? Data() else { return Content() }
        if data.count > limit { return Content(data: nil, sha256: streamedHash(path)) }
        return Content(data: data, sha256: SHA256.hex(data))
    }

    /// The hash of a file too large to hold, read a MiB at a time.
    private func streamedHash(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(chunk) }
        } catch {
            return nil
        }
        return hasher.finalizeHex()
    }

    private func extract(_ path: String, _ content: Content, _ fingerprint: FileFingerprint?) -> ExtractedFile {
        let pipeline = DocumentPipeline(limits: options.limits)
        let name = (path as NSString).lastPathComponent
        var record: Record
        var text: String?
        if let data = content.data {
            let extraction = pipeline.extract(data, source: Source(file: name, path: path), sha256: content.sha256)
            record = extraction.record
            text = extraction.text
        } else {
            record = pipeline.record(forFileAt: path)
            if record.source.sha256 == nil { record.source.sha256 = content.sha256 }
        }
        return ExtractedFile(record: record, text: text, fingerprint: fingerprint, extractor: options.extractor)
    }
}
