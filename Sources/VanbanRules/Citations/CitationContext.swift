/// Reads what the words around a mention say: its issuer ("của <issuer>"), its subject
/// ("về <subject>") and how the text relates to it, from the lead word of its clause
/// ("Căn cứ" → basis; "Thực hiện", "Triển khai", "Hưởng ứng" → implements). A list of
/// mentions after one lead word shares it.
struct CitationContext {
    let text: ScalarText
    /// The text with line breaks inside paragraphs as spaces (paragraph ends stay "\n").
    let flat: [Unicode.Scalar]

    /// The text's own type (a slug), when known.
    let ownType: String?
    /// Whom the text is addressed to ("Kính gửi"): a letter one of them sent is answered.
    let addressees: [IssuerName]

    init(_ text: ScalarText, _ layout: LogicalParagraphs, ownType: String? = nil, addressees: [String] = []) {
        self.text = text
        self.flat = layout.flat
        self.ownType = ownType
        self.addressees = addressees.map(IssuerName.init).filter { $0.words.count >= 2 }
    }

    /// Fills issuer, subject, extent and relation of each mention (sorted by position).
    func describe(_ mentions: inout [CitationMention]) {
        let starts = mentions.map(\.range.lowerBound)
        for n in mentions.indices {
            let limit = n + 1 < mentions.count ? starts[n + 1] : text.count
            readIssuerAndSubject(&mentions[n], limit: limit)
        }
        // What a mention passes on to the next one of a list: its own relation, or, for a mention
        // inside the words that describe another, that other's.
        var passOn: CitationMention.Relation = .mentions
        var described = false
        for n in mentions.indices {
            let previous = n > 0 ? mentions[n - 1] : nil
            let reading = self.relation(of: mentions[n], after: previous, passedOn: passOn, previousDescribed: described)
            mentions[n].relation = reading.relation
            passOn = reading.passOn
            described = reading.described
            // (the passive may follow a document named inside the last item's description: it is the item's)
            if reading.relation != .mentions || reading.described, let said = passive(after: mentions[n]),
               said == reading.relation || reading.described {
                shareWithList(&mentions, endingAt: n, relation: said)
            }
        }
    }

    /// A passive after the last document of a list is said of every item ("Quyết định số A …;
    /// Quyết định số B … hết hiệu lực kể từ ngày …"): the items before it in the same sentence,
    /// each opening its part of the list (after ";" or "và", or at the clause's start), take its
    /// relation; documents named inside an item's description stay mentioned.
    private func shareWithList(_ mentions: inout [CitationMention], endingAt n: Int, relation: CitationMention.Relation) {
        var k = n - 1
        while k >= 0 {
            let m = mentions[k]
            let gap = m.range.lowerBound..<mentions[k + 1].range.lowerBound
            if flat[gap].contains(where: { $0 == "\n" }) || hasSentenceEnd(in: gap) { break }
            if m.relation == .mentions, opensListItem(m.range.lowerBound) { mentions[k].relation = relation }
            k -= 1
        }
    }

    /// Whether `range` holds a sentence's end (". " before a capital).
    private func hasSentenceEnd(in range: Range<Int>) -> Bool {
        for j in range where flat[j] == "." && j + 2 < flat.count && flat[j + 1] == " " && ScalarText.isUpper(flat[j + 2]) {
            return true
        }
        return false
    }

    private static let listJoiner = ScalarText.key("và")

    /// Whether a mention at `start` opens a part of a list: ";" or "và" before it, or a clause's or
    /// numbered item's start ("2. Quyết định số …").
    private func opensListItem(_ start: Int) -> Bool {
        var j = start
        while j > 0, flat[j - 1] == " " { j -= 1 }
        guard j > 0 else { return true }
        let c = flat[j - 1]
        if c == ";" || c == "\n" || c == ":" { return true }
        if let w = text.word(before: j), w.upperBound == j, text.keyEquals(w, Self.listJoiner) { return true }
        // "2. Quyết định …", "a) Quyết định …"
        if c == "." || c == ")", let w = text.word(before: j - 1), w.upperBound == j - 1, w.count <= 3 {
            return w.lowerBound == 0 || flat[w.lowerBound - 1] == "\n"
        }
        return false
    }

