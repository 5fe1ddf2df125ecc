import Foundation

/// Parsed styles.xml and numbering.xml shared across the documents of one run: letters made
/// from one template carry byte-identical parts, so a batch parses each distinct part once.
/// Keyed by the CRC-32 and size in the zip directory, so a hit costs no inflating and no
/// parsing. Bounded: past `capacity` distinct parts the cache starts over.
final class PartCache<Value: Sendable>: @unchecked Sendable {
    private struct Key: Hashable {
        var crc32: UInt32
        var size: Int
    }

    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    /// The cached value for the part with this CRC-32 and size, else `make()`'s, stored when
    /// not nil. `make` runs outside the lock.
    func value(crc32: UInt32, size: Int, make: () throws -> Value?) rethrows -> Value? {
        let key = Key(crc32: crc32, size: size)
        if let cached = lock.withLock({ values[key] }) { return cached }
        guard let value = try make() else { return nil }
        lock.withLock {
            if values.count >= capacity { values.removeAll() }
            values[key] = value
        }
        return value
    }
}
