import Foundation
import VanbanText

/// The program a worker process runs: `vanban extract-worker` in the CLI.
public struct WorkerCommand: Sendable {
    public var executable: String
    public var arguments: [String]
    /// Variables added to the worker's environment.
    public var environment: [String: String]

    public init(executable: String, arguments: [String], environment: [String: String] = [:]) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
    }

    /// Holds the supervisor's process id in a worker's environment: a worker whose parent is
    /// gone ends at once instead of running on as an orphan.
    static let parentVariable = "VANBAN_SUPERVISOR_PID"
}

/// Where and how files are read.
public enum Isolation: Sendable {
    /// In worker processes: a file that crashes or hangs its reader costs one failed record.
    case processes(WorkerCommand)
    /// On threads of this process (tests, debugging): a crash ends the run.
    case inProcess
}

/// What every worker needs to read a file as the pipeline would.
public struct WorkerSettings: Sendable {
    public var limits: ExtractionLimits
    public var ocr: OCROptions
    /// Keep each file's text and fold it and the subject for the archive's search (ingest),
    /// or give the record alone (extract).
    public var searchText: Bool
    public var isolation: Isolation
    /// Resident memory a worker process may reach before it is killed (the file then fails
    /// `too-large`); nil for none.
    public var memoryLimit: Int?
    /// Seconds a worker process gets past the time budget before it is killed (the file then
    /// fails `timeout`): the budget itself is kept by the reader; this catches a reader stuck
    /// where it cannot look at the clock (inside a C library).
    public var grace: Double

    public init(limits: ExtractionLimits = .standard, ocr: OCROptions = .standard, searchText: Bool,
                isolation: Isolation, memoryLimit: Int? = WorkerSettings.defaultMemoryLimit, grace: Double = 1) {
        self.limits = limits
        self.ocr = ocr
        self.searchText = searchText
        self.isolation = isolation
        self.memoryLimit = memoryLimit
        self.grace = grace
    }

    /// 2 GiB: ten times what the largest letters we have seen need.
    public static let defaultMemoryLimit = 2 << 30

    /// A new worker for one thread's use.
    public func makeWorker() -> any ExtractionWorker {
        switch isolation {
        case let .processes(command): return ProcessWorker(settings: self, command: command)
        case .inProcess: return InProcessWorker(settings: self)
        }
    }

    /// `count` new workers, one for each thread about to start. Called while this process
    /// still has one thread (a command's start), their processes are forked from it at once
    /// instead of started anew: a worker's start-up is most of a small file's cost when
    /// `vanban extract` is run once per file.
    public func makeWorkers(_ count: Int) -> [any ExtractionWorker] {
        (0..<count).map { _ in
            switch isolation {
            case let .processes(command): return ProcessWorker(settings: self, command: command, forked: true)
            case .inProcess: return InProcessWorker(settings: self)
            }
        }
    }
}

/// What travels to a worker process when it starts: the settings it reads with.
struct WorkerGreeting: Codable {
    var limits: ExtractionLimits
    var ocr: OCROptions
    var searchText: Bool
}
