/// What the generator knows of the archive written so far: the bodies of each province, the
/// number registries, and every earlier letter that a new one may cite.
struct ArchiveState {
    struct Entry {
        let document: CitedDocument
        let issuerKey: String
        let level: IssuingBody.Level
        let topic: String
        let kind: LetterKind
        let place: String
        /// For a tờ trình: the body it was submitted to.
        let submittedTo: String?
    }

    static let implementable: Set<String> = ["ke-hoach", "chi-thi", "quyet-dinh", "nghi-quyet", "cong-van", "huong-dan", "thong-bao"]

    let provinces: [ProvinceBodies]
    let provincial: ProvincialDocuments
    private var registry = NumberRegistry()
    private var entries: [[Entry]]
    private var yearsByNumber: [String: Set<Int>] = [:]
    private var answered: Set<Int> = []

    init(provinces: [ProvinceBodies], provincial: ProvincialDocuments) {
        self.provinces = provinces
        self.provincial = provincial
        entries = Array(repeating: [], count: provinces.count)
    }

    mutating func compose(index: Int, kind: LetterKind, date: CalendarDate, province: Int,
                          using rng: inout SeededRandom) -> Letter {
        let bodies = provinces[province]
        let weighted = bodies.all.map { ($0, KindWeights.byLevel[$0.level]?[kind.slug] ?? 0) }
        let issuer = rng.weighted(weighted.contains { $0.1 > 0 } ? weighted : [(bodies.committee, 1)])
        let eligible = Self.topics(for: issuer)
        var sources = LetterSources()
        var topic = rng.weighted(eligible.map { ($0, $0.party == issuer.isParty && !$0.sectors.isEmpty || $0.party && issuer.isParty ? 3 : 1) })

        var proposalTopic: String?
        if kind == .quyetDinh, rng.chance(0.7), let proposal = proposal(for: issuer, before: date, province: province) {
            sources.proposal = proposal.document
            answered.insert(proposal.document.letterIndex ?? -1)
            proposalTopic = proposal.topic
        }
        let superiors = KindWeights.superiors[issuer.level] ?? []
        let eligibleKeys = Set(eligible.map(\.key))
        let reachable = entries[province].filter { e in
            guard let d = e.document.date, d < date, Self.implementable.contains(e.kind.slug) else { return false }
            if e.issuerKey == issuer.key { return e.kind != kind || kind == .congVan }
            guard superiors.contains(e.level), e.level != issuer.level || e.level == .department else { return false }
            switch e.level {
            case .districtCommittee, .districtParty: return e.place == issuer.place
            case .department: return issuer.level != .serviceUnit || e.issuerKey == "\(issuer.province)/\(issuer.sector ?? "")"
            default: return true
            }
        }
        let fitting = reachable.filter { eligibleKeys.contains($0.topic) }
        let candidates = fitting.isEmpty ? (rng.chance(0.1) ? reachable : []) : fitting
        if let wanted = proposalTopic, let t = eligible.first(where: { $0.key == wanted }) {
            topic = t
        } else {
            let onTopic = candidates.filter { $0.topic == topic.key }
            if !onTopic.isEmpty, rng.chance(0.85) {
                sources.implemented.append(pickCandidate(onTopic, province: province, using: &rng).document)
            } else if !candidates.isEmpty, rng.chance(0.35) {
                let primary = pickCandidate(candidates, province: province, using: &rng)
                sources.implemented.append(primary.document)
                if let t = eligible.first(where: { $0.key == primary.topic }) { topic = t }
            }
        }
        if let first = sources.implemented.first, rng.chance(0.3) {
            var more = candidates.filter { $0.topic == topic.key && $0.document.identity != first.identity }
            let sameSeries = more.filter { $0.document.kind == first.kind && $0.document.issuerNames == first.issuerNames }
            if !sameSeries.isEmpty, rng.chance(0.6) { more = sameSeries }
            if !more.isEmpty { sources.implemented.append(rng.pick(Array(more.suffix(20))).document) }
        }
        let sameTopic = candidates.filter { $0.topic == topic.key }
        if kind == .quyetDinh, sources.implemented.isEmpty, !sameTopic.isEmpty, rng.chance(0.5) {
            sources.implemented.append(pickCandidate(sameTopic, province: province, using: &rng).document)
        }
        sources.related = related(kind: kind, issuer: issuer, topic: topic.key, date: date, province: province, using: &rng)
        sources.central = rng.sample(CentralDocuments.numbered.filter { doc in
            (doc.topics.contains(topic.key) || doc.topics.isEmpty) && (doc.date.map { $0 < date } ?? false)
        }, rng.int(0...2))
        sources.laws = rng.sample(CentralDocuments.laws.filter { law in
            (law.topics.contains(topic.key) || (law.topics.isEmpty && !issuer.isParty)) && (law.date.map { $0 < date } ?? false)
        }, rng.int(1...2))
        if !issuer.isParty {
            if rng.chance(0.3) {
                sources.provincial.append(provincial.councilResolution(province: issuer.province, forYear: date.year))
            }
            if kind == .quyetDinh, issuer.level == .department || issuer.level == .serviceUnit, rng.chance(0.6) {
                sources.provincial.insert(provincial.organisationDecision(for: issuer), at: 0)
            }
        }

        let leader: String
        switch issuer.level {
        case .provinceCommittee: leader = "Chủ tịch UBND tỉnh"
        case .districtCommittee: leader = "Chủ tịch UBND \(issuer.name.replacingOccurrences(of: "Ủy ban nhân dân ", with: ""))"
        case .department: leader = "Giám đốc Sở"
        case .serviceUnit: leader = "Giám đốc \(issuer.name.hasPrefix("Cơ sở") ? "Cơ sở" : "Trung tâm")"
        default: leader = "Thường trực \(issuer.name)"
        }
        var subject = SubjectPatterns.subject(kind: kind, activity: topic.activity, year: date.year, leader: leader, using: &rng)
        if sources.proposal != nil { subject = "ban hành Kế hoạch \(topic.activity) năm \(date.year)" }
        let normative = kind == .quyetDinh && issuer.level == .provinceCommittee && rng.chance(0.15)
        let number = registry.number(for: issuer, kind: kind, date: date, normative: normative,
                                     unit: rng.pick(issuer.units), using: &rng)
        var composer = LetterComposer(index: index, kind: kind, issuer: issuer, topic: topic, date: date, number: number,
                                      sources: sources, subject: subject, rng: rng.derived(UInt64(index)))
        return composer.compose()
    }

