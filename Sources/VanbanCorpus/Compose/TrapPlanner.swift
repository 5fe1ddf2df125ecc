/// Chooses the hard cases a letter's DOCX carries: a line break inside a citation, a PAGE
/// field in the footer, tracked insertions and deletions, list items numbered as "List Bullet".
enum TrapPlanner {
    static func plan(_ letter: Letter, using rng: inout SeededRandom) -> Letter {
        var traps = LetterTraps()
        traps.pageField = rng.chance(0.6)
        if letter.blocks.contains(where: { $0.role == .listItem }) { traps.bulletNumbering = rng.chance(0.5) }
        if rng.chance(0.6) { traps.breakInCitation = breakPoint(letter) }
        if rng.chance(0.5) {
            let paragraphs = letter.blocks.indices.filter { letter.blocks[$0].role == .paragraph }
            if let b = paragraphs.first(where: { !letter.blocks[$0].marks.isEmpty && letter.blocks[$0].marks[0].offset > 0 }) {
                let year = letter.date.year - rng.int(1...3)
                let deleted = "Công văn số \(rng.int(20...400))/UBND-\(rng.pick(["VX", "KT", "TH"])) ngày \(rng.int(2...28))/\(rng.int(1...12))/\(year); "
                traps.deletion = (b, letter.blocks[b].marks[0].offset, deleted)
            }
            if let b = paragraphs.last(where: { letter.blocks[$0].marks.isEmpty && letter.blocks[$0].text.unicodeScalars.count > 60 }) {
                let scalars = Array(letter.blocks[b].text.unicodeScalars)
                if let cut = (scalars.count / 2..<scalars.count).first(where: { scalars[$0] == " " }) {
                    traps.insertion = (b, cut)
                }
            }
        }
        var out = letter
        out.traps = traps
        return out
    }

    /// The space before "ngày" in the first dated mention, else the first space of a mention.
    private static func breakPoint(_ letter: Letter) -> (block: Int, offset: Int)? {
        var fallback: (Int, Int)?
        for (b, block) in letter.blocks.enumerated() where block.role == .paragraph {
            let scalars = Array(block.text.unicodeScalars)
            for mark in block.marks {
                let range = mark.offset..<(mark.offset + mark.length)
                let spaces = range.filter { scalars[$0] == " " }
                if let beforeDate = spaces.first(where: { i in
                    i + 5 <= scalars.count && String(String.UnicodeScalarView(scalars[(i + 1)..<(i + 5)])) == "ngày"
                }) {
                    return (b, beforeDate)
                }
                if fallback == nil, let first = spaces.first { fallback = (b, first) }
            }
        }
        return fallback
    }
}
