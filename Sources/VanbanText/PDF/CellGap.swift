/// The empty band between the two cells of a borderless table, narrowed as rows are added:
/// every left-cell line ends before it and every right-cell line starts after it.
struct CellGap {
    enum Side { case left, right, across }

    /// Where the left cell's lines end at the latest.
    private(set) var low: Double
    /// Where the right cell's lines start at the earliest.
    private(set) var high: Double

    /// The gap of a table row: the widest gap between its segments.
    init(seed row: [PDFSegment]) {
        var best = (width: -1.0, low: 0.0, high: 0.0)
        for (a, b) in zip(row, row.dropFirst()) where b.x1 - a.x2 > best.width {
            best = (b.x1 - a.x2, a.x2, b.x1)
        }
        low = best.low
        high = best.high
    }

    /// Which cell a segment belongs to, or `.across` when it spans the gap.
    func side(of s: PDFSegment) -> Side {
        let fitsLeft = s.x2 <= high - 1
        let fitsRight = s.x1 >= low + 1
        switch (fitsLeft, fitsRight) {
        case (true, true): return (s.x1 + s.x2) / 2 < (low + high) / 2 ? .left : .right
        case (true, false): return .left
        case (false, true): return .right
        case (false, false): return .across
        }
    }

    /// Adds a row when each of its segments falls in one cell, narrowing the gap; false when one spans it.
    mutating func admit(_ row: [PDFSegment]) -> Bool {
        var next = self
        for s in row {
            switch next.side(of: s) {
            case .left: next.low = max(next.low, s.x2)
            case .right: next.high = min(next.high, s.x1)
            case .across: return false
            }
        }
        guard next.low < next.high else { return false }
        self = next
        return true
    }
}
