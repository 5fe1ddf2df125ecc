import VanbanRules

/// The rules that decide whether a citation names an archived document, one per method,
/// each given the candidates the archive's indexes found (see `ResolutionPass`). Every rule
/// returns the best candidate with its confidence, or nil.
enum CitationMatcher {
    /// Same number (`NumberParts.key`) and, when both are known, the same year: "34-CT/TW" of
    /// 2014 is not "34-CT/TW" of 2024. A letter may cite itself here (`check` reports it).
    static func exact(_ citation: CitationKey, among documents: [DocumentKey]) -> Resolution? {
        guard let key = citation.number?.key else { return nil }
        let matching = documents.filter { document in
            guard document.number?.key == key else { return false }
            if let year = citation.year, let other = document.year { return year == other }
            return true
        }
        let issuer = matching.count > 1 ? citation.issuer : nil
        return best(matching.map { document in
            let confidence: Double = citation.year != nil && document.year != nil ? 1 : 0.8
            return matching.count > 1 ? tieBroken(confidence, citation, issuer, document) : (confidence, document.id)
        }, method: .exact)
    }

    /// Same type, sequence and year, the symbol (folded) one letter off, or two when it is
    /// long ("ldtboxh-vp" for "ldtbxh-vp"). With both dates known they must agree; without
    /// them only one letter may differ and a named issuer must match.
    /// The edits between two symbols when they are few enough to be a typo: one, or two for
    /// symbols of seven letters or more; nil otherwise.
    static func symbolDistance(_ a: String, _ b: String) -> Int? {
        let limit = min(a.unicodeScalars.count, b.unicodeScalars.count) >= 7 ? 2 : 1
        return EditDistance.between(a, b, limit: limit)
    }

    static func symbol(_ citation: CitationKey, among documents: [DocumentKey]) -> Resolution? {
        guard let number = citation.number, let seq = number.seq, let symbol = number.symbolKey,
              let year = citation.year else { return nil }
        return best(documents.compactMap { document in
            guard document.id != citation.citingID, let other = document.number, other.seq == seq,
                  let otherSymbol = other.symbolKey, other.key != number.key, document.year == year,
                  compatible(citation.type, document.type) else { return nil }
            guard let distance = symbolDistance(symbol, otherSymbol) else { return nil }
            if let date = citation.date, let otherDate = document.date {
                guard date == otherDate else { return nil }
                return (distance == 1 ? 0.9 : 0.8, document.id)
            }
            guard distance == 1, (issuerSimilarity(citation.issuer, document) ?? 1) >= 0.5 else { return nil }
            return (0.6, document.id)
        }, method: .symbol)
    }

    /// A document whose own sequence number is lost (no number, or a number left blank for
    /// hand-filling): the same type, a compatible year, and a like subject (words shared) and
    /// issuer. A citation without a subject or issuer of its own is read with `context`, the
    /// clause that follows its mention in the letter ("... của UBND tỉnh Sơn La về phát động
    /// phong trào thi đua năm 2023"): most of the document's subject words must be in it.
    /// With neither, the same date and issuer are needed.
    static func subject(_ citation: CitationKey, among documents: [DocumentKey], context: String? = nil) -> Resolution? {
        guard let type = citation.type, !documents.isEmpty else { return nil }
        let citedSubject = citation.subject
        let contextWords = citedSubject == nil ? context.map(SubjectWords.init) : nil
        let citedIssuer = citation.issuer ?? context.map(IssuerName.init)
        return best(documents.compactMap { document in
            guard document.id != citation.citingID, document.type == type, document.number?.seq == nil else { return nil }
            if let symbol = document.number?.symbolKey, let cited = citation.number?.symbolKey,
               EditDistance.between(symbol, cited, limit: 1) == nil {
                return nil
            }
            var yearKnown = false
            if let year = citation.year, let other = document.year {
                guard year == other else { return nil }
                yearKnown = true
            }
            let sameDate = citation.date != nil && citation.date == document.date
            let otherDate = citation.date != nil && document.date != nil && !sameDate
            let issuer = issuerSimilarity(citedIssuer, document)
            let subject = document.subject
            var confidence: Double
            if let words = citedSubject, !subject.isEmpty {
                let similarity = words.similarity(to: subject)
                guard similarity >= 0.6, (issuer ?? 1) >= 0.5 else { return nil }
                confidence = 0.35 + 0.35 * similarity
            } else if let words = contextWords, !subject.isEmpty, subject.containment(in: words) >= 0.75 {
                guard (issuer ?? 1) >= 0.5 else { return nil }
                confidence = 0.3 + 0.35 * subject.containment(in: words)
            } else {
                guard sameDate, (issuer ?? 0) >= 0.6 else { return nil }
                confidence = 0.45
            }
            confidence += issuer.map { 0.1 * $0 } ?? 0.03
            confidence += sameDate ? 0.1 : yearKnown ? 0.05 : 0
            confidence -= otherDate ? 0.1 : 0
            return (min(confidence, 0.85), document.id)
        }, method: .subject)
    }

    /// A document cited by name (a law): the same type and name, and the same year when both
    /// are known.
    static func title(_ citation: CitationKey, among documents: [DocumentKey]) -> Resolution? {
        guard let key = citation.titleKey else { return nil }
        return best(documents.compactMap { document in
            guard document.titleKey == key, compatible(citation.type, document.type) else { return nil }
            if let year = citation.year, let other = document.year {
                return year == other ? (0.95, document.id) : nil
            }
            return (0.85, document.id)
        }, method: .title)
    }

    /// How well the citation's issuer matches the document's (name, or name with parent), or
    /// nil when either is unknown.
    static func issuerSimilarity(_ issuer: IssuerName?, _ document: DocumentKey) -> Double? {
        guard let issuer else { return nil }
        let names = document.issuers
        return names.isEmpty ? nil : names.map { issuer.similarity(to: $0) }.max()
    }

    /// Types agree when both are known and equal, or when either is unknown.
    private static func compatible(_ a: String?, _ b: String?) -> Bool {
        a == nil || b == nil || a == b
    }

    /// Among documents that bear the same number, the one with the same date, then the most
    /// like issuer, is preferred: a small bonus below the next confidence step.
    private static func tieBroken(_ confidence: Double, _ citation: CitationKey, _ issuer: IssuerName?,
                                  _ document: DocumentKey) -> (Double, Int64) {
        var bonus = citation.date != nil && citation.date == document.date ? 0.002 : 0
        bonus += 0.001 * (issuerSimilarity(issuer, document) ?? 0)
        return (confidence + bonus, document.id)
    }

    /// The candidate of highest confidence (the lowest id among equals), confidence rounded
    /// to two places.
    private static func best(_ scored: [(Double, Int64)], method: ResolutionMethod) -> Resolution? {
        guard let top = scored.min(by: { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }) else { return nil }
        return Resolution(target: .document(top.1), method: method, confidence: (top.0 * 100).rounded() / 100)
    }
}
