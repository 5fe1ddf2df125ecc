/// Strips the light Markdown of letters exported as .md or .txt, one line at a time, and never
/// the content: emphasis markers (`**bold**`, `__bold__`, `*italic*`, `_italic_`) go only where
/// they pair up around words, or as the ends of a bold that spans lines (`**KT. GIÁM ĐỐC` …
/// `PHÓ GIÁM ĐỐC**`); heading marks (`#`…`######`), backslash escapes, a trailing backslash
/// (a hard line break) and `<br>` (read as a line break) go too. "*" between letters or digits,
/// underscores inside words (e-mail addresses), unpaired stars ("(*)"), "- " dashes and "* "
/// bullets stay: a "* " bullet is rendered "- ".
struct MarkdownStripper {
    /// Whether a line holds any byte that Markdown stripping looks at.
    @inline(__always)
    static func mayHaveMarkup(_ byte: UInt8) -> Bool {
        byte == 0x2A || byte == 0x5F || byte == 0x23 || byte == 0x5C || byte == 0x3C
    }

    /// `line` (no line break in it) without its Markdown; "<br>" becomes "\n".
    func strip(_ line: some StringProtocol) -> String {
        let s = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        var start = 0
        while start < s.count, s[start] == " " || s[start] == "\t" { start += 1 }
        out.append(contentsOf: s[0..<start])
        var end = s.count
        while end > start, Self.isSpace(s[end - 1]) { end -= 1 }

        if start <= 3, let (contentStart, contentEnd) = heading(s, start, end) {
            (start, end) = (contentStart, contentEnd)
        } else if end - start >= 2, s[start] == "*", s[start + 1] == " " || s[start + 1] == "\t" {
            out.append(contentsOf: "- ".unicodeScalars)
            start += 2
            while start < end, s[start] == " " || s[start] == "\t" { start += 1 }
        }
        out.append(contentsOf: EmphasisScanner(s, start, end).stripped())

        var text = String(out)
        while let last = text.unicodeScalars.last, Self.isSpace(last) { text.unicodeScalars.removeLast() }
        return text
    }

    /// The content of an ATX heading line (`## Title ##` → "Title"), or nil when the line is none.
    private func heading(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (Int, Int)? {
        var i = start
        while i < end, s[i] == "#" { i += 1 }
        let level = i - start
        guard level >= 1, level <= 6, i == end || s[i] == " " || s[i] == "\t" else { return nil }
        while i < end, s[i] == " " || s[i] == "\t" { i += 1 }
        var contentEnd = end
        var j = end
        while j > i, s[j - 1] == "#" { j -= 1 }
        if j < end, j == i || s[j - 1] == " " || s[j - 1] == "\t" {
            contentEnd = j
            while contentEnd > i, s[contentEnd - 1] == " " || s[contentEnd - 1] == "\t" { contentEnd -= 1 }
        }
        return (i, contentEnd)
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c.properties.isWhitespace
    }
}
