import VanbanRecord

/// Finds the numbered mentions: "<type> số <number> [,] [ngày <date>]", the type word
/// and "số" being optional. The type comes from the type word before the number (a
/// generic "văn bản" defers to the symbol), else from the symbol's code; a symbol
/// without a type code is a công văn's (Nghị định 30/2020/NĐ-CP, art. 15), taken without
/// a type word only after "số" in a list ("Công văn số 12/SNV-VP, số 13/SNV-VP").
/// The document's own number ("Số: ..." opening a header line, or `ownNumber`) is skipped.
enum NumberedMentionReader {
    static func mentions(in t: ScalarText, ownNumber: String?) -> [CitationMention] {
        var bare: [Int] = []
        return mentions(in: t, ownNumber: ownNumber, bareNumbers: &bare)
    }

    /// The same, also giving where a sequence without a symbol stands ("Kế hoạch số 45"): short forms.
    static func mentions(in t: ScalarText, ownNumber: String?, bareNumbers: inout [Int]) -> [CitationMention] {
        var own = Set<String>()
        if let ownNumber { own.insert(normalized(ownNumber)) }
        var found: [CitationMention] = []
        let s = t.raw
        var i = 0
        while i < s.count {
            guard ScalarText.isDigit(s[i]) else { i += 1; continue }
            if i > 0, ScalarText.isWordChar(s[i - 1]) || "/.,-".unicodeScalars.contains(s[i - 1]) {
                i = skipDigits(s, i)
                continue
            }
            guard let reading = DocumentNumberGrammar.read(t, at: i) else {
                let end = skipDigits(s, i)
                if end >= s.count || !"/-".unicodeScalars.contains(s[end]) { bareNumbers.append(i) }
                i = end
                continue
            }
            i = reading.range.upperBound
            let key = normalized(reading.raw)
            let before = lookBack(t, from: reading.range.lowerBound)
            if before.typeWord == nil, before.headerField {
                own.insert(key)
                continue
            }
            guard !own.contains(key), let type = type(of: reading, before) else { continue }
            // Only a symbol of one group can have lost its hyphen ("NĐCP"): most have one.
            let number = type.fromWord && !reading.raw.utf8.contains(0x2D)
                ? DocumentNumberParser.repairingHyphen(DocumentNumber(reading), knownType: DocumentTypes.bySlug[type.slug]).raw
                : reading.raw
            var end = reading.range.upperBound
            var date: String?
            var k = t.skipSpace(end)
            if k < s.count, s[k] == "," { k = t.skipSpace(k + 1) }
            if let (iso, dateEnd) = VietnameseDate.parse(s, at: k) {
                date = iso
                end = dateEnd
            } else if let (iso, _) = dateAfterIssuer(t, from: end) {
                date = iso
            } else {
                // (a date the mention before has taken is that one's)
                date = sentenceDate(t, before: before.start, after: found.last?.extentEnd ?? 0)
            }
            found.append(CitationMention(range: before.start..<end, type: type.slug, typeFromWord: type.fromWord,
                                         number: number, title: nil, date: date, extentEnd: end))
        }
        return found
    }

    /// The date of a mention written before it, opening its clause: "Ngày 30/9/2024, Ban Thường vụ
    /// Tỉnh ủy ban hành Kết luận số 1208-KL/TU …", "…, ngày 19/11/2015 Ủy ban nhân dân tỉnh đã ban
    /// hành Quyết định 20/2015/QĐ-UBND". No other number or date stands between them, and none
    /// of the mentions before (`previous`: where the last one ended) has it.
    static func sentenceDate(_ t: ScalarText, before start: Int, after previous: Int) -> String? {
        let s = t.raw
        let floor = max(0, start - 200, previous)
        var j = start - 4
        while j >= floor {
            defer { j -= 1 }
            guard t.match(dayWord, at: j) != nil else { continue }
            // A clause opens there: the text's start, a line's, or after ". ", ",", ";" or "(".
            var p = j
            while p > 0, s[p - 1] == " " { p -= 1 }
            let opensLine = p == 0 || s[p - 1] == "\n" || (s[p - 1] == "." && p < j)
            guard opensLine || ",;(".unicodeScalars.contains(s[p - 1]) else { return nil }
            guard let (iso, end) = VietnameseDate.parse(s, at: j), end <= start else { return nil }
            // One clause: no ";" or ":" between; after a comma ("Hà Nội, ngày …" is a header's line)
            // on the mention's own line, else over at most two wrapped lines.
            let between = s[end..<start]
            let breaks = between.filter { $0 == "\n" }.count
            guard !between.contains(where: { $0 == ";" || $0 == ":" }), breaks <= (opensLine ? 2 : 0) else { return nil }
            return holdsNumber(s, end..<start) ? nil : iso
        }
        return nil
    }

    /// The date after the issuer the mention names: "Thông tư số 556/2007/TT-TTCP của Thanh tra
    /// Chính phủ ngày 26 tháng 3 năm 2007", the words between holding no number and no clause end.
    static func dateAfterIssuer(_ t: ScalarText, from start: Int) -> (iso: String, end: Int)? {
        let s = t.raw
        guard let w = t.word(after: t.skipSpace(start)), t.keyEquals(w, ofWord) else { return nil }
        var j = w.upperBound
        while j < min(s.count, w.upperBound + 90) {
            let c = s[j]
            if ScalarText.isDigit(c) || c == ";" || c == "\n" || c == "(" || (c == "." && j + 1 < s.count && s[j + 1] == " ") { return nil }
            if ScalarText.isSpace(c), t.match(dayWord, at: j + 1) != nil {
                return VietnameseDate.parse(s, at: j + 1)
            }
            j += 1
        }
        return nil
    }

