import Foundation
import VanbanIngest
import VanbanKit
import VanbanPostgres
import VanbanRecord
import VanbanStore
import VanbanText

/// One `vanban worker`: claims batches from the archive's work queue, reads each file as
/// `vanban ingest` would (the same examiner: unchanged files skipped, moved content moved,
/// the rest read in an isolated worker process), and writes the batch's records with its
/// completion in one transaction. Files are read one at a time: run one worker a core.
public final class QueueWorker {
    public struct Options: Sendable {
        /// How files are read and stamped (`ImportOptions.jobs` is not used: one file at a time).
        public var reading: ImportOptions
        /// Files claimed at once.
        public var batchSize: Int
        /// Seconds a claim holds before another worker may take the files over; renewed after
        /// each file read.
        public var lease: Double
        /// Claims of a file (its earlier workers died) after which it is stored failed
        /// `crashed` without being read.
        public var maxAttempts: Int
        /// Return when no file is waiting or being read, instead of waiting for more.
        public var exitWhenEmpty: Bool
        /// The job that follows batches (citation resolution), run in a transaction of its own
        /// after each batch is written and when the queue is idle, with `wait` false: it may
        /// leave the work to another worker's run; with `wait` true once before an
        /// `exitWhenEmpty` worker returns, so that what it wrote is resolved. Its errors are
        /// reported (`Summary.jobErrors`), never fatal: the records are stored already.
        public var afterBatches: (@Sendable (_ wait: Bool) throws -> Void)?

        public init(reading: ImportOptions, batchSize: Int = 20, lease: Double = 120, maxAttempts: Int = 3,
                    exitWhenEmpty: Bool = false, afterBatches: (@Sendable (_ wait: Bool) throws -> Void)? = nil) {
            self.reading = reading
            self.batchSize = max(batchSize, 1)
            self.lease = max(lease, 1)
            self.maxAttempts = max(maxAttempts, 1)
            self.exitWhenEmpty = exitWhenEmpty
            self.afterBatches = afterBatches
        }
    }

    /// What one worker did.
    public struct Summary: Sendable, Equatable {
        public var batches = 0
        public var ok = 0
        public var failed = 0
        /// Files the archive held unchanged, moved or as duplicates: nothing read.
        public var skipped = 0
        /// Batches lost to another worker (the lease ran out first): nothing written for them.
        public var lost = 0
        /// Files given back unread (the worker was told to stop).
        public var released = 0
        public var seconds = 0.0
        /// Where the time went: claiming batches and renewing leases, reading files
        /// (hashing, extraction), writing records with the batch's completion, waiting for work.
        public var queueSeconds = 0.0
        public var readSeconds = 0.0
        public var writeSeconds = 0.0
        public var waitSeconds = 0.0
        /// Time in the job after batches (`Options.afterBatches`), how many runs of it failed,
        /// and the first failures' messages (at most 20).
        public var jobSeconds = 0.0
        public var jobFailures = 0
        public var jobErrors: [String] = []
    }

    public let queue: WorkQueue
    public let options: Options
    /// Names this worker in the queue's rows: host and process id.
    public let id: String

    public init(queue: WorkQueue, options: Options, id: String = QueueWorker.defaultID) {
        self.queue = queue
        self.options = options
        self.id = id
    }

    /// `host:pid`.
    public static var defaultID: String {
        ProcessInfo.processInfo.hostName + ":" + String(ProcessInfo.processInfo.processIdentifier)
    }

