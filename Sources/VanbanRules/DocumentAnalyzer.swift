import VanbanRecord

/// Stage 2's entry point: the Vietnamese rules, from a document's text to the fields of its record.
public struct DocumentAnalyzer: Sendable {
    public init() {}

    /// Fills the content fields of `record` (type, number, date, place, subject, issuer,
    /// signer, addressees, distribution, citations, targets, signature) from `text`,
    /// which must already be `VietnameseText.normalize`d.
    public func analyze(_ text: String, into record: inout Record) {
        let header = HeaderRules.read(text)
        record.number = header.number
        record.type = header.type
        // RECORD.md's date is a whole day: a day left blank for hand-filling (a draft, a scan's hand-written
        // day not read) leaves it null, the month kept apart ("dateMonth") for registers and people.
        if let date = header.date, date.utf8.count == 7 {
            record.date = nil
            record.extra.append(("dateMonth", .string(date)))
        } else {
            record.date = header.date
        }
        record.place = header.place
        record.subject = header.subject
        record.issuer = header.issuer
        record.signer = header.signer
        record.addressees = header.addressees
        record.distribution = header.distribution
        record.signature = header.signature
        // Citations and targets read the same scalars and paragraphs: made once for both.
        let scalars = ScalarText(text)
        let layout = LogicalParagraphs(scalars)
        record.citations = CitationFinder().find(in: scalars, layout: layout, ownNumber: header.number?.raw, ownType: record.type,
                                                  addressees: header.addressees)
        record.targets = TargetFinder().find(in: scalars, layout: layout)
    }
}
