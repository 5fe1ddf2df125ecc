extension OCRLayout {
    /// `lines` without scanner dirt: single letters Tesseract all but rejects (specks read as
    /// "l"), words of no letter or digit that it doubts or made of marks letters never print
    /// alone ("|", "_", "~"), and such marks stuck before a word ("'V/v"). A dash that opens a
    /// line and is as wide as a printed dash is a list dash and stays, as "-", however unsure
    /// Tesseract is of it; a thinner one is a speck or the end of a rule. A line left with no
    /// word of two letters and no digit ("ị ⁄ :", "kˆ": the ring of a seal, a signature's
    /// stroke) is dirt too: every printed line of a letter has one.
    static func cleaned(_ lines: [OCRLine]) -> [OCRLine] {
        lines.compactMap { line in
            var line = line
            let height = median(line.words.map(\.box.height)) ?? 0
            line.words = line.words.enumerated().compactMap { index, word in
                if index == 0, word.text.allSatisfy({ dashes.contains($0) }) {
                    guard word.box.width >= 0.25 * height else { return nil }
                    return OCRWord(text: "-", box: word.box, confidence: word.confidence)
                }
                if word.confidence < 0.3, word.text.count == 1, !word.text.contains(where: \.isNumber) { return nil }
                if word.text.contains(where: { $0.isLetter || $0.isNumber }) {
                    return OCRWord(text: Self.mended(word.text), box: word.box, confidence: word.confidence)
                }
                if word.confidence < 0.75 || word.text.allSatisfy({ strayMarks.contains($0) || quotes.contains($0) }) {
                    return nil
                }
                return word
            }
            return line.words.contains(where: { Self.isWordOrNumber($0.text) }) ? line : nil
        }
    }

    /// Whether `text` holds two letters in a row or a digit.
    static func isWordOrNumber(_ text: String) -> Bool {
        var previousIsLetter = false
        for character in text {
            if character.isNumber { return true }
            // A modifier letter ("ˆ", "ʼ") is a mark, not a letter.
            if character.isLetter, character.unicodeScalars.first?.properties.generalCategory != .modifierLetter {
                if previousIsLetter { return true }
                previousIsLetter = true
            } else if !character.unicodeScalars.allSatisfy({ $0.properties.isDiacritic }) {
                previousIsLetter = false
            }
        }
        return false
    }

    /// `word` without stray marks stuck before it, and with "€", "©" or "¢" read back as the "c"
    /// they were: none follows a letter or a slash in a Vietnamese letter ("(b/€)", "(b/©)").
    /// A vowel read twice with different marks ("LÂẦM", "THUẬÁT": Tesseract unsure of the mark
    /// gives both) is read once, as first given: no Vietnamese syllable doubles "a" or "e".
    static func mended(_ word: String) -> String {
        var out = ""
        for character in word.drop(while: { strayMarks.contains($0) }) {
            if let previous = out.last, let base = vowelBase(character), base == vowelBase(previous),
               !(character.isASCII && previous.isASCII) {
                continue
            }
            if "€©¢".contains(character), let previous = out.last, previous.isLetter || previous == "/" {
                out.append(previous.isUppercase ? "C" : "c")
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// "a" for a letter of the a family (a, ă, â with any tone, either case), "e" for the e
    /// family, nil for any other character.
    private static func vowelBase(_ character: Character) -> Character? {
        guard let first = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first else { return nil }
        switch first {
        case "a", "A": return "a"
        case "e", "E": return "e"
        default: return nil
        }
    }

    private static let dashes: Set<Character> = ["-", "–", "—", "~", "−"]
    /// Marks a letter never prints on their own: bits of rules, table borders and dust.
    private static let strayMarks: Set<Character> = ["|", "_", "~", "`", "ˆ", "^", "¬", "=", "¦", "'"]
    private static let quotes: Set<Character> = ["‘", "’", "\"", "“", "”"]
}
