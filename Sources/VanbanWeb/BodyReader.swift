import Foundation
import Hummingbird

/// Reads a request body whole, within a size and a time: a client that sends too much is
/// answered 413 before its body is read (by Content-Length) or as soon as it passes the
/// limit, and one that sends too slowly, or never finishes, 408.
enum BodyReader {
    static func read(_ request: Request, limit: Int, timeout: Double) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw tooLarge(limit)
        }
        let body = request.body
        let result: ByteBuffer? = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask {
                do {
                    return try await body.collect(upTo: limit)
                } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                    throw tooLarge(limit)
                }
            }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
        guard let result else {
            throw WebError(.requestTimeout, "body-timeout", "the body did not arrive within \(Int(timeout)) s")
        }
        return result
    }

    private static func tooLarge(_ limit: Int) -> WebError {
        WebError(.contentTooLarge, "body-too-large", "the body is larger than \(limit) bytes")
    }
}

/// Runs blocking work (SQLite reads of a check, extraction, import) on threads of its own,
/// at most `width` at once, so that the server's event loops and Swift's cooperative pool
/// stay free.
final class BlockingWork: Sendable {
    private let queue: OperationQueue

    init(width: Int, name: String) {
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = width
        queue.name = name
        self.queue = queue
    }

    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.addOperation {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