    mutating func record(_ letter: Letter, province: Int) {
        var submittedTo: String?
        if letter.kind == .toTrinh {
            let p = letter.issuer.province
            switch letter.issuer.level {
            case .serviceUnit: submittedTo = letter.issuer.sector.map { "\(p)/\($0)" }
            default: submittedTo = "\(p)/UBND"
            }
        }
        entries[province].append(Entry(document: letter.asCited, issuerKey: letter.issuer.key, level: letter.issuer.level,
                                       topic: letter.topic, kind: letter.kind, place: letter.issuer.place, submittedTo: submittedTo))
        yearsByNumber["\(province)|\(letter.number.raw)", default: []].insert(letter.date.year)
    }

    /// An earlier letter to carry out: often a recent one, sometimes one whose number recurs in another year.
    private func pickCandidate(_ candidates: [Entry], province: Int, using rng: inout SeededRandom) -> Entry {
        if rng.chance(0.3) {
            let ambiguous = candidates.filter { (yearsByNumber["\(province)|\($0.document.number ?? "")"]?.count ?? 0) > 1 }
            if !ambiguous.isEmpty { return rng.pick(ambiguous) }
        }
        return rng.pick(Array(candidates.suffix(25)))
    }

    /// A tờ trình submitted to `issuer` and not yet answered.
    private func proposal(for issuer: IssuingBody, before date: CalendarDate, province: Int) -> Entry? {
        entries[province].last { e in
            e.kind == .toTrinh && e.submittedTo == issuer.key && !answered.contains(e.document.letterIndex ?? -1)
                && (e.document.date.map { $0 < date && date.serial - $0.serial < 200 } ?? false)
        }
    }

    /// Earlier letters of the issuer itself that a report lists or a decision replaces.
    private func related(kind: LetterKind, issuer: IssuingBody, topic: String, date: CalendarDate, province: Int,
                         using rng: inout SeededRandom) -> [CitedDocument] {
        let own = entries[province].filter { e in
            e.issuerKey == issuer.key && (e.document.date.map { $0 < date && date.year - $0.year <= 2 } ?? false)
        }
        switch kind {
        case .baoCao:
            let sameTopic = own.filter { $0.topic == topic && $0.kind != .baoCao }
            return rng.sample(sameTopic.isEmpty ? own.filter { $0.kind != .baoCao } : sameTopic, rng.int(0...2)).map(\.document)
        case .quyetDinh:
            let decisions = own.filter { $0.kind == .quyetDinh && $0.topic == topic }
            return rng.chance(0.5) ? Array(decisions.suffix(1)).map(\.document) : []
        default:
            return []
        }
    }

    /// Topics a body writes about.
    static func topics(for body: IssuingBody) -> [Topic] {
        if body.isParty {
            let shared = StateTopics.all.filter { ["nong-thon-moi", "giam-ngheo", "chuyen-doi-so", "thi-dua"].contains($0.key) }
            return PartyTopics.all + shared
        }
        guard let sector = body.sector else { return StateTopics.all }
        let own = StateTopics.all.filter { $0.sectors.isEmpty || $0.sectors.contains(sector) }
        return own.isEmpty ? StateTopics.all : own
    }
}
