import Foundation
import VanbanStore

/// The single writer of an import: gathers what the workers found into batches and writes
/// each batch in one transaction, counting what happened in the summary.
struct BatchWriter {
    let store: any ArchiveStore
    let examiner: FileExaminer
    let options: ImportOptions
    private(set) var summary = ImportSummary()
    private var batch: [ArchiveChange] = []
    private var batchBytes = 0
    private(set) var lastWrite = Date()
    /// Reads again the files whose content was displaced within a batch (made when needed).
    private var worker: (any ExtractionWorker)?

    init(store: any ArchiveStore, examiner: FileExaminer, options: ImportOptions) {
        self.store = store
        self.examiner = examiner
        self.options = options
    }

    mutating func add(_ finding: FileExaminer.Finding) {
        switch finding {
        case let .unchanged(failed):
            if failed { summary.knownFailures += 1 } else { summary.unchanged += 1 }
        case let .change(change):
            batch.append(change)
            if case let .store(file) = change { batchBytes += file.weight }
        }
        summary.pending = batch.count
    }

    /// Writes the batch when it is full or has waited long enough.
    mutating func writeIfDue() throws {
        if batch.count >= options.batchSize || batchBytes >= options.batchBytes
            || Date().timeIntervalSince(lastWrite) >= options.flushInterval {
            try write()
        }
    }

    /// Writes the batch in one transaction. Content that another change of the batch
    /// displaced before it could be moved is read again and written in a second one.
    mutating func write() throws {
        defer { lastWrite = Date() }
        guard !batch.isEmpty else { return }
        let outcomes = try store.commit(batch)
        var missing: [ArchiveChange] = []
        for (change, outcome) in zip(batch, outcomes) {
            if outcome == .missing {
                if worker == nil { worker = options.settings.makeWorker() }
                missing.append(.store(try examiner.extract(change.path, with: worker!)))
            } else {
                count(change, outcome)
            }
        }
        batch = []
        batchBytes = 0
        summary.pending = 0
        for (change, outcome) in zip(missing, try store.commit(missing)) { count(change, outcome) }
        try options.afterWrite?()
    }

    /// Ends the writer's own worker, if it made one.
    func close() {
        worker?.close()
    }

    private mutating func count(_ change: ArchiveChange, _ outcome: ArchiveChange.Outcome) {
        switch outcome {
        case .stored:
            if case let .store(file) = change, file.record.status == .failed { summary.failed += 1 } else { summary.ok += 1 }
        case .moved: summary.moved += 1
        case .unchanged: summary.unchanged += 1
        case .duplicate: summary.duplicates += 1
        case .missing: break
        }
    }
}
