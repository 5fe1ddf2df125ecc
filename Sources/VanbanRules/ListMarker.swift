/// The label that opens a heading or a list item: "II.", "Điều 3.", "1.", "2.1.", "a)",
/// "*", "-", "+". Its rank orders the levels of a document's outline, the outermost first.
struct ListMarker: Sendable, Equatable {
    enum Kind: Int, Sendable, Comparable {
        case chapter = 0   // "Chương II", "Phần I"
        case roman         // "II."
        case article       // "Điều 3."
        case arabic        // "1.", "1)"
        case nested        // "2.1.", "1.2.3"
        case letter        // "a)", "b."
        case star          // "*"
        case dash          // "-", "•"
        case plus          // "+"

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    let kind: Kind
    /// Where the label starts and where the text after it starts; `start <= contentStart
    /// <= lineEnd` always holds (a label alone on its line has empty content at the line's end).
    let start: Int
    let contentStart: Int

    /// Whether this is a numbered heading rather than a bullet.
    var isHeading: Bool { kind < .star }

    /// The marker at the start of the line content beginning at `start` (Markdown
    /// heading signs and bold marks before it are skipped), or nil.
    static func read(_ t: ScalarText, at start: Int, lineEnd: Int) -> ListMarker? {
        let s = t.raw
        var i = start
        while i < lineEnd, s[i] == "#" || s[i] == " " || s[i] == "\t" || s[i] == ">" { i += 1 }
        while i + 1 < lineEnd, (s[i] == "*" && s[i + 1] == "*") || (s[i] == "_" && s[i + 1] == "_") { i += 2 }
        while i < lineEnd, s[i] == " " { i += 1 }
        guard i < lineEnd else { return nil }
        let begin = i
        func spaceAfter(_ j: Int) -> Int? {
            if j >= lineEnd { return j }
            guard s[j] == " " || s[j] == "\t" || s[j] == "*" else { return nil }
            var k = j
            while k < lineEnd, s[k] == " " || s[k] == "\t" || s[k] == "*" { k += 1 }
            return k
        }
        switch s[i] {
        case "*": return spaceAfter(i + 1).map { ListMarker(kind: .star, start: begin, contentStart: $0) }
        case "-", "•", "·": return spaceAfter(i + 1).map { ListMarker(kind: .dash, start: begin, contentStart: $0) }
        case "+": return spaceAfter(i + 1).map { ListMarker(kind: .plus, start: begin, contentStart: $0) }
        default: break
        }
        if let end = t.match(ScalarText.key("điều"), at: i),
           let (_, k) = digits(s, t.skipSpace(end, limit: lineEnd), lineEnd, max: 3),
           k < lineEnd, s[k] == "." || s[k] == ":" || s[k] == " " {
            return ListMarker(kind: .article, start: begin, contentStart: t.skipSpace(k + 1, limit: lineEnd))
        }
        if let end = t.matchAny(chapterWords, at: i)?.end,
           let k = romanOrDigits(s, t.skipSpace(end, limit: lineEnd), lineEnd) {
            return ListMarker(kind: .chapter, start: begin, contentStart: t.skipSpace(k, limit: lineEnd))
        }
        // Roman numerals: "I.", "IV)", "XII."
        var j = i
        while j < lineEnd, j - i < 6, "IVXLC".unicodeScalars.contains(s[j]) { j += 1 }
        if j > i, j < lineEnd, s[j] == "." || s[j] == ")", let k = spaceAfter(j + 1) {
            return ListMarker(kind: .roman, start: begin, contentStart: k)
        }
        // Arabic: "1.", "1)", "2.1.", "2.1"
        if let (_, d) = digits(s, i, lineEnd, max: 2) {
            var levels = 1
            var k = d
            while k + 1 < lineEnd, s[k] == ".", let (_, d2) = digits(s, k + 1, lineEnd, max: 2) {
                levels += 1
                k = d2
            }
            if k < lineEnd, s[k] == "." || s[k] == ")" { k += 1 } else if levels == 1 { return nil }
            guard let c = spaceAfter(k) else { return nil }
            return ListMarker(kind: levels > 1 ? .nested : .arabic, start: begin, contentStart: c)
        }
        // Letters: "a)", "b."
        if ScalarText.isLower(s[i]), i + 1 < lineEnd, s[i + 1] == ")" || s[i + 1] == ".",
           i + 2 >= lineEnd || s[i + 2] == " ", i == start || !ScalarText.isLetter(s[i - 1]) {
            return spaceAfter(i + 2).map { ListMarker(kind: .letter, start: begin, contentStart: $0) }
        }
        return nil
    }

    private static let chapterWords = [ScalarText.key("chương"), ScalarText.key("phần")]

    private static func digits(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, max: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < end, i - start < max, ScalarText.isDigit(s[i]) {
            value = value * 10 + Int(s[i].value - 48)
            i += 1
        }
        guard i > start, i >= end || !ScalarText.isDigit(s[i]) else { return nil }
        return (value, i)
    }

    private static func romanOrDigits(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i < end, "IVXLC0123456789".unicodeScalars.contains(s[i]) { i += 1 }
        guard i > start, i >= end || !ScalarText.isLetter(s[i]) else { return nil }
        return i < end && (s[i] == "." || s[i] == ":") ? i + 1 : i
    }
}
