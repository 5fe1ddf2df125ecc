/// Which paragraphs set goals: a heading or lead-in that names them ("II. CHỈ TIÊU",
/// "1. Mục tiêu, chỉ tiêu", "Điều 1. Giao các chỉ tiêu chủ yếu năm 2025 như sau:",
/// "* Phấn đấu hoàn thành các chỉ tiêu như sau:") opens a goal section that holds the
/// paragraphs after it until the next heading of the same or an outer level. Headings
/// about results ("Kết quả thực hiện các chỉ tiêu") open none.
struct GoalScopes {
    enum Role: Equatable {
        /// Ordinary text: only sentences that set goals themselves count.
        case body
        /// A heading or lead-in that opens a goal section.
        case heading
        /// Inside a goal section.
        case goal
    }

    let roles: [Role]

    init(_ t: ScalarText, _ layout: LogicalParagraphs) {
        var roles: [Role] = []
        var scope: Int?
        for p in layout.paragraphs {
            let level = Self.level(t, p)
            if let open = scope, let level, level <= open { scope = nil }
            if let opened = Self.opensGoals(t, p, level: level) {
                scope = opened
                roles.append(.heading)
            } else {
                roles.append(scope == nil ? .body : .goal)
            }
        }
        self.roles = roles
    }

    /// The outline level of a heading: its marker's rank; an unmarked line in capitals
    /// ranks with Roman numerals; body text has none.
    private static func level(_ t: ScalarText, _ p: LogicalParagraphs.Paragraph) -> Int? {
        if let marker = p.marker { return marker.kind.rawValue }
        return isCapitals(t, p.range) && wordCount(t, p.range) <= 12 ? ListMarker.Kind.roman.rawValue : nil
    }

    private static let goalWords = [ScalarText.key("chỉ tiêu"), ScalarText.key("mục tiêu")]
    private static let strive = ScalarText.key("phấn đấu")
    private static let programme = ScalarText.key("chương trình mục tiêu")
    private static let results = [ScalarText.key("kết quả"), ScalarText.key("tình hình"), ScalarText.key("đánh giá")]

    /// The level of the goal section `p` opens, if it opens one.
    private static func opensGoals(_ t: ScalarText, _ p: LogicalParagraphs.Paragraph, level: Int?) -> Int? {
        let body = p.contentStart..<p.range.upperBound
        let leadIn = endsWithColon(t, p.range)
        let named = (find(t, goalWords, in: body) != nil || leadIn && t.match(strive, at: p.contentStart) != nil)
        guard named, find(t, [programme], in: body) == nil || find(t, [goalWords[0]], in: body) != nil,
              find(t, results, in: body) == nil else { return nil }
        if let level, p.marker?.isHeading ?? true, wordCount(t, body) <= 14 { return level }
        guard leadIn else { return nil }
        // A lead-in sentence holds the list items after it; a numbered one, what its number holds.
        return level ?? ListMarker.Kind.letter.rawValue
    }

    /// The first place in `range` where one of `patterns` stands as whole words.
    static func find(_ t: ScalarText, _ patterns: [[Unicode.Scalar]], in range: Range<Int>) -> Int? {
        for i in range where i == 0 || !ScalarText.isWordChar(t.raw[i - 1]) {
            for p in patterns where t.key[i] == p[0] {
                if let end = t.match(p, at: i), end <= range.upperBound { return i }
            }
        }
        return nil
    }

    private static func endsWithColon(_ t: ScalarText, _ range: Range<Int>) -> Bool {
        var j = range.upperBound
        while j > range.lowerBound, ScalarText.isSpace(t.raw[j - 1]) || t.raw[j - 1] == "*" { j -= 1 }
        return j > range.lowerBound && t.raw[j - 1] == ":"
    }

    private static func isCapitals(_ t: ScalarText, _ range: Range<Int>) -> Bool {
        var letters = 0
        for i in range where ScalarText.isLetter(t.raw[i]) {
            if ScalarText.isLower(t.raw[i]) && !(0x300...0x36F).contains(t.raw[i].value) { return false }
            letters += 1
        }
        return letters >= 4
    }

    private static func wordCount(_ t: ScalarText, _ range: Range<Int>) -> Int {
        var words = 0
        var inWord = false
        for i in range {
            let w = !ScalarText.isSpace(t.raw[i])
            if w && !inWord { words += 1 }
            inWord = w
        }
        return words
    }
}
