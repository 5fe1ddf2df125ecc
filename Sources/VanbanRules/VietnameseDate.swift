/// Dates as Vietnamese documents write them, read into ISO `YYYY-MM-DD`.
///
/// Forms: "03/01/2023", "3/1/2023", "07.4.2014", "03-01-2023", "ngày 18 tháng 5 năm 2022"
/// (also "ngày 18/5/2022"). Impossible dates (31/02, month 13) are rejected.
public enum VietnameseDate {
    /// Years a document date may fall in.
    public static let plausibleYears = 1945...2100

    /// ISO form of a calendar date, or nil when it does not exist.
    public static func iso(day: Int, month: Int, year: Int) -> String? {
        guard plausibleYears.contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return nil
        }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A date starting at `start` in `s` (optionally after "ngày"), with the index just past it.
    public static func parse(_ s: [Unicode.Scalar], at start: Int) -> (iso: String, end: Int)? {
        var i = start
        let afterWord = skipWord(s, i, "ngày")
        if let j = afterWord { i = skipSpaces(s, j) }
        guard let (day, j1) = digits(s, i, max: 2) else { return nil }
        var j = skipSpaces(s, j1)
        // "ngày 18 tháng 5 năm 2022"
        if let k = skipWord(s, j, "tháng") {
            guard let (month, k1) = digits(s, skipSpaces(s, k), max: 2) else { return nil }
            j = skipSpaces(s, k1)
            guard let y = skipWord(s, j, "năm"), let (year, y1) = digits(s, skipSpaces(s, y), max: 4), y1 - skipSpaces(s, y) == 4,
                  let iso = iso(day: day, month: month, year: year) else { return nil }
            return (iso, y1)
        }
        // "03/01/2023", "07.4.2014", "03-01-2023"
        guard j1 < s.count else { return nil }
        let sep = s[j1]
        guard sep == "/" || sep == "." || sep == "-",
              let (month, m1) = digits(s, j1 + 1, max: 2),
              m1 < s.count, s[m1] == sep,
              let (year, y1) = digits(s, m1 + 1, max: 4), y1 - (m1 + 1) == 4,
              let iso = iso(day: day, month: month, year: year) else { return nil }
        return (iso, y1)
    }

    /// The first date in `text`, in any of the forms above.
    public static func first(in text: some StringProtocol) -> String? {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            // A date starts with its day or with "ngày".
            if isDigit(s[i]) || s[i] == "n" || s[i] == "N",
               i == 0 || !ScalarText.isLetter(s[i - 1]) && !isDigit(s[i - 1]), let (iso, _) = parse(s, at: i) {
                return iso
            }
            i += 1
        }
        return nil
    }

    /// "ngày    tháng 12 năm 2025" → "2025-12": a date line whose day was left blank for hand-filling
    /// (or written by hand and not read), as an ISO month; for a line `first(in:)` found no date in.
    public static func monthWithoutDay(in text: some StringProtocol) -> String? {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "t" || s[i] == "T", i == 0 || !ScalarText.isLetter(s[i - 1]), let k = skipWord(s, i, "tháng"),
               let (month, k1) = digits(s, skipSpaces(s, k), max: 2), (1...12).contains(month),
               let y = skipWord(s, skipSpaces(s, k1), "năm"), let (year, y1) = digits(s, skipSpaces(s, y), max: 4),
               y1 - skipSpaces(s, y) == 4, plausibleYears.contains(year), !dayPrinted(before: i, in: s) {
                return "\(year)-\(pad(month))"
            }
            i += 1
        }
        return nil
    }

    /// Whether the word before `index` is a number: a day printed (in a date that does not exist,
    /// "ngày 31 tháng 02"), not one left blank or written by hand.
    private static func dayPrinted(before index: Int, in s: [Unicode.Scalar]) -> Bool {
        var end = index
        while end > 0, s[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, s[start - 1] != " " { start -= 1 }
        return start < end && s[start..<end].allSatisfy(isDigit)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func digits(_ s: [Unicode.Scalar], _ start: Int, max: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < s.count, i - start < max, isDigit(s[i]) {
            value = value * 10 + Int(s[i].value - 48)
            i += 1
        }
        guard i > start, i >= s.count || !isDigit(s[i]) else { return nil }
        return (value, i)
    }

    static func skipSpaces(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        var i = start
        while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\n" { i += 1 }
        return i
    }

    /// The index past `word` (lower case) at `start`, in any case, if it is there as a whole word.
    static func skipWord(_ s: [Unicode.Scalar], _ start: Int, _ word: String) -> Int? {
        var end = start
        for c in word.unicodeScalars {
            guard end < s.count, ScalarText.lower(s[end]) == c else { return nil }
            end += 1
        }
        if end < s.count, ScalarText.isLetter(s[end]) { return nil }
        return end
    }
}
