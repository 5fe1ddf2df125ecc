/// One document a letter cites, with the relation of its first mention and every mention.
public struct LetterCitation: Sendable, Equatable {
    public struct Place: Sendable, Equatable {
        public let block: Int
        public let offset: Int
        public let text: String
    }

    public let document: CitedDocument
    /// `basis`, `implements` or `mentions`.
    public let relation: String
    /// How the issuer was named in the first mention that named it, and the subject given.
    public var issuer: String?
    public var subject: String?
    public var places: [Place]
}