    // MARK: Issuer and subject

    private static let of = ScalarText.key("của")
    private static let about = [ScalarText.key("về việc"), ScalarText.key("v/v"), ScalarText.key("về")]
    /// Verbs that end an issuer and open the subject ("của Thủ tướng Chính phủ phê duyệt ...").
    private static let subjectVerbs = [
        "phê duyệt", "ban hành", "phát động", "hướng dẫn", "triển khai", "thực hiện", "quy định", "tiếp tục",
        "hành động", "kết luận", "giao", "sửa đổi", "bổ sung", "tổ chức", "tuyên truyền", "công bố", "kiện toàn",
    ].map(ScalarText.key)
    /// Verbs that say what a document does when they follow its number ("… số 149/2016/NĐ-CP sửa đổi,
    /// bổ sung …", "… số 56/2014/TT-BTC hướng dẫn thực hiện …").
    private static let describingVerbs = [
        "sửa đổi", "bổ sung", "hướng dẫn", "quy định", "ban hành", "phê duyệt", "thay thế", "bãi bỏ",
    ].map(ScalarText.key)
    /// Words that end an issuer without opening a subject.
    private static let issuerStops = ["tại", "đối với", "gửi", "nêu", "đã", "để", "nhằm", "theo", "trong", "và các", "cho", "với"]
        .map(ScalarText.key)

    private func readIssuerAndSubject(_ m: inout CitationMention, limit: Int) {
        var k = text.skipSpace(m.range.upperBound)
        var subjectStart: Int?
        if let ofEnd = text.match(Self.of, at: k) {
            let start = text.skipSpace(ofEnd)
            var j = start
            var words = 0
            while j < limit, words < 16 {
                let c = flat[j]
                if c == "\n" || ";,.:(".unicodeScalars.contains(c) { break }
                if ScalarText.isWordChar(c), j == 0 || !ScalarText.isWordChar(flat[j - 1]) {
                    if text.matchAny(Self.about, at: j) != nil { break }
                    if text.matchAny(Self.subjectVerbs, at: j) != nil {
                        subjectStart = j
                        break
                    }
                    if text.matchAny(Self.issuerStops, at: j) != nil { break }
                    words += 1
                }
                j += 1
            }
            let issuer = trimmedSubject(text.string(start..<j))
            if !issuer.isEmpty { m.issuer = issuer }
            m.extentEnd = max(m.extentEnd, j)
            k = text.skipSpace(skipBracket(at: j, limit: limit))
        }
        if subjectStart == nil, let (_, end) = text.matchAny(Self.about, at: k) {
            subjectStart = text.skipSpace(end)
        } else if subjectStart == nil, k < limit, text.matchAny(Self.describingVerbs, at: k) != nil {
            // What the document does, right after its number: "Nghị định số 149/2016/NĐ-CP sửa đổi,
            // bổ sung Nghị định số 177/2013/NĐ-CP": the document it amends is only mentioned.
            subjectStart = k
        }
        guard let start = subjectStart, start < limit else { return }
        let end = subjectEnd(from: start, limit: limit)
        let subject = trimmedSubject(text.string(start..<end))
        if !subject.isEmpty { m.subject = subject }
        m.extentEnd = max(m.extentEnd, end)
    }

    /// Past a short bracketed remark at `i` ("(khoá XI)"), or `i` when there is none.
    private func skipBracket(at i: Int, limit: Int) -> Int {
        guard i < limit, flat[i] == "(" else { return i }
        var j = i + 1
        while j < limit, j - i < 40, flat[j] != ")", flat[j] != "\n" { j += 1 }
        return j < limit && flat[j] == ")" ? j + 1 : i
    }

