/// Composes a vowel followed by a combining tone mark into the precomposed letter (NFC for
/// Vietnamese), for encodings that write tones as separate marks (CP1258, TCVN3's 0xB0–0xB4).
/// Marks that do not compose are passed on as they are.
struct MarkComposer<Base: ScalarSink>: ScalarSink {
    var base: Base
    private var pending: UInt32?

    init(_ base: Base) {
        self.base = base
    }

    @inline(__always)
    mutating func put(_ scalar: UInt32) {
        if let previous = pending, scalar >= 0x300, scalar < 0x370,
           let composed = VietnameseAlphabet.compose(previous, mark: scalar) {
            pending = composed
            return
        }
        if let previous = pending { base.put(previous) }
        pending = scalar
    }

    /// Passes on the letter held back, without finishing the base sink.
    mutating func flush() {
        if let previous = pending { base.put(previous) }
        pending = nil
    }

    mutating func finish() {
        flush()
        base.finish()
    }
}
