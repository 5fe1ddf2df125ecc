import VanbanRecord

/// Merges mentions into one citation per distinct document, in order of first mention.
///
/// A document is its number (or a law's name) and the year of its date: the same number
/// in another year is another document. A mention without a date (the official short
/// form "Chỉ thị số 01/CT-UBND nêu trên") joins the latest document with that number; a
/// dated mention joins an undated one with that number and gives it its date.
struct CitationMerger {
    private struct Entry {
        var identity: String
        var first: CitationMention
        var type: String
        var typeFromWord: Bool
        var date: String?
        var issuer: String?
        var subject: String?
        var relation: CitationMention.Relation
        var mentions: [CitationMention]
        var lastMention: Int

        var year: Int? { date.flatMap { Int($0.prefix(4)) } }
    }

    private var entries: [Entry] = []
    private var order = 0

    mutating func add(_ m: CitationMention) {
        order += 1
        let identity = m.identity
        let candidates = entries.indices.filter { entries[$0].identity == identity }
        let target: Int?
        if let year = m.year {
            target = candidates.first { entries[$0].year == year } ?? candidates.last { entries[$0].date == nil }
        } else {
            target = candidates.max { entries[$0].lastMention < entries[$1].lastMention }
        }
        guard let n = target else {
            entries.append(Entry(identity: identity, first: m, type: m.type, typeFromWord: m.typeFromWord, date: m.date,
                                 issuer: m.issuer, subject: m.subject, relation: m.relation, mentions: [m], lastMention: order))
            return
        }
        var e = entries[n]
        if !e.typeFromWord && m.typeFromWord {
            e.type = m.type
            e.typeFromWord = true
        }
        e.date = e.date ?? m.date
        e.issuer = e.issuer ?? m.issuer
        e.subject = e.subject ?? m.subject
        e.relation = max(e.relation, m.relation)
        e.mentions.append(m)
        e.lastMention = order
        entries[n] = e
    }

    /// The citations, with each mention's offset and surface form from `text`.
    func citations(_ text: ScalarText) -> [Citation] {
        entries.map { e in
            Citation(type: e.type, number: e.first.number, title: e.first.title, date: e.date, issuer: e.issuer,
                     subject: e.subject, relation: e.relation.rawValue,
                     mentions: e.mentions.map { Mention(offset: $0.range.lowerBound, text: text.string($0.range)) })
        }
    }
}
