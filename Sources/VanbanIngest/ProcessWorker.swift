import Foundation
import VanbanKit
import VanbanRecord
import VanbanStore
import VanbanText

/// Reads files in a worker process of its own, the way a supervisor keeps its workers: the
/// process is started on first use and kept for the next files; a process that dies is
/// started again, and the file it died on is tried once more in the new one before it is
/// given up as `crashed`; a process past the file's time budget (plus a grace) is killed and
/// the file fails `timeout`; one past the memory limit is killed and the file fails `too-large`.
final class ProcessWorker: ExtractionWorker {
    let settings: WorkerSettings
    let command: WorkerCommand
    private var child: ChildProcess?

    /// With `forked`, the first process is forked from this one now, if this process has a
    /// single thread (see `ChildProcess.fork`); otherwise, and for every later process, the
    /// command is started on first use.
    init(settings: WorkerSettings, command: WorkerCommand, forked: Bool = false) {
        self.settings = settings
        self.command = command
        if forked, let child = try? ChildProcess.fork(environment: command.environment, serve: ExtractionChild.serve) {
            if (try? greet(child)) != nil { self.child = child }
        }
    }

    deinit { close() }

    func extract(_ content: DocumentPipeline.FileContent) -> ExtractedFile {
        guard let data = content.data else { return ExtractedFile(DocumentPipeline(limits: settings.limits).extract(content),
                                                                  searchText: false) }
        var lastDeath = ""
        for _ in 0..<2 {
            switch attempt(content.source, data) {
            case let .done(file):
                return file
            case let .died(how):
                lastDeath = how
            case let .timedOut(seconds):
                return .failed(content.source, code: TextExtractionError.Code.timeout.rawValue,
                               message: String(format: "reading took more than %.0f s; the reader was stopped", seconds))
            case let .overMemory(bytes):
                return .failed(content.source, code: TextExtractionError.Code.tooLarge.rawValue,
                               message: "reading needed more than \(bytes >> 20) MB of memory (at least \(bytes >> 20) MB seen); the reader was stopped")
            case let .unavailable(why):
                return .failed(content.source, code: TextExtractionError.Code.unreadable.rawValue,
                               message: "no reader process could be started: \(why)")
            }
        }
        return .failed(content.source, code: TextExtractionError.Code.crashed.rawValue,
                       message: "the reader \(lastDeath) while reading this file, twice")
    }

    func close() {
        guard let child else { return }
        child.closeInput()
        _ = child.reap()
        self.child = nil
    }

    private enum Attempt {
        case done(ExtractedFile)
        case died(String)
        case timedOut(Double)
        case overMemory(Int)
        case unavailable(String)
    }

    private func attempt(_ source: Source, _ data: Data) -> Attempt {
        let child: ChildProcess
        do {
            child = try running()
        } catch {
            return .unavailable("\(error)")
        }
        let seconds = settings.limits.timeBudget + settings.grace
        // A budget that is not a finite number of seconds (the library takes any Double) waits 30 years at most.
        let milliseconds = seconds.isFinite ? Int(max(0, min(seconds, 1e9)) * 1000) : (seconds.isNaN ? 0 : Int(1e12))
        let deadline = ContinuousClock.now + .milliseconds(milliseconds)
        let request = [Data(ExtractionRequest(source).json.utf8), data]
        switch child.send(request, until: deadline) {
        case .sent: break
        case .timedOut: return end(child, or: .timedOut(seconds))
        case .broken: return end(child, or: nil)
        }
        switch child.receive(until: deadline, memoryLimit: settings.memoryLimit) {
        case let .message(parts):
            do {
                return .done(try ExtractionReply.file(from: parts))
            } catch {
                discard(child)
                return .died("sent a reply that cannot be read (\(error)) and was stopped")
            }
        case .ended:
            return end(child, or: nil)
        case .timedOut:
            discard(child)
            return .timedOut(seconds)
        case let .overMemory(bytes):
            discard(child)
            return .overMemory(bytes)
        case let .failed(why):
            discard(child)
            return .died(why)
        }
    }

    private func discard(_ child: ChildProcess) {
        child.kill()
        _ = child.reap()
        self.child = nil
    }

    /// The child was lost: how it ended, or `instead` when it was still running (then killed).
    private func end(_ child: ChildProcess, or instead: Attempt?) -> Attempt {
        if let instead {
            discard(child)
            return instead
        }
        let how = child.reap()
        self.child = nil
        return .died(how)
    }

    private func running() throws -> ChildProcess {
        if let child { return child }
        let started = try ChildProcess.spawn(command)
        try greet(started)
        child = started
        return started
    }

    /// Sends a new process the settings it reads with.
    private func greet(_ started: ChildProcess) throws {
        let greeting = WorkerGreeting(limits: settings.limits, ocr: settings.ocr, searchText: settings.searchText)
        let hello = try JSONEncoder().encode(greeting)
        guard started.send([hello], until: .now + .seconds(10)) == .sent else {
            let how = started.reap()
            throw WorkerError.io("the worker \(how) before it was ready")
        }
    }
}
