import VanbanRecord

/// Writes one letter: header fields, a body in the shape of its kind, signature and
/// "Nơi nhận", recording every citation mention and target as it goes.
struct LetterComposer {
    let index: Int
    let kind: LetterKind
    let issuer: IssuingBody
    let topic: Topic
    let date: CalendarDate
    let number: DocumentNumber
    let sources: LetterSources
    let subject: String
    var rng: SeededRandom
    var phraser: CitationPhraser
    var targetPhraser: TargetPhraser

    var blocks: [LetterBlock] = []
    var citations: [LetterCitation] = []
    var citationSlots: [String: Int] = [:]
    var targets: [Target] = []
    var addressees: [String] = []

    init(index: Int, kind: LetterKind, issuer: IssuingBody, topic: Topic, date: CalendarDate, number: DocumentNumber,
         sources: LetterSources, subject: String, rng: SeededRandom) {
        self.index = index
        self.kind = kind
        self.issuer = issuer
        self.topic = topic
        self.date = date
        self.number = number
        self.sources = sources
        self.subject = subject
        self.rng = rng
        phraser = CitationPhraser(rng: rng.derived(1))
        targetPhraser = TargetPhraser(rng: rng.derived(2))
    }

    // MARK: Writing blocks

    /// Adds a block, turning the builder's mentions into marks and citation places.
    mutating func emit(_ role: LetterBlock.Role, _ p: ParagraphBuilder, lead: String = "") {
        let blockIndex = blocks.count
        var marks: [LetterBlock.Mark] = []
        for m in p.mentions {
            let slot: Int
            if let existing = citationSlots[m.document.identity] {
                slot = existing
                if citations[slot].issuer == nil { citations[slot].issuer = m.issuer }
                if citations[slot].subject == nil { citations[slot].subject = m.subject }
            } else {
                slot = citations.count
                citationSlots[m.document.identity] = slot
                citations.append(LetterCitation(document: m.document, relation: m.relation, issuer: m.issuer,
                                                subject: m.subject, places: []))
            }
            citations[slot].places.append(.init(block: blockIndex, offset: m.offset, text: m.text))
            marks.append(.init(offset: m.offset, length: m.length, citation: slot))
        }
        blocks.append(LetterBlock(role: role, lead: lead, text: p.text, marks: marks))
    }

    mutating func paragraph(_ text: String) {
        emit(.paragraph, ParagraphBuilder(text))
    }

    mutating func heading(_ text: String) {
        emit(.heading, ParagraphBuilder(text))
    }

    mutating func subheading(_ text: String) {
        emit(.subheading, ParagraphBuilder(text))
    }

    mutating func item(_ text: String, last: Bool) {
        emit(.listItem, ParagraphBuilder("- " + text + (last ? "." : ";")))
    }

    /// Target list items ("- Thu ngân sách ... đạt 4.800 tỷ đồng;"), `count` distinct metrics.
    mutating func targetItems(_ count: Int) {
        let metrics = rng.sample(topic.metrics, count)
        for (i, metric) in metrics.enumerated() {
            let (text, target) = targetPhraser.clause(metric, year: date.year)
            targets.append(target)
            item(text, last: i == metrics.count - 1)
        }
    }

    /// Target clauses inside one sentence, joined by ";".
    mutating func inlineTargets(_ count: Int) -> String {
        rng.sample(topic.metrics, count).map { metric in
            let (text, target) = targetPhraser.clause(metric, year: date.year)
            let lowered = Self.lowerFirst(text)
            targets.append(Target(text: lowered, metric: target.metric, value: target.value, unit: target.unit,
                                  comparison: target.comparison))
            return lowered
        }.joined(separator: "; ")
    }

    /// "Căn cứ <document>;" lines, one per document.
    mutating func basisLines(_ docs: [CitedDocument]) {
        for doc in docs {
            var p = ParagraphBuilder("Căn cứ ")
            phraser.full(doc, into: &p, relation: "basis")
            p.append(";")
            emit(.paragraph, p)
        }
    }

    /// The sentence opening a letter by what it carries out: "Thực hiện <docs>, <rest>".
    mutating func implementing(_ docs: [CitedDocument], then rest: String) {
        var p = ParagraphBuilder(rng.weighted([("Thực hiện ", 6), ("Triển khai ", 2), ("Thực hiện chỉ đạo tại ", 1)]))
        phraser.list(docs, into: &p, relation: "implements")
        p.append(rng.chance(0.5) ? "; " : ", ")
        p.append(rest)
        emit(.paragraph, p)
    }

    // MARK: Shared wording

    /// The unit that leads the work, as the body itself would assign it.
    var leadUnit: String {
        switch issuer.level {
        case .provinceCommittee:
            let sector = topic.sectors.first.flatMap { code in Departments.all.first { $0.code == code }?.name }
            return sector ?? "Sở Nội vụ"
        case .districtCommittee: return "Phòng Nội vụ"
        case .department: return "Văn phòng Sở"
        case .serviceUnit: return "Phòng Tổ chức - Hành chính"
        case .provinceParty: return "Ban Tuyên giáo Tỉnh ủy"
        case .districtParty: return "Ban Tuyên giáo Huyện ủy"
        case .partyBloc, .partyCommittee, .partyBoard: return "Văn phòng"
        }
    }

    /// Whom results are reported to.
    var superiorShort: String {
        switch issuer.level {
        case .provinceCommittee: return "Ủy ban nhân dân tỉnh"
        case .districtCommittee: return "Ủy ban nhân dân \(districtKind)"
        case .department, .serviceUnit: return issuer.selfName
        case .provinceParty, .districtParty, .partyBloc: return issuer.selfName
        case .partyCommittee, .partyBoard: return "Thường trực Tỉnh ủy"
        }
    }

    /// "huyện", "thị xã" or "thành phố" for district bodies; "tỉnh" otherwise.
    var districtKind: String {
        if issuer.level == .districtCommittee || issuer.level == .districtParty {
            if issuer.name.contains("thị xã") || issuer.name.hasPrefix("Thị ủy") { return "thị xã" }
            if issuer.name.contains("thành phố") || issuer.name.hasPrefix("Thành ủy") { return "thành phố" }
            return "huyện"
        }
        return "tỉnh"
    }

    /// A reporting deadline later in the year, in one of the date styles (a date that is no citation).
    mutating func deadline() -> String {
        let d = CalendarDate(year: date.year, month: rng.int(max(date.month, 10)...12), day: rng.pick([5, 10, 15, 20, 25]))
        return "trước ngày " + (rng.chance(0.7) ? DateStyle.slash.format(d) : DateStyle.words.format(d))
    }

    /// The first of `docs` the letter has not cited yet.
    func fresh(_ docs: [CitedDocument]) -> CitedDocument? {
        docs.first { citationSlots[$0.identity] == nil }
    }

    /// The documents without repeats, first occurrence kept.
    static func distinct(_ docs: [CitedDocument]) -> [CitedDocument] {
        var seen: Set<String> = []
        return docs.filter { seen.insert($0.identity).inserted }
    }

    static func lowerFirst(_ s: String) -> String {
        Letter.lowerFirst(s)
    }

    static func upperFirst(_ s: String) -> String {
        TargetPhraser.capitalized(s)
    }
}
