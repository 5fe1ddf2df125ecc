import Foundation

/// Parsed styles.xml and numbering.xml shared across the documents of one run: letters made
/// from one template carry byte-identical parts, so a batch parses each distinct part once.
/// Keyed by the part's inflated bytes themselves (a hash to find them, the bytes compared on
/// a hit): two parts share a parse only when they are the same bytes, whatever their CRC and
/// size say, and every part is still inflated and CRC-checked before it is looked up.
/// Bounded: past `capacity` distinct parts the cache starts over.
final class PartCache<Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        let bytes: [UInt8]
        let value: Value
    }

    private let lock = NSLock()
    private var entries: [Int: [Entry]] = [:]
    private var count = 0
    private let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    /// The cached value for a part of exactly these bytes, else `make()`'s, stored when not nil.
    /// `make` runs outside the lock.
    func value(for bytes: [UInt8], make: () throws -> Value?) rethrows -> Value? {
        var hasher = Hasher()
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        let key = hasher.finalize()
        if let cached = lock.withLock({ entries[key]?.first { $0.bytes == bytes }?.value }) { return cached }
        guard let value = try make() else { return nil }
        lock.withLock {
            if count >= capacity {
                entries.removeAll()
                count = 0
            }
            entries[key, default: []].append(Entry(bytes: bytes, value: value))
            count += 1
        }
        return value
    }
}
