import VanbanRecord

/// Hands out document numbers the way registries do: state sequences restart every
/// 1 January, Party sequences run through a committee's term. Only some of a body's
/// documents are generated, so sequences jump; now and then a jump lands on a number the
/// same body used in an earlier year, so one number names two documents of different years.
struct NumberRegistry {
    private var last: [String: Int] = [:]
    private var used: [String: [Int: Set<Int>]] = [:]

    /// Party terms (congress to congress); numbering restarts with each.
    static func partyTerm(_ date: CalendarDate) -> Int {
        date.year < 2020 || (date.year == 2020 && date.month < 10) ? 0 : (date.year < 2025 || (date.year == 2025 && date.month < 10) ? 1 : 2)
    }

    mutating func number(for issuer: IssuingBody, kind: LetterKind, date: CalendarDate, normative: Bool,
                         unit: String, using rng: inout SeededRandom) -> DocumentNumber {
        let symbol = issuer.isParty ? kind.partySymbol : (kind.symbol ?? "CV")
        let stream = "\(issuer.key)|\(symbol)|\(normative)"
        let period = issuer.isParty ? Self.partyTerm(date) : date.year
        let key = "\(stream)|\(period)"
        let previous = last[key] ?? 0
        var seq = previous + (previous == 0 ? rng.int(1...12) : rng.int(1...18))
        if rng.chance(0.3) {
            let earlier = (used[stream] ?? [:]).filter { $0.key < period }.flatMap(\.value)
            if let reuse = earlier.filter({ $0 > previous && $0 <= previous + 40 }).min() { seq = reuse }
        }
        last[key] = seq
        used[stream, default: [:]][period, default: []].insert(seq)

        let printed = seq < 10 ? "0\(seq)" : String(seq)
        if issuer.isParty {
            let sym = "\(kind.partySymbol)/\(issuer.code)"
            return DocumentNumber(raw: "\(printed)-\(sym)", seq: printed, year: nil, symbol: sym)
        }
        if normative {
            let sym = "QĐ-\(issuer.code)"
            return DocumentNumber(raw: "\(printed)/\(date.year)/\(sym)", seq: printed, year: date.year, symbol: sym)
        }
        let sym = kind.symbol.map { "\($0)-\(issuer.code)" } ?? "\(issuer.code)-\(unit)"
        return DocumentNumber(raw: "\(printed)/\(sym)", seq: printed, year: nil, symbol: sym)
    }
}
