/// The bytes that the parts of one document may still inflate to, shared by all its parts,
/// and the most any one part may inflate to, so that a zip bomb stops at the cap whatever its
/// headers claim (`ZipInflater` checks both while it inflates).
struct InflateBudget {
    /// The cap this budget started with (`ExtractionLimits.maxInflatedBytes`).
    let limit: Int
    /// The cap on one part (`ExtractionLimits.maxPartBytes`).
    let partLimit: Int
    /// What is left of `limit`.
    private(set) var remaining: Int

    init(limit: Int, partLimit: Int = .max) {
        self.limit = limit
        self.partLimit = partLimit
        self.remaining = limit
    }

    init(_ limits: ExtractionLimits) {
        self.init(limit: limits.maxInflatedBytes, partLimit: limits.maxPartBytes)
    }

    /// Takes `count` bytes, one part's size, from the budget.
    /// - Throws: `.tooLarge` when fewer than `count` remain or one part may not be that large;
    ///   nothing is taken then.
    mutating func spend(_ count: Int, for part: String) throws {
        try check(count, for: part)
        remaining -= count
    }

    /// Checks that a part of `count` bytes would fit, without taking them.
    func check(_ count: Int, for part: String) throws {
        guard count <= partLimit else {
            throw TextExtractionError(.tooLarge, "\(part) inflates past the limit of \(partLimit) bytes for one part of a DOCX (zip bomb?)")
        }
        guard count <= remaining else {
            throw TextExtractionError(.tooLarge, "\(part) inflates past the limit of \(limit) bytes for the parts of a DOCX (zip bomb?)")
        }
    }
}
