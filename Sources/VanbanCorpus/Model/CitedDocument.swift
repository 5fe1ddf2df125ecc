/// A document a letter can cite: an earlier letter of the corpus, a central or Party
/// document, or a law cited by name.
public struct CitedDocument: Sendable, Hashable {
    public let kind: LetterKind
    /// Number and symbol (`34-CT/TW`, `15/KH-UBND`, `30/2020/NĐ-CP`); nil for a law cited by name.
    public let number: String?
    /// A law's name ("Luật Thi đua, khen thưởng"); nil for numbered documents.
    public let title: String?
    public let date: CalendarDate?
    /// Ways the issuer is named after "của" ("Bộ Chính trị", "UBND tỉnh").
    public let issuerNames: [String]
    /// What it is about, lower-case start, no "về".
    public let subject: String?
    /// Topic keys it fits (empty: any topic).
    public let topics: [String]
    /// Index of the letter in the generated corpus, when it is one.
    public let letterIndex: Int?

    public init(kind: LetterKind, number: String?, title: String?, date: CalendarDate?, issuerNames: [String],
                subject: String?, topics: [String] = [], letterIndex: Int? = nil) {
        self.kind = kind
        self.number = number
        self.title = title
        self.date = date
        self.issuerNames = issuerNames
        self.subject = subject
        self.topics = topics
        self.letterIndex = letterIndex
    }

    /// Identity as RECORD.md counts it: type + number + year (a law: type + name).
    public var identity: String {
        if let number { return "\(kind.slug)|\(number)|\(date.map { String($0.year) } ?? "")" }
        return "\(kind.slug)|\(title ?? "")"
    }

    /// True for Party numbers (`12-NQ/ĐU`), which take an optional comma before the date.
    public var isPartyNumber: Bool {
        guard let number, let dash = number.firstIndex(of: "-"), let slash = number.firstIndex(of: "/") else { return false }
        return dash < slash
    }
}
