/// Generates an archive of synthetic Vietnamese official letters, deterministically from a seed.
///
/// Letters are dated in order; each one may carry out or mention earlier letters of the same
/// province (so citation chains exist), central and Party documents, and laws by name. Numbers
/// restart every year (Party numbers every term), so the same number names documents of
/// different years.
public struct CorpusGenerator: Sendable {
    public let options: CorpusOptions

    public init(options: CorpusOptions) {
        self.options = options
    }

    /// All letters, in date order (`index` 0 is the earliest).
    public func letters() -> [Letter] {
        var all: [Letter] = []
        generate { all += $0 }
        return all
    }

    /// Generates the letters in date order and hands them over `batchSize` at a time, so a large
    /// corpus never has to sit in memory whole.
    public func generate(batchSize: Int = 256, _ handle: ([Letter]) throws -> Void) rethrows {
        var rng = SeededRandom(seed: options.seed)
        let count = max(0, options.count)
        guard count > 0 else { return }
        let provinceCount = min(Provinces.all.count, max(1, (count + 59) / 60))
        let provinces = rng.sample(Provinces.all, provinceCount).enumerated().map { i, entry in
            var local = rng.derived(UInt64(i) + 100)
            return ProvinceBodies(entry, using: &local)
        }
        let dates = (0..<count).map { _ -> CalendarDate in
            let year = rng.int(options.years)
            return CalendarDate(year: year, dayOfYear: rng.int(4...(CalendarDate.daysIn(year: year) - 8)))
        }.sorted()

        var state = ArchiveState(provinces: provinces, provincial: ProvincialDocuments(seed: options.seed))
        var batch: [Letter] = []
        batch.reserveCapacity(max(1, batchSize))
        for (i, date) in dates.enumerated() {
            var local = rng.derived(UInt64(i) &* 7919 &+ 1)
            let kind = options.kinds.map { $0[i % $0.count] }
                ?? LetterKind.written(slug: local.weighted(KindWeights.overall))!
            let province = local.int(0...(provinces.count - 1))
            var letter = state.compose(index: i, kind: kind, date: date, province: province, using: &local)
            if local.chance(options.trapRate) {
                letter = TrapPlanner.plan(letter, using: &local)
            }
            state.record(letter, province: province)
            batch.append(letter)
            if batch.count >= max(1, batchSize) {
                try handle(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try handle(batch) }
    }
}
