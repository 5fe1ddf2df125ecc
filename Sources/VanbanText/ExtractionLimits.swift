/// Caps that keep hostile files from costing unbounded time or memory.
public struct ExtractionLimits: Sendable, Equatable {
    /// Largest input file read, in bytes (default 200 MB).
    public var maxFileBytes: Int
    /// Total inflated size of the DOCX parts read, in bytes (default 256 MB).
    public var maxInflatedBytes: Int
    /// Most PDF pages read (default 5,000).
    public var maxPages: Int
    /// Wall-clock budget for one document's text, in seconds (default 120).
    public var timeBudget: Double

    public init(maxFileBytes: Int = 200 << 20, maxInflatedBytes: Int = 256 << 20,
                maxPages: Int = 5_000, timeBudget: Double = 120) {
        self.maxFileBytes = maxFileBytes
        self.maxInflatedBytes = maxInflatedBytes
        self.maxPages = maxPages
        self.timeBudget = timeBudget
    }

    public static let standard = ExtractionLimits()
}

extension ExtractionLimits: Codable {}
