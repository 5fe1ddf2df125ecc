import Foundation

/// The pairs `OCRRepair.mendingTones` reads (`OCRWordPairs`), and the words of a line as it
/// sees them.
struct TonePairs: Sendable {
    /// A toneless pair (as OCR leaves it) → the toned pair it is, when only one.
    let mended: [String: (String, String)]
    /// Pairs that are words as they stand.
    let asRead: Set<String>

    static let shared = TonePairs()

    init(toned: String = OCRWordPairs.toned, asRead: String = OCRWordPairs.asRead) {
        func pairs(_ table: String) -> [[String]] {
            table.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map {
                $0.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
            }.filter { $0.count == 2 }
        }
        let inUse = Set(pairs(asRead).map { $0.joined(separator: " ") })
        var mended: [String: (String, String)] = [:]
        var ambiguous = Set<String>()
        for pair in pairs(toned) {
            let (a, b) = (pair[0], pair[1])
            let (bareA, bareB) = (Self.toneless(a), Self.toneless(b))
            var forms: [String] = []
            if bareA != a { forms.append(bareA + " " + b) }
            if bareB != b { forms.append(a + " " + bareB) }
            if bareA != a, bareB != b { forms.append(bareA + " " + bareB) }
            for form in forms where !inUse.contains(form) {
                if let other = mended[form], other != (a, b) { ambiguous.insert(form) }
                mended[form] = (a, b)
            }
        }
        for form in ambiguous { mended[form] = nil }
        self.mended = mended
        self.asRead = inUse
    }

    /// `word` without its tone mark (grave, acute, tilde, hook, dot below); the marks that make
    /// its letters ("â", "ơ", "đ") stay.
    static func toneless(_ word: String) -> String {
        let scalars = word.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !toneMarks.contains($0.value) }
        return String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
    }

    private static let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    /// A word of a line: punctuation before, letters, punctuation after ("(tô", "chức,").
    struct Word {
        var lead: Substring
        var letters: Substring
        var trail: Substring

        init(_ token: Substring) {
            let start = token.firstIndex(where: \.isLetter) ?? token.endIndex
            let end = token.lastIndex(where: \.isLetter).map(token.index(after:)) ?? start
            lead = token[..<start]
            letters = token[start..<end]
            trail = token[end...]
        }

        var text: String { String(lead) + letters + trail }

        /// The letters in small letters, when the word is letters only between its punctuation.
        var key: String? {
            guard !letters.isEmpty, letters.allSatisfy(\.isLetter) else { return nil }
            return letters.lowercased()
        }

        /// Whether `next` follows this word with no punctuation between them.
        func joinsNext(_ next: Word) -> Bool { trail.isEmpty && next.lead.isEmpty }

        var endsSentence: Bool { trail.contains(".") || trail.contains(":") }

        /// In small letters or in capitals; in title case only where a sentence starts (`first`).
        func mayChange(first: Bool) -> Bool {
            let rest = letters.dropFirst()
            if letters.allSatisfy({ !$0.isUppercase }) || (letters.count > 1 && letters.allSatisfy({ !$0.isLowercase })) {
                return true
            }
            return first && rest.allSatisfy { !$0.isUppercase }
        }

        /// The letters replaced by `toned` (small letters) in the case they were read in.
        mutating func respell(_ toned: String) {
            guard toned != letters.lowercased() else { return }
            if letters.count > 1, letters.allSatisfy({ !$0.isLowercase }) {
                letters = Substring(toned.uppercased())
            } else if letters.first?.isUppercase == true {
                letters = Substring(toned.prefix(1).uppercased() + toned.dropFirst())
            } else {
                letters = Substring(toned)
            }
        }
    }
}
