import VanbanRecord

/// Merges mentions into one citation per distinct document, in order of first mention.
///
/// A document is its number (or a law's name) and the year of its date: the same number
/// in another year is another document. A mention without a date (the official short
/// form "Chỉ thị số 01/CT-UBND nêu trên") joins the latest document with that number; a
/// dated mention joins an undated one with that number and gives it its date.
///
/// Linear in the number of mentions: each mention finds its entry through an index by
/// identity and is appended in place (a text citing one document 200,000 times merges in
/// one pass, not in 200,000 scans and copies).
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

        var year: Int? { date.flatMap { Int($0.prefix(4)) } }
    }

    /// The entries that share one identity (number or folded name).
    private struct Group {
        /// For each year, the first entry (lowest index) dated in that year.
        var firstByYear: [Int: Int] = [:]
        /// Entries without a date, in order.
        var undated: [Int] = []
        /// The entry that took the latest mention.
        var latest: Int

        /// Entry `n` was made for a mention with `date` and its `year`.
        mutating func created(_ n: Int, date: String?, year: Int?) {
            latest = n
            if date == nil {
                undated.append(n)
            } else if let year, firstByYear[year] == nil {
                firstByYear[year] = n
            }
        }

        /// Entry `n` took a mention; `gainedYear` is set when that gave it its first date (the
        /// inner nil for a date without a readable year).
        mutating func took(_ n: Int, gainedYear: Int??) {
            latest = n
            guard let gainedYear else { return }
            undated.removeAll { $0 == n }
            if let year = gainedYear, firstByYear[year].map({ $0 > n }) ?? true {
                firstByYear[year] = n
            }
        }
    }

    private var entries: [Entry] = []
    private var groups: [String: Group] = [:]

    mutating func add(_ m: CitationMention) {
        let identity = m.identity
        let target: Int?
        if let group = groups[identity] {
            if let year = m.year {
                target = group.firstByYear[year] ?? group.undated.last
            } else {
                target = group.latest
            }
        } else {
            target = nil
        }
        guard let n = target else {
            let n = entries.count
            entries.append(Entry(identity: identity, first: m, type: m.type, typeFromWord: m.typeFromWord, date: m.date,
                                 issuer: m.issuer, subject: m.subject, relation: m.relation, mentions: [m]))
            groups[identity, default: Group(latest: n)].created(n, date: m.date, year: m.year)
            return
        }
        let wasUndated = entries[n].date == nil
        Self.merge(m, into: &entries[n])
        let gainedYear = wasUndated ? entries[n].date.map { _ in entries[n].year } : nil
        groups[identity]?.took(n, gainedYear: gainedYear)
    }

    /// Adds `m` to `e` in place (no copy of its mentions).
    private static func merge(_ m: CitationMention, into e: inout Entry) {
        if !e.typeFromWord && m.typeFromWord {
            e.type = m.type
            e.typeFromWord = true
        }
        e.date = e.date ?? m.date
        e.issuer = e.issuer ?? m.issuer
        e.subject = e.subject ?? m.subject
        // The first mention that says how the text relates to the document decides: a subject's
        // "Triển khai thực hiện Chỉ thị …" before "Căn cứ Chỉ thị …" is implements.
        if e.relation == .mentions { e.relation = m.relation }
        e.mentions.append(m)
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
