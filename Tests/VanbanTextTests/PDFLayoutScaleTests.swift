import Testing
@testable import VanbanText

/// The PDF layout code on long documents: time linear in the number of lines, whatever the
/// number of pages (found while fuzzing the layout with synthetic glyph boxes, Fuzz/).
@Suite struct PDFLayoutScaleTests {
    /// A page of `rows` body lines, each to the right margin, and a running page number at the foot.
    private func page(_ number: Int, rows: Int) -> PDFPageLines {
        var segments = (0..<rows).map { row in
            PDFSegment(text: "Điều \(row + 1). Chỉ tiêu số \(number) đạt 95%.", x1: 70, x2: 300,
                       y1: 80 + Double(row) * 22, y2: 94 + Double(row) * 22)
        }
        segments.append(PDFSegment(text: "\(number)", x1: 290, x2: 300, y1: 810, y2: 822))
        return PDFPageLines(width: 595, height: 842, segments: segments)
    }

    /// 3,000 pages of 30 lines, all one paragraph (every line runs to the right margin): each
    /// page's margins used to filter every line of the document, and the paragraph was copied
    /// for each line glued to it (88 s in a debug build).
    @Test func oneParagraphOverThousandsOfPages() {
        let pages = (1...3_000).map { page($0, rows: 30) }
        let started = ContinuousClock.now
        let result = PDFTextAssembler(pages: pages).assemble()
        let elapsed = ContinuousClock.now - started
        let paragraphs = result.body.split(separator: "\n").count
        let sentences = result.body.split(separator: ".").count
        #expect(paragraphs == 1)
        #expect(sentences == 2 * 90_000)
        #expect(result.body.hasPrefix("Điều 1. Chỉ tiêu số 1 đạt 95%. Điều 2. Chỉ tiêu số 1 đạt 95%."))
        #expect(result.body.hasSuffix("Điều 30. Chỉ tiêu số 3000 đạt 95%."))
        #expect(result.furniture.count == 3_000)
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }
}
