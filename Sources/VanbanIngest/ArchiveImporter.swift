import Foundation
import VanbanRecord
import VanbanStore

/// `vanban ingest` as a stream: one thread walks the folders, `jobs` threads examine files and
/// hand those to read to a worker each (a process of its own unless `--in-process`), and the
/// calling thread alone writes, in batches of one transaction each. Bounded queues between
/// them keep only a few dozen files in memory, whatever the size of the archive.
///
/// A run that is killed loses at most the batch it was writing; the next run skips what was
/// written (same path, same content) and reads the rest. A file being read when a run died
/// is counted (`ArchiveStore.beginAttempt`): after `maxAttempts` such runs it is stored
/// `crashed` without being read, so that no file can stop every run at the same place.
public struct ArchiveImporter: Sendable {
    public let store: any ArchiveStore
    public let options: ImportOptions

    public init(store: any ArchiveStore, options: ImportOptions) {
        self.store = store
        self.options = options
    }

    /// Imports the files and folders at `roots` (`StoredPath`s). `progress` is called on this thread with the
    /// summary so far and the number of files to import once it is known.
    /// - Throws: the archive's error when a batch cannot be written; what was written stays.
    public func run(_ roots: [String], progress: (ImportSummary, _ total: Int?) -> Void = { _, _ in }) throws -> ImportSummary {
        let start = Date()
        let paths = BoundedQueue<String>(capacity: options.jobs * 2)
        let findings = BoundedQueue<FileExaminer.Finding>(capacity: options.jobs * 2)
        let total = Locked<Int?>(nil)
        let problems = Locked<[String]>([])
        let outsideLinks = Locked(0)
        let workersLeft = Locked(options.jobs)
        let failure = Locked<(any Error)?>(nil)
        let examiner = FileExaminer(store: store, options: options)
        let walker = FileWalker(roots: roots, excluded: options.excluded, followLinks: options.followLinks)
        let threads = DispatchGroup()

        ArchiveImporter.spawn(threads) {
            walker.walk({ paths.put($0) }, problem: { path, why in problems.withLock { $0.append("\(path): \(why)") } },
                        refusedLink: { _ in outsideLinks.withLock { $0 += 1 } })
            paths.close()
        }
        if options.countFiles {
            ArchiveImporter.spawn(threads) {
                var count = 0
                walker.walk({ _ in count += 1; return !findings.isCancelled }, problem: { _, _ in })
                total.withLock { $0 = count }
            }
        }
        for _ in 0..<options.jobs {
            ArchiveImporter.spawn(threads) {
                let worker = options.settings.makeWorker()
                defer { worker.close() }
                while case let .item(path) = paths.take() {
                    do {
                        guard findings.put(try examiner.examine(path, with: worker)) else { break }
                    } catch {
                        failure.withLock { $0 = $0 ?? error }
                        paths.cancel()
                        break
                    }
                }
                if workersLeft.withLock({ $0 -= 1; return $0 }) == 0 { findings.close() }
            }
        }
        defer {
            paths.cancel()
            findings.cancel()
            threads.wait()
        }

        var writer = BatchWriter(store: store, examiner: examiner, options: options)
        defer { writer.close() }
        reading: while true {
            switch findings.take(until: writer.lastWrite.addingTimeInterval(options.flushInterval)) {
            case let .item(finding):
                writer.add(finding)
            case .timedOut:
                break
            case .closed:
                if let error = failure.current { throw error }
                try writer.write()
                break reading
            }
            try writer.writeIfDue()
            progress(writer.summary, total.current)
        }
        var summary = writer.summary
        summary.problems = problems.current
        summary.outsideLinks = outsideLinks.current
        summary.seconds = Date().timeIntervalSince(start)
        progress(summary, total.current)
        return summary
    }

    private static func spawn(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.start()
    }
}
