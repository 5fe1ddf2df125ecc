import VanbanRecord

/// Reads the targets of a stretch of goal-setting text, clause by clause (clauses end at
/// ";", ":" and the end of a sentence). Each quantity outside brackets is a target,
/// except a comparison that belongs to the target before it ("15,66% (giảm 4% so với
/// năm 2022)", "đạt 43%, tăng 9% so với năm 2024"), a threshold that qualifies it ("35
/// sản phẩm OCOP đạt từ 3 sao trở lên") and what was already done ("đã cấp 468 chứng thư").
struct TargetClauseReader {
    let text: ScalarText
    let flat: [Unicode.Scalar]

    func targets(in region: Range<Int>) -> [Target] {
        var out: [Target] = []
        var depth = 0
        var clauseStart = region.lowerBound
        var lastEnd = region.lowerBound
        var clauseHasTarget = false
        var sentenceHasTarget = false
        var i = region.lowerBound
        while i < region.upperBound {
            let c = flat[i]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if depth == 0, let kind = boundary(at: i, end: region.upperBound) {
                clauseStart = i + 1
                lastEnd = i + 1
                clauseHasTarget = false
                if kind == .sentence { sentenceHasTarget = false }
                i += 1
                continue
            }
            guard depth == 0, ScalarText.isDigit(c), i == 0 || !ScalarText.isWordChar(flat[i - 1]) else {
                i += 1
                continue
            }
            guard let q = QuantityReader.read(text, flat, at: i) else {
                while i < region.upperBound, ScalarText.isDigit(flat[i]) { i += 1 }
                continue
            }
            i = q.range.upperBound
            if isDone(clauseStart..<q.range.lowerBound) { continue }
            if clauseHasTarget, previousWord(q.range.lowerBound, is: Self.from) { continue }
            if sentenceHasTarget, isComparison(q, end: region.upperBound) { continue }
            let clause = clauseRange(from: clauseStart, end: region.upperBound)
            out.append(Target(text: trimmed(text.string(clause)), metric: metric(from: lastEnd, q, clause: clause),
                              value: q.value, unit: q.unit, comparison: comparison(before: q.range.lowerBound, clauseStart: clauseStart)))
            clauseHasTarget = true
            sentenceHasTarget = true
            lastEnd = q.range.upperBound
        }
        return out
    }

    // MARK: Clauses

    private enum Boundary { case clause, sentence }

    private func boundary(at i: Int, end: Int) -> Boundary? {
        let c = flat[i]
        if c == ";" || c == ":" || c == "\n" { return .clause }
        guard c == "." || c == "!" || c == "?" else { return nil }
        let next = i + 1 < end ? flat[i + 1] : " "
        return ScalarText.isSpace(next) || next == "/" ? .sentence : nil
    }

    /// The clause that starts at `start`, up to its end, without a list marker.
    private func clauseRange(from start: Int, end: Int) -> Range<Int> {
        var a = start
        while a < end, ScalarText.isSpace(flat[a]) || "-+*•".unicodeScalars.contains(flat[a]) { a += 1 }
        var depth = 0
        var b = a
        while b < end {
            let c = flat[b]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if depth == 0, boundary(at: b, end: end) != nil { break }
            b += 1
        }
        return a..<b
    }

    // MARK: What is not a target

    private static let done = ScalarText.key("đã")
    private static let from = ScalarText.key("từ")
    private static let change = [ScalarText.key("tăng"), ScalarText.key("giảm")]
    private static let versus = ScalarText.key("so với")
    private static let fillers: Set<[Unicode.Scalar]> = Set([
        "thêm", "trên", "dưới", "ít", "nhất", "khoảng", "tối", "thiểu", "đa", "xuống", "lên", "hơn", "còn", "mới", "được",
    ].map(ScalarText.key))

    /// Whether the clause says it was already done ("đã cấp 468 chứng thư số").
    private func isDone(_ range: Range<Int>) -> Bool {
        GoalScopes.find(text, [Self.done], in: range) != nil
    }

