/// The paragraphs of a text, whichever shape its lines have: one paragraph per line
/// (DOCX, repaired PDF) or hard-wrapped lines, even with a blank line after every
/// wrapped line (text pasted from a PDF). A wrapped line joins the one before it unless
/// it opens a list item, or the line before it ends a sentence and is short.
struct LogicalParagraphs: Sendable {
    struct Paragraph: Sendable {
        /// From the first line's text to the last line's text.
        let range: Range<Int>
        let marker: ListMarker?
        /// Where the text after the list marker starts.
        var contentStart: Int { marker?.contentStart ?? range.lowerBound }
    }

    let paragraphs: [Paragraph]
    /// The text with the line breaks inside each paragraph turned into spaces, so that
    /// offsets stay those of the text.
    let flat: [Unicode.Scalar]
    /// Whether the lines were found hard-wrapped.
    let wrapped: Bool

    init(_ t: ScalarText) {
        let lines = Line.split(t)
        let continued = zip(lines, lines.dropFirst()).filter { $1.startsLower && !$0.endsTerminal }
        let wrapped = continued.count >= 3 && continued.count * 5 >= lines.count
        let widths = continued.map(\.0.length).sorted()
        let typical = widths.isEmpty ? (lines.map(\.length).max() ?? 0) : widths[widths.count / 2]

        var paragraphs: [Paragraph] = []
        var flat = t.raw
        var first = 0
        for n in lines.indices {
            let isLast = n + 1 == lines.count
            if isLast || !Self.joins(lines[n], lines[n + 1], wrapped: wrapped, typicalWidth: typical) {
                let range = lines[first].start..<lines[n].end
                for i in range where flat[i] == "\n" || flat[i] == "\r" { flat[i] = " " }
                paragraphs.append(Paragraph(range: range, marker: lines[first].marker))
                first = n + 1
            }
        }
        self.paragraphs = paragraphs
        self.flat = flat
        self.wrapped = wrapped
    }

    /// The index of the paragraph holding `offset`, or of the last one before it.
    func index(containing offset: Int) -> Int? {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].range.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Whether `next` continues the paragraph that `line` is in.
    private static func joins(_ line: Line, _ next: Line, wrapped: Bool, typicalWidth: Int) -> Bool {
        if let marker = next.marker {
            guard wrapped, !line.endsTerminal, !line.isAllCaps else { return false }
            return next.lowerAfterMarker && marker.kind == .dash
        }
        if !wrapped {
            return next.continues && !line.endsTerminal && !line.isAllCaps
        }
        if line.isAllCaps != next.isAllCaps { return false }
        if line.endsTerminal && (next.startsUpper || next.startsOther) {
            return line.length * 4 >= typicalWidth * 3
        }
        return true
    }

    /// One non-blank line with what the joining rules look at.
    private struct Line {
        let start: Int
        let end: Int
        let marker: ListMarker?
        let startsLower: Bool
        let startsUpper: Bool
        let startsOther: Bool
        let continues: Bool
        let lowerAfterMarker: Bool
        let endsTerminal: Bool
        let isAllCaps: Bool
        var length: Int { end - start }

        static func split(_ t: ScalarText) -> [Line] {
            var lines: [Line] = []
            var i = 0
            let s = t.raw
            while i < s.count {
                var end = i
                while end < s.count, s[end] != "\n" { end += 1 }
                if let line = Line(t, i, end) { lines.append(line) }
                i = end + 1
            }
            return lines
        }

        init?(_ t: ScalarText, _ lineStart: Int, _ lineEnd: Int) {
            let s = t.raw
            var a = lineStart
            var b = lineEnd
            while a < b, ScalarText.isSpace(s[a]) { a += 1 }
            while b > a, ScalarText.isSpace(s[b - 1]) { b -= 1 }
            guard a < b else { return nil }
            start = a
            end = b
            marker = ListMarker.read(t, at: a, lineEnd: b)
            let first = Self.firstWordChar(s, a, b)
            startsLower = first.map { ScalarText.isLower(s[$0]) } ?? false
            startsUpper = first.map { ScalarText.isUpper(s[$0]) } ?? false
            startsOther = !startsLower && !startsUpper
            continues = startsLower || (marker == nil && ScalarText.isDigit(s[a]))
            lowerAfterMarker = marker.flatMap { Self.firstWordChar(s, $0.contentStart, b) }.map { ScalarText.isLower(s[$0]) } ?? false
            var z = b
            while z > a, s[z - 1] == "*" || s[z - 1] == "”" || s[z - 1] == "\"" || s[z - 1] == "_" { z -= 1 }
            endsTerminal = z > a && ".;:!?".unicodeScalars.contains(s[z - 1])
            var letters = 0
            var lower = false
            var words = 1
            for k in a..<b {
                if s[k] == " " { words += 1 }
                guard ScalarText.isLetter(s[k]), !(0x300...0x36F).contains(s[k].value) else { continue }
                letters += 1
                if ScalarText.isLower(s[k]) {
                    lower = true
                    break
                }
            }
            isAllCaps = letters >= 4 && words >= 2 && !lower
        }

        private static func firstWordChar(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int? {
            var k = a
            while k < b, !ScalarText.isWordChar(s[k]) {
                if "(“\"'*_#>[".unicodeScalars.contains(s[k]) || ScalarText.isSpace(s[k]) { k += 1 } else { return nil }
            }
            return k < b ? k : nil
        }
    }
}
