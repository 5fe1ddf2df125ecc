import ArgumentParser
import VanbanIngest

/// How the reading commands isolate the reading of files.
struct IsolationOptions: ParsableArguments {
    @Flag(name: .customLong("in-process"),
          help: "Read files on threads of this process instead of worker processes (debugging: a file that crashes the reader ends the run).")
    var inProcess = false

    @Option(name: .customLong("worker-memory"), help: "Memory a worker process may use, in MB, before its file fails too-large.")
    var workerMemoryMB: Int = WorkerSettings.defaultMemoryLimit >> 20

    var isolation: Isolation { inProcess ? .inProcess : .processes(ExtractWorkerCommand.command) }

    func validate() throws {
        if workerMemoryMB < 64 { throw ValidationError("--worker-memory must be at least 64 (MB)") }
    }
}
