import VanbanRules

/// What a citation is matched by: the type, number, date, issuer and subject the citing
/// letter gives for the document it cites ("Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND
/// tỉnh Sơn La về phát động phong trào thi đua năm 2023").
struct CitationKey: Sendable {
    /// The citation's row id.
    let id: Int64
    /// The citing document.
    let citingID: Int64
    /// Type slug; from the citation, else from its number's symbol, else from its title.
    let type: String?
    /// The number as written.
    let written: String?
    let number: NumberParts?
    /// The year of its number, else of its date.
    let year: Int?
    let date: String?
    let title: String?
    let titleKey: String?
    let subjectText: String?
    let issuerText: String?

    init(id: Int64, citingID: Int64, type: String?, number: String?, title: String?, date: String?,
         issuer: String?, subject: String?) {
        self.id = id
        self.citingID = citingID
        let written = number.flatMap { $0.isEmpty ? nil : $0 }
        let parts = written.map(NumberParts.init)
        self.written = written
        self.number = parts
        let known = type == nil || type == "van-ban" ? nil : type
        let titleType = title.flatMap { TitleKey.typeNamed(atStartOf: FoldedWords.of($0))?.slug }
        let resolvedType = known ?? parts?.type ?? titleType
        self.type = resolvedType
        self.date = date
        year = parts?.year ?? date.flatMap(DocumentKey.year(of:))
        self.title = title
        titleKey = written == nil ? title.flatMap { TitleKey.of($0, type: resolvedType) } : nil
        subjectText = subject
        issuerText = issuer
    }

    /// The words of the subject the letter gives, nil when it gives none.
    var subject: SubjectWords? {
        subjectText.map(SubjectWords.init).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The issuer the letter names, nil when it names none.
    var issuer: IssuerName? {
        issuerText.map(IssuerName.init).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The identity of the outside document this citation names, when nothing archived
    /// matches: type, number and year, or type and title. Nil when it names neither.
    var externalKey: String? {
        if let number { return "n|\(type ?? "")|\(number.key)|\(year.map(String.init) ?? "")" }
        if let titleKey { return "t|\(type ?? "")|\(titleKey)" }
        return nil
    }
}
