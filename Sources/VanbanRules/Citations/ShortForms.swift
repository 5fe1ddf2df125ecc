/// A law named again in running text reads on into the sentence ("… Luật Thủ đô bảo đảm kịp thời"):
/// a name that begins with the whole name of a law named earlier, then goes on in small letters
/// or after a comma, is that law, cut to its name, so that both are one citation with two mentions.
enum ShortForms {
    static func resolve(_ mentions: inout [CitationMention], in t: ScalarText) {
        // Each law named so far: its folded name (commas left out), with its number and type.
        var known: [(key: String, words: Int, number: String?, type: String)] = []
        var seen: [String: Int] = [:]
        for n in mentions.indices where LawNameReader.slugs.contains(mentions[n].type) {
            guard let title = mentions[n].title else { continue }
            var key = VietnameseText.matchKey(title)
            if key.utf8.contains(0x2C) { key = String(decoding: key.utf8.filter { $0 != 0x2C }, as: UTF8.self) }
            if let k = seen[key] {
                // The same name again: the numbered law, if it was first cited with its number.
                if mentions[n].number == nil, let number = known[k].number {
                    mentions[n].number = number
                    mentions[n].type = known[k].type
                }
                continue
            }
            if mentions[n].number == nil,
               let antecedent = known.filter({ key.startsWith($0.key + " ") }).max(by: { $0.words < $1.words }),
               let cut = end(ofWords: antecedent.words, in: t, from: mentions[n].range.lowerBound),
               goesOnInSmallLettersOrAComma(t, at: cut) {
                mentions[n].range = mentions[n].range.lowerBound..<cut
                mentions[n].extentEnd = cut
                mentions[n].title = t.string(mentions[n].range)
                if let number = antecedent.number {
                    mentions[n].number = number
                    mentions[n].type = antecedent.type
                }
                continue
            }
            seen[key] = known.count
            known.append((key, key.split(separator: " ").count, mentions[n].number, mentions[n].type))
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