    /// Works until the queue is drained (with `exitWhenEmpty`) or `shouldStop` turns true;
    /// then the file being read is finished, the batch's files read so far are written and
    /// the rest given back. `progress` is called after each batch.
    public func run(shouldStop: @escaping () -> Bool = { false },
                    progress: (Summary) -> Void = { _ in }) throws -> Summary {
        let start = Date()
        var summary = Summary()
        let examiner = FileExaminer(store: queue.archive, options: options.reading)
        let worker = options.reading.settings.makeWorker()
        defer { worker.close() }
        while !shouldStop() {
            let claiming = Date()
            let claimed = try queue.claim(worker: id, limit: options.batchSize, lease: options.lease)
            summary.queueSeconds += Date().timeIntervalSince(claiming)
            guard let batch = claimed else {
                let waiting = Date()
                defer { summary.waitSeconds += Date().timeIntervalSince(waiting) }
                guard let wait = try queue.nextLeaseEnd() else {
                    if options.exitWhenEmpty { break }
                    runJob(wait: false, &summary)
                    QueueWorker.pause(1, unless: shouldStop)
                    continue
                }
                // Files are being read by others: wait for them to finish, or for a lease to run out.
                QueueWorker.pause(min(max(wait, 0.05), 1), unless: shouldStop)
                continue
            }
            try work(batch, examiner, worker, &summary, shouldStop)
            summary.batches += 1
            runJob(wait: false, &summary)
            summary.seconds = Date().timeIntervalSince(start)
            progress(summary)
        }
        if options.exitWhenEmpty, !shouldStop() { runJob(wait: true, &summary) }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    private func runJob(wait: Bool, _ summary: inout Summary) {
        guard let job = options.afterBatches else { return }
        let started = Date()
        do {
            try job(wait)
        } catch {
            summary.jobFailures += 1
            if summary.jobErrors.count < 20 { summary.jobErrors.append("\(error)") }
        }
        summary.jobSeconds += Date().timeIntervalSince(started)
    }

    private func work(_ batch: WorkQueue.Batch, _ examiner: FileExaminer, _ worker: any ExtractionWorker,
                      _ summary: inout Summary, _ shouldStop: () -> Bool) throws {
        var changes: [ArchiveChange] = []
        var endings: [(WorkQueue.Item, WorkQueue.Ending)] = []
        var unread: [WorkQueue.Item] = []
        for item in batch.items {
            if shouldStop() {
                unread.append(item)
                continue
            }
            if item.attempts > options.maxAttempts {
                let file = crashed(item)
                changes.append(.store(file))
                endings.append((item, WorkQueue.Ending(failed: true, error: file.record.error?.message)))
                continue
            }
            let reading = Date()
            switch try examiner.examine(item.path, with: worker) {
            case let .unchanged(failed):
                endings.append((item, WorkQueue.Ending(failed: failed, error: nil)))
            case let .change(change):
                changes.append(change)
                endings.append((item, ending(of: change)))
            }
            let renewing = Date()
            summary.readSeconds += renewing.timeIntervalSince(reading)
            _ = try queue.renew(batch, lease: options.lease)
            summary.queueSeconds += Date().timeIntervalSince(renewing)
        }
        try queue.release(batch, unread)
        summary.released += unread.count
        let writing = Date()
        defer { summary.writeSeconds += Date().timeIntervalSince(writing) }
        guard var outcomes = try queue.finish(batch, changes: changes, results: endings) else {
            summary.lost += 1
            return
        }
        // Content another change of the batch displaced before it could be moved: read and
        // written again (as `vanban ingest` does), its queue row already marked.
        let missing = zip(changes, outcomes).filter { $0.1 == .missing }.map(\.0)
        if !missing.isEmpty {
            let again = try missing.map { ArchiveChange.store(try examiner.extract($0.path, with: worker)) }
            outcomes += try queue.archive.commit(again)
        }
        for (change, outcome) in zip(changes + missing, outcomes) {
            switch outcome {
            case .stored:
                if case let .store(file) = change, file.record.status == .failed { summary.failed += 1 } else { summary.ok += 1 }
            case .moved, .unchanged, .duplicate: summary.skipped += 1
            case .missing: break
            }
        }
        summary.skipped += endings.count - changes.count
    }

    private func ending(of change: ArchiveChange) -> WorkQueue.Ending {
        guard case let .store(file) = change, file.record.status == .failed else { return WorkQueue.Ending(failed: false, error: nil) }
        return WorkQueue.Ending(failed: true, error: file.record.error.map { "\($0.code): \($0.message)" })
    }

    /// The failed record of a file whose every claim ended with its worker gone.
    private func crashed(_ item: WorkQueue.Item) -> ExtractedFile {
        let content = DocumentPipeline(limits: options.reading.settings.limits).read(path: item.path)
        let record = Record.failed(content.source, code: TextExtractionError.Code.crashed.rawValue, message: """
            \(item.attempts - 1) workers ended while holding this file; it is not read again \
            (vanban ingest --enqueue queues it again)
            """)
        return ExtractedFile(record: record, text: nil, fingerprint: FileFingerprint.of(path: item.path),
                             extractor: options.reading.extractor)
    }

    /// Sleeps `seconds` in steps of a tenth, returning early when `stop` turns true.
    private static func pause(_ seconds: Double, unless stop: () -> Bool) {
        var left = seconds
        while left > 0, !stop() {
            Thread.sleep(forTimeInterval: min(left, 0.1))
            left -= 0.1
        }
    }
}
