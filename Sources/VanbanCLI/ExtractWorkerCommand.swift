import ArgumentParser
import Foundation
import VanbanIngest

/// The worker process `extract` and `ingest` read files in (not for people: it speaks the
/// supervisor's binary messages on standard input and output).
struct ExtractWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-worker",
        abstract: "Read files for a supervising vanban process (internal).",
        shouldDisplay: false
    )

    func run() throws {
        let status = ExtractionChild.serve()
        if status != 0 { throw ExitCode(status) }
    }

    /// This binary in worker mode.
    static var command: WorkerCommand {
        // /proc/self/exe is this very binary even when its file was replaced during the run.
        WorkerCommand(executable: "/proc/self/exe", arguments: ["extract-worker"])
    }
}
