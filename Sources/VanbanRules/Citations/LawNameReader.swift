/// Finds laws, codes, ordinances and the constitution cited by name, as the Law on legal
/// documents has them cited ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm
/// 2015", "Bộ luật Lao động", "Luật Thi đua, khen thưởng"). The type word must be
/// capitalised and the name must start with a capital: "pháp luật", "Luật sư", "Luật
/// này" and "Đại học Luật Hà Nội" are not citations.
enum LawNameReader {
    private struct Head {
        let slug: String
        let key: [Unicode.Scalar]
        /// Whether a name must follow (a constitution is cited without one).
        let needsName: Bool
    }

    private static let heads: [Head] = [
        Head(slug: "bo-luat", key: ScalarText.key("bộ luật"), needsName: true),
        Head(slug: "luat", key: ScalarText.key("luật"), needsName: true),
        Head(slug: "phap-lenh", key: ScalarText.key("pháp lệnh"), needsName: true),
        Head(slug: "hien-phap", key: ScalarText.key("hiến pháp"), needsName: false),
    ]

    /// Words that end a name: what follows a name in a sentence, never inside one.
    private static let stops: Set<[Unicode.Scalar]> = Set([
        "ngày", "được", "đã", "của", "về", "theo", "tại", "để", "cho", "với", "trong", "này", "nêu", "trên",
        "thì", "mà", "là", "có", "hiện", "sẽ", "đang", "gồm", "như", "và", "hoặc", "nhằm", "đến", "từ", "khi",
    ].map(ScalarText.key))
    private static let year = ScalarText.key("năm")
    private static let and = ScalarText.key("và")
    private static let after: Set<[Unicode.Scalar]> = Set(["các", "những", "một", "văn", "hướng", "nghị", "thông"].map(ScalarText.key))
    private static let so = ScalarText.key("số")

    /// The types this reader gives.
    static let slugs: Set<String> = Set(heads.map(\.slug))