    /// The end of a subject: ";", the sentence's end, a bracket, a comma before a capital
    /// (the main clause: ", Sở ... đề nghị"), or the next mention.
    private func subjectEnd(from start: Int, limit: Int) -> Int {
        var j = start
        var words = 0
        while j < limit, words < 60 {
            let c = flat[j]
            if c == "\n" || c == ";" { break }
            if c == "(", j + 1 < flat.count, ScalarText.isUpper(flat[j + 1]) { break }
            if c == "." || c == "!" || c == "?" {
                let next = j + 1 < flat.count ? flat[j + 1] : "\n"
                if ScalarText.isSpace(next) || next == "/" { break }
            }
            if c == ",", j + 2 < flat.count, flat[j + 1] == " ",
               ScalarText.isUpper(flat[j + 2]) || text.matchAny(Self.clauseOpeners, at: j + 2) != nil {
                break
            }
            if c == " " { words += 1 }
            j += 1
        }
        return j
    }

    /// Words that open a new clause after a comma ("..., nhằm thúc đẩy ...").
    private static let clauseOpeners = ["nhằm", "để", "đồng thời", "góp phần", "qua đó", "từ đó", "theo đó"].map(ScalarText.key)

    private static let trailing = [" và các", " và", ",", " các", " cùng", " của", " theo", " tại"]

    private func trimmedSubject(_ s: String) -> String {
        var out = s
        var changed = true
        while changed {
            changed = false
            for t in Self.trailing where out.endsWith(t) {
                out.removeLast(t.count)
                changed = true
            }
            while let last = out.unicodeScalars.last, " ,.;:".unicodeScalars.contains(last) {
                out.unicodeScalars.removeLast()
                changed = true
            }
        }
        return out
    }

    // MARK: Relation

    private static let leads = RelationVocabulary.clauseLeads.map { (ScalarText.key($0.0), $0.1) }
    /// Each verb's words (commas left out), and the set of the words verbs end with (a quick test).
    private static let verbs: [([ArraySlice<Unicode.Scalar>], CitationMention.Relation)] = RelationVocabulary.verbs.map {
        (ScalarText.key($0.0.replacingOccurrences(of: ",", with: "")).split(separator: " "), $0.1)
    }
    private static let verbEnds = Set(verbs.compactMap { $0.0.last.map(Array.init) })
    private static let passives = RelationVocabulary.passives.map {
        (ScalarText.key($0.phrase.replacingOccurrences(of: ",", with: "")).split(separator: " "), $0.relation, $0.needsSelf)
    }
    /// The first words of the passives ("được", "bị", "hết") and "đã" before them: a quick test.
    private static let passiveStarts = Set(passives.compactMap { $0.0.first.map(Array.init) })
    private static let already = ScalarText.key("đã")
    /// Words that make a verb passive: its object is not the mention after it.
    private static let passiveMarks: Set<[Unicode.Scalar]> = Set(["được", "bị", "đã được"].map(ScalarText.key))
    private static let fillers = Set(RelationVocabulary.objectFillers.map(ScalarText.key))
    private static let selfReference = ScalarText.key(RelationVocabulary.selfReference)
    /// Words allowed between a lead word and the mention ("Thực hiện nghiêm túc Chỉ thị").
    private static let adverbs: Set<[Unicode.Scalar]> = Set([
        "nghiêm", "túc", "tốt", "có", "hiệu", "quả", "đầy", "đủ", "kịp", "thời", "đồng", "bộ", "quyết", "liệt",
        "tích", "cực", "triệt", "để", "ngay", "khẩn", "trương",
    ].map(ScalarText.key))
    /// Words allowed between two mentions of one list.
    private static let joiners: Set<[Unicode.Scalar]> = Set(["và", "cùng", "hoặc"].map(ScalarText.key))

