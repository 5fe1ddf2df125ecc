import ArgumentParser
import Dispatch
import Foundation
import VanbanIngest
import VanbanKit
import VanbanRecord

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print one record per file.",
        discussion: """
        Every file gives exactly one record, in the order given, as JSON Lines on standard
        output. A file that cannot be read gives a record with "status": "failed" and an
        error code (empty, corrupt, encrypted, unsupported, too-large, no-text, unreadable,
        timeout, crashed), and the other files are still processed.

        Files are read in worker processes: a file that crashes its reader fails "crashed",
        one that runs past --time-limit fails "timeout", one whose reader passes
        --worker-memory fails "too-large"; the worker is started again for the next file.

        A name that is not UTF-8 is read by its bytes and printed with each such byte written \
        \\xNN (and \\ as \\\\). Output that cannot be written (a full disk) ends the run with a \
        message and status 1; a closed pipe (| head) ends it quietly with status 141.

        Exit status: 0 when every file is ok, 1 when any file failed, 64 on a usage error.
        """
    )

    @Argument(help: "The files to read (PDF, DOCX or text; the format is told by content).")
    var files: [String]

    @OptionGroup var limits: LimitOptions

    @OptionGroup var ocr: OCROptionGroup

    @OptionGroup var isolation: IsolationOptions

    @Option(help: "Output: jsonl (one record a line), json (an indented array) or table.")
    var format: RecordFormat = .jsonl

    @Option(name: .shortAndLong, help: "Files read at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let settings = WorkerSettings(limits: limits.extractionLimits, ocr: ocr.options(files: files.count, jobs: jobs),
                                      searchText: false, isolation: isolation.isolation,
                                      memoryLimit: isolation.workerMemoryMB << 20)
        let printer = RecordPrinter(format: format)
        var failed = 0
        let progress = Progress(total: files.count, label: "extract")
        printer.begin()
        OrderedExtraction(settings: settings, jobs: jobs).run(files.map(CommandLineBytes.storedPath)) { _, file in
            let record = file.record
            if record.status == .failed { failed += 1 }
            printer.print(record, json: file.recordJSON)
            progress.advance(failed: record.status == .failed)
        }
        printer.end()
        progress.finish()
        if failed > 0 { throw ExitCode(1) }
    }
}
