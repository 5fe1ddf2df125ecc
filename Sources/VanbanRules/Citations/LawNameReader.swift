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
            let nameEnd = readName(t, from: headEnd)
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
            if let (iso, dateEnd) = VietnameseDate.parse(s, at: k) {
                date = iso
                end = dateEnd
            } else if let w = t.word(after: end), t.keyEquals(w, so), let reading = DocumentNumberReader.read(t, at: t.skipSpace(w.upperBound)) {
                number = reading.raw
                end = reading.range.upperBound
            } else if !head.needsName, let w = t.word(after: end), t.keyEquals(w, year), let y = t.word(after: w.upperBound),
                      y.count == 4, ScalarText.isDigit(s[y.lowerBound]) {
                end = y.upperBound
                title = t.string(i..<end)
            }
            found.append(CitationMention(range: i..<end, type: head.slug, typeFromWord: true, number: number,
                                         title: title, date: date, extentEnd: end))
            i = end
        }
        return found
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
