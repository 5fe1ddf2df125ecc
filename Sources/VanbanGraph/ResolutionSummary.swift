/// What one resolution pass did.
public struct ResolutionSummary: Sendable, Equatable {
    /// Documents newly indexed (arrived since the last pass).
    public var documents = 0
    /// Citations resolved (new ones, and older ones a new document may answer).
    public var citations = 0
    /// Of those, how many by each method.
    public var byMethod: [ResolutionMethod: Int] = [:]
    /// Seconds the pass took.
    public var seconds = 0.0

    public init() {}
}
