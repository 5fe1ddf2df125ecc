/// Hard cases a letter's files carry on purpose, chosen per letter from the seed.
public struct LetterTraps: Sendable {
    /// DOCX: a line break (`w:br`) replaces the space at (block, offset) inside a citation.
    public var breakInCitation: (block: Int, offset: Int)?
    /// DOCX: a footer with a PAGE field.
    public var pageField = false
    /// DOCX: tracked changes: `deleted` text (not part of the letter) sits at (block, offset), and
    /// the end of block `insertedBlock` from `insertedFrom` is a tracked insertion (part of the letter).
    public var deletion: (block: Int, offset: Int, text: String)?
    public var insertion: (block: Int, from: Int)?
    /// DOCX: list items as "List Bullet" paragraphs with numbering instead of a typed dash.
    public var bulletNumbering = false

    public init() {}

    public var isEmpty: Bool {
        breakInCitation == nil && !pageField && deletion == nil && insertion == nil && !bulletNumbering
    }

    /// Names of the traps present, for the gold's `extra` field.
    public var names: [String] {
        var out: [String] = []
        if breakInCitation != nil { out.append("break-in-citation") }
        if pageField { out.append("page-field") }
        if deletion != nil || insertion != nil { out.append("tracked-changes") }
        if bulletNumbering { out.append("list-bullet-numbering") }
        return out
    }
}
