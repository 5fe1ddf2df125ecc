import ArgumentParser
import Foundation
import VanbanIngest
import VanbanGraph
import VanbanPostgres
import VanbanWorker

struct QueueWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Read files from a PostgreSQL archive's work queue (vanban ingest --enqueue) into the archive.",
        discussion: """
        Run any number, on any machines that see the queued paths (a shared mount): each claims \
        a batch of files (--batch), holds it under a lease (--lease seconds, renewed after each \
        file), reads each file as vanban ingest does (isolated worker process, the same limits \
        and OCR), and writes the batch's records with its completion in one transaction. A \
        worker that dies loses nothing: once its lease runs out another worker takes its files \
        over. A file claimed more than --max-attempts times (its workers kept dying) is stored \
        failed "crashed" without being read.

        SIGTERM or SIGINT: the file being read is finished, the batch's files read so far are \
        written and the others given back to the queue, and the worker exits 0. Files are read \
        one at a time: start one worker a core.

        Exit status: 0 when the worker stopped as asked or (with --exit-when-empty) the queue \
        is drained, 1 when the archive could not be used, 64 on a usage error.
        """
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var limits: LimitOptions

    @OptionGroup var ocr: OCROptionGroup

    @OptionGroup var isolation: IsolationOptions

    @Option(name: .customLong("batch"), help: "Files claimed, and written, at once.")
    var batchSize = 20

    @Option(help: "Seconds a claim holds without news from the worker before others may take it over.")
    var lease: Double = 120

    @Option(name: .customLong("max-attempts"), help: "Claims of one file before it is stored failed unread.")
    var maxAttempts = 3

    @Flag(name: .customLong("exit-when-empty"), help: "Exit once no file is waiting or being read (batch jobs, tests).")
    var exitWhenEmpty = false

    @Option(help: "This worker's name in the queue (default: host:pid).")
    var name: String?

    @Flag(name: .shortAndLong, help: "Print no summary.")
    var quiet = false

    func validate() throws {
        if batchSize < 1 { throw ValidationError("--batch must be at least 1") }
        if !(lease >= 1) { throw ValidationError("--lease must be at least 1 (second)") }
        if maxAttempts < 1 { throw ValidationError("--max-attempts must be at least 1") }
    }

    func run() throws {
        let stop = StopSignal.install()
        let reading = ImportOptions(
            jobs: 1, batchSize: batchSize,
            settings: WorkerSettings(limits: limits.extractionLimits, ocr: ocr.options(files: Int.max, jobs: 1),
                                     searchText: true, isolation: isolation.isolation,
                                     memoryLimit: isolation.workerMemoryMB << 20),
            extractor: ExtractorStamp.make(limits: limits, ocr: ocr), countFiles: false)
        let summary = try store.withPostgres { archive in
            let resolver = CitationResolver(archive: archive)
            let options = QueueWorker.Options(reading: reading, batchSize: batchSize, lease: lease, maxAttempts: maxAttempts,
                                              exitWhenEmpty: exitWhenEmpty) { wait in
                // Citation resolution, the job after batches: one pass at a time in the archive.
                guard try resolver.hasPending() else { return }
                if wait { try resolver.resolvePending() } else { try resolver.resolvePendingUnlessBusy() }
            }
            let worker = QueueWorker(queue: WorkQueue(archive: archive), options: options, id: name ?? QueueWorker.defaultID)
            return try worker.run(shouldStop: { stop.isSet })
        }
        if !quiet {
            var line = String(format: "%d batches in %.1f s: %d ok, %d failed, %d skipped", summary.batches, summary.seconds,
                              summary.ok, summary.failed, summary.skipped)
            if summary.lost > 0 { line += ", \(summary.lost) batches lost to other workers (lease ran out)" }
            if summary.released > 0 { line += ", \(summary.released) files given back" }
            line += String(format: "; time: %.1f s reading, %.1f s writing, %.1f s queue, %.1f s resolving citations, %.1f s waiting",
                           summary.readSeconds, summary.writeSeconds, summary.queueSeconds, summary.jobSeconds,
                           summary.waitSeconds)
            Terminal.error(line)
        }
        if summary.jobFailures > summary.jobErrors.count {
            Terminal.error("vanban: \(summary.jobFailures) resolution passes failed; the first \(summary.jobErrors.count):")
        }
        for error in summary.jobErrors {
            Terminal.error("vanban: citations not resolved: \(error)")
        }
    }
}

/// SIGTERM and SIGINT turned into a flag the worker looks at between files.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false
    private var sources: [any DispatchSourceSignal] = []

    var isSet: Bool { lock.withLock { set } }

    static func install() -> StopSignal {
        let signal = StopSignal()
        for number in [SIGTERM, SIGINT] {
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { signal.lock.withLock { signal.set = true } }
            source.resume()
            signal.sources.append(source)
        }
        return signal
    }
}
