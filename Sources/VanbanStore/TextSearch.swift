import VanbanRules

/// A phrase of `--text` as full-text queries. Every word must appear, in order (punctuation
/// between words is ignored); a word written without diacritics matches it with any
/// ("thi dua" finds "thi đua"), a word written with them matches only that form.
struct TextSearch: Equatable {
    /// FTS5 query on `document_search_folded`: the folded words as one phrase.
    let folded: String
    /// FTS5 query on `document_search` (exact forms): the words written with diacritics, or nil.
    let exact: String?
    /// How many words the phrase has.
    let wordCount: Int

    /// Most words in one phrase. FTS5 matches a phrase with one iterator per word, each
    /// holding that word's position lists: a 64 KB phrase of indexed words (8,000 times
    /// "thi dua") took 200 MB on an archive of six letters, and grows with the archive. No
    /// letter needs more than a few words to be found.
    static let maxWords = 64

    /// Nil when `phrase` has no word to search for.
    init?(_ phrase: String) {
        let words = SearchKey.words(VietnameseText.normalize(phrase).lowercased())
        guard !words.isEmpty else { return nil }
        wordCount = words.count
        let foldedWords = words.map { VietnameseText.fold($0) }
        folded = "\"" + foldedWords.joined(separator: " ") + "\""
        let marked = zip(words, foldedWords).filter { $0 != $1 }.map { "\"\($0.0)\"" }
        exact = marked.isEmpty ? nil : marked.joined(separator: " ")
    }
}
