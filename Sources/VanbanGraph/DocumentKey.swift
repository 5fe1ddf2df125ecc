import VanbanRules

/// What an archived document is matched by: its type, number parts, year, date, subject and
/// issuer, as `CitationMatcher` compares them with a citation. Words of the subject and
/// issuer are read only when a rule asks for them.
struct DocumentKey: Sendable {
    let id: Int64
    /// Type slug; nil when unknown.
    let type: String?
    let number: NumberParts?
    /// The year of its number, else of its date, else the one year its subject names.
    let year: Int?
    let date: String?
    let titleKey: String?
    let subjectText: String?
    let issuerName: String?
    let issuerParent: String?

    init(id: Int64, type: String?, number: String?, date: String?, subject: String?,
         issuerName: String?, issuerParent: String?) {
        self.id = id
        let number = number.map(NumberParts.init)
        let known = type == nil || type == "van-ban" ? nil : type
        self.type = known ?? number?.type
        self.number = number
        self.date = date
        subjectText = subject
        self.issuerName = issuerName
        self.issuerParent = issuerParent
        year = number?.year ?? date.flatMap(DocumentKey.year(of:)) ?? subject.flatMap { SubjectWords($0).onlyYear }
        titleKey = TitleKey.isCitedByName(self.type) ? subject.flatMap { TitleKey.of($0, type: known ?? number?.type) } : nil
    }

    /// A document as `graph_documents` keeps it (its number's year is not kept apart from
    /// `year`, which is all the rules use).
    init(id: Int64, type: String?, numberKey: String?, seq: String?, symbolKey: String?, year: Int?, titleKey: String?,
         date: String?, subject: String?, issuerName: String?, issuerParent: String?) {
        self.id = id
        self.type = type
        number = numberKey.map { NumberParts(key: $0, seq: seq, symbolKey: symbolKey, year: nil, type: type) }
        self.year = year
        self.titleKey = titleKey
        self.date = date
        subjectText = subject
        self.issuerName = issuerName
        self.issuerParent = issuerParent
    }

    var subject: SubjectWords { SubjectWords(subjectText ?? "") }

    /// The issuer's name, and the name with its parent body.
    var issuers: [IssuerName] {
        [issuerName, [issuerName, issuerParent].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.map(IssuerName.init).filter { !$0.isEmpty }
    }

    /// The year of an ISO date.
    static func year(of date: String) -> Int? {
        guard date.count >= 4 else { return nil }
        return Int(date.prefix(4))
    }
}
