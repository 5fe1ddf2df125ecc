/// The one grammar of a document's number and symbol (Nghị định 30/2020/NĐ-CP, Phụ lục I, box 3;
/// the Party's Hướng dẫn 36-HD/VPTW): administrative "12/QĐ-UBND", công văn "1081/LĐTBXH-VP",
/// legal "30/2020/NĐ-CP" and "15/2017/QH14", Party "34-CT/TW", joint "01/2015/TTLT-BTC-BNV",
/// consolidated "74/VBHN-VPQH", issuer codes with "&" ("123/SGD&ĐT-VP") and older ones with a dot
/// or an underscore ("01/1999/QĐ.UB", "10/2007/QĐ_BKHCN").
///
/// It reads in two places, with one structure — a sequence (maybe a letter after it), then either
/// "/" with a year maybe and the symbol's groups, or the Party's "-" with a type group and "/" —
/// and two strictnesses:
/// - `.text`, a citation in running text: each group of the symbol holds capitals ("QĐ", "TTg",
///   "CTr"), so dates, phone numbers and year ranges never read as numbers; spaces around a "-"
///   are allowed when a capital group follows ("170/KH - CSĐTNTMT"); a word glued after the symbol
///   ("70-TB/TWngày", "…/SCT-QLTMNGÀY") is left out;
/// - `.field`, the "Số:" field of a header, where what is printed is the number: the sequence may
///   be blank ("/STTTT-VP", "-CV/BTGDVTU", filled in by hand), groups may be in small letters, and
///   the whole field must be read.
enum DocumentNumberGrammar {
    enum Mode { case text, field }

    struct Reading: Sendable, Equatable {
        let range: Range<Int>
        /// Number and symbol without spaces: "170/KH-CSĐTNTMT".
        let raw: String
        /// The sequence ("" when left blank in a field).
        let sequence: String
        /// The year written in a legal number ("30/2020/NĐ-CP").
        let year: Int?
        /// Where the symbol starts in `raw`, in scalars.
        let symbolOffset: Int
        /// The symbol: what follows the sequence (and the year): "NĐ-CP", "CT/TW".
        var symbol: String { ScalarText.string(raw.unicodeScalars.dropFirst(symbolOffset)) }
        /// The first group of the symbol: the type code where there is one ("QĐ", "CT").
        let code: String
        /// Party form "34-CT/TW".
        let party: Bool
    }

    /// The longest symbol group read.
    static let longestGroup = 16

    /// The number whose sequence starts at `start` (in `.text`, a digit not glued to a word before it).
    static func read(_ t: ScalarText, at start: Int, mode: Mode = .text) -> Reading? {
        let s = t.raw
        let field = mode == .field
        var i = start
        while i < s.count, field || i - start < 6, ScalarText.isDigit(s[i]) { i += 1 }
        // A letter after the sequence, before its separator: "30c/NQ-CP", "12a/QĐ-UBND".
        if i > start, i + 1 < s.count, ScalarText.isLetter(s[i]), s[i + 1] == "/" || s[i + 1] == "-" { i += 1 }
        guard i > start || field, i < s.count, field || !ScalarText.isWordChar(s[i]) else { return nil }
        let sequence = ScalarText.string(s[start..<i])
        var raw = sequence
        var year: Int?
        let party: Bool
        var groups: [Range<Int>] = []
        var end: Int
        if s[i] == "/" {
            var j = i + 1
            // "63/ 2006/QĐ-UBND": a space after the sequence's slash, before the year.
            if j + 5 < s.count, s[j] == " ", fourDigitYear(s, j + 1) != nil, s[j + 5] == "/" { j += 1 }
            if let y = fourDigitYear(s, j), j + 4 < s.count, s[j + 4] == "/" {
                year = y
                raw += "/\(y)"
                j += 5
            }
            guard let first = group(t, at: j, mode: mode) else { return nil }
            raw += "/"
            groups.append(first)
            party = false
            end = first.upperBound
        } else if s[i] == "-" {
            let j = t.skipSpace(i + 1)
            guard let first = group(t, at: j, afterSpace: j > i + 1, mode: mode) else { return nil }
            let slash = first.upperBound < s.count && s[first.upperBound] == "/"
            // A field may hold a sequence and a hyphen only ("5521-PT"); running text needs the Party's "/".
            guard slash || (field && i > start) else { return nil }
            // A blank Party sequence: the type code in capitals ("-CV/BTGDVTU").
            if i == start, !ScalarText.isUpper(s[first.lowerBound]) { return nil }
            raw += "-"
            groups.append(first)
            party = slash
            end = first.upperBound
        } else if field, i > start, ScalarText.isUpper(s[i]), let code = group(t, at: i, mode: mode),
                  code.upperBound < s.count, s[code.upperBound] == "/" {
            // A type code glued to the sequence in a field: "3120QĐ/BTP".
            groups.append(code)
            party = false
            end = code.upperBound
        } else {
            return nil
        }
        let symbolOffset = raw.unicodeScalars.count
        raw += ScalarText.string(s[groups[0]])
        // Further groups, each after "-" or "/" (or "." or "_" before capitals).
        while groups.count < 6, let (separator, next) = nextGroup(t, after: end, mode: mode) {
            raw += String(separator) + ScalarText.string(s[next])
            groups.append(next)
            end = next.upperBound
        }
        if party, groups.count < 2 { return nil }
        if field {
            // The whole field is the number, but for the punctuation that ends it.
            guard s[end...].allSatisfy({ ".,;:".unicodeScalars.contains($0) }) else { return nil }
            guard raw.unicodeScalars.count >= 3, raw.unicodeScalars.count <= 60,
                  raw.unicodeScalars.contains(where: ScalarText.isLetter) else { return nil }
        }
        return Reading(range: start..<end, raw: raw, sequence: sequence, year: year, symbolOffset: symbolOffset,
                       code: ScalarText.string(s[groups[0]]), party: party)
    }

