/// Counts, over the words of decoded text, how many of those that carry a non-ASCII scalar are
/// Vietnamese syllables: the measure of how Vietnamese a decoding looks. ASCII-only words
/// decide nothing (every candidate decodes them alike) and one-letter words too little (a
/// symbol read as "ộ" is one), so both are skipped; a word that holds a stray symbol ("B¸i")
/// counts as a failure.
struct SyllableTally: ScalarSink {
    /// Words of two or more scalars with a non-ASCII scalar and at least one letter.
    private(set) var scored = 0
    /// Of those, the Vietnamese syllables.
    private(set) var valid = 0

    /// The current word's first scalars (enough to judge it) and its length.
    private var word = [UInt32](repeating: 0, count: VietnameseSyllable.maxLetters + 1)
    private var length = 0
    private var hasNonASCII = false
    private var hasLetter = false

    init() {}

    /// Share of scored words that are syllables (0 when none were scored).
    var ratio: Double { scored == 0 ? 0 : Double(valid) / Double(scored) }

    @inline(__always)
    mutating func put(_ scalar: UInt32) {
        if Self.isSeparator(scalar) {
            endWord()
            return
        }
        if length < word.count { word[length] = scalar }
        length += 1
        if scalar >= 0x80 {
            hasNonASCII = true
            if VietnameseAlphabet.locate(scalar) != nil { hasLetter = true }
        } else {
            hasLetter = true
        }
    }

    mutating func finish() {
        endWord()
    }

    private mutating func endWord() {
        defer {
            length = 0
            hasNonASCII = false
            hasLetter = false
        }
        guard hasNonASCII, hasLetter, length >= 2 else { return }
        scored += 1
        let judged = min(length, word.count)
        if word.withUnsafeBufferPointer({ VietnameseSyllable.isValid(UnsafeBufferPointer(rebasing: $0[0..<judged])) }) {
            valid += 1
        }
    }

    /// Word separators: ASCII other than letters, the no-break space, guillemets and general
    /// punctuation. Anything else, symbols and combining marks included, belongs to the word.
    @inline(__always)
    static func isSeparator(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return !(scalar >= 0x61 && scalar <= 0x7A) && !(scalar >= 0x41 && scalar <= 0x5A)
        }
        switch scalar {
        case 0xA0, 0xAB, 0xBB, 0x2000...0x206F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
