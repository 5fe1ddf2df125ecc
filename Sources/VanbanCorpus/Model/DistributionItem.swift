/// A "Nơi nhận" item: the recipient and the note printed after it ("b/c").
public struct DistributionItem: Sendable, Equatable {
    public let name: String
    public let note: String?

    /// As printed: "- Bộ Nội vụ (b/c);" without the dash and final punctuation.
    public var printed: String {
        note.map { "\(name) (\($0))" } ?? name
    }
}
