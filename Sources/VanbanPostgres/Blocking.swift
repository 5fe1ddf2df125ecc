import Foundation

/// Runs async work to its end from synchronous code (the archive protocol is synchronous, the
/// PostgreSQL client is not). Never call it from a task of Swift's concurrency pool: it
/// blocks its thread until the work is done.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.take().get()
    }
}

/// One result handed from a task to the thread waiting for it.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?

    func set(_ value: Result<T, any Error>) {
        lock.withLock { result = value }
    }

    func take() -> Result<T, any Error> {
        lock.withLock { result! }
    }
}
