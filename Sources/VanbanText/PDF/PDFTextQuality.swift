/// Whether a page's text layer is text no one could read, so that OCR reads the page instead:
/// a font whose glyphs map to the wrong characters ("chçtr°¡ng tri¿n khai thñce hiçn"), or a poor
/// OCR layer a scanner left that lost the marks ("uy ban ngan nan tinh lamdong"). Judged on the
/// words of two letters or more, once a page holds enough of them.
enum PDFTextQuality {
    /// Fewer words tell nothing: a page number, a signature stamp, a short last page.
    static let minimumWords = 40
    /// Below this share of Vietnamese syllables among the words with marks, the marks are not Vietnamese.
    static let minimumSyllableShare = 0.5
    /// Vietnamese prose carries marks on most syllables (about 60–80%); a page below this share…
    static let minimumMarkedShare = 0.15
    /// …that holds this share of Vietnamese function words written without their marks lost them.
    static let minimumUnmarkedVietnamese = 0.1

    /// Frequent syllables of Vietnamese letters, as they read once their marks are lost.
    static let unmarkedSyllables: Set<String> = [
        "va", "cua", "cac", "nam", "ngay", "thang", "tinh", "nhan", "dan", "uy", "ban", "so", "ve", "viec",
        "cong", "theo", "trong", "nguoi", "duoc", "khong", "voi", "nhu", "tren", "dia", "chu", "tich", "xa",
        "huyen", "thuc", "hien", "quan", "ly", "nghi", "dinh", "quyet", "bao", "cao", "kinh", "gui", "tai",
    ]

    static func isUnreadable(_ glyphs: [PDFGlyph]) -> Bool {
        var tally = SyllableTally()
        var words = 0
        var unmarked = 0
        var word: [UInt8] = []
        var wordLetters = 0
        var asciiOnly = true
        func endWord() {
            if wordLetters >= 2 {
                words += 1
                if asciiOnly, word.count <= 6, unmarkedSyllables.contains(String(decoding: word, as: UTF8.self)) { unmarked += 1 }
            }
            word.removeAll(keepingCapacity: true)
            wordLetters = 0
            asciiOnly = true
        }
        for glyph in glyphs {
            let value = glyph.scalar.value
            tally.put(value)
            if SyllableTally.isSeparator(value) {
                endWord()
                continue
            }
            wordLetters += 1
            if value < 0x80 {
                if word.count < 8 { word.append(UInt8(value | 0x20)) }
            } else {
                asciiOnly = false
            }
        }
        endWord()
        tally.finish()
        guard words >= minimumWords else { return false }
        if tally.scored >= 15, tally.ratio < minimumSyllableShare { return true }
        let marked = Double(tally.scored) / Double(words)
        return marked < minimumMarkedShare && Double(unmarked) / Double(words) >= minimumUnmarkedVietnamese
    }
}
