/// The words that carry a subject ("V/v phát động phong trào thi đua năm 2023"): folded,
/// without the words every subject has ("về việc", "của", "năm"), and the years it names
/// kept apart, since two subjects that differ only by their year are two documents.
struct SubjectWords: Sendable, Equatable {
    let words: Set<String>
    let years: Set<Int>

    init(_ text: String) {
        var words = Set<String>()
        var years = Set<Int>()
        for word in FoldedWords.of(text) where !SubjectWords.stopWords.contains(word) {
            if let year = FoldedWords.year(word) { years.insert(year) } else { words.insert(word) }
        }
        self.words = words
        self.years = years
    }

    var isEmpty: Bool { words.isEmpty }

    /// Dice coefficient of the two sets of words (0...1), or 0 when both name years and no
    /// year is shared.
    func similarity(to other: SubjectWords) -> Double {
        guard !words.isEmpty, !other.words.isEmpty else { return 0 }
        if !years.isEmpty, !other.years.isEmpty, years.isDisjoint(with: other.years) { return 0 }
        let shared = words.intersection(other.words).count
        return 2 * Double(shared) / Double(words.count + other.words.count)
    }

    /// The share of these words found in `other` (0...1), or 0 when both name years and no
    /// year is shared: how much of a subject a longer text holds.
    func containment(in other: SubjectWords) -> Double {
        guard !words.isEmpty else { return 0 }
        if !years.isEmpty, !other.years.isEmpty, years.isDisjoint(with: other.years) { return 0 }
        return Double(words.intersection(other.words).count) / Double(words.count)
    }

    /// The one year the subject names ("... năm 2023"), nil when it names none or several.
    var onlyYear: Int? { years.count == 1 ? years.first : nil }

    /// Function words of subject lines, folded.
    static let stopWords: Set<String> = [
        "v", "ve", "viec", "cua", "va", "cac", "cho", "tai", "trong", "voi", "theo", "tren", "nay",
        "do", "la", "de", "nam", "ngay", "thang", "so", "nhung", "mot", "duoc",
    ]
}
