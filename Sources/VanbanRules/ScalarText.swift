/// A text as Unicode scalars, with a folded twin of the same length that the hand
/// scanners compare against: lower case and new-style tone placement ("Hoà" → "hòa",
/// "KHOÁ" → "khóa"). Offsets in one are offsets in the other and in the text itself.
struct ScalarText: Sendable {
    /// The scalars as written.
    let raw: [Unicode.Scalar]
    /// Lower case, new-style tones; same length as `raw`.
    let key: [Unicode.Scalar]

    var count: Int { raw.count }

    init(_ text: String) {
        self.init(Array(text.unicodeScalars))
    }

    init(_ raw: [Unicode.Scalar]) {
        self.raw = raw
        var key = raw.map(ScalarText.lower)
        ScalarText.foldTones(&key)
        self.key = key
    }

    /// The folded form of a pattern, for comparing with `key`.
    static func key(_ pattern: String) -> [Unicode.Scalar] {
        ScalarText(pattern).key
    }

    /// The text of `range`, whitespace runs as single spaces, trimmed. A line break
    /// right after "-" or "/" is dropped: it cut a number ("19/CT-" and "TTg").
    func string(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var lineBreak = false
        for i in range.clamped(to: 0..<count) {
            let c = raw[i]
            if ScalarText.isSpace(c) {
                lineBreak = lineBreak || c == "\n"
                pendingSpace = !out.isEmpty
                continue
            }
            if lineBreak, let last = out.last, last == "-" || last == "/" { pendingSpace = false }
            lineBreak = false
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return String(out)
    }

    // MARK: Words

    /// The end of `pattern` (a folded word or phrase; its single spaces match any run of
    /// whitespace) when it stands at `i` as whole words.
    func match(_ pattern: [Unicode.Scalar], at i: Int) -> Int? {
        guard i >= 0, i < count, i == 0 || !ScalarText.isWordChar(raw[i - 1]) else { return nil }
        return matchPrefix(pattern, at: i).flatMap { end in
            end < count && ScalarText.isWordChar(raw[end]) ? nil : end
        }
    }

    /// The end of `pattern` at `i`, without looking at what follows it.
    func matchPrefix(_ pattern: [Unicode.Scalar], at i: Int) -> Int? {
        var j = i
        for p in pattern {
            if p == " " {
                guard j < count, ScalarText.isSpace(raw[j]) else { return nil }
                while j < count, ScalarText.isSpace(raw[j]) { j += 1 }
                continue
            }
            guard j < count, key[j] == p else { return nil }
            j += 1
        }
        return j
    }

    /// The first of `patterns` that stands at `i` as whole words, with its end.
    func matchAny(_ patterns: [[Unicode.Scalar]], at i: Int) -> (index: Int, end: Int)? {
        for (n, p) in patterns.enumerated() {
            if let end = match(p, at: i) { return (n, end) }
        }
        return nil
    }

    /// The word (run of letters and digits) that ends at or before `end`, skipping
    /// whitespace and Markdown emphasis back to it.
    func word(before end: Int) -> Range<Int>? {
        var j = end
        while j > 0, ScalarText.isSpace(raw[j - 1]) || raw[j - 1] == "*" || raw[j - 1] == "_" { j -= 1 }
        let stop = j
        while j > 0, ScalarText.isWordChar(raw[j - 1]) { j -= 1 }
        return j < stop ? j..<stop : nil
    }

    /// The word that starts at or after `start`, skipping whitespace and Markdown emphasis.
    func word(after start: Int) -> Range<Int>? {
        var j = start
        while j < count, ScalarText.isSpace(raw[j]) || raw[j] == "*" || raw[j] == "_" { j += 1 }
        let begin = j
        while j < count, ScalarText.isWordChar(raw[j]) { j += 1 }
        return begin < j ? begin..<j : nil
    }

    /// Whether the folded text of `range` equals `pattern` (a single word).
    func keyEquals(_ range: Range<Int>, _ pattern: [Unicode.Scalar]) -> Bool {
        range.count == pattern.count && key[range].elementsEqual(pattern)
    }

    /// The index after the whitespace (and Markdown emphasis) at `i`.
    func skipSpace(_ i: Int) -> Int {
        skipSpace(i, limit: count)
    }

    /// The index after the whitespace (and Markdown emphasis) at `i`, never past `limit`
    /// (a line's end: what follows a label on its own line is not on that line).
    func skipSpace(_ i: Int, limit: Int) -> Int {
        var j = i
        let end = Swift.min(limit, count)
        while j < end, ScalarText.isSpace(raw[j]) || raw[j] == "*" { j += 1 }
        return j
    }

    /// The string of `scalars`, written as UTF-8 straight into the string's storage (appending
    /// scalars one by one to a String is several times slower).
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for c in scalars {
                UTF8.encode(c) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }

    // MARK: Character classes

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" }

    /// Letters, including Vietnamese ones and combining marks.
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if (0x1E00...0x1EFF).contains(v) || (0x300...0x36F).contains(v) { return true }
        return c.properties.isAlphabetic
    }

