import Foundation
import VanbanKit
import VanbanStore

/// `vanban extract` over many files: `jobs` threads, a worker each, the results handed back in
/// the order of the paths. At most a few files per thread wait to be handed back, however
/// slow the first one is.
public struct OrderedExtraction: Sendable {
    public let settings: WorkerSettings
    public let jobs: Int

    public init(settings: WorkerSettings, jobs: Int) {
        self.settings = settings
        self.jobs = max(jobs, 1)
    }

    /// Calls `emit` on this thread with each path's file, in order.
    public func run(_ paths: [String], emit: (Int, ExtractedFile) -> Void) {
        guard !paths.isEmpty else { return }
        let state = SlotState(window: jobs * 4)
        let threads = min(jobs, paths.count)
        // Made before any thread starts, so their processes can be forked from this one.
        let workers = Locked(settings.makeWorkers(threads))
        let group = DispatchGroup()
        let settings = settings
        for _ in 0..<threads {
            group.enter()
            Thread {
                let worker = workers.withLock { $0.removeLast() }
                defer { worker.close(); group.leave() }
                while let i = state.claim(below: paths.count) {
                    state.fill(i, worker.extract(path: paths[i], limits: settings.limits))
                }
            }.start()
        }
        for i in paths.indices { emit(i, state.wait(for: i)) }
        group.wait()
    }
}

/// The results not yet handed back, under one lock.
private final class SlotState: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    private var emitted = 0
    private var ready: [Int: ExtractedFile] = [:]
    private let window: Int

    init(window: Int) { self.window = window }

    /// The next index to read, waiting while too many results wait to be handed back; nil when none is left.
    func claim(below count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count && next - emitted >= window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func fill(_ i: Int, _ file: ExtractedFile) {
        condition.lock()
        ready[i] = file
        condition.broadcast()
        condition.unlock()
    }

    func wait(for i: Int) -> ExtractedFile {
        condition.lock()
        defer { condition.unlock() }
        while ready[i] == nil { condition.wait() }
        emitted = i + 1
        condition.broadcast()
        return ready.removeValue(forKey: i)!
    }
}
