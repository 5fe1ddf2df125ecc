import Foundation

/// A first-in first-out queue shared by threads, holding at most `capacity` items: `put`
/// waits while it is full and `take` while it is empty, which bounds the memory a stream of
/// work can hold.
final class BoundedQueue<Element>: @unchecked Sendable {
    enum Taken {
        case item(Element)
        case timedOut
        /// Closed and drained, or cancelled.
        case closed
    }

    private let condition = NSCondition()
    private var items: [Element] = []
    private let capacity: Int
    private var closed = false
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    /// Adds `item`, waiting for room. False when the queue was closed or cancelled: the item is dropped.
    @discardableResult
    func put(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled, !closed else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// Takes the oldest item, waiting for one until `deadline` (forever when nil).
    func take(until deadline: Date? = nil) -> Taken {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty {
            if closed || cancelled { return .closed }
            if let deadline {
                if !condition.wait(until: deadline), items.isEmpty { return closed || cancelled ? .closed : .timedOut }
            } else {
                condition.wait()
            }
        }
        let item = items.removeFirst()
        condition.broadcast()
        return .item(item)
    }

    /// No more items will come: takers get what is left, then `.closed`.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the stream: what is queued is dropped, `put` fails and `take` returns `.closed`.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
