import Foundation

/// Words a portal glued together when it dropped the space between two syllables
/// ("VỀVIỆC", "BANHÀNH", "công trìnhxây", "Hội đồngnhân dân"): a Vietnamese syllable holds one
/// run of vowels, so a word of Vietnamese letters with two runs is two syllables (or three), cut
/// where each part is a syllable (initial consonants, vowels, a final consonant). Where two cuts
/// both give syllables, the one whose later part starts with a consonant wins, then the one that
/// leaves the longer first syllable ("BAN|HÀNH", not "BA|NHÀNH"; "THƯ|NGUYỄN", "ưn" being no rhyme).
enum GluedSyllables {
    /// `text` with glued syllables cut apart; unchanged (the same string) when no word is glued.
    static func split(_ text: String) -> String {
        guard mayHoldGluedWord(text) else { return text }
        var changed = false
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard let cut = cut(word) else { return String(word) }
            changed = true
            return cut
        }
        return changed ? words.joined(separator: " ") : text
    }

    /// A quick test over the scalars: some word of four letters or more, one of them Vietnamese,
    /// holds two runs of vowels. Nearly every subject and name fails it at once.
    private static func mayHoldGluedWord(_ text: String) -> Bool {
        var letters = 0
        var runs = 0
        var inVowels = false
        var marked = false
        for s in text.unicodeScalars {
            guard ScalarText.isLetter(s) else {
                if letters >= 4, runs >= 2, marked { return true }
                letters = 0
                runs = 0
                inVowels = false
                marked = false
                continue
            }
            letters += 1
            if s.value > 0x7F { marked = true }
            let vowel = isVowel(s.value)
            if vowel && !inVowels { runs += 1 }
            inVowels = vowel
        }
        return letters >= 4 && runs >= 2 && marked
    }

    /// Whether `value` is a Vietnamese vowel, either case, with or without marks.
    private static func isVowel(_ value: UInt32) -> Bool {
        if value < 0x80 { return asciiVowels.contains(value) }
        if value >= 0x1EA0 && value <= 0x1EF9 { return true }   // ạ … ỹ: every one a vowel
        return markedVowels.contains(value)
    }

    private static let asciiVowels: Set<UInt32> = Set("aeiouyAEIOUY".unicodeScalars.map(\.value))
    private static let markedVowels: Set<UInt32> = Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂĩĨũŨơƠưƯ".unicodeScalars.map(\.value))

    private struct Letter {
        let base: Character      // ASCII letter, lower case; "đ" for đ
        let horn: Bool           // ư, ơ
        let hat: Bool            // â, ê, ô
        let vowel: Bool
        let marked: Bool         // a Vietnamese letter (a diacritic or đ)
    }

    private static func letter(_ c: Character) -> Letter? {
        let lower = Character(String(c).lowercased())
        if lower == "đ" { return Letter(base: "đ", horn: false, hat: false, vowel: false, marked: true) }
        let scalars = String(lower).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = scalars.first, first.isASCII, first.properties.isAlphabetic else { return nil }
        let base = Character(first)
        let marks = scalars.dropFirst()
        let vowel = "aeiouy".contains(base)
        return Letter(base: base, horn: marks.contains("\u{031B}"), hat: marks.contains("\u{0302}"), vowel: vowel,
                      marked: !marks.isEmpty)
    }

    private static let initials: [String] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
    ]
    private static let finals: [String] = ["ng", "nh", "ch", "c", "m", "n", "p", "t"]

    /// The word cut into syllables, or nil when it is one word (or not Vietnamese).
    private static func cut(_ word: Substring) -> String? {
        let chars = Array(word)
        guard chars.count >= 4, chars.count <= 24 else { return nil }
        var letters: [Letter] = []
        for c in chars {
            guard let l = letter(c) else { return nil }
            letters.append(l)
        }
        guard letters.contains(where: \.marked) else { return nil }
        var runs = 0
        for (n, l) in letters.enumerated() where l.vowel && (n == 0 || !letters[n - 1].vowel) { runs += 1 }
        guard (2...3).contains(runs) else { return nil }
        let bases = String(letters.map(\.base))
        guard let parts = best(letters, bases, from: 0, syllables: runs) else { return nil }
        var out: [String] = []
        var start = 0
        for end in parts {
            out.append(String(chars[start..<end]))
            start = end
        }
        return out.joined(separator: " ")
    }

    /// The ends of the syllables that make up `letters[from...]`, best first by the rules above.
    private static func best(_ letters: [Letter], _ bases: String, from: Int, syllables: Int) -> [Int]? {
        var candidates: [(ends: [Int], score: (Int, Int))] = []
        for end in syllableEnds(letters, bases, from: from) {
            if end == letters.count {
                if syllables == 1 { candidates.append(([end], (0, end - from))) }
                continue
            }
            guard syllables > 1, let rest = best(letters, bases, from: end, syllables: syllables - 1) else { continue }
            let nextHasInitial = !letters[end].vowel
            candidates.append(([end] + rest, (nextHasInitial ? 1 : 0, end - from)))
        }
        return candidates.max { $0.score < $1.score }?.ends
    }

    /// Where a syllable starting at `from` may end.
    private static func syllableEnds(_ letters: [Letter], _ bases: String, from: Int) -> [Int] {
        let b = Array(bases)
        var i = from
        if let initial = initials.first(where: { matches(b, $0, at: i) }), i + initial.count < b.count,
           letters[i + initial.count].vowel || initial == "gi" || initial == "qu" {
            i += initial.count
        }
        var v = i
        while v < letters.count, letters[v].vowel { v += 1 }
        guard v > i || (i > from && (b[i - 1] == "i" || b[i - 1] == "u")) else { return [] }
        var ends = [v]
        let nucleus = letters[i..<v]
        for final in finals where matches(b, final, at: v) {
            let last = nucleus.last
            if final == "nh" || final == "ch" {
                guard let last, last.base == "a" || last.base == "i" || last.base == "y" || (last.base == "e" && last.hat) else { continue }
            }
            // "ư" alone takes no n, t, m or p ("ưn" is no rhyme; "ương" is).
            if nucleus.count == 1, let last, last.base == "u", last.horn, ["n", "t", "m", "p"].contains(final) { continue }
            ends.append(v + final.count)
        }
        return ends
    }

    private static func matches(_ b: [Character], _ s: String, at i: Int) -> Bool {
        let p = Array(s)
        guard i + p.count <= b.count else { return false }
        return Array(b[i..<i + p.count]) == p
    }
}
