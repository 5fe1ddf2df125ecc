import VanbanRecord

/// Finds the quantitative targets (chỉ tiêu). (Being written.)
public struct TargetFinder: Sendable {
    public init() {}
    public func find(in text: String) -> [Target] { [] }
}