    /// The relation of `m`, what it passes on to a list going on after it, and whether it stands
    /// inside the words that describe an earlier mention ("Thông tư số … hướng dẫn thi hành Nghị
    /// định số … và Nghị định số …"): such a document is only mentioned, and a list that goes on
    /// after ";" is again the describing one's.
    private func relation(of m: CitationMention, after previous: CitationMention?, passedOn: CitationMention.Relation,
                          previousDescribed: Bool)
        -> (relation: CitationMention.Relation, passOn: CitationMention.Relation, described: Bool) {
        if let previous, previous.extentEnd <= m.range.lowerBound, onlyJoiners(previous.extentEnd..<m.range.lowerBound),
           previous.extentEnd == previous.range.upperBound || joined(before: m.range.lowerBound) {
            if previousDescribed, !hasBreak(from: previous.range.upperBound, to: m.range.lowerBound) {
                return (.mentions, passedOn, true)
            }
            return (passedOn, passedOn, false)
        }
        if let previous {
            let touches = previous.extentEnd > previous.range.upperBound && previous.extentEnd >= m.range.lowerBound
            let goesOn = previousDescribed && !hasBreak(from: previous.range.upperBound, to: m.range.lowerBound)
            if touches || goesOn { return (.mentions, passedOn, true) }
        }
        let relation = ownRelation(of: m, after: previous)
        return (relation, relation, false)
    }

    /// Whether `range` holds a clause break: ";", a paragraph's end or a sentence's end.
    private func hasBreak(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        for j in start..<min(end, flat.count) {
            let c = flat[j]
            if c == ";" || c == "\n" { return true }
            if c == ".", j + 1 < flat.count, flat[j + 1] == " " { return true }
        }
        return false
    }

    private func ownRelation(of m: CitationMention, after previous: CitationMention?) -> CitationMention.Relation {
        // A verb of the text's own whose object is the mention ("… và thay thế Quyết định số …"),
        // not one inside the words that describe the mention before it.
        if let (relation, verbStart) = verb(before: m.range.lowerBound), verbStart >= (previous?.extentEnd ?? 0) {
            return relation
        }
        // The lead word right before the mention, maybe with adverbs between.
        var q = m.range.lowerBound
        for _ in 0..<12 {
            for (lead, relation) in Self.leads {
                if NumberedMentionReader.phrase(text, lead, endingAt: q) != nil { return relation }
            }
            guard let w = wordIgnoringCommas(before: q), Self.adverbs.contains(Array(text.key[w])) || isArticleReference(w) else {
                break
            }
            q = w.lowerBound
        }
        if let relation = passive(after: m) { return relation }
        // The lead word that opens the mention's clause: "Căn cứ Quy chế … ban hành kèm theo Nghị định
        // số …", "Căn cứ các Nghị định của Chính phủ: số …; số …", "Thực hiện ý kiến … tại công văn số …".
        if let relation = clauseLead(before: m.range.lowerBound), relation == .basis || relation == .implements {
            return relation
        }
        if answersAddressee(m) { return .responds }
        return .mentions
    }

    private static let receivedLetterWords = RelationVocabulary.receivedLetterWords.map(ScalarText.key)
    private static let issuerEnds = ["tại", "theo", "về", "số"].map(ScalarText.key)

    /// Whether `m` is a letter that one of the text's addressees sent and the text answers: its
    /// clause says the letter was received ("Sở Nội vụ nhận được Công văn số … của Sở Tư pháp",
    /// "… đã nhận được văn bản của Sở Tư pháp tại Công văn số …"), and the body that wrote it
    /// ("của …" after the number, or before it in the clause) is one the text is sent to.
    private func answersAddressee(_ m: CitationMention) -> Bool {
        guard !addressees.isEmpty, m.number != nil, RelationVocabulary.answerableTypes.contains(m.type),
              let start = clauseStart(before: m.range.lowerBound) else { return false }
        var received = false
        var ofEnd: Int?
        var j = start
        while j < m.range.lowerBound {
            if ScalarText.isWordChar(flat[j]), j == 0 || !ScalarText.isWordChar(flat[j - 1]) {
                if text.matchAny(Self.receivedLetterWords, at: j) != nil { received = true }
                if let end = text.match(Self.of, at: j) { ofEnd = end }
            }
            j += 1
        }
        guard received else { return false }
        var writers: [String] = []
        if let issuer = m.issuer { writers.append(issuer) }
        if let ofEnd {
            // "… nhận được văn bản của Sở Nội vụ tỉnh tại Công văn số …": up to "tại" or the mention.
            var end = ofEnd
            while end < m.range.lowerBound, flat[end] != ",", text.matchAny(Self.issuerEnds, at: end) == nil { end += 1 }
            writers.append(text.string(ofEnd..<end))
        }
        for writer in writers.map(IssuerName.init) where writer.words.count >= 2 {
            if addressees.contains(where: { $0.similarity(to: writer) == 1 }) { return true }
        }
        return false
    }

