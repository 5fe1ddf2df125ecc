/// Reads what the words around a mention say: its issuer ("của <issuer>"), its subject
/// ("về <subject>") and how the text relates to it, from the lead word of its clause
/// ("Căn cứ" → basis; "Thực hiện", "Triển khai", "Hưởng ứng" → implements). A list of
/// mentions after one lead word shares it.
struct CitationContext {
    let text: ScalarText
    /// The text with line breaks inside paragraphs as spaces (paragraph ends stay "\n").
    let flat: [Unicode.Scalar]

    init(_ text: ScalarText, _ layout: LogicalParagraphs) {
        self.text = text
        self.flat = layout.flat
    }

    /// Fills issuer, subject, extent and relation of each mention (sorted by position).
    func describe(_ mentions: inout [CitationMention]) {
        let starts = mentions.map(\.range.lowerBound)
        for n in mentions.indices {
            let limit = n + 1 < mentions.count ? starts[n + 1] : text.count
            readIssuerAndSubject(&mentions[n], limit: limit)
        }
        for n in mentions.indices {
            let previous = n > 0 ? mentions[n - 1] : nil
            mentions[n].relation = relation(of: mentions[n], after: previous)
        }
    }

    // MARK: Issuer and subject

    private static let of = ScalarText.key("của")
    private static let about = [ScalarText.key("về việc"), ScalarText.key("v/v"), ScalarText.key("về")]
    /// Verbs that end an issuer and open the subject ("của Thủ tướng Chính phủ phê duyệt ...").
    private static let subjectVerbs = [
        "phê duyệt", "ban hành", "phát động", "hướng dẫn", "triển khai", "thực hiện", "quy định", "tiếp tục",
        "hành động", "kết luận", "giao", "sửa đổi", "bổ sung", "tổ chức", "tuyên truyền", "công bố", "kiện toàn",
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

    private static let leads: [([Unicode.Scalar], CitationMention.Relation)] = [
        (ScalarText.key("căn cứ"), .basis), (ScalarText.key("thực hiện"), .implements),
        (ScalarText.key("triển khai"), .implements), (ScalarText.key("hưởng ứng"), .implements),
    ]
    /// Words allowed between a lead word and the mention ("Thực hiện nghiêm túc Chỉ thị").
    private static let adverbs: Set<[Unicode.Scalar]> = Set([
        "nghiêm", "túc", "tốt", "có", "hiệu", "quả", "đầy", "đủ", "kịp", "thời", "đồng", "bộ", "quyết", "liệt",
        "tích", "cực", "triệt", "để", "ngay", "khẩn", "trương",
    ].map(ScalarText.key))
    /// Words allowed between two mentions of one list.
    private static let joiners: Set<[Unicode.Scalar]> = Set(["và", "cùng", "hoặc"].map(ScalarText.key))

    private func relation(of m: CitationMention, after previous: CitationMention?) -> CitationMention.Relation {
        if let previous, previous.extentEnd <= m.range.lowerBound, onlyJoiners(previous.extentEnd..<m.range.lowerBound),
           previous.extentEnd == previous.range.upperBound || joined(before: m.range.lowerBound) {
            return previous.relation
        }
        // The lead word right before the mention, maybe with adverbs between.
        var q = m.range.lowerBound
        for _ in 0..<5 {
            for (lead, relation) in Self.leads {
                if NumberedMentionReader.phrase(text, lead, endingAt: q) != nil { return relation }
            }
            guard let w = text.word(before: q), Self.adverbs.contains(Array(text.key[w])) else { break }
            q = w.lowerBound
        }
        return .mentions
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
