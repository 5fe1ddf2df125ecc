import VanbanRules
import VanbanStore

/// Words of a Vietnamese phrase as the graph compares them: folded (no diacritics, "đ" as
/// "d", lower case), split at anything that is not a letter or a digit.
enum FoldedWords {
    static func of(_ text: String) -> [String] {
        SearchKey.words(VietnameseText.fold(VietnameseText.normalize(text)))
    }

    /// A year between 1945 and 2100 written as four digits, or nil.
    static func year(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), VietnameseDate.plausibleYears.contains(year) else { return nil }
        return year
    }
}
