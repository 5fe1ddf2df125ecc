/// A run of glyphs on one line with no wide gap inside: a line of a paragraph, or one cell's
/// line where a borderless table puts two cells side by side.
struct PDFSegment {
    var text: String
    var x1: Double
    var x2: Double
    var y1: Double
    var y2: Double

    var height: Double { y2 - y1 }
    var midY: Double { (y1 + y2) / 2 }

    /// Splits a page's glyphs at poppler's line ends and at gaps wider than `gapFactor` average glyph
    /// widths (a word space is about half a glyph; a stretched justified line is merged back later).
    static func segments(of page: PDFPageGlyphs, gapFactor: Double = 1.1) -> [PDFSegment] {
        var out: [PDFSegment] = []
        var current = String.UnicodeScalarView()
        var box: (x1: Double, x2: Double, y1: Double, y2: Double)?
        var lastX2 = 0.0
        var afterSpace = false
        var widthSum = 0.0
        var widthCount = 0.0

        func flush() {
            if let b = box {
                let text = String(current).trimmingSpaces()
                if !text.isEmpty { out.append(PDFSegment(text: text, x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2)) }
            }
            current = String.UnicodeScalarView()
            box = nil
            widthSum = 0
            widthCount = 0
        }

        for g in page.glyphs {
            if g.scalar == "\n" || g.scalar == "\r" { flush(); continue }
            let isSpace = g.scalar == " " || g.scalar == "\t" || g.scalar == "\u{A0}"
            if let b = box {
                let averageWidth = widthCount > 0 ? widthSum / widthCount : g.x2 - g.x1
                let gap = g.x1 - lastX2
                let newLine = g.y1 >= b.y2 - 0.2 * (b.y2 - b.y1) || g.x1 < b.x1 - 1
                // Two cells poppler ran together with no space between them, or a gap wider than words have.
                let glued = !afterSpace && gap > max(0.6 * averageWidth, 4)
                if newLine || (!isSpace && (glued || gap > max(gapFactor * averageWidth, 6))) { flush() }
            }
            afterSpace = isSpace
            if isSpace {
                if box != nil { current.append(" ") }
                continue
            }
            current.append(g.scalar)
            if let b = box {
                box = (min(b.x1, g.x1), max(b.x2, g.x2), min(b.y1, g.y1), max(b.y2, g.y2))
            } else {
                box = (g.x1, g.x2, g.y1, g.y2)
            }
            lastX2 = g.x2
            widthSum += g.x2 - g.x1
            widthCount += 1
        }
        flush()
        return out
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