    /// The relation of a verb whose object starts at `start`, past filler words ("sửa đổi, bổ sung một
    /// số điều của"), and where the verb starts.
    private func verb(before start: Int) -> (CitationMention.Relation, Int)? {
        var q = attachedTextStart(before: start) ?? start
        for _ in 0..<7 {
            guard let w = wordIgnoringCommas(before: q) else { return nil }
            let key = Array(text.key[w])
            if Self.verbEnds.contains(key) {
                for (verb, relation) in Self.verbs {
                    guard let range = phraseIgnoringCommas(verb, endingAt: q) else { continue }
                    // "… được sửa đổi, bổ sung tại Nghị định số …": the mention did it to another, the text did nothing to it.
                    if let w = wordIgnoringCommas(before: range.lowerBound), Self.passiveMarks.contains(Array(text.key[w])) { return nil }
                    // "dự thảo Nghị định thay thế Nghị định số …": another document's verb, not the text's own
                    // ("Quyết định này thay thế …" is the text's).
                    if namesAnotherDocument(before: range.lowerBound) { return nil }
                    return (relation, range.lowerBound)
                }
            }
            guard Self.fillers.contains(key) else { return nil }
            q = w.lowerBound
        }
        return nil
    }

    /// Whether the words right before `start` name another document: a draft ("dự thảo Nghị định"),
    /// or a type other than the text's own; the verb after them is what that document does, not the
    /// text ("Chính phủ ban hành Nghị định sửa đổi …" in a nghị định is the text's own).
    private static let attachedLeads = RelationVocabulary.attachedLeads.map(ScalarText.key)
    private static let attachedTexts = RelationVocabulary.attachedTexts.map(ScalarText.key)

    /// Where the name of a text issued with the mention begins, when the words before the mention
    /// say so ("… một số điều của Quy chế công tác thi đua ban hành kèm theo Quyết định số …"): a
    /// verb acting on that text acts on the mention. Nil otherwise; the search stops at a clause's end.
    private func attachedTextStart(before start: Int) -> Int? {
        guard let lead = Self.attachedLeads.lazy.compactMap({ NumberedMentionReader.phrase(self.text, $0, endingAt: start) }).first
        else { return nil }
        var q = lead.lowerBound
        for _ in 0..<40 {
            guard let w = wordIgnoringCommas(before: q) else { return nil }
            if flat[w.upperBound..<q].contains(where: { $0 == ";" || $0 == "\n" || $0 == "." }) { return nil }
            if text.matchAny(Self.attachedTexts, at: w.lowerBound) != nil { return w.lowerBound }
            q = w.lowerBound
        }
        return nil
    }

    private func namesAnotherDocument(before start: Int) -> Bool {
        var q = start
        var words: [Range<Int>] = []
        for _ in 0..<4 {
            guard let w = wordIgnoringCommas(before: q) else { break }
            if text.keyEquals(w, Self.draft), let before = wordIgnoringCommas(before: w.lowerBound), text.keyEquals(before, Self.draftLead) {
                return true
            }
            words.insert(w, at: 0)
            q = w.lowerBound
        }
        // A type's name right before the verb that is not the text's own type: "Để nội dung Nghị định
        // thay thế Nghị định 72/2013/NĐ-CP …" in a công văn.
        guard let ownType else { return false }
        for k in words.indices {
            let key = words[k...].map { ScalarText.string(text.key[$0]) }.joined(separator: " ")
            if let type = DocumentTypes.type(forKey: key) { return type.slug != ownType }
        }
        return false
    }

    private static let draft = ScalarText.key("thảo")
    private static let draftLead = ScalarText.key("dự")

