import VanbanRecord

/// The fields read from the header (boxes 1–5 of Phụ lục I), the signature block (box 7),
/// the "Kính gửi" and "Nơi nhận" lists (box 9) and a digital-signature stamp (box 14).
enum HeaderRules {
    struct Fields {
        var number: DocumentNumber?
        var type: String?
        var date: String?
        var place: String?
        var subject: String?
        var issuer: Issuer?
        var signer: Signer?
        var addressees: [String] = []
        var distribution: [String] = []
        var signature: Signature?
    }

    static func read(_ text: String) -> Fields {
        let unflattened = FlatLetter.unflattened(text) ?? text
        var lines = TextLines(ClosingColumns.separated(unflattened) ?? unflattened)
        // A signing stamp at the top of the page is read, then kept out of the header's fields.
        let stamp = SignatureStamp.find(in: lines)
        if let stamp, !stamp.headerLines.isEmpty {
            lines = lines.blanking(stamp.headerLines)
        }
        lines = lines.movingAddressLabel()
        let zone = HeaderZone(lines)
        var fields = Fields()

        let title = TitleBlock.find(in: lines, zone: zone)
        let titleType = title.flatMap { DocumentTypes.bySlug[$0.typeSlug] }
        if let hit = NumberLine.find(in: lines, zone: zone) {
            fields.number = DocumentNumberParser.repairingHyphen(hit.number, knownType: titleType)
        }
        var titledNumber: (hit: NumberLine.Hit, date: String?)?
        if fields.number == nil, let titled = NumberLine.titleLine(in: lines, zone: zone) {
            titledNumber = titled
            fields.number = titled.hit.number
        }
        let dateLine = PlaceDateLine.find(in: lines, zone: zone)
        if let hit = dateLine {
            fields.date = hit.date
            fields.place = hit.place
        }
        let regarding = SubjectBlock.regardingLine(in: lines, zone: zone)
        fields.subject = regarding?.text ?? title?.subject
        if fields.subject == nil, let hit = dateLine {
            fields.subject = SubjectBlock.untitled(after: hit.line, in: lines)
        }
        if let titled = titledNumber {
            fields.date = fields.date ?? titled.date
            fields.subject = fields.subject ?? SubjectBlock.lines(after: titled.hit.line, in: lines)
        }
        fields.subject = fields.subject.map { SubjectBlock.withoutMisspeltLabel(GluedSyllables.split($0)) }
        fields.type = DocumentKind.decide(title: titleType, number: fields.number, hasRegardingLine: regarding != nil)
        fields.issuer = (IssuerBlock.read(lines, zone: zone) ?? IssuerBlock.enactingAuthority(in: lines, zone: zone)
            ?? IssuerBlock.infer(from: lines, zone: zone))
            .map { IssuerBlock.completed($0, in: lines, zone: zone) }
        fields.signature = stamp?.signature
        let listLabel = RecipientLists.distributionLabel(in: lines)
        fields.signer = SignerBlock.read(lines, before: min(stamp?.firstLine ?? lines.count, RecipientLists.letterEnd(in: lines, label: listLabel)))
        fields.addressees = RecipientLists.addressees(in: lines, zone: zone)
        fields.distribution = RecipientLists.distribution(in: lines, label: listLabel)
        return fields
    }
}
