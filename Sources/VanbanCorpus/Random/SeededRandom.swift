/// A small deterministic random source (SplitMix64) with the choices the generator needs.
///
/// Every choice is made here, with fixed arithmetic, so the same seed gives the same
/// corpus on every platform and toolchain (the standard library's random helpers make
/// no such promise).
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed &+ 0x9E37_79B9_7F4A_7C15
    }

    /// A child source for an independent stream (e.g. one province), stable for a given label.
    public func derived(_ label: UInt64) -> SeededRandom {
        var copy = SeededRandom(seed: state ^ (label &* 0xD6E8_FEB8_6659_FD93))
        _ = copy.next()
        return copy
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range` (inclusive), uniform enough for text generation.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// A value in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// An element chosen with the given weights (all weights >= 0, at least one > 0).
    public mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = int(0...(total - 1))
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// `count` distinct elements in random order (fewer when `items` is shorter).
    public mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var pool = items
        var out: [T] = []
        while out.count < count, !pool.isEmpty {
            out.append(pool.remove(at: int(0...(pool.count - 1))))
        }
        return out
    }
}

extension SeededRandom {
    /// A source fixed by `seed` and a text label (FNV-1a), for facts that must come out the same
    /// wherever they are needed (a province's HĐND resolution of a year).
    public init(seed: UInt64, label: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in label.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        self.init(seed: seed ^ hash)
    }
}
