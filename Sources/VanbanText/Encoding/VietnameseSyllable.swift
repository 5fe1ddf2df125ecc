/// Whether a word is a well-formed Vietnamese syllable: an onset from the Vietnamese set, a
/// rime from the Vietnamese set, at most one tone, and a sắc or nặng tone on a rime that ends
/// in a stop (c, ch, p, t). Tone placement (hoà/hòa) does not matter. Used to tell which legacy
/// decoding gives Vietnamese, so it is a little permissive and never allocates.
enum VietnameseSyllable {
    /// Longest word checked; longer words are not syllables.
    static let maxLetters = 8

    /// Whether `word` (scalars of any case, letters only) is a Vietnamese syllable.
    static func isValid(_ word: UnsafeBufferPointer<UInt32>) -> Bool {
        guard !word.isEmpty, word.count <= maxLetters else { return false }
        // The letter codes, 5 bits each, first letter highest.
        var packed: UInt64 = 0
        var tone = VietnameseAlphabet.Tone.level
        for scalar in word {
            guard let (code, letterTone) = letterCode(scalar) else { return false }
            if letterTone != .level {
                if tone != .level { return false }
                tone = letterTone
            }
            packed = packed << 5 | UInt64(code)
        }
        let count = word.count
        func letter(_ i: Int) -> UInt64 { packed >> UInt64((count - 1 - i) * 5) & 31 }

        var onset = 0
        for length in stride(from: min(3, count), through: 1, by: -1) where onsets[Int(packed >> UInt64((count - length) * 5))] {
            onset = length
            break
        }
        // "gi" is the onset only before another vowel: "giữa", but "gìn" is g + ìn and "gì" g + ì.
        if onset == 2, letter(0) == Code.g, letter(1) == Code.i, count == 2 || !isVowel(letter(2)) {
            onset = 1
        }
        guard onset < count, spellingFits(onset: onset, letter(0), letter(1), letter(onset)) else { return false }
        let rimeKey = packed & ((1 << UInt64((count - onset) * 5)) - 1)
        guard let stop = rimes.value(rimeKey) else { return false }
        return !stop || tone == .acute || tone == .dotBelow
    }

    /// Quốc ngữ spelling of the onset before the first vowel: "k", not "c", before e, ê, i, y;
    /// "gh", "ngh" only before e, ê, i, and "g", "ng" not before e, ê.
    private static func spellingFits(onset: Int, _ first: UInt64, _ second: UInt64, _ vowel: UInt64) -> Bool {
        let front = vowel == Code.e || vowel == Code.eCircumflex || vowel == Code.i
        switch (onset, first, second) {
        case (1, Code.c, _): return !front && vowel != Code.y
        case (1, Code.g, _): return vowel != Code.e && vowel != Code.eCircumflex
        case (2, Code.g, Code.h): return front
        case (2, Code.n, Code.g): return !front
        case (3, _, _): return front                        // ngh
        default: return true
        }
    }

    /// Letter codes: the twelve vowel rows are 1...12, "đ" 13, consonants from 14.
    private enum Code {
        static let e: UInt64 = 4, eCircumflex: UInt64 = 5, i: UInt64 = 6, y: UInt64 = 12
        static let c: UInt64 = 15, g: UInt64 = 17, h: UInt64 = 18, n: UInt64 = 22
    }

    private static let consonants: [UInt8] = Array("bcdghklmnpqrstvx".utf8)

    @inline(__always)
    private static func isVowel(_ code: UInt64) -> Bool { code >= 1 && code <= 12 }

    @inline(__always)
    private static func letterCode(_ scalar: UInt32) -> (UInt8, VietnameseAlphabet.Tone)? {
        let lower = VietnameseAlphabet.lowercase(scalar)
        if lower < 0x80, let index = consonantIndex[Int(lower)] { return (UInt8(14 + index), .level) }
        guard let (id, _) = VietnameseAlphabet.locate(lower) else { return nil }
        guard let (row, tone) = VietnameseAlphabet.rowAndTone(id) else { return (13, .level) }
        return (UInt8(row + 1), tone)
    }

    private static let consonantIndex: [Int?] = (0..<128).map { consonants.firstIndex(of: UInt8($0)) }

    /// Onsets by their packed codes (three letters at most: 15 bits).
    private static let onsets: [Bool] = {
        var table = [Bool](repeating: false, count: 1 << 15)
        for onset in "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(separator: " ") {
            if let k = key(String(onset)) { table[Int(k)] = true }
        }
        return table
    }()

    /// Rimes without tone, with whether they end in a stop.
    private static let rimes: RimeTable = {
        let list = """
        a ac ach ai am an ang anh ao ap at au ay ă ăc ăm ăn ăng ăp ăt â âc âm ân âng âp ât âu ây
        e ec em en eng eo ep et ê êch êm ên êng ênh êp êt êu
        i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
        o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet
        oi om on ong oong ooc op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
        u ua uân uâng uât uây uc uê uêch uênh ui um un ung up ut uy uya uych uyn uynh uyp uyt uyu
        uyên uyêt uô uôc uôi uôm uôn uông uôt uơ uơn
        ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
        y yêm yên yêng yêt yêu ynh yt
        """
        var table = RimeTable()
        for rime in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let k = key(String(rime)) else { continue }
            table.insert(k, stop: rime.hasSuffix("c") || rime.hasSuffix("ch") || rime.hasSuffix("p") || rime.hasSuffix("t"))
        }
        return table
    }()

    /// An open-addressing table from packed rime codes to "ends in a stop": no hashing of the
    /// standard library in the hot path.
    private struct RimeTable {
        private static let bits: UInt64 = 9
        private var keys = [UInt64](repeating: 0, count: 1 << bits)
        private var stops = [Bool](repeating: false, count: 1 << bits)

        @inline(__always)
        private static func slot(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits)) }

        mutating func insert(_ key: UInt64, stop: Bool) {
            var i = Self.slot(key)
            while keys[i] != 0, keys[i] != key { i = (i + 1) & (keys.count - 1) }
            keys[i] = key
            stops[i] = stop
        }

        @inline(__always)
        func value(_ key: UInt64) -> Bool? {
            var i = Self.slot(key)
            while keys[i] != 0 {
                if keys[i] == key { return stops[i] }
                i = (i + 1) & (keys.count - 1)
            }
            return nil
        }
    }

    private static func key(_ letters: String) -> UInt64? {
        var key: UInt64 = 0
        for scalar in letters.unicodeScalars {
            guard let (code, _) = letterCode(scalar.value) else { return nil }
            key = key << 5 | UInt64(code)
        }
        return key
    }
}
