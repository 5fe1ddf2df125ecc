/// The bytes that the parts of one document may still inflate to, shared by all its parts,
/// so that a zip bomb stops at the cap whatever its headers claim.
struct InflateBudget {
    /// The cap this budget started with (`ExtractionLimits.maxInflatedBytes`).
    let limit: Int
    /// What is left of it.
    private(set) var remaining: Int

    init(limit: Int) {
        self.limit = limit
        self.remaining = limit
    }

    /// Takes `count` bytes from the budget.
    /// - Throws: `.tooLarge` when fewer than `count` remain; nothing is taken then.
    mutating func spend(_ count: Int, for part: String) throws {
        guard count <= remaining else { throw exceeded(part) }
        remaining -= count
    }

    /// Checks that `count` more bytes would fit, without taking them.
    func check(_ count: Int, for part: String) throws {
        guard count <= remaining else { throw exceeded(part) }
    }

    private func exceeded(_ part: String) -> TextExtractionError {
        TextExtractionError(.tooLarge, "\(part) inflates past the limit of \(limit) bytes for the parts of a DOCX (zip bomb?)")
    }
}
