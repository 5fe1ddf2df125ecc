/// Short forms of a document cited before, made mentions of it: "Kế hoạch số 45" after "Kế hoạch
/// số 45/KH-UBND ngày …", "Công văn nêu trên", "văn bản số 130 nêu trên" (the latest document of
/// that type, or of any type after "văn bản"; "Quyết định này" is the text itself, no short form);
/// and a law named again in running text reads on into the sentence ("… Luật Thủ đô bảo đảm kịp thời"):
/// a name that begins with the whole name of a law named earlier, then goes on in small letters
/// or after a comma, is that law, cut to its name, so that both are one citation with two mentions.
enum ShortForms {
    static func resolve(_ mentions: inout [CitationMention], in t: ScalarText) {
        // Each law named so far: its folded name (commas left out), with its number and type.
        var known: [(key: String, words: Int, number: String?, type: String)] = []
        var seen: [String: Int] = [:]
        for n in mentions.indices where LawNameReader.slugs.contains(mentions[n].type) {
            guard let title = mentions[n].title else { continue }
            var key = VietnameseText.matchKey(title)
            if key.utf8.contains(0x2C) { key = String(decoding: key.utf8.filter { $0 != 0x2C }, as: UTF8.self) }
            if let k = seen[key] {
                // The same name again: the numbered law, if it was first cited with its number.
                if mentions[n].number == nil, let number = known[k].number {
                    mentions[n].number = number
                    mentions[n].type = known[k].type
                }
                continue
            }
            if mentions[n].number == nil,
               let antecedent = known.filter({ key.startsWith($0.key + " ") }).max(by: { $0.words < $1.words }),
               let cut = end(ofWords: antecedent.words, in: t, from: mentions[n].range.lowerBound),
               goesOnInSmallLettersOrAComma(t, at: cut) {
                mentions[n].range = mentions[n].range.lowerBound..<cut
                mentions[n].extentEnd = cut
                mentions[n].title = t.string(mentions[n].range)
                if let number = antecedent.number {
                    mentions[n].number = number
                    mentions[n].type = antecedent.type
                }
                continue
            }
            seen[key] = known.count
            known.append((key, key.split(separator: " ").count, mentions[n].number, mentions[n].type))
        }
    }

    private static let so = ScalarText.key("số")
    private static let above = ScalarText.key("nêu trên")
    private static let generic = ScalarText.key("văn bản")

    /// Mentions of documents cited before by a short form, in text order (`mentions` sorted).
    /// `bareNumbers`: where the numbered reader met a sequence without a symbol.
    static func shortMentions(of mentions: [CitationMention], in t: ScalarText, bareNumbers: [Int]) -> [CitationMention] {
        let numbered = mentions.filter { $0.number != nil }
        guard !numbered.isEmpty else { return [] }
        let s = t.raw
        let first = numbered[0].range.upperBound
        // Candidates: "số 45" (a bare sequence after "số"), and each "nêu trên".
        var candidates: [(wordStart: Int, end: Int, sequence: String?)] = []
        for n in bareNumbers where n > first {
            guard let w = t.word(before: n), t.keyEquals(w, so), n - w.upperBound <= 2 else { continue }
            let end = n + (s[n...].firstIndex(where: { !ScalarText.isDigit($0) }).map { $0 - n } ?? (s.count - n))
            var stop = end
            if let next = t.word(after: end), let e = t.match(above, at: next.lowerBound) { stop = e }
            candidates.append((w.lowerBound, stop, ScalarText.string(s[n..<end])))
        }
        t.key.withUnsafeBufferPointer { k in
            var j = first
            while j < k.count {
                if k[j] == "n", !ScalarText.isWordChar(k[j - 1]), let e = t.match(above, at: j) {
                    candidates.append((j, e, nil))
                    j = e
                }
                j += 1
            }
        }
        candidates.sort { $0.wordStart < $1.wordStart }
        var found: [CitationMention] = []
        for (wordStart, end, sequence) in candidates {
            var typeEnd = wordStart
            while typeEnd > 0, ScalarText.isSpace(s[typeEnd - 1]) { typeEnd -= 1 }
            let isGeneric = NumberedMentionReader.phrase(t, generic, endingAt: typeEnd)
            let typed = isGeneric == nil ? NumberedMentionReader.typeWord(t, endingAt: typeEnd) : nil
            guard let start = isGeneric?.lowerBound ?? typed?.1.lowerBound else { continue }
            // The latest document cited before, of that type (any after "văn bản"), with that sequence.
            guard let antecedent = numbered.last(where: { m in
                m.range.upperBound <= start && (typed == nil || m.type == typed!.0.slug)
                    && (sequence == nil || m.number.map { $0.prefix(while: \.isNumber) == sequence! } == true)
            }), !mentions.contains(where: { $0.range.overlaps(start..<end) }),
               !found.contains(where: { $0.range.overlaps(start..<end) }) else { continue }
            found.append(CitationMention(range: start..<end, type: antecedent.type, typeFromWord: antecedent.typeFromWord,
                                         number: antecedent.number, title: nil, date: antecedent.date, extentEnd: end))
        }
        return found
    }

    /// The end of the `count`-th word from `start`, words being runs between spaces.
    private static func end(ofWords count: Int, in t: ScalarText, from start: Int) -> Int? {
        var j = start
        for _ in 0..<count {
            while j < t.count, ScalarText.isSpace(t.raw[j]) { j += 1 }
            guard j < t.count else { return nil }
            while j < t.count, !ScalarText.isSpace(t.raw[j]) { j += 1 }
        }
        while j > start, ",;.".unicodeScalars.contains(t.raw[j - 1]) { j -= 1 }
        return j
    }

    private static func goesOnInSmallLettersOrAComma(_ t: ScalarText, at i: Int) -> Bool {
        guard i < t.count else { return false }
        if t.raw[i] == "," { return true }
        guard let w = t.word(after: i) else { return false }
        return ScalarText.isLower(t.raw[w.lowerBound])
    }
}
