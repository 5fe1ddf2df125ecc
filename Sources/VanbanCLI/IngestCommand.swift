import ArgumentParser
import Foundation
import VanbanRecord
import VanbanGraph
import VanbanIngest
import VanbanPostgres
import VanbanStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read files and folders into the archive.",
        discussion: """
        Folders are walked; every regular file in them is read, its format told by its content \
        (hidden files, links to folders and the archive itself are skipped). A link to a file is \
        followed only when its target is inside one of the folders given (links resolved): a \
        link that leads elsewhere (to /etc/passwd) is not read, and the summary counts it \
        ("N links outside the folders skipped"); --follow-links follows every link. Names that \
        are not UTF-8 (Latin-1, CP1258 from old Windows machines) are read by their bytes and \
        stored with each such byte written \\xNN (and \\ as \\\\; see docs/schema.md). Files are read in \
        parallel and written in batches, one transaction each: a run can be stopped at any \
        moment (even kill -9) and run again; it goes on where it stopped.

        A file the archive holds at the same path with the same size and modification time is \
        skipped without being read; otherwise it is read and hashed, and content the archive \
        holds is not extracted again: at the same path it is skipped, at a new path the stored \
        file moves there (a renamed file is not a new document). A file that fails is stored with its error (see vanban failures) and read \
        again by a later run when vanban has changed (another version or build, other limits), \
        when its error may pass (unreadable, timeout), or with --retry-failed.

        Files are read in worker processes, one per job, kept from file to file. A file that \
        crashes its worker twice is stored "crashed", one past --time-limit "timeout", one \
        whose worker passes --worker-memory "too-large"; the worker is started again and the \
        import goes on. A file being read when a whole run died is counted: after two such \
        runs it is stored "crashed" without being read. OCR threads times jobs stays within \
        the cores.

        --db postgres://user@host/database (or VANBAN_DB set to such a URL) imports into a \
        PostgreSQL archive the same way (the citation graph is not resolved there). With \
        --enqueue the files found are only queued in that archive, for vanban worker on any \
        number of machines (docs/scale-out.md).

        Exit status: 0 when every file read is ok, 1 when some failed or the archive could not \
        be written, 64 on a usage error.
        """
    )

    @Argument(help: "Files and folders to read.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @OptionGroup var limits: LimitOptions

    @OptionGroup var ocr: OCROptionGroup

    @OptionGroup var isolation: IsolationOptions

    @Flag(help: "Read every file again, even those the archive holds unchanged.")
    var force = false

    @Flag(name: .customLong("retry-failed"), help: "Read again every file that failed before.")
    var retryFailed = false

    @Option(name: .shortAndLong, help: "Files read at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("batch"), help: "Most files written in one transaction.")
    var batchSize = 200

    @Flag(name: .customLong("follow-links"),
          help: "Follow links to files wherever they lead (by default only into the folders given).")
    var followLinks = false

    @Flag(name: .shortAndLong, help: "Print neither progress nor the summary.")
    var quiet = false

    @Flag(help: "Only queue the files for vanban worker (a PostgreSQL archive): nothing is read here.")
    var enqueue = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if batchSize < 1 { throw ValidationError("--batch must be at least 1") }
        for path in storedPaths where StoredPath.withCString(path, { access($0, F_OK) }) != 0 {
            throw ValidationError("no such file or folder: \(path)")
        }
    }

    func run() throws {
        if enqueue { return try queueFiles() }
        let dbPath = store.path
        let options = ImportOptions(
            jobs: jobs, force: force, retryFailed: retryFailed, batchSize: batchSize,
            settings: WorkerSettings(limits: limits.extractionLimits, ocr: ocr.options(files: Int.max, jobs: jobs),
                                     searchText: true, isolation: isolation.isolation,
                                     memoryLimit: isolation.workerMemoryMB << 20),
            extractor: extractor,
            excluded: [StoredPath.string(text: dbPath)], followLinks: followLinks, countFiles: !quiet)
        let progress = Progress.forStream(label: "ingest", quiet: quiet)
        let summary: ImportSummary
        do {
            let update = { (summary: ImportSummary, total: Int?) in
                progress.update(done: summary.files + summary.pending, failed: summary.failed, total: total)
            }
            if store.isPostgres {
                summary = try store.withPostgres { archive in
                    var options = options
                    // Resolution after each batch, unless another process is resolving: it, or the
                    // pass after the import, takes the batch in.
                    let resolver = CitationResolver(archive: archive)
                    options.afterWrite = { _ = try? resolver.resolvePendingUnlessBusy() }
                    let summary = try ArchiveImporter(store: archive, options: options).run(storedPaths, progress: update)
                    try resolver.resolvePending()
                    return summary
                }
            } else {
                summary = try store.withArchive(.create) { archive in
                    var options = options
                    let resolver = CitationResolver(archive: archive)
                    options.afterWrite = { try resolver.resolvePending() }
                    return try ArchiveImporter(store: archive, options: options).run(storedPaths, progress: update)
                }
            }
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        for problem in summary.problems { Terminal.error("vanban: \(problem)") }
        if !quiet { Terminal.write(report(summary)) }
        if summary.failed > 0 || !summary.problems.isEmpty { throw ExitCode(1) }
    }

    /// `--enqueue`: walks the paths as an import would and queues every file found.
    private func queueFiles() throws {
        let walker = FileWalker(roots: storedPaths, excluded: [], followLinks: followLinks)
        var problems: [String] = []
        let (found, queued) = try store.withPostgres { archive in
            let queue = WorkQueue(archive: archive)
            var chunk: [String] = []
            var found = 0, queued = 0
            var failure: (any Error)?
            walker.walk({ path in
                chunk.append(path)
                found += 1
                guard chunk.count >= 1000 else { return true }
                do { queued += try queue.enqueue(chunk) } catch { failure = error; return false }
                chunk = []
                return true
            }, problem: { path, why in problems.append("\(path): \(why)") })
            if let failure { throw failure }
            queued += try queue.enqueue(chunk)
            return (found, queued)
        }
        for problem in problems { Terminal.error("vanban: \(problem)") }
        if !quiet {
            Terminal.write("\(queued) of \(found) files queued (the others were already waiting or being read); "
                           + "start workers: vanban worker --db \(store.name)\n")
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// The paths as given, in `StoredPath` form (their bytes, even when not UTF-8).
    private var storedPaths: [String] { paths.map(CommandLineBytes.storedPath) }

    private var extractor: String { ExtractorStamp.make(limits: limits, ocr: ocr) }

    private func report(_ s: ImportSummary) -> String {
        let rate = s.seconds > 0 ? Double(s.files) / s.seconds : 0
        var out = String(format: "%d files in %.1f s (%.1f files/s): %d ok, %d failed, %d skipped\n",
                         s.files, s.seconds, rate, s.ok, s.failed, s.skipped)
        if s.skipped > 0 {
            var parts = ["\(s.unchanged) unchanged"]
            if s.moved > 0 { parts.append("\(s.moved) moved") }
            if s.duplicates > 0 { parts.append("\(s.duplicates) duplicate\(s.duplicates == 1 ? "" : "s")") }
            if s.knownFailures > 0 { parts.append("\(s.knownFailures) known failures (--retry-failed reads them again)") }
            out += "skipped: " + parts.joined(separator: ", ") + "\n"
        }
        if s.outsideLinks > 0 {
            out += "\(s.outsideLinks) link\(s.outsideLinks == 1 ? "" : "s") outside the folders skipped (--follow-links follows them)\n"
        }
        if s.failed > 0 || s.knownFailures > 0 { out += "failed files and their errors: vanban failures --db \(store.name)\n" }
        return out
    }
}
