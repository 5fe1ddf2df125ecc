/// Where a citation leads: an archived document (with how sure the match is) or an outside
/// document.
struct Resolution: Sendable, Equatable {
    enum Target: Sendable, Equatable {
        case document(Int64)
        /// An outside document, by its `CitationKey.externalKey`.
        case external(String)
        case nothing
    }

    let target: Target
    let method: ResolutionMethod
    /// 0...1: 1 for an exact number and year.
    let confidence: Double
}
