import Dispatch

/// Maps over a batch on several threads, keeping the input order.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(items.count, 1))) { worker in
            var i = worker
            while i < items.count {
                results.set(i, transform(items[i]))
                i += jobs
            }
        }
        return results.values
    }
}

/// Slots written from several threads, each slot by one thread only.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: R) { slots.withUnsafeMutableBufferPointer { $0[i] = value } }
    var values: [R] { slots.map { $0! } }
}