    /// A passive after the mention (and the words that describe it) that points at the text itself:
    /// "… được thay thế bởi Quyết định này", "… hết hiệu lực".
    private func passive(after m: CitationMention) -> CitationMention.Relation? {
        var j = m.extentEnd
        while j < flat.count, flat[j] == " " || flat[j] == "," { j += 1 }
        guard var first = text.word(after: j) else { return nil }
        if text.keyEquals(first, Self.already), let next = text.word(after: first.upperBound) { first = next }
        guard Self.passiveStarts.contains(Array(text.key[first])) else { return nil }
        for (phrase, relation, needsSelf) in Self.passives {
            var k = j
            if let w = text.word(after: k), text.keyEquals(w, Self.already) { k = w.upperBound }
            guard let end = matchIgnoringCommas(phrase, at: k) else { continue }
            if !needsSelf { return relation }
            var p = end
            for _ in 0..<4 {
                guard let w = text.word(after: p) else { break }
                if text.keyEquals(w, Self.selfReference) { return relation }
                p = w.upperBound
            }
        }
        return nil
    }

    /// The relation of the lead word opening the clause that holds `start`: the clause begins after a
    /// paragraph end, ";" or a sentence's end, past list marks ("-", "+", "a)").
    /// Where the clause of the mention last asked about starts, so that the next mention of the same
    /// clause scans back only to that mention (a long "Căn cứ" list is scanned once, not once an item).
    private final class ClauseMemo {
        var mention = -1
        var clauseStart = 0
    }
    private let memo = ClauseMemo()

    /// Where the clause that holds `start` begins: after a paragraph end, ";" or a sentence's end;
    /// nil when none is found within 500 characters.
    private func clauseStart(before start: Int) -> Int? {
        var j = start
        let floor = max(0, start - 500)
        let known = memo.mention >= 0 && memo.mention < start ? memo.mention : -1
        while j > floor {
            if j == known {
                j = memo.clauseStart
                break
            }
            let c = flat[j - 1]
            if c == "\n" || c == ";" { break }
            if c == ".", j < flat.count, flat[j] == " ", j + 1 < flat.count, ScalarText.isUpper(flat[j + 1]), j >= 2,
               ScalarText.isLower(flat[j - 2]) || j >= 5 && (j - 5..<j - 1).allSatisfy({ ScalarText.isDigit(flat[$0]) }) {
                // A sentence ends after a word or a year ("… năm 2025. Trên cơ sở …"), not after a list number ("3. ").
                break
            }
            j -= 1
        }
        guard j > floor || j == 0 || j == memo.clauseStart && known >= 0 else { return nil }
        memo.mention = start
        memo.clauseStart = j
        return j
    }

    private func clauseLead(before start: Int) -> CitationMention.Relation? {
        guard var j = clauseStart(before: start) else { return nil }
        let clauseStart = j
        while j < start, flat[j] == " " || flat[j] == "-" || flat[j] == "+" || flat[j] == "*" || flat[j] == "\t" { j += 1 }
        let listItem = j > clauseStart && flat[clauseStart..<j].contains { $0 == "-" || $0 == "+" || $0 == "*" }
        // A numbered task ("4. Thực hiện nghiêm các quy định tại Luật …") tells the addressees what
        // to do; only the basis reads through it.
        var numbered = false
        var k = j
        while k < start, ScalarText.isDigit(flat[k]) || (k == j && ScalarText.isLower(flat[k])) { k += 1 }
        if k > j, k < start, flat[k] == "." || flat[k] == ")" {
            numbered = true
            j = k + 1
            while j < start, flat[j] == " " { j += 1 }
        }
        for (lead, relation) in Self.leads where text.match(lead, at: j) != nil {
            return numbered && relation != .basis ? nil : relation
        }
        if listItem, clauseStart > 0, flat[clauseStart - 1] == "\n", underBasisHeading(lineStart: clauseStart) { return .basis }
        return nil
    }

    private static let basisHeadings = RelationVocabulary.basisHeadings.map(ScalarText.key)