    private func previousWord(_ start: Int, is word: [Unicode.Scalar]) -> Bool {
        guard let w = text.word(before: start) else { return false }
        return text.keyEquals(w, word)
    }

    /// "tăng 05 xã so với năm 2022" after a target: the change it compares with.
    private func isComparison(_ q: QuantityReader.Quantity, end: Int) -> Bool {
        var p = q.range.lowerBound
        var changed = false
        for _ in 0..<3 {
            guard let w = text.word(before: p) else { break }
            let key = Array(text.key[w])
            if Self.change.contains(key) {
                changed = true
                break
            }
            guard Self.fillers.contains(key) else { break }
            p = w.lowerBound
        }
        guard changed else { return false }
        let clause = clauseRange(from: q.range.upperBound, end: end)
        return GoalScopes.find(text, [Self.versus], in: q.range.upperBound..<clause.upperBound) != nil
    }

    // MARK: Metric and comparison

    private static let verbs: [[Unicode.Scalar]] = [
        "phấn đấu", "đạt", "tăng", "giảm", "vượt", "chiếm", "duy trì", "đảm bảo", "bảo đảm", "hoàn thành",
    ].map(ScalarText.key)

    /// The verb that states how the quantity is to be reached, if any.
    private func comparison(before start: Int, clauseStart: Int) -> String? {
        var p = start
        for _ in 0..<4 {
            for verb in Self.verbs {
                if let r = NumberedMentionReader.phrase(text, verb, endingAt: p), r.lowerBound >= clauseStart {
                    return text.string(r).lowercased()
                }
            }
            guard let w = text.word(before: p), w.lowerBound >= clauseStart, Self.fillers.contains(Array(text.key[w])) else { break }
            p = w.lowerBound
        }
        let lead = text.skipSpace(clauseStart)
        return text.match(Self.verbs[0], at: lead) != nil ? "phấn đấu" : nil
    }

    /// What is measured: the words before the number in its clause ("thu ngân sách trên
    /// địa bàn đạt 4.800 tỷ đồng"); when they are only a verb or two ("Tổ chức 14 phiên
    /// giao dịch việc làm", "100% đảng viên ..."), the clause without the number.
    private func metric(from start: Int, _ q: QuantityReader.Quantity, clause: Range<Int>) -> String? {
        var a = max(start, clause.lowerBound)
        var b = q.range.lowerBound
        if a > clause.lowerBound, let comma = lastComma(in: a..<b) { a = comma + 1 }
        a = skipLead(a, b)
        while let w = text.word(before: b), w.lowerBound >= a {
            let key = Array(text.key[w])
            guard Self.fillers.contains(key) || Self.verbs.contains(key) || key == ScalarText.key("là") || key == Self.from
                    || NumberedMentionReader.phrase(text, Self.verbs[0], endingAt: b) != nil else { break }
            b = NumberedMentionReader.phrase(text, Self.verbs[0], endingAt: b)?.lowerBound ?? w.lowerBound
        }
        var metric = trimmed(text.string(a..<b))
        if metric.split(separator: " ").count < 3 {
            let unit = q.unit == "%" || QuantityReader.isMeasure(q.unit) ? "" : q.unit + " "
            let after = text.string(q.range.upperBound..<clause.upperBound)
            metric = trimmed(metric + " " + unit + after)
        }
        return metric.isEmpty ? nil : metric
    }

    private func lastComma(in range: Range<Int>) -> Int? {
        range.reversed().first { flat[$0] == "," }
    }

    private func skipLead(_ start: Int, _ end: Int) -> Int {
        var a = start
        while a < end, ScalarText.isSpace(flat[a]) || ",-+*•".unicodeScalars.contains(flat[a]) { a += 1 }
        if let e = text.match(Self.verbs[0], at: a), e <= end { a = text.skipSpace(e) }
        return a
    }

    private func trimmed(_ s: String) -> String {
        var out = Substring(s)
        while let c = out.first, " ,.;:-".contains(c) { out.removeFirst() }
        while let c = out.last, " ,.;:-(…".contains(c) { out.removeLast() }
        return String(out)
    }
}
