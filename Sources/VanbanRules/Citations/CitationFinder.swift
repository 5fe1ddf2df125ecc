import VanbanRecord

/// Finds every document the text cites. (Being written.)
public struct CitationFinder: Sendable {
    public init() {}
    public func find(in text: String, ownNumber: String?) -> [Citation] { [] }
}
