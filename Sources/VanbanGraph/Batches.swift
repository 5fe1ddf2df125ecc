/// Ids cut into groups small enough to bind in one `IN (...)`.
enum Batches {
    static let size = 500

    static func of<T>(_ items: [T]) -> [[T]] {
        stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
    }

    /// "?,?,?" for `count` values.
    static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
