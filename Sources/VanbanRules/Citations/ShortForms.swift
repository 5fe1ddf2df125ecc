/// A law named again in running text reads on into the sentence ("… Luật Thủ đô bảo đảm kịp thời"):
/// a name that begins with the whole name of a law named earlier, then goes on in small letters
/// or after a comma, is that law, cut to its name, so that both are one citation with two mentions.
enum ShortForms {
    static func resolve(_ mentions: inout [CitationMention], in t: ScalarText) {
        var known: [(words: [Substring], number: String?, type: String)] = []
        for n in mentions.indices where LawNameReader.slugs.contains(mentions[n].type) {
            guard let title = mentions[n].title else { continue }
            let words = VietnameseText.matchKey(title).split(separator: " ").map { $0.trimmingSuffix(",") }
            if mentions[n].number == nil,
               let antecedent = known.filter({ $0.words.count <= words.count && words.starts(with: $0.words) })
                   .max(by: { $0.words.count < $1.words.count }) {
                if antecedent.words.count < words.count {
                    guard let cut = end(ofWords: antecedent.words.count, in: t, from: mentions[n].range.lowerBound),
                          goesOnInSmallLettersOrAComma(t, at: cut) else {
                        known.append((words, nil, mentions[n].type))
                        continue
                    }
                    mentions[n].range = mentions[n].range.lowerBound..<cut
                    mentions[n].extentEnd = cut
                    mentions[n].title = t.string(mentions[n].range)
                }
                // The name alone of a law first cited with its number is that numbered law.
                if let number = antecedent.number {
                    mentions[n].number = number
                    mentions[n].type = antecedent.type
                }
                continue
            }
            if !known.contains(where: { $0.words == words }) { known.append((words, mentions[n].number, mentions[n].type)) }
        }
    }

    /// The end of the `count`-th word from `start`, words being runs between spaces.
    private static func end(ofWords count: Int, in t: ScalarText, from start: Int) -> Int? {
        var j = start
        for _ in 0..<count {
            while j < t.count, ScalarText.isSpace(t.raw[j]) { j += 1 }
            guard j < t.count else { return nil }
            while j < t.count, !ScalarText.isSpace(t.raw[j]) { j += 1 }
        }
        while j > start, ",;.".unicodeScalars.contains(t.raw[j - 1]) { j -= 1 }
        return j
    }

    private static func goesOnInSmallLettersOrAComma(_ t: ScalarText, at i: Int) -> Bool {
        guard i < t.count else { return false }
        if t.raw[i] == "," { return true }
        guard let w = t.word(after: i) else { return false }
        return ScalarText.isLower(t.raw[w.lowerBound])
    }
}

private extension Substring {
    func trimmingSuffix(_ c: Character) -> Substring {
        var s = self
        while s.last == c { s = s.dropLast() }
        return s
    }
}
