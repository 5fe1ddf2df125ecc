/// One place where the text names another document, before mentions of the same
/// document are merged into one citation.
struct CitationMention: Sendable {
    /// How the text relates to the cited document (RECORD.md's list).
    enum Relation: String, Sendable, CaseIterable {
        case basis, implements, responds, amends, replaces, repeals, corrects, guides, mentions
    }

    /// The surface form: type word (if any), number or name, date (if any).
    var range: Range<Int>
    var type: String
    /// Whether `type` comes from a type word written before the number (else from its symbol).
    var typeFromWord: Bool
    /// Number and symbol without spaces, nil for a law cited by name.
    var number: String?
    /// The name of a law or code cited by name ("Luật Thi đua, khen thưởng").
    var title: String?
    var date: String?
    var issuer: String?
    var subject: String?
    var relation: Relation = .mentions
    /// Where the words that describe this mention (issuer, subject) end.
    var extentEnd: Int

    /// The year of `date`, part of a document's identity.
    var year: Int? { date.flatMap { Int($0.prefix(4)) } }

    /// What identifies the document: its number, or its folded name.
    var identity: String {
        if let number { return "#" + VietnameseText.upper(number) }
        return "T:" + VietnameseText.matchKey(title ?? "")
    }
}
