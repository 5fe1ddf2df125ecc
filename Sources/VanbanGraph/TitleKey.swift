import VanbanRules

/// The key of a document cited by its name, as laws are ("Luật Thi đua, khen thưởng"): the
/// folded words of the name without the type's own name, so that a law archived with the
/// subject "Thi đua, khen thưởng" and one cited as "Luật Thi đua, khen thưởng" share it.
enum TitleKey {
    /// The key of `title` for a document of `type` (a slug; nil when unknown), or nil when
    /// nothing is left once the type's name is taken off.
    static func of(_ title: String, type: String?) -> String? {
        var words = FoldedWords.of(title)
        let named = type.flatMap { DocumentTypes.bySlug[$0] } ?? typeNamed(atStartOf: words)
        if let named {
            let nameWords = FoldedWords.of(named.name)
            if words.starts(with: nameWords) { words.removeFirst(nameWords.count) }
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The type whose name a title starts with ("Bộ luật Lao động" → bộ luật), longest first.
    static func typeNamed(atStartOf words: [String]) -> DocumentType? {
        DocumentTypes.byNameLongestFirst.first { words.starts(with: FoldedWords.of($0.name)) }
    }

    /// Whether documents of this type are cited by name.
    static func isCitedByName(_ type: String?) -> Bool {
        type.flatMap { DocumentTypes.bySlug[$0] }?.citedByName ?? false
    }
}
