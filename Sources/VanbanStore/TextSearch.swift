import VanbanRules

/// A phrase of `--text` as full-text queries. Every word must appear, in order (punctuation
/// between words is ignored); a word written without diacritics matches it with any
/// ("thi dua" finds "thi đua"), a word written with them matches only that form.
public struct TextSearch: Equatable, Sendable {
    /// FTS5 query on `document_search_folded`: the folded words as one phrase.
    let folded: String
    /// FTS5 query on `document_search` (exact forms): the words written with diacritics, or nil.
    let exact: String?
    /// How many words the phrase has.
    public let wordCount: Int
    /// The phrase's words folded (diacritics off, "đ" as "d", lower case), in order: they
    /// must occur one after the other.
    public let foldedWords: [String]
    /// The words written with diacritics, lower case: each must occur in that form.
    public let exactWords: [String]

    /// Most words in one phrase. FTS5 matches a phrase with one iterator per word, each
    /// holding that word's position lists: a 64 KB phrase of indexed words (8,000 times
    /// "thi dua") took 200 MB on an archive of six letters, and grows with the archive. No
    /// letter needs more than a few words to be found.
    public static let maxWords = 64

    /// Nil when `phrase` has no word to search for.
    public init?(_ phrase: String) {
        let words = SearchKey.words(VietnameseText.normalize(phrase).lowercased())
        guard !words.isEmpty else { return nil }
        wordCount = words.count
        let foldedWords = words.map { VietnameseText.fold($0) }
        self.foldedWords = foldedWords
        folded = "\"" + foldedWords.joined(separator: " ") + "\""
        exactWords = zip(words, foldedWords).filter { $0 != $1 }.map(\.0)
        exact = exactWords.isEmpty ? nil : exactWords.map { "\"\($0)\"" }.joined(separator: " ")
    }

    /// The search for `phrase`, or `invalid-query` when it has no word or too many.
    public static func validated(_ phrase: String) throws -> TextSearch {
        guard let search = TextSearch(phrase) else {
            throw ArchiveError(.invalidQuery, "the text \"\(phrase)\" has no word to search for")
        }
        guard search.wordCount <= maxWords else {
            throw ArchiveError(.invalidQuery, "a text to search for has at most \(maxWords) words; "
                               + "this one has \(search.wordCount)")
        }
        return search
    }
}
