/// What corpus to generate.
public struct CorpusOptions: Sendable {
    /// Number of letters.
    public var count: Int
    public var seed: UInt64
    /// Letters are dated within these years (inclusive).
    public var years: ClosedRange<Int>
    /// When set, the kinds of the letters in turn (first letter the first kind, ...); else a realistic mix.
    public var kinds: [LetterKind]?
    /// Share of letters whose DOCX carries hard cases (breaks, fields, tracked changes, numbering).
    public var trapRate: Double

    public init(count: Int, seed: UInt64, years: ClosedRange<Int> = 2021...2025, kinds: [LetterKind]? = nil,
                trapRate: Double = 0.35) {
        self.count = count
        self.seed = seed
        self.years = years
        self.kinds = kinds
        self.trapRate = trapRate
    }
}
