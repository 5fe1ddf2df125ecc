/// A document's text as lines cleaned for the header rules: trimmed, inner runs of
/// spaces folded, Markdown emphasis and heading marks removed. Blank lines are kept
/// (as "") because runs of them separate the title block from the body.
struct TextLines {
    let lines: [String]
    /// `VietnameseText.matchKey` of each line (lower case, new-style tones).
    let keys: [String]

    init(_ text: String) {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(TextLines.clean(raw))
        }
        self.lines = lines
        keys = lines.map { VietnameseText.matchKey($0) }
    }

    var count: Int { lines.count }

    subscript(_ i: Int) -> String { lines[i] }

    /// The index of the next non-blank line at or after `i`.
    func nextNonBlank(from i: Int, limit: Int? = nil) -> Int? {
        var j = i
        let end = min(limit ?? lines.count, lines.count)
        while j < end {
            if !lines[j].isEmpty { return j }
            j += 1
        }
        return nil
    }

    /// One line without list-independent decoration: "**KẾ HOẠCH**" → "KẾ HOẠCH", "## I. MỤC ĐÍCH" → "I. MỤC ĐÍCH".
    static func clean(_ raw: Substring) -> String {
        var s = Substring(raw)
        while let f = s.first, f == "#" { s = s.dropFirst() }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        var previous: Character = " "
        for c in s {
            if c == "*" || (c == "_" && (previous == "_" || previous == " ")) {
                previous = c
                continue
            }
            previous = c
            if c == " " || c == "\t" || c == "\r" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(c)
                lastSpace = false
            }
        }
        while out.last == " " || out.last == "_" { out.removeLast() }
        return out
    }
}

extension String {
    /// The share of letters that are upper case (0 when there are no letters).
    var upperCaseShare: Double {
        var letters = 0
        var upper = 0
        for s in unicodeScalars where s.properties.isAlphabetic {
            letters += 1
            if s.properties.isUppercase { upper += 1 }
        }
        return letters == 0 ? 0 : Double(upper) / Double(letters)
    }

    /// Mostly capital letters, as header and signature lines are printed.
    var isCapitalised: Bool { upperCaseShare >= 0.6 && contains { $0.isLetter } }

    /// Trailing punctuation, spaces and list terminators removed.
    func trimmingListPunctuation() -> String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == ";" || l == "." || l == "," || l == ":" { s = s.dropLast() }
        while let f = s.first, f == " " { s = s.dropFirst() }
        return String(s)
    }
}
