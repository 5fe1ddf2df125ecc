/// Puts the rows of all pages back into reading text: running page numbers and repeated headers
/// out; a borderless two-column table (the letter's header, the signature block) a column at a
/// time; body lines joined into paragraphs, across page ends too.
struct PDFTextAssembler {
    let pages: [PDFPageLines]

    /// A line ready to print: `joinable` lines are body lines that may continue the line before.
    struct Line {
        var text: String
        var joinable: Bool
        var page: Int
        var x1: Double
        var x2: Double
        var y1: Double
        var y2: Double
    }

    struct Result {
        var body: String
        var furniture: [String]
    }

    func assemble() -> Result {
        let furniture = PDFPageFurniture(pages: pages)
        var rows: [PDFColumnZones.PageRow] = []
        for (index, page) in pages.enumerated() {
            for (r, row) in page.rows.enumerated() where !furniture.isFurniture(page: index, row: r) {
                rows.append(PDFColumnZones.PageRow(page: index, segments: row))
            }
        }
        let lines = PDFColumnZones.order(rows)
        // Each page's body lines, gathered in one pass (filtering all lines for each page was
        // quadratic on long documents).
        var bodyLines = Array(repeating: [Line](), count: pages.count)
        for line in lines where line.joinable { bodyLines[line.page].append(line) }
        let margins = pages.indices.map { PDFMargins(lines: bodyLines[$0], pageWidth: pages[$0].width) }
        return Result(body: join(lines, margins: margins), furniture: furniture.lines)
    }

    /// Joins wrapped body lines into paragraphs, one paragraph a line.
    private func join(_ lines: [Line], margins: [PDFMargins]) -> String {
        var out: [String] = []
        var previous: Line?
        for line in lines {
            if let p = previous, p.joinable, line.joinable, continues(p, with: line, margins: margins) {
                PDFTextAssembler.glue(&out[out.count - 1], line.text)
                previous = Line(text: line.text, joinable: true, page: line.page, x1: line.x1, x2: line.x2, y1: line.y1, y2: line.y2)
                continue
            }
            out.append(line.text)
            previous = line
        }
        return out.joined(separator: "\n")
    }

    /// Whether `line` goes on with the paragraph `previous` ended: `previous` ran to the right margin,
    /// `line` starts at the left margin with no paragraph spacing above it, and `previous` did not
    /// close a lead-in (":") or an item before a new list item.
    private func continues(_ previous: Line, with line: Line, margins: [PDFMargins]) -> Bool {
        let pm = margins[previous.page], lm = margins[line.page]
        guard previous.x2 >= pm.right - pm.tolerance, line.x1 <= lm.left + lm.indent else { return false }
        if line.page == previous.page {
            guard line.y1 - previous.y1 <= lm.linePitch * 1.3 + 0.5 else { return false }
        } else if line.page != previous.page + 1 {
            return false
        }
        let end = previous.text.last ?? " "
        if end == ":" { return false }
        if PDFTextAssembler.startsListItem(line.text), ".;!?".contains(end) { return false }
        return true
    }

    /// "19/CT-" + "TTg" → "19/CT-TTg"; "Sở Lao động" + "- Thương binh" → "Sở Lao động - Thương binh".
    static func glue(_ a: String, _ b: String) -> String {
        var a = a
        glue(&a, b)
        return a
    }

    /// Appends `b` to `a` in place, as `glue(_:_:)` joins them: a paragraph that runs on for
    /// thousands of lines grows in linear time, not by a copy per line.
    static func glue(_ a: inout String, _ b: String) {
        // Scalars read into values first: a view of `a` kept alive over the append would share
        // its storage and make every append copy the whole paragraph.
        let (beforeLast, last) = lastTwoScalars(a)
        if let last, last == "-" || last == "/", let beforeLast, beforeLast != " " {
            a += b
        } else {
            a += " "
            a += b
        }
    }

    /// The last two scalars of `s`, found from its end in constant time.
    private static func lastTwoScalars(_ s: String) -> (Unicode.Scalar?, Unicode.Scalar?) {
        let scalars = s.unicodeScalars
        guard scalars.startIndex < scalars.endIndex else { return (nil, nil) }
        let last = scalars.index(before: scalars.endIndex)
        guard scalars.startIndex < last else { return (nil, scalars[last]) }
        return (scalars[scalars.index(before: last)], scalars[last])
    }

    /// A list item's start: "- ", "+ ", "• ", "1. ", "1.2. ", "a) ", "II. ".
    static func startsListItem(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "-+•–*".contains(first) { return text.dropFirst().first == " " }
        let label = text.prefix(while: { $0.isNumber || $0 == "." || ("IVXLivxl".contains($0)) })
        if !label.isEmpty, label.count < text.count {
            let next = text[label.endIndex]
            if label.last == "." && next == " " { return true }
            if next == ")" { return true }
        }
        if text.count >= 3, first.isLetter, first.isLowercase, text.dropFirst().first == ")" { return true }
        return false
    }
}
