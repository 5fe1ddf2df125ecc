/// One citation in a chain: `from` (the citing letter) cites `to`.
public struct GraphEdge: Sendable, Equatable {
    /// The citation's row id.
    public let citation: Int64
    public let from: NodeID
    public let to: NodeID
    /// `basis`, `implements` or `mentions`.
    public let relation: String
    public let method: ResolutionMethod
    public let confidence: Double
    /// The number as the letter writes it.
    public let written: String?
    /// The date the letter gives the cited document.
    public let date: String?
    /// Where the letter mentions it (Unicode scalars into its text).
    public var offsets: [Int] = []
    /// Steps from the chain's root.
    public let depth: Int
}