    static func isWordChar(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        if (0x100...0x137).contains(v) || (0x14A...0x177).contains(v) || (0x1EA0...0x1EF9).contains(v) { return v % 2 == 0 }
        if v == 0x1A0 || v == 0x1AF { return true }
        if v < 0x250 || (0x1E00...0x1EFF).contains(v) { return false }
        return c.properties.isUppercase
    }

    static func isLower(_ c: Unicode.Scalar) -> Bool { isLetter(c) && !isUpper(c) }

    /// One scalar to one scalar lower case, fast for Vietnamese.
    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : c }
        guard isUpper(c) else { return c }
        if v <= 0xDE { return Unicode.Scalar(v + 32)! }
        if v < 0x250 || (0x1E00...0x1EFF).contains(v) { return Unicode.Scalar(v + 1)! }
        let mapped = c.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : c
    }

    // MARK: Tone placement

    /// Old-style tone on the last vowel of "oa", "oe", "uy" at a word's end → new style
    /// ("hoà" → "hòa", "uỷ" → "ủy"), in place and keeping the length; "quý" stays.
    static func foldTones<C>(_ s: inout C)
    where C: MutableCollection & RandomAccessCollection, C.Element == Unicode.Scalar, C.Index == Int {
        guard s.count >= 2 else { return }
        for i in 1..<s.count {
            // Only "o" or "u" can carry the moved tone: test that before hashing the final.
            guard s[i - 1] == "o" || s[i - 1] == "u", let (toned, plain) = oldStyleTone[s[i]] else { continue }
            guard i + 1 == s.count || !isLetter(s[i + 1]) else { continue }
            let base = s[i - 1]
            if plain == "y" {
                guard base == "u", i < 2 || s[i - 2] != "q" else { continue }
            } else {
                guard base == "o" else { continue }
            }
            s[i - 1] = toned
            s[i] = plain
        }
    }

    /// Toned final vowel → (the base vowel carrying that tone, the plain final vowel).
    private static let oldStyleTone: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar)] = {
        var map: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar)] = [:]
        let o: [Unicode.Scalar] = ["ò", "ó", "ỏ", "õ", "ọ"]
        let u: [Unicode.Scalar] = ["ù", "ú", "ủ", "ũ", "ụ"]
        let finals: [(Unicode.Scalar, [Unicode.Scalar], [Unicode.Scalar])] = [
            ("a", ["à", "á", "ả", "ã", "ạ"], o), ("e", ["è", "é", "ẻ", "ẽ", "ẹ"], o), ("y", ["ỳ", "ý", "ỷ", "ỹ", "ỵ"], u),
        ]
        for (plain, toned, bases) in finals {
            for (n, t) in toned.enumerated() { map[t] = (bases[n], plain) }
        }
        return map
    }()
}
