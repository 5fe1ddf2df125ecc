/// Writes mentions of other documents in the forms letters use: with or without "số",
/// any date style, a comma before the date of a Party number, "của <issuer> về <subject>",
/// several documents in one list, laws by name with or without their date.
struct CitationPhraser {
    /// Subject openings that can follow the issuer without "về" ("... của UBND tỉnh triển khai ...").
    private static let verbStarts = ["triển khai", "thực hiện", "tổ chức", "tăng cường", "đẩy mạnh", "phê duyệt", "ban hành", "phát động"]

    var rng: SeededRandom

    mutating func dateStyle() -> DateStyle {
        rng.weighted([(.slash, 35), (.slashPadded, 25), (.dots, 10), (.dashes, 5), (.words, 25)])
    }

    /// "Kế hoạch số 84/KH-UBND ngày 15/5/2017" (the mention), optionally followed by
    /// " của UBND tỉnh về ..." (not part of the mention). Returns the issuer and subject written.
    mutating func full(_ doc: CitedDocument, into p: inout ParagraphBuilder, relation: String,
                       issuer wantIssuer: Bool = true, subject wantSubject: Bool = true) {
        if doc.number == nil {
            law(doc, into: &p, relation: relation)
            return
        }
        let surface = numbered(doc, word: doc.kind.word, dated: !rng.chance(0.04))
        let issuer = wantIssuer && !doc.issuerNames.isEmpty ? rng.pick(doc.issuerNames) : nil
        let subject = wantSubject ? doc.subject : nil
        p.mention(surface, of: doc, relation: relation, issuer: issuer, subject: subject)
        if let issuer { p.append(" của \(issuer)") }
        if let subject { p.append(connector(subject) + subject) }
    }

    /// "Kế hoạch số 84/KH-UBND" (after the first mention).
    mutating func short(_ doc: CitedDocument, into p: inout ParagraphBuilder, relation: String) {
        if let title = doc.title {
            p.mention(title, of: doc, relation: relation, issuer: nil, subject: nil)
            return
        }
        p.mention(numbered(doc, word: doc.kind.word, dated: false), of: doc, relation: relation, issuer: nil, subject: nil)
    }

    /// Several documents in one phrase. Same kind and issuer: "Quyết định số 12/QĐ-UBND ngày 3/1/2023 và
    /// số 45/QĐ-UBND ngày 5/2/2023 của UBND tỉnh"; otherwise each with its own issuer, joined by ";" and "và".
    mutating func list(_ docs: [CitedDocument], into p: inout ParagraphBuilder, relation: String) {
        guard docs.count > 1 else {
            if let doc = docs.first { full(doc, into: &p, relation: relation) }
            return
        }
        let sameKind = docs.allSatisfy { $0.kind == docs[0].kind && $0.number != nil && $0.issuerNames == docs[0].issuerNames }
        if sameKind, rng.chance(0.6) {
            let issuer = docs[0].issuerNames.isEmpty ? nil : rng.pick(docs[0].issuerNames)
            for (i, doc) in docs.enumerated() {
                if i > 0 { p.append(i == docs.count - 1 ? " và " : ", ") }
                let surface = i == 0 ? numbered(doc, word: doc.kind.word, dated: true) : numbered(doc, word: nil, dated: true)
                p.mention(surface, of: doc, relation: relation, issuer: issuer, subject: nil)
            }
            if let issuer { p.append(" của \(issuer)") }
            return
        }
        for (i, doc) in docs.enumerated() {
            if i > 0 { p.append(i == docs.count - 1 ? " và " : "; ") }
            full(doc, into: &p, relation: relation, subject: i == docs.count - 1 || rng.chance(0.5))
        }
    }

    private mutating func law(_ doc: CitedDocument, into p: inout ParagraphBuilder, relation: String) {
        var surface = doc.title ?? doc.kind.word
        if let date = doc.date, rng.chance(0.75) {
            surface += " ngày " + (rng.chance(0.85) ? DateStyle.words.format(date) : dateStyle().format(date))
        }
        p.mention(surface, of: doc, relation: relation, issuer: nil, subject: nil)
    }

    /// "[Word ]số 12-NQ/ĐU[,] ngày 05/9/2024" with the word and "số" optional.
    private mutating func numbered(_ doc: CitedDocument, word: String?, dated: Bool) -> String {
        var s = ""
        if let word { s = word + " " }
        if word == nil || !rng.chance(0.15) { s += "số " }
        s += doc.number ?? ""
        if dated, let date = doc.date {
            s += (doc.isPartyNumber && rng.chance(0.4)) ? ", ngày " : " ngày "
            s += dateStyle().format(date)
        }
        return s
    }

    private mutating func connector(_ subject: String) -> String {
        if Self.verbStarts.contains(where: { subject.hasPrefix($0) }), rng.chance(0.3) { return " " }
        return rng.chance(0.25) ? " về việc " : " về "
    }
}
