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
