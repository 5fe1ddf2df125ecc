/// The moment one document's reading must end (`ExtractionLimits.timeBudget` after it began),
/// passed down into the readers' long loops. Checking costs one monotonic clock read; loops
/// over many small steps check every so many steps.
public struct Deadline: Sendable {
    public let instant: ContinuousClock.Instant
    /// The budget in seconds, for messages.
    public let seconds: Double

    /// The deadline `seconds` from now.
    public init(seconds: Double) {
        self.seconds = seconds
        // NaN counts as no time at all; more than 30 years as 30 years.
        let clamped = seconds.isNaN ? 0 : max(0, min(seconds, 1e9))
        instant = ContinuousClock.now + .milliseconds(Int64(clamped * 1000))
    }

    /// Whether the deadline is past.
    public var hasPassed: Bool { ContinuousClock.now >= instant }

    /// - Throws: `.timeout` once the deadline is past.
    public func check() throws {
        if hasPassed { throw timeout() }
    }

    /// The error of a reading that ran past the deadline.
    func timeout() -> TextExtractionError {
        TextExtractionError(.timeout, "reading the text took longer than the limit of \(Self.format(seconds)) s")
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}