    static func mentions(in t: ScalarText) -> [CitationMention] {
        let s = t.raw
        var found: [CitationMention] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == "L" || c == "B" || c == "P" || c == "H", i == 0 || !ScalarText.isWordChar(s[i - 1]) else {
                i += 1
                continue
            }
            guard let (n, headEnd) = t.matchAny(heads.map(\.key), at: i), ScalarText.isLower(s[i + 1]),
                  !(heads[n].slug == "luat" && isAfterOrganisationWord(t, i)) else {
                i += 1
                continue
            }
            let head = heads[n]
            let nameEnd = readLongName(t, from: headEnd) ?? readName(t, from: headEnd)
            if head.needsName && nameEnd == headEnd {
                i = headEnd
                continue
            }
            var end = nameEnd
            var title = t.string(i..<nameEnd)
            var number: String?
            var date: String?
            var k = t.skipSpace(end)
            if k < s.count, s[k] == "," { k = t.skipSpace(k + 1) }
            if let passed = skipPassage(t, from: k) { k = passed }
            if let (iso, dateEnd) = VietnameseDate.parse(s, at: k) {
                date = iso
                end = dateEnd
            } else if let w = t.word(after: end), t.keyEquals(w, so), let reading = DocumentNumberGrammar.read(t, at: t.skipSpace(w.upperBound)) {
                number = reading.raw
                end = reading.range.upperBound
            } else if k < s.count, s[k] == "(", let w = t.word(after: k + 1), w.lowerBound == k + 1,
                      let n = heads.firstIndex(where: { t.match($0.key, at: w.lowerBound) != nil }), heads[n].slug == head.slug,
                      let so = t.word(after: t.skipSpace(w.lowerBound + heads[n].key.count)), t.keyEquals(so, Self.so),
                      let reading = DocumentNumberGrammar.read(t, at: t.skipSpace(so.upperBound)) {
                // "Luật Thủ đô (Luật số 39/2024/QH15)".
                number = reading.raw
                end = reading.range.upperBound
                if end < s.count, s[end] == ")" { end += 1 }
            } else if !head.needsName, let w = t.word(after: end), t.keyEquals(w, year), let y = t.word(after: w.upperBound),
                      y.count == 4, ScalarText.isDigit(s[y.lowerBound]) {
                end = y.upperBound
                title = t.string(i..<end)
            }
            found.append(CitationMention(range: i..<end, type: head.slug, typeFromWord: true, number: number,
                                         title: GluedSyllables.split(title), date: date, extentEnd: end))
            i = end
        }
        return found
    }

    /// Words that may stand inside a long name although they end a short one: "Luật Tổ chức
    /// HĐND và UBND", "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban
    /// nhân dân", "… của các Luật liên quan đến đầu tư xây dựng cơ bản".
    private static let insideLongName: Set<[Unicode.Scalar]> = Set(["của", "và", "đến", "với"].map(ScalarText.key))
    /// Words that open a sentence's next part, never inside a name: "hướng dẫn thi hành …" ("thi"
    /// only before "hành": "Luật thi đua, khen thưởng" holds it).
    private static let neverInName: Set<[Unicode.Scalar]> = Set(["hướng", "thi", "nay"].map(ScalarText.key))
    private static let thi = ScalarText.key("thi")
    private static let hanh = ScalarText.key("hành")

    /// Whether the word `w` (a small letter) cannot stand inside a name.
    private static func neverInName(_ t: ScalarText, _ w: Range<Int>) -> Bool {
        let key = Array(t.key[w])
        guard neverInName.contains(key) else { return false }
        guard key == thi else { return true }
        return t.word(after: w.upperBound).map { t.keyEquals($0, hanh) } ?? true
    }
    /// The type words of other documents: a name reaching one ran into the next citation.
    private static let otherTypeWords: [[Unicode.Scalar]] = [
        "Nghị định", "Nghị quyết", "Thông tư", "Quyết định", "Chỉ thị", "Công văn", "Kế hoạch", "Thông báo", "Tờ trình",
    ].map(ScalarText.key)
    private static let amendingWords = ScalarText.key("sửa đổi")
    private static let day = ScalarText.key("ngày")
    /// Tails that name who passed a law, not the law: "Luật Đầu tư của Quốc hội".
    private static let passedBy: [[Unicode.Scalar]] = ["của quốc hội", "của chính phủ"].map(ScalarText.key)

    /// The end of a long name that runs, through "và", "của" and commas, to what always follows
    /// a law's name in a citation: its date ("ngày …", "năm 2015"), its number ("số …"), a
    /// passage ("đã được Quốc hội thông qua ngày …"), ";", "." or the next law of a list (", Luật …").
    /// An amending law's name holds the laws it amends ("Luật sửa đổi, bổ sung một số điều của
    /// Luật A, Luật B và Luật C"). Nil when the words do not end so (then the short reading applies)
    /// or when the long name is no longer than the short one would be.
    private static func readLongName(_ t: ScalarText, from start: Int) -> Int? {
        let s = t.raw
        var end = start
        var words = 0
        var j = start
        var amending = false
        var longer = false
        var bracket = false
        while words < (amending ? 70 : 40) {
            var k = j
            var comma = false
            if k < s.count, s[k] == "," {
                k += 1
                comma = true
            }
            if k < s.count, s[k] == ")", bracket {
                bracket = false
                end = k + 1
                j = k + 1
                continue
            }
            // The name is complete before ";", ".", ":", the text's end or a line of its own.
            guard k < s.count else { return longer ? trimmed(t, start, end) : nil }
            if ";.:".unicodeScalars.contains(s[k]) { return longer ? trimmed(t, start, end) : nil }
            if s[k] == " " || s[k] == "\n", k + 1 < s.count, s[k + 1] == "(", !bracket {
                // "(sửa đổi)": a short remark in small letters inside the name ("(Luật số …)" follows it).
                k += 1
                guard let w = t.word(after: k + 1), w.lowerBound == k + 1, w.count <= 10, ScalarText.isLower(s[w.lowerBound]) else {
                    return longer ? trimmed(t, start, end) : nil
                }
                bracket = true
                words += 1
                end = w.upperBound
                j = w.upperBound
                longer = true
                continue
            }
            guard k < s.count, ScalarText.isSpace(s[k]), let w = t.word(after: k), w.lowerBound - k <= 3,
                  ScalarText.isLetter(s[w.lowerBound]) else {
                return nil
            }
            let key = Array(t.key[w])
            let next = t.word(after: w.upperBound)
            let nextIsDigits = next.map { ScalarText.isDigit(s[$0.lowerBound]) } ?? false
            // What follows a name: its date, year or number, or the passage before its date.
            if key == day || (key == year || key == so) && nextIsDigits { return longer ? trimmed(t, start, end) : nil }
            if key.starts(with: day), w.count > day.count, ScalarText.isDigit(s[w.lowerBound + day.count]) {
                return longer ? trimmed(t, start, end) : nil
            }
            if key == already || key == passive, skipPassage(t, from: w.lowerBound) != nil {
                return longer ? trimmed(t, start, end) : nil
            }
            if words == 0 {
                if ScalarText.isLower(s[w.lowerBound]) && !t.keyEquals(w, ScalarText.key("sửa")) { return nil }
            } else if let n = heads.firstIndex(where: { t.match($0.key, at: w.lowerBound) != nil }),
                      ScalarText.isUpper(s[w.lowerBound]), heads[n].needsName {
                // Another law: inside an amending name it is one of the laws amended; after a
                // comma outside one it is the next law of a list.
                if comma && !amending { return longer ? trimmed(t, start, end) : nil }
                guard amending else { return nil }
            } else if ScalarText.isUpper(s[w.lowerBound]), t.matchAny(otherTypeWords, at: w.lowerBound) != nil {
                return nil
            } else if ScalarText.isLower(s[w.lowerBound]) {
                if neverInName(t, w) { return nil }
                if stops.contains(key) {
                    guard insideLongName.contains(key) else { return nil }
                    // Only a joiner before a capital (a body's or a law's name: "và UBND", "của Hội
                    // đồng …") or inside an amending name makes a name long; else it joins a sentence.
                    if let next, ScalarText.isUpper(s[next.lowerBound]) || amending { longer = true }
                }
            }
            if comma, amending || ScalarText.isUpper(s[w.lowerBound]) { longer = true }
            if t.match(amendingWords, at: w.lowerBound) != nil { amending = true }
            words += 1
            end = w.upperBound
            j = w.upperBound
        }
        return nil
    }

    /// `end`, less a tail that names who passed the law ("… của Quốc hội").
    private static func trimmed(_ t: ScalarText, _ start: Int, _ end: Int) -> Int? {
        for tail in passedBy {
            let from = end - tail.count
            if from > start, t.match(tail, at: from) != nil {
                return t.word(before: from).map(\.upperBound)
            }
        }
        return end
    }

    /// Past "(đã) được Quốc hội (khóa …) thông qua" before a law's date, to the date; nil when
    /// the words at `i` are not such a passage.
    private static let already = ScalarText.key("đã")
    private static let passive = ScalarText.key("được")
    private static let through = ScalarText.key("qua")
    private static let pass = ScalarText.key("thông")

    private static func skipPassage(_ t: ScalarText, from i: Int) -> Int? {
        var j = i
        var words = 0
        guard let first = t.word(after: j), t.keyEquals(first, already) || t.keyEquals(first, passive) else {
            return nil
        }
        while words < 10, let w = t.word(after: j) {
            if t.keyEquals(w, through), let prev = t.word(before: w.lowerBound), t.keyEquals(prev, pass) {
                let k = t.skipSpace(w.upperBound)
                return VietnameseDate.parse(t.raw, at: k) != nil ? k : nil
            }
            words += 1
            j = w.upperBound
        }
        return nil
    }

    /// The end of the name after the type word at `start` (== `start` when there is none).
    /// A comma or "và" joins two words of a short name ("Thi đua, khen thưởng", "Bảo vệ
    /// và phát triển rừng"); at most ten words.
    private static func readName(_ t: ScalarText, from start: Int) -> Int {
        let s = t.raw
        var end = start
        var words = 0
        var j = start
        while words < 10 {
            var k = j
            var joined = false
            if k < s.count, s[k] == "," {
                k += 1
                joined = true
            }
            guard k < s.count, s[k] == " " || s[k] == "\n" || s[k] == "\t",
                  let w = t.word(after: k), w.lowerBound - k <= 3, ScalarText.isLetter(s[w.lowerBound]) else { break }
            let key = Array(t.key[w])
            // "năm 2015", "số 15/2012/QH13" follow a name ("Pháp lệnh Dân số" holds "số").
            if key == year || key == so, let y = t.word(after: w.upperBound), ScalarText.isDigit(s[y.lowerBound]) { break }
            // "ngày26/11/2003": the date glued to its word.
            if key.starts(with: day), w.count > day.count, ScalarText.isDigit(s[w.lowerBound + day.count]) { break }
            if words > 0, ScalarText.isLower(s[w.lowerBound]), neverInName(t, w) { break }
            if words == 0 {
                guard ScalarText.isUpper(s[w.lowerBound]) else { break }
            } else if joined || key == and {
                // Only a short name goes on past a comma or "và", and only with a lower-case word.
                guard words <= 2, let next = key == and ? t.word(after: w.upperBound) : w,
                      ScalarText.isLower(s[next.lowerBound]), !stops.contains(Array(t.key[next])),
                      !after.contains(Array(t.key[next])) else { break }
                if key == and {
                    end = w.upperBound
                    j = w.upperBound
                    continue
                }
            } else if stops.contains(key) {
                break
            }
            words += 1
            end = w.upperBound
            j = w.upperBound
        }
        return end
    }

    /// "Bộ Luật ..." is read as a code; "Đại học Luật", "Khoa Luật", "Hội Luật gia" name bodies.
    private static let organisationWords: Set<[Unicode.Scalar]> = Set([
        "bộ", "học", "khoa", "viện", "trường", "vụ", "cục", "hội", "đoàn", "ngành", "nhân", "sĩ", "viên",
    ].map(ScalarText.key))

    private static func isAfterOrganisationWord(_ t: ScalarText, _ i: Int) -> Bool {
        guard let w = t.word(before: i), w.upperBound == i - 1 || w.upperBound == i else { return false }
        return organisationWords.contains(Array(t.key[w]))
    }
}
