/// One paragraph of a letter's body, with the places where it mentions other documents.
public struct LetterBlock: Sendable, Equatable {
    public enum Role: String, Sendable {
        /// Justified running text with a first-line indent.
        case paragraph
        /// A section heading in bold ("I. MỤC ĐÍCH, YÊU CẦU").
        case heading
        /// A numbered sub-heading in bold ("1. Mục đích").
        case subheading
        /// A dash list item; `text` starts with "- ".
        case listItem
        /// "Điều 1. ..." of a quyết định; `lead` is the bold article label.
        case article
        /// A centred bold line ("QUYẾT ĐỊNH:", the deciding authority).
        case centered
    }

    /// A span of `text` (offsets and lengths in Unicode scalars) that mentions citation `citation`.
    public struct Mark: Sendable, Equatable {
        public let offset: Int
        public let length: Int
        public let citation: Int
    }

    public let role: Role
    /// The bold start of the text ("Điều 1."), or empty.
    public let lead: String
    /// The whole text, `lead` included.
    public let text: String
    public let marks: [Mark]
}

/// The signature block: the lines above the signer's name and what the record says of them.
public struct SignatureBlock: Sendable, Equatable {
    /// Upper-case lines above the name: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"].
    public let lines: [String]
    public let name: String
    public let position: String
    /// `TM`, `KT`, `TL`, `TUQ`, `Q` or nil.
    public let authority: String?
    public let principal: String?
}

/// A "Nơi nhận" item: the recipient and the note printed after it ("b/c").
public struct DistributionItem: Sendable, Equatable {
    public let name: String
    public let note: String?

    /// As printed: "- Bộ Nội vụ (b/c);" without the dash and final punctuation.
    public var printed: String {
        note.map { "\(name) (\($0))" } ?? name
    }
}

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