    /// The next group after `end`: a separator, maybe spaces, and a group.
    private static func nextGroup(_ t: ScalarText, after end: Int, mode: Mode) -> (Unicode.Scalar, Range<Int>)? {
        let s = t.raw
        var j = end
        // "KH - CSĐTNTMT": spaces before a dash only.
        while j < s.count, j - end < 3, s[j] == " " { j += 1 }
        guard j < s.count else { return nil }
        let separator = s[j]
        switch separator {
        case "-": break
        case "/": if j > end { return nil }
        case ".", "_", "&":
            // Old issuer codes: "QĐ.UB", "QĐ_BKHCN", "TT.HĐND", "SNN&PTNT", capitals right after; a portal
            // may have put a space before the mark ("07/TT .HĐND", "…/SNN &PTNT").
            guard j - end <= 1, j + 1 < s.count, ScalarText.isUpper(s[j + 1]) || mode == .field else { return nil }
            guard let next = group(t, at: j + 1, mode: mode) else { return nil }
            return (separator, next)
        default: return nil
        }
        let k = t.skipSpace(j + 1)
        guard k - (j + 1) <= 8, let next = group(t, at: k, afterSpace: k > j + 1 || j > end, mode: mode) else { return nil }
        return (separator, next)
    }

    /// A group of a symbol at `i`. In `.text`: letters and digits starting with a letter, with at
    /// least two capitals ("TTg", "QyĐ", "QH14") or all letters capitals ("L"). In `.field`: letters
    /// and digits (the whole symbol holds a letter).
    private static func group(_ t: ScalarText, at i: Int, afterSpace: Bool = false, mode: Mode) -> Range<Int>? {
        let s = t.raw
        guard i < s.count, ScalarText.isLetter(s[i]) || (mode == .field && ScalarText.isDigit(s[i])) else { return nil }
        var j = i
        var upper = 0
        var lower = 0
        var lowerRun = 0
        while j < s.count {
            if s[j] == "&", j + 1 < s.count, ScalarText.isUpper(s[j + 1]) {
                j += 1
                continue
            }
            guard ScalarText.isWordChar(s[j]) else { break }
            if ScalarText.isUpper(s[j]) {
                upper += 1
                lowerRun = 0
            } else if ScalarText.isLetter(s[j]) {
                lower += 1
                lowerRun += 1
                // A word glued to the symbol ("70-TB/TWngày 06 …"): capitals, then three small letters.
                if lowerRun == 3, upper >= 2, j - 2 > i, ScalarText.isUpper(s[j - 3]) {
                    j -= 2
                    lower -= 3
                    break
                }
            } else {
                lowerRun = 0
            }
            j += 1
        }
        // "ngày" glued in capitals after the symbol ("…/SCT-QLTMNGÀY 12/5/2020"): not part of it.
        if j - i > 6, j <= s.count, j == s.count || ScalarText.isSpace(s[j]) || mode == .field,
           Array(t.key[(j - 4)..<j]) == gluedDay {
            j -= 4
            upper -= 4
        }
        if mode == .field { return j > i ? i..<j : nil }
        guard j - i <= longestGroup, upper >= 2 || (upper >= 1 && lower == 0 && !afterSpace) else { return nil }
        if afterSpace, lower > upper { return nil }
        return i..<j
    }

    private static let gluedDay = ScalarText.key("ngày")

    private static func fourDigitYear(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard i + 4 <= s.count else { return nil }
        var value = 0
        for k in i..<i + 4 {
            guard ScalarText.isDigit(s[k]) else { return nil }
            value = value * 10 + Int(s[k].value - 48)
        }
        return VietnameseDate.plausibleYears.contains(value) ? value : nil
    }
}
