import Foundation

/// Mends what OCR makes of a letter's fixed words, before the rules read it: "Sá:" → "Số:",
/// "V/w", "{V/v" → "V/v", "Kinh gứi" → "Kính gửi", "ơi nhận", "Nơi nhàn" → "Nơi nhận",
/// "KT," → "KT.", "ngày 22tháng" → "ngày 22 tháng", "thảng" → "tháng", and in the header's and
/// signer block's capital lines "THÔNG BẢO" → "THÔNG BÁO", "CHÍ THỊ" → "CHỈ THỊ", "THỨ TRƯỜNG"
/// → "THỨ TRƯỞNG", "TĨNH ỦY" → "TỈNH ỦY"; the tones Tesseract drops, in common word pairs
/// ("tô chức" → "tổ chức", `mendingTones`); symbols' misread letters ("LUBND" → "UBND"). Only
/// words whose place in the letter, or whose pair, says what they must be are touched; text that
/// came from a text layer is never given to it.
public enum OCRRepair {
    /// `text` (one line a line, `VietnameseText.normalize`d) with its fixed words mended.
    public static func mend(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let filled = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }
        // The header (the first lines) and the signer block (the last ones) hold the capital lines.
        let capitalZones = Set(filled.prefix(24) + filled.suffix(30))
        var previous: String?
        for i in lines.indices where !lines[i].isEmpty {
            var line = mendLabel(lines[i])
            if let previous, previous.hasPrefix("Số"), let regarding = mendedRegarding(line) { line = regarding }
            line = droppingIllegibleSequence(restoringSlash(line))
            line = mendDate(line)
            line = mendSymbols(line)
            if capitalZones.contains(i) { line = mendCapitals(line) }
            lines[i] = line
            previous = line
        }
        return mendingByConsensus(mendingTones(lines), first: 24).joined(separator: "\n")
    }

    // MARK: Tone marks Tesseract drops

    /// `lines` with the tone marks Tesseract drops put back where a pair of words says which:
    /// "tô chức" → "tổ chức", "hệ thông" → "hệ thống", "phòng, chông ma túy" stays but "chông ma"
    /// → "chống ma". Its Vietnamese model often leaves a syllable with its vowel's own mark and
    /// without the tone over it ("tổ" → "tô", "cấp" → "câp"), or the dot under it ("hoạt" →
    /// "hoat"). A pair is mended when, toneless, it is a common pair of letters (`OCRWordPairs.toned`)
    /// and not itself a pair in use (`OCRWordPairs.asRead`), and when the word it changes is no
    /// pair in use with its other neighbour ("phục vụ nhân dân" stays, though "vụ nhận" is
    /// common). Words in title case inside a line are names ("Nguyễn Văn Phong") and stay.
    static func mendingTones(_ lines: [String]) -> [String] {
        lines.map { line in
            guard !line.isEmpty, line.contains(" ") else { return line }
            var words = line.split(separator: " ", omittingEmptySubsequences: false).map(TonePairs.Word.init)
            var changed = false
            for i in words.indices.dropLast() {
                guard words[i].joinsNext(words[i + 1]), let key = words[i].key, let next = words[i + 1].key,
                      let toned = TonePairs.shared.mended[key + " " + next] else { continue }
                if toned.0 != key {
                    guard words[i].mayChange(first: i == 0 || words[i - 1].endsSentence) else { continue }
                    if i > 0, words[i - 1].joinsNext(words[i]), let before = words[i - 1].key,
                       TonePairs.shared.asRead.contains(before + " " + key) { continue }
                }
                if toned.1 != next {
                    guard words[i + 1].mayChange(first: false) else { continue }
                    if i + 2 < words.count, words[i + 1].joinsNext(words[i + 2]), let after = words[i + 2].key,
                       TonePairs.shared.asRead.contains(next + " " + after) { continue }
                }
                words[i].respell(toned.0)
                words[i + 1].respell(toned.1)
                changed = true
            }
            return changed ? words.map(\.text).joined(separator: " ") : line
        }
    }

    /// The header's word pairs spelt as the letter spells them most often: OCR misreads a tone
    /// here and there ("tông kết", "phòng, chông"), and the same words come back, read right,
    /// through the body. A pair of the first `first` lines is respelt when another spelling of
    /// its letters is found at least twice and more often than its own.
    static func mendingByConsensus(_ lines: [String], first: Int) -> [String] {
        var counts: [String: [String: Int]] = [:]
        let words = lines.map { $0.split(separator: " ").map(String.init) }
        for line in words {
            for (a, b) in zip(line, line.dropFirst()) {
                let (x, y) = (bare(a).lowercased(), bare(b).lowercased())
                guard !x.isEmpty, !y.isEmpty else { continue }
                counts[VietnameseText.fold(x) + " " + VietnameseText.fold(y), default: [:]][x + " " + y, default: 0] += 1
            }
        }
        var lines = lines
        var seen = 0
        for i in lines.indices where seen < first {
            guard !lines[i].isEmpty else { continue }
            seen += 1
            var line = words[i]
            var changed = false
            for k in line.indices.dropLast() {
                let (x, y) = (bare(line[k]).lowercased(), bare(line[k + 1]).lowercased())
                guard !x.isEmpty, !y.isEmpty, let spellings = counts[VietnameseText.fold(x) + " " + VietnameseText.fold(y)],
                      let best = spellings.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                      best.value >= 2, best.value > spellings[x + " " + y, default: 0] else { continue }
                let parts = best.key.split(separator: " ").map(String.init)
                guard parts.count == 2 else { continue }
                for (offset, part) in parts.enumerated() {
                    let word = line[k + offset]
                    let bareWord = bare(word)
                    let cased = bareWord.allSatisfy { !$0.isLowercase } && bareWord.count > 1 ? part.uppercased()
                        : bareWord.first?.isUppercase == true ? part.prefix(1).uppercased() + part.dropFirst() : part
                    if cased != bareWord {
                        line[k + offset] = replacing(word, with: cased)
                        changed = true
                    }
                }
            }
            if changed { lines[i] = line.joined(separator: " ") }
        }
        return lines
    }

    // MARK: Labels that open a line

    /// Marks OCR puts before a line's first word (a bit of a table border, a speck).
    private static let leadingJunk: Set<Character> = ["{", "[", "(", "|", "'", "‘", "\"", "“", "*", "•", "·", "ˆ", "`", "~", "_"]

    static func mendLabel(_ line: String) -> String {
        let trimmed = line.drop(while: { leadingJunk.contains($0) || $0 == " " })
        var words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return line }
        if let mended = mendNumberLabel(first, rest: words.dropFirst().joined(separator: " ")) {
            return mended
        }
        if isRegardingLabel(first) {
            words[0] = "V/v"
            return words.joined(separator: " ")
        }
        if VietnameseText.fold(first).hasPrefix("kinhgui") {
            let tail = first.drop(while: \.isLetter)
            return (["Kính gửi" + tail] + words.dropFirst()).joined(separator: " ")
        }
        if words.count >= 2 {
            let pair = (words[0] + " " + words[1]).trimmingCharacters(in: CharacterSet(charactersIn: ":;."))
            let colon = words[1].hasSuffix(":") || words[1].hasSuffix(";")
            let folded = VietnameseText.fold(pair)
            if folded == "kinh gui", pair != "Kính gửi" {
                return (["Kính gửi" + (colon ? ":" : "")] + words.dropFirst(2)).joined(separator: " ")
            }
            if colon || words.count == 2, pair != "Nơi nhận", EditDistance.between(folded, "noi nhan", limit: 1) != nil,
               folded.hasSuffix("nhan") {
                return (["Nơi nhận:"] + words.dropFirst(2)).joined(separator: " ")
            }
        }
        if let authority = mendedAuthority(words) { return authority }
        if let rank = mendedRank(words) { return rank }
        return trimmed.count == line.count ? line : String(trimmed)
    }

    /// "Sá:5ÿẰ /BCA-C04" → "Số: 5ÿẰ /BCA-C04", "S6: 123/UBND-VP" → "Số: 123/UBND-VP": a
    /// two-letter word "S" + a vowel or a digit OCR makes of "ố", with a number's symbol after it.
    static func mendNumberLabel(_ first: String, rest: String) -> String? {
        let label: Substring, glued: Substring
        if let colon = first.firstIndex(of: ":") {
            label = first[..<colon]
            glued = first[first.index(after: colon)...]
        } else {
            label = Substring(first)
            glued = ""
        }
        // "§" is how OCR often reads a capital S; a dash glued before the label is a speck.
        let head = label.drop(while: { $0 == "-" })
        guard head.count == 2, head != "Số", let initial = head.first, "Ss§".contains(initial), let second = head.last,
              "oae06".contains(VietnameseText.fold(String(second))) else { return nil }
        let after = [String(glued), rest].filter { !$0.isEmpty }.joined(separator: " ")
        // A number's symbol: a slash followed by a capital, within the first token or two.
        let symbolAhead = after.split(separator: " ").prefix(3).contains { token in
            guard let slash = token.firstIndex(of: "/") else { return false }
            return token[token.index(after: slash)...].first?.isUppercase == true
        }
        guard symbolAhead else { return nil }
        return "Số: " + after
    }

    /// "Số: 5ÿẰ /BCA-C04" → "Số: /BCA-C04", "Số ZI0 -CV/BTGDVTU" → "Số: -CV/BTGDVTU": a
    /// sequence written by hand and read as letters is dropped, the printed symbol kept (as for a
    /// sequence left blank). A sequence read as digits stays, right or wrong.
    static func droppingIllegibleSequence(_ line: String) -> String {
        guard let rest = NumberLine.afterSoWord(line) else { return line }
        // The sequence ends where the symbol starts: at "/", or at "-" before a capital and a "/".
        var end = rest.startIndex
        while end < rest.endIndex {
            let c = rest[end]
            if c == "/" { break }
            // "-CV/HNDT", "- CV/HNDT": a Party number's dash, before a capital and a "/".
            if c == "-", let next = rest[rest.index(after: end)...].drop(while: { $0 == " " }).first, next.isUppercase,
               rest[end...].dropFirst().drop(while: { $0 == " " }).prefix(while: { $0 != " " }).contains("/") { break }
            end = rest.index(after: end)
        }
        guard end < rest.endIndex else { return line }
        let sequence = rest[..<end].trimmingCharacters(in: .whitespaces)
        guard !sequence.isEmpty, sequence.count <= 8, !sequence.allSatisfy(\.isNumber) else { return line }
        return "Số: " + rest[end...]
    }

    /// "Số: 1906 SGDĐT-CTrTT", "Số: 1906 |SGDĐT-CTrTT", "Số: 01NQ-HĐQLQ" → "Số: 1906/SGDĐT-CTrTT",
    /// "Số: 01/NQ-HĐQLQ": the slash between the sequence and the symbol lost, read as a bar, or
    /// lost with the space. "Số 52 - CV/HNDT", "Số 52 -CV/HNDT" → "Số: 52-CV/HNDT": a Party
    /// number's dash read with spaces around it.
    static func restoringSlash(_ line: String) -> String {
        guard let rest = NumberLine.afterSoWord(line) else { return line }
        var words = rest.split(separator: " ", maxSplits: 3).map(String.init)
        if let first = words.first, let head = first.first, head.isNumber, !first.contains("/") {
            let digits = first.prefix(while: \.isNumber)
            let symbol = first.dropFirst(digits.count)
            if let capital = symbol.first, capital.isUppercase, symbol.contains("-"),
               symbol.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "(" || $0 == ")" }) {
                return (["Số: " + digits + "/" + symbol] + words.dropFirst()).joined(separator: " ")
            }
        }
        if words.count >= 2, words[0].allSatisfy(\.isNumber) {
            let dashed = words[1] == "-" && words.count >= 3 ? words[2] : words[1].hasPrefix("-") ? String(words[1].dropFirst()) : nil
            if let symbol = dashed, symbol.first?.isUppercase == true, symbol.contains("/") {
                let used = words[1] == "-" ? 3 : 2
                return (["Số: " + words[0] + "-" + symbol] + words.dropFirst(used)).joined(separator: " ")
            }
        }
        words = rest.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count >= 2, words[0].allSatisfy(\.isNumber), !words[1].contains("/") else { return line }
        var symbol = words[1]
        if let first = symbol.first, "|\\".contains(first) { symbol.removeFirst() }
        guard let head = symbol.first, head.isUppercase, symbol.contains("-"),
              symbol.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else { return line }
        return (["Số: " + words[0] + "/" + symbol] + words.dropFirst(2)).joined(separator: " ")
    }

    /// The line under the number of a công văn is its subject: "W% cử lãnh đạo …" is "V/v cử lãnh
    /// đạo …" whose label OCR read as marks (a short first word with no letter pair, then words
    /// in small letters).
    static func mendedRegarding(_ line: String) -> String? {
        let words = line.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0] != "V/v", words[0].count <= 3,
              words[0].contains(where: { !$0.isLetter }), !words[0].contains(where: \.isNumber),
              let next = words[1].first, next.isLowercase else { return nil }
        return "V/v " + words[1]
    }

    /// "V/v" as OCR reads it: "V/w", "V/V", "V/y", "Vlv", "V|v", "WV/v".
    static func isRegardingLabel(_ word: String) -> Bool {
        var letters = Array(word.trimmingCharacters(in: CharacterSet(charactersIn: ":.,")))
        if letters.count == 4, "WV".contains(letters[0]) { letters.removeFirst() }
        guard letters.count == 3, letters != Array("V/v"), letters[0] == "V" else { return false }
        return "/lI|1íì".contains(letters[1]) && "vwyuVW".contains(letters[2])
    }

    /// "KT, CHỦ TỊCH" → "KT. CHỦ TỊCH": a signing prefix read with a comma, colon or no stop
    /// before a capital word.
    static func mendedAuthority(_ words: [String]) -> String? {
        var words = words
        // "KT.CỤC TRƯỞNG": the prefix glued to the title; cut, so the title's words are mended as pairs.
        if let dot = words.first?.firstIndex(of: "."), case let head = words[0][..<dot],
           case let rest = words[0][words[0].index(after: dot)...], rest.count >= 2,
           rest.allSatisfy({ $0.isLetter && !$0.isLowercase }),
           HeaderVocabulary.authorities.contains(where: { $0.code == head && $0.code.count >= 2 }) {
            words = [head + ".", String(rest)] + words.dropFirst()
            return words.joined(separator: " ")
        }
        guard words.count >= 2, let next = words[1].first, next.isUppercase else { return nil }
        let first = words[0]
        let code = first.trimmingCharacters(in: CharacterSet(charactersIn: ".,:;")).replacingOccurrences(of: ".", with: "")
        // The prefixes of two letters or more (a lone "Q" is too easily a misread letter).
        guard HeaderVocabulary.authorities.contains(where: { $0.code == code && $0.code.count >= 2 }), first != code + "."
        else { return nil }
        return ([code + "."] + words.dropFirst()).joined(separator: " ")
    }

    /// "Thiêu tướng Trần Văn An" → "Thiếu tướng Trần Văn An": a rank before a name, its tone misread.
    static func mendedRank(_ words: [String]) -> String? {
        guard words.count >= 4 else { return nil }
        let pair = VietnameseText.fold(words[0] + " " + words[1])
        guard let rank = HeaderVocabulary.nameTitles.first(where: { !$0.contains(".") && $0.contains(" ")
            && VietnameseText.fold($0) == pair }), rank != words[0] + " " + words[1] else { return nil }
        return ([rank] + words.dropFirst(2)).joined(separator: " ")
    }

    // MARK: Symbols

    /// The letters of numbers' symbols OCR misreads: "LUBND", "UIBND", "LBND" → "UBND" (its "U"
    /// read as "LU", "UI", "L"), "/QĐĐ-" → "/QĐ-" (the "Đ" read twice), "/QHI5" → "/QH15" and
    /// "/QHI15" → "/QH15" (the legislature's term: two digits, its "1" read as "I" or "l").
    static func mendSymbols(_ line: String) -> String {
        guard line.contains("BND") || line.contains("QĐĐ") || line.contains("/QH") else { return line }
        var out = line
        for (pattern, template) in symbolMends {
            out = pattern.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
        }
        // "/QHI5": one digit left once the "I" goes, so the "I" was the term's "1".
        do {
            let matches = legislature.matches(in: out, range: NSRange(out.startIndex..., in: out)).reversed()
            for match in matches {
                guard let marks = Range(match.range(at: 1), in: out), let digits = Range(match.range(at: 2), in: out) else { continue }
                let term = out[digits].count == 1 ? "1" + out[digits] : String(out[digits])
                out.replaceSubrange(marks.lowerBound..<digits.upperBound, with: term)
            }
        }
        return out
    }

    private static let symbolMends: [(NSRegularExpression, String)] = [
        (try! NSRegularExpression(pattern: "(?<![\\p{L}\\d])(?:LU|UI|LI|IJ|L)BND(?![\\p{L}\\d])"), "UBND"),
        (try! NSRegularExpression(pattern: "(?<=\\d/)QĐĐ(?=-|/|$|\\s)"), "QĐ"),
    ]

    private static let legislature = try! NSRegularExpression(pattern: "(?<=\\d/QH)([Il|]+)(\\d{1,2})(?!\\d)")

    // MARK: The date line

    /// "ngày 22tháng 7 nãm 2020" → "ngày 22 tháng 7 năm 2020": on a line with a year, the date
    /// words glued to a number are cut off it, and a word folding to one of them next to a number
    /// or another date word is spelt as it.
    static func mendDate(_ line: String) -> String {
        guard line.contains(where: \.isNumber), hasYear(line) else { return line }
        var words: [String] = []
        for word in line.split(separator: " ") { words += splitGlued(String(word)) }
        let dateWord: (String) -> String? = { word in
            let folded = VietnameseText.fold(word)
            return OCRVocabulary.dateWordsByFold[folded]
        }
        var changed = false
        for i in words.indices {
            guard let canonical = dateWord(words[i]), words[i] != canonical else { continue }
            // "Nam" of a place stays: only a date word beside a number or another date word is mended.
            let neighbours = [i > 0 ? words[i - 1] : nil, i + 1 < words.count ? words[i + 1] : nil].compactMap { $0 }
            let inDate = neighbours.contains { $0.first?.isNumber == true || dateWord($0) != nil }
            guard inDate, words[i].first?.isLowercase == true else { continue }
            words[i] = canonical
            changed = true
        }
        // The place before ", ngày": its words in title case, mended by the places' word pairs. The
        // comma read as a full stop ("Lâm Đồng. ngày") is put back; "ngày" may carry a day
        // written by hand and read as marks ("ngày.¡4").
        if let comma = words.firstIndex(where: { $0.hasSuffix(",") || $0.hasSuffix(".") }), comma + 1 < words.count,
           comma < 6, words[comma + 1].first == "n", VietnameseText.fold(words[comma + 1]).hasPrefix("ngay") {
            if words[comma].hasSuffix(".") {
                words[comma] = words[comma].dropLast() + ","
                changed = true
            }
            // A day written by hand and read as marks glued to "ngày" ("ngày.¡4", "ngày$©") is no day.
            let day = words[comma + 1].dropFirst(4)
            if VietnameseText.fold(String(words[comma + 1].prefix(4))) == "ngay",
               day.contains(where: { !$0.isNumber && $0 != "." && $0 != "," }) {
                words[comma + 1] = String(words[comma + 1].prefix(4))
                changed = true
            }
            for i in 0..<comma {
                let key = fold(words[i]) + " " + fold(words[i + 1])
                guard let pair = Lexicon.shared.pairs[key] else { continue }
                for (offset, canonical) in pair.enumerated() {
                    // In the case it was printed in: "Lâm Đông" → "Lâm Đồng", "thành phô" → "thành phố".
                    let word = words[i + offset]
                    let cased = word.first?.isUppercase == true
                        ? canonical.prefix(1) + canonical.dropFirst().lowercased() : canonical.lowercased()
                    if !spells(word.lowercased(), cased.lowercased()) {
                        words[i + offset] = replacing(word, with: cased)
                        changed = true
                    }
                }
            }
        }
        let joined = words.joined(separator: " ")
        return changed || joined.count != line.count ? joined : line
    }

    /// Whether `line` holds a year a letter could be dated (four digits, 1945–2100).
    private static func hasYear(_ line: String) -> Bool {
        var run = 0
        var value = 0
        for c in line + " " {
            if let digit = c.wholeNumberValue, c.isASCII {
                run += 1
                value = value * 10 + digit
            } else {
                if run == 4, VietnameseDate.plausibleYears.contains(value) { return true }
                run = 0
                value = 0
            }
        }
        return false
    }

    /// "22tháng" → ["22", "tháng"], "ngày26" → ["ngày", "26"]: a date word and a number glued.
    private static func splitGlued(_ word: String) -> [String] {
        guard let boundary = word.indices.dropFirst().first(where: { i in
            word[word.index(before: i)].isNumber != word[i].isNumber && (word[i].isLetter || word[i].isNumber)
                && (word[word.index(before: i)].isLetter || word[word.index(before: i)].isNumber)
        }) else { return [word] }
        let left = String(word[..<boundary]), right = String(word[boundary...])
        let letters = left.first?.isLetter == true ? left : right.trimmingCharacters(in: .punctuationCharacters)
        guard OCRVocabulary.dateWordsByFold[VietnameseText.fold(letters)] != nil else {
            return [word]
        }
        return [left] + splitGlued(right)
    }

    // MARK: Capital lines of the header and the signer block

    /// A capital line with its words mended: first by the phrase pairs they stand in, then one
    /// by one where only one header word folds as they do.
    static func mendCapitals(_ line: String) -> String {
        guard line.contains(where: \.isLetter), !line.contains(where: \.isLowercase) else { return line }
        var words = line.split(separator: " ").map(String.init)
        guard words.count <= 12 else { return line }
        var changed = false
        // Words OCR glued together ("BỘCÔNGAN", "CÔNGAN") are cut where header words meet.
        words = words.flatMap { word -> [String] in
            guard let pieces = Lexicon.shared.cut(word) else { return [word] }
            changed = true
            return pieces
        }
        var fixed = Set<Int>()
        for i in words.indices.dropLast() {
            let key = fold(words[i]) + " " + fold(words[i + 1])
            guard let pair = Lexicon.shared.pairs[key] else { continue }
            for (offset, canonical) in pair.enumerated() where !spells(words[i + offset], canonical) {
                words[i + offset] = replacing(words[i + offset], with: canonical)
                changed = true
            }
            fixed.formUnion([i, i + 1])
        }
        // A name in capitals ("NGUYỄN VĂN AN") is no header word misread: only its pairs are mended.
        let isName = SignerBlock.isName(words.joined(separator: " "))
        for i in words.indices where !fixed.contains(i) && !isName {
            guard let canonical = Lexicon.shared.words[fold(words[i])], !spells(words[i], canonical) else { continue }
            words[i] = replacing(words[i], with: canonical)
            changed = true
        }
        return changed ? words.joined(separator: " ") : line
    }

    /// Whether `word` already is `canonical`, or spells it with the tone mark on the other vowel
    /// ("HOÀ", "HÒA": both are in use).
    private static func spells(_ word: String, _ canonical: String) -> Bool {
        let letters = bare(word)
        if letters == canonical { return true }
        func marks(_ s: String) -> [UInt32] {
            s.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.isDiacritic }.map(\.value).sorted()
        }
        return marks(letters) == marks(canonical)
    }

    /// A word's letters without the punctuation around it.
    private static func bare(_ word: String) -> String {
        word.trimmingCharacters(in: .punctuationCharacters)
    }

    private static func fold(_ word: String) -> String {
        VietnameseText.fold(bare(word))
    }

    /// `word` with its letters replaced and its punctuation kept ("TRƯỜNG," → "TRƯỞNG,").
    private static func replacing(_ word: String, with canonical: String) -> String {
        guard let range = word.range(of: bare(word)) else { return canonical }
        return word.replacingCharacters(in: range, with: canonical)
    }

    /// The capital words and word pairs of headers, by fold; words folding alike are left out
    /// of `words` (only their pairs tell them apart).
    private struct Lexicon: Sendable {
        let words: [String: String]
        let pairs: [String: [String]]
        /// The folds of every header word, alike or not.
        let tokens: Set<String>

        static let shared = Lexicon()

        init() {
            let phrases = HeaderVocabulary.organisationHeads + HeaderVocabulary.positionWords + OCRVocabulary.headerPhrases
                + DocumentTypes.all.map { $0.name.uppercased() } + VietnamesePlaces.all.map { $0.uppercased() }
                + VietnamesePlaces.provinces.flatMap { ["TỈNH " + $0.uppercased(), "THÀNH PHỐ " + $0.uppercased()] }
            var words: [String: Set<String>] = [:]
            var pairs: [String: Set<[String]>] = [:]
            for phrase in phrases {
                let tokens = phrase.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }
                    .filter { !$0.isEmpty && $0.count > 1 || $0 == "Y" }
                for token in tokens { words[VietnameseText.fold(token), default: []].insert(token) }
                for (a, b) in zip(tokens, tokens.dropFirst()) {
                    pairs[VietnameseText.fold(a) + " " + VietnameseText.fold(b), default: []].insert([a, b])
                }
            }
            // Spellings that differ only in where the tone sits ("ỦY", "UỶ") are one word.
            func variant(_ word: String) -> String {
                let scalars = word.decomposedStringWithCanonicalMapping.unicodeScalars
                return String(String.UnicodeScalarView(scalars.filter { !$0.properties.isDiacritic }))
                    + String(scalars.filter(\.properties.isDiacritic).map(\.value).sorted().map { String($0, radix: 16) }.joined())
            }
            func one<T>(_ spellings: Set<T>, _ key: (T) -> String) -> T? {
                Set(spellings.map(key)).count == 1 ? spellings.min(by: { key($0) < key($1) }) : nil
            }
            self.tokens = Set(words.keys)
            self.words = words.compactMapValues { one($0, variant) }
            self.pairs = pairs.compactMapValues { one($0) { $0.map(variant).joined(separator: " ") } }
        }

        /// `word` cut into the two or three header words it folds to when OCR lost the spaces
        /// between them ("BỘCÔNGAN" → "BỘ", "CÔNG", "AN"), kept as read (the pairs mend their
        /// marks): the cut whose pieces make the most header word pairs, at least one; nil for
        /// a word of its own, or one that cuts as well in two ways.
        func cut(_ word: String) -> [String]? {
            let letters = Array(word)
            guard letters.count >= 5, letters.allSatisfy({ $0.isLetter && !$0.isLowercase }),
                  words[OCRRepair.fold(word)] == nil, !tokens.contains(OCRRepair.fold(word)) else { return nil }
            var best: (pairs: Int, cuts: [[String]]) = (1, [])
            func search(_ start: Int, _ pieces: [String]) {
                if start == letters.count {
                    let folds = pieces.map(OCRRepair.fold)
                    let made = zip(folds, folds.dropFirst()).filter { pairs[$0 + " " + $1] != nil }.count
                    if made > best.pairs { best = (made, [pieces]) } else if made == best.pairs { best.cuts.append(pieces) }
                    return
                }
                guard pieces.count < 3, start + 2 <= letters.count else { return }
                for end in (start + 2)...letters.count {
                    let piece = String(letters[start..<end])
                    if tokens.contains(OCRRepair.fold(piece)) { search(end, pieces + [piece]) }
                }
            }
            search(0, [])
            return best.cuts.count == 1 ? best.cuts[0] : nil
        }
    }
}
