/// Receives the scalars a legacy decoder produces, one at a time, so that one decoding loop
/// can feed a UTF-8 buffer, a composer or a syllable tally without building strings.
protocol ScalarSink {
    mutating func put(_ scalar: UInt32)
    /// Called once after the last scalar.
    mutating func finish()
}

extension ScalarSink {
    mutating func finish() {}
}
