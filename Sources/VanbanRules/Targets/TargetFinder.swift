import VanbanRecord

/// Finds the quantitative targets (chỉ tiêu) a document sets: every quantity in its goal
/// sections (see `GoalScopes`), and elsewhere the quantities a sentence sets after
/// "phấn đấu" ("phấn đấu 95,2% cơ quan đạt tiêu chuẩn ...").
///
/// Values are read as Vietnamese numbers ("7,5%" is 7.5, "1.600" is 1600); the unit is
/// kept as written. The text must be `VietnameseText.normalize`d; its lines may be one
/// paragraph each or hard-wrapped.
public struct TargetFinder: Sendable {
    public init() {}

    public func find(in text: String) -> [Target] {
        let t = ScalarText(text)
        return find(in: t, layout: LogicalParagraphs(t))
    }

    /// The same, over a text already read into scalars and paragraphs (shared with `CitationFinder`).
    func find(in t: ScalarText, layout: LogicalParagraphs) -> [Target] {
        guard t.raw.contains(where: ScalarText.isDigit) else { return [] }
        let roles = GoalScopes(t, layout).roles
        let reader = TargetClauseReader(text: t, flat: layout.flat)
        var targets: [Target] = []
        for (n, p) in layout.paragraphs.enumerated() {
            let body = p.contentStart..<p.range.upperBound
            if roles[n] == .goal {
                targets += reader.targets(in: body)
                continue
            }
            var start = body.lowerBound
            while let found = GoalScopes.find(t, Self.goalWords, in: start..<body.upperBound) {
                let end = sentenceEnd(layout.flat, from: found, limit: body.upperBound)
                targets += reader.targets(in: found..<end)
                start = end
            }
        }
        return targets
    }

    private static let goalWords = [ScalarText.key("phấn đấu")]

    private func sentenceEnd(_ flat: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            if flat[i] == "." || flat[i] == "!" || flat[i] == "?", i + 1 >= limit || ScalarText.isSpace(flat[i + 1]) { return i + 1 }
            i += 1
        }
        return limit
    }
}
