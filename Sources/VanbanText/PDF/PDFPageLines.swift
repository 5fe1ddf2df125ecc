/// A page's segments grouped into rows (segments whose vertical middles line up), top to bottom,
/// each row's segments left to right.
struct PDFPageLines {
    let width: Double
    let height: Double
    var rows: [[PDFSegment]]

    init(_ page: PDFPageGlyphs) {
        width = page.width
        height = page.height
        let segments = PDFSegment.segments(of: page).sorted { $0.midY < $1.midY }
        var rows: [[PDFSegment]] = []
        for s in segments {
            if let last = rows.last, let first = last.first,
               abs(first.midY - s.midY) < 0.5 * min(first.height, s.height) {
                rows[rows.count - 1].append(s)
            } else {
                rows.append([s])
            }
        }
        self.rows = rows.map { $0.sorted { $0.x1 < $1.x1 } }
    }

    init(empty: Void) {
        width = 0
        height = 0
        rows = []
    }
}