    /// Whether `range` holds a number with a separator ("12/QĐ", "1/2/2020") or a date.
    private static func holdsNumber(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range where ScalarText.isDigit(s[i]) {
            if i + 1 < range.upperBound, s[i + 1] == "/" || s[i + 1] == "-" || s[i + 1] == "." { return true }
        }
        return false
    }

    private static let ofWord = ScalarText.key("của")
    private static let dayWord = ScalarText.key("ngày")

    /// Number and symbol compared without spaces or case.
    static func normalized(_ number: String) -> String {
        VietnameseText.upper(String(number.unicodeScalars.filter { !ScalarText.isSpace($0) }.map(Character.init)))
    }

    // MARK: What stands before the number

    private struct Before {
        var start: Int
        var typeWord: DocumentType?
        var typeWordCapitalised = false
        var generic = false
        var hasSo = false
        /// "số" right after a list separator ("Công văn số 12/SNV-VP, số 13/SNV-VP").
        var listedSo = false
        /// "Số:" opening a line: the header's own number field.
        var headerField = false
    }

    private static let so = ScalarText.key("số")
    private static let generic = ScalarText.key("văn bản")
    private static let names: [(DocumentType, [Unicode.Scalar])] = DocumentTypes.byNameLongestFirst.map { ($0, ScalarText.key($0.name)) }

    private static func lookBack(_ t: ScalarText, from numberStart: Int) -> Before {
        let s = t.raw
        var before = Before(start: numberStart)
        var q = numberStart
        while q > 0, s[q - 1] == " " || s[q - 1] == "\t" || s[q - 1] == "\n" || s[q - 1] == "*" { q -= 1 }
        var colon = false
        if q > 0, s[q - 1] == ":" {
            colon = true
            q -= 1
        }
        if let w = t.word(before: q), t.keyEquals(w, so) {
            before.hasSo = true
            before.start = w.lowerBound
            before.headerField = s[w.lowerBound] == "S" && (colon || opensLine(s, w.lowerBound))
            before.listedSo = afterSeparator(t, w.lowerBound)
            q = w.lowerBound
        } else if colon {
            return before
        }
        if let (type, range) = typeWord(t, endingAt: q) {
            before.typeWord = type
            before.start = range.lowerBound
            before.typeWordCapitalised = ScalarText.isUpper(s[range.lowerBound])
        } else if let range = phrase(t, generic, endingAt: q) {
            before.generic = true
            before.start = range.lowerBound
        }
        return before
    }

    private static func type(of reading: DocumentNumberGrammar.Reading, _ before: Before) -> (slug: String, fromWord: Bool)? {
        let coded = DocumentTypes.type(forCode: reading.code, party: reading.party)
        if let word = before.typeWord {
            if !before.typeWordCapitalised, let coded, coded != word { return (coded.slug, false) }
            // The word short for the kind its symbol names: "Thông tư số 03/2008/TTLT-BYT-BNV" is a
            // thông tư liên tịch.
            if let coded, coded.slug.hasPrefix(word.slug + "-") { return (coded.slug, true) }
            return (word.slug, true)
        }
        if let coded { return (coded.slug, false) }
        guard reading.year == nil, !reading.party else { return before.generic ? ("van-ban", true) : nil }
        return before.generic || before.listedSo ? ("cong-van", before.generic) : nil
    }

    /// The type name whose words end at `end`, the longest first.
    static func typeWord(_ t: ScalarText, endingAt end: Int) -> (DocumentType, Range<Int>)? {
        for (type, key) in names {
            if let range = phrase(t, key, endingAt: end) { return (type, range) }
        }
        return nil
    }

    /// The range of the folded phrase `key` if its last word ends at `end` (words may be
    /// separated by any whitespace, line breaks included).
    static func phrase(_ t: ScalarText, _ key: [Unicode.Scalar], endingAt end: Int) -> Range<Int>? {
        var q = end
        var start = end
        var wordEnd = key.count
        // The key's words from the last, compared in place (called for every type name at every number).
        while wordEnd > 0 {
            while wordEnd > 0, key[wordEnd - 1] == " " { wordEnd -= 1 }
            guard wordEnd > 0 else { break }
            var wordStart = wordEnd
            while wordStart > 0, key[wordStart - 1] != " " { wordStart -= 1 }
            guard let w = t.word(before: q), w.count == wordEnd - wordStart,
                  t.key[w].elementsEqual(key[wordStart..<wordEnd]) else { return nil }
            start = w.lowerBound
            q = w.lowerBound
            wordEnd = wordStart
        }
        return start..<end
    }

    private static let separators: Set<[Unicode.Scalar]> = Set(["và", "hoặc", "tại", "theo", "cùng"].map(ScalarText.key))

    /// Whether a list separator ("," ";" "(" "và" "tại" "theo") stands before `i`.
    private static func afterSeparator(_ t: ScalarText, _ i: Int) -> Bool {
        var j = i
        while j > 0, t.raw[j - 1] == " " || t.raw[j - 1] == "\n" { j -= 1 }
        guard j > 0 else { return false }
        if ",;(".unicodeScalars.contains(t.raw[j - 1]) { return true }
        guard let w = t.word(before: j) else { return false }
        return separators.contains(Array(t.key[w]))
    }

    private static func opensLine(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i
        while j > 0, s[j - 1] == " " || s[j - 1] == "\t" || s[j - 1] == "|" || s[j - 1] == "*" || s[j - 1] == "#" { j -= 1 }
        return j == 0 || s[j - 1] == "\n"
    }

    private static func skipDigits(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, ScalarText.isDigit(s[j]) { j += 1 }
        return j
    }
}