    /// Whether the list item whose line starts at `lineStart` stands under a heading that names the
    /// legal basis ("1. Sự cần thiết và căn cứ pháp lý" ⏎ "- Tại Nghị quyết số …"): the nearest line
    /// above the list's items.
    private func underBasisHeading(lineStart: Int) -> Bool {
        var end = lineStart - 1
        for _ in 0..<40 {
            var start = end
            while start > 0, flat[start - 1] != "\n", end - start < 2_000 { start -= 1 }
            var k = start
            while k < end, flat[k] == " " || flat[k] == "\t" { k += 1 }
            // Blank lines between the items (a portal's paragraphs) and the items themselves are passed.
            if k >= end || flat[k] == "-" || flat[k] == "+" || flat[k] == "*" {
                guard start > 0 else { return false }
                end = start - 1
                continue
            }
            guard end - start <= 200 else { return false }
            let line = text.key[start..<end]
            return Self.basisHeadings.contains { heading in
                line.count >= heading.count && (0...(line.count - heading.count)).contains { o in
                    line.dropFirst(o).starts(with: heading)
                }
            }
        }
        return false
    }

    private static let articleWords: Set<[Unicode.Scalar]> = Set(["điểm", "khoản", "điều", "tiết", "mục", "chương", "tại"].map(ScalarText.key))

    /// A word of a reference to a part of the cited document: "điểm c, điểm d khoản 4 Điều 9".
    private func isArticleReference(_ w: Range<Int>) -> Bool {
        if Self.articleWords.contains(Array(text.key[w])) { return true }
        if w.count <= 3, w.allSatisfy({ ScalarText.isDigit(text.raw[$0]) }) { return true }
        return w.count == 1 && ScalarText.isLower(text.raw[w.lowerBound])
    }

    /// The word before `end`, skipping spaces and commas.
    private func wordIgnoringCommas(before end: Int) -> Range<Int>? {
        var j = end
        while j > 0, text.raw[j - 1] == "," || ScalarText.isSpace(text.raw[j - 1]) { j -= 1 }
        return text.word(before: j)
    }

    /// The range of the folded phrase `key` (written without commas) whose last word ends at `end`.
    private func phraseIgnoringCommas(_ words: [ArraySlice<Unicode.Scalar>], endingAt end: Int) -> Range<Int>? {
        var q = end
        var start = end
        for word in words.reversed() {
            guard let w = wordIgnoringCommas(before: q), text.key[w].elementsEqual(word) else { return nil }
            start = w.lowerBound
            q = w.lowerBound
        }
        return start..<end
    }

    /// The end of the folded phrase `key` (written without commas) starting at `i`.
    private func matchIgnoringCommas(_ words: [ArraySlice<Unicode.Scalar>], at i: Int) -> Int? {
        var p = i
        for word in words {
            while p < text.count, text.raw[p] == "," { p += 1 }
            guard let w = text.word(after: p), text.key[w].elementsEqual(word) else { return nil }
            p = w.upperBound
        }
        return p
    }

    /// Whether `range` holds only list separators: spaces, ",", ";", "và"; a paragraph
    /// end too when a separator comes before it ("...;" ending a line, the list going on).
    /// Whether a list separator ("và", ",", ";") stands right before `start`: a mention
    /// met inside another's subject after "của" or "theo" is not one of a list.
    private func joined(before start: Int) -> Bool {
        var j = start
        while j > 0, flat[j - 1] == " " || flat[j - 1] == "*" { j -= 1 }
        guard j > 0 else { return false }
        if flat[j - 1] == "," || flat[j - 1] == ";" || flat[j - 1] == "\n" { return true }
        guard let w = text.word(before: j) else { return false }
        return Self.joiners.contains(Array(text.key[w]))
    }

    private func onlyJoiners(_ range: Range<Int>) -> Bool {
        var j = range.lowerBound
        var separated = false
        while j < range.upperBound {
            let c = flat[j]
            if c == "," || c == ";" { separated = true }
            if c == "\n" && separated {
                j += 1
                continue
            }
            if c == " " || c == "," || c == ";" || c == "*" || c == "\t" {
                j += 1
                continue
            }
            guard ScalarText.isWordChar(c) else { return false }
            var e = j
            while e < range.upperBound, ScalarText.isWordChar(flat[e]) { e += 1 }
            guard Self.joiners.contains(Array(text.key[j..<e])) else { return false }
            j = e
        }
        return true
    }
}
